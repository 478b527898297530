// Where the system Chromium lives, if there is one. Shared by Playwright's config and the pretest step.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
].filter(Boolean);

/** The first system Chromium found, or undefined to use Playwright's own browser. */
export function systemChromium() {
  return CANDIDATES.find((path) => existsSync(path));
}

/** Flags for a headless Chromium on a closed network (no background calls to Google's services). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-quic',
];
