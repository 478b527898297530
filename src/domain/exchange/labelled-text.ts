/**
 * Several answer fields in one cell (CISO Assistant's `observations`, the spreadsheet's CCW cell),
 * readable by people and read back exactly:
 *
 *     Action to fix it: Move the donation form to the provider's page
 *       and remove the old one
 *     Who will do it: Sam (web volunteer)
 *
 * Each part starts on a new line with its label and ": "; the further lines of a part are indented
 * by two spaces, so a line that starts without them always begins a new part. Lines with no known
 * label (someone's own words, typed in CISO Assistant) are kept as free text.
 */
import { LABELS, type ExchangeWords, type Label, word } from './words';

export type LabelledParts = Partial<Record<Label, string>>;

const INDENT = '  ';

/** Writes the parts in the order given; a part whose value is undefined is left out. */
export function writeLabelled(
  parts: readonly (readonly [Label, string | undefined])[],
  words: ExchangeWords,
): string {
  return parts
    .filter((p): p is readonly [Label, string] => p[1] !== undefined)
    .map(([label, value]) => {
      const [first = '', ...rest] = value.split('\n');
      return [
        `${word(words, `exchange.label.${label}`)}: ${first}`,
        ...rest.map((l) => INDENT + l),
      ].join('\n');
    })
    .join('\n');
}

/** Reads labelled parts back; `free` holds the lines that belong to no label, joined by line breaks. */
export function readLabelled(
  text: string,
  words: ExchangeWords,
): { parts: LabelledParts; free: string | undefined } {
  const byLabel = new Map<string, Label>(
    LABELS.map((l) => [word(words, `exchange.label.${l}`), l] as const),
  );
  const parts: LabelledParts = {};
  const free: string[] = [];
  let current: Label | null = null;
  for (const line of text.split('\n')) {
    if (current && line.startsWith(INDENT)) {
      parts[current] += `\n${line.slice(INDENT.length)}`;
      continue;
    }
    const colon = line.indexOf(':');
    const label = colon > 0 ? byLabel.get(line.slice(0, colon)) : undefined;
    if (label && parts[label] === undefined) {
      const value = line.slice(colon + 1);
      parts[label] = value.startsWith(' ') ? value.slice(1) : value;
      current = label;
    } else {
      free.push(line);
      current = null;
    }
  }
  const freeText = free.join('\n');
  return { parts, free: freeText.trim() ? freeText : undefined };
}
