/**
 * Filling a sentence's `{placeholders}`, without the Zod schema of `text.ts`: the review's and the
 * reminders' words are needed on pages (the home page among them) that must not load Zod.
 * The same rules as `fill` and `say` in `text.ts`.
 */
export type FillParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** Fills a sentence's placeholders; one without a value is left visible, so tests see it. */
export function fillText(template: string, params: FillParams = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The sentence for `code` in `table`, filled; typed so that an unknown code fails to compile. */
export function say<T extends Readonly<Record<string, string>>>(
  table: T,
  code: keyof T & string,
  params?: FillParams,
): string {
  return fillText(table[code] ?? code, params);
}
