/**
 * The words the CSV exchange writes into files and reads back (column headings, response names,
 * the labels inside CISO Assistant's `observations`), and the codes of the messages it returns. The
 * sentences live in `content/text/exchange.json`; the caller passes that table in, so this layer
 * stays free of content files and the same words serve writing and reading.
 */
import type { Response } from '../assessment/model';

/** The plain spreadsheet's columns, in the order they are written. */
export const SPREADSHEET_COLUMNS = [
  'id',
  'title',
  'response',
  'notes',
  'na-reason',
  'action',
  'owner',
  'date',
  'ask-who',
  'ask-what',
  'ccw',
  'not-tested-what',
  'not-tested-why',
  'legal',
] as const;
export type SpreadsheetColumn = (typeof SPREADSHEET_COLUMNS)[number];

/** Labelled parts of an answer's text (CISO Assistant's `observations`, the CCW cell). */
export const LABELS = [
  'notes',
  'na-reason',
  'ccw-constraints',
  'ccw-definition',
  'ccw-objective',
  'ccw-risk',
  'ccw-validation',
  'ccw-maintenance',
  'not-tested-what',
  'not-tested-why',
  'action',
  'owner',
  'date',
  'legal',
  'ask-who',
  'ask-what',
] as const;
export type Label = (typeof LABELS)[number];

/** Files that cannot be read at all. */
export const ERROR_CODES = [
  'empty',
  'too-large',
  'excel-file',
  'not-text',
  'foreign',
  'duplicate-column',
  'unclosed-quote',
  'no-rows',
] as const;
export type CsvErrorCode = (typeof ERROR_CODES)[number];

/** Lines that were read in part, or left out. */
export const PROBLEM_CODES = [
  'unknown-result',
  'unknown-progress',
  'unknown-response',
  'response-not-in-saq',
  'partially-compliant',
  'unknown-requirement',
  'missing-requirement',
  'duplicate-row',
  'too-many-cells',
  'bad-date',
  'too-long',
] as const;
export type CsvProblemCode = (typeof PROBLEM_CODES)[number];

/** Sentences for the Files page's preview and the export buttons. */
export const PREVIEW_CODES = [
  'format-ciso',
  'format-spreadsheet',
  'proposed-saq',
  'no-saq-fits',
  'to-confirm',
  'missing',
  'not-used-other-saq',
  'not-used-no-saq',
  'skipped',
  'nothing-changes',
] as const;
export const EXPORT_CODES = ['ciso', 'ciso-hint', 'spreadsheet', 'spreadsheet-hint'] as const;

export type ExchangeTextCode =
  | `exchange.column.${SpreadsheetColumn}`
  | `exchange.response.${Response | 'dont-know'}`
  | `exchange.label.${Label}`
  | `exchange.error.${CsvErrorCode}`
  | `exchange.problem.${CsvProblemCode}`
  | `exchange.preview.${(typeof PREVIEW_CODES)[number]}`
  | `exchange.export.${(typeof EXPORT_CODES)[number]}`;

/** `content/text/exchange.json`: every code above, with its sentence or word. */
export type ExchangeWords = Readonly<Record<string, string>>;

const RESPONSE_CODES: readonly (Response | 'dont-know')[] = [
  'in-place',
  'in-place-ccw',
  'not-applicable',
  'not-tested',
  'not-in-place',
  'dont-know',
];

/** Every code the exchange uses: the content test checks the table has each one, and no other. */
export const EXCHANGE_TEXT_CODES: readonly ExchangeTextCode[] = [
  ...EXPORT_CODES.map((c) => `exchange.export.${c}` as const),
  ...SPREADSHEET_COLUMNS.map((c) => `exchange.column.${c}` as const),
  ...RESPONSE_CODES.map((c) => `exchange.response.${c}` as const),
  ...LABELS.map((c) => `exchange.label.${c}` as const),
  ...ERROR_CODES.map((c) => `exchange.error.${c}` as const),
  ...PROBLEM_CODES.map((c) => `exchange.problem.${c}` as const),
  ...PREVIEW_CODES.map((c) => `exchange.preview.${c}` as const),
];

/** The word for a code; the code itself if the table lacks it (the content test prevents that). */
export function word(words: ExchangeWords, code: ExchangeTextCode): string {
  return words[code] ?? code;
}

/** Headings and words compare without regard to case, spacing or a spreadsheet's stray spaces. */
export function normaliseWord(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
