/** The report's sentences and labels (content/text/report.json), looked up by code. */
import table from '../../../content/text/report.json';
import { say, type TextParams } from '../../content/text';

export type ReportTextCode = keyof typeof table;

/** The sentence for `code`, its `{placeholders}` filled. */
export function t(code: ReportTextCode, params?: TextParams): string {
  return say(table, code, params);
}

/** Every sentence of the table, for checks (e.g. that the PDF's base font draws them all). */
export const REPORT_TEXTS: readonly string[] = Object.values(table);
