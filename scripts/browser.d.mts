/** The first system Chromium found, or undefined to use Playwright's own browser. */
export function systemChromium(): string | undefined;
/** Flags for a headless Chromium on a closed network. */
export const CHROMIUM_ARGS: string[];
