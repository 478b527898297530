/**
 * Writing CSV (RFC 4180): small enough to keep the export free of the parser, which only the Files
 * page loads. Reading goes through Papa Parse (`read-csv.ts`).
 */

/** Lets Excel read the file as UTF-8, so accents come out right; CISO Assistant strips it. */
export const BOM = '\uFEFF';

/** Quotes a cell when it holds a quote, a separator or a line break, or starts or ends with space. */
export function csvCell(value: string): string {
  return /[",;\r\n\t]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A whole file: byte-order mark, comma-separated cells, CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Spreadsheets run a cell that starts with =, +, -, @ (or a tab or carriage return before one) as a
 * formula; OWASP's advice, which CISO Assistant's own exports follow, is a leading apostrophe. A
 * cell that already starts with apostrophes before such a character gets one more, so that reading
 * it back removes exactly one and every text survives the round trip.
 */
const FORMULA_START = /^'*\s*[=+\-@\t\r]/;

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function unescapeFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text) ? text.slice(1) : text;
}
