/**
 * Which characters the PDF's fonts can draw, from a table generated from the font files themselves
 * (`scripts/make-pdf-fonts.py` writes `fonts/coverage.json`). Pure: used on the main thread to warn
 * before export, by the worker to choose the fonts, and by tests.
 */
import coverage from './fonts/coverage.json';

type Ranges = readonly (readonly number[])[];

/** The two font pairs: `base` is always enough for Western and Central European text. */
export type FontSet = 'base' | 'extended';

/** The character the PDF prints in place of one no font can draw, so nothing vanishes silently. */
export const REPLACEMENT = '\uFFFD';

function covers(ranges: Ranges, cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first = 0, last = 0] = ranges[mid] ?? [];
    if (cp < first) hi = mid - 1;
    else if (cp > last) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Printable ASCII and line breaks: every font set draws them, and NFC leaves them alone. */
const PLAIN = /^[\x20-\x7e\n\r\t]*$/;

/** Line breaks and tabs are layout, not glyphs: the renderer handles them. */
const isLayout = (cp: number) => cp === 0x0a || cp === 0x0d || cp === 0x09;

/** Whether the given font set can draw the character (one code point). */
export function canDraw(set: FontSet, char: string): boolean {
  const cp = char.codePointAt(0) ?? 0;
  return isLayout(cp) || covers(coverage[set], cp);
}

/** Every string in a value (a report model, a list of texts), depth first. */
export function textsOf(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return out;
}

/**
 * The characters (each once, in order of first appearance) that even the extended fonts cannot draw,
 * after the NFC normalisation the PDF applies. Empty when the whole text prints as typed.
 */
export function undrawableCharacters(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts)
    if (!PLAIN.test(text))
      for (const char of text.normalize('NFC')) if (!canDraw('extended', char)) found.add(char);
  return [...found];
}

/** The smallest font set that draws every character of the texts (`extended` when none does). */
export function fontSetFor(texts: readonly string[]): FontSet {
  for (const text of texts)
    if (!PLAIN.test(text))
      for (const char of text.normalize('NFC')) if (!canDraw('base', char)) return 'extended';
  return 'base';
}

/** A text as the PDF prints it: NFC (precomposed accents), undrawable characters shown as �. */
export function printable(text: string): string {
  if (PLAIN.test(text)) return text;
  let out = '';
  for (const char of text.normalize('NFC')) out += canDraw('extended', char) ? char : REPLACEMENT;
  return out;
}
