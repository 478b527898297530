/**
 * An assessment as CSV: for CISO Assistant's audit import, and as a plain spreadsheet. Pure; the
 * caller passes our requirement texts (`content/requirements`) and the exchange words
 * (`content/text/exchange.json`), so no PCI Council text ever reaches the file.
 */
import { CCW_FIELDS, type Assessment, type RowAnswer, type SaqOutline } from '../assessment/model';
import { answerableRows, rowState } from '../assessment/rules';
import { SAQ_FACTS, type SaqId } from '../eligibility/saq-catalog';
import { fileStem } from '../report/report-model';
import {
  CISO_AUDIT_COLUMNS,
  type CisoAuditRecord,
  type CisoProgress,
  type CisoResult,
  cisoUrnFor,
} from './ciso-library';
import { escapeFormula, toCsv } from './csv-text';
import { writeLabelled } from './labelled-text';
import { type ExchangeWords, type Label, SPREADSHEET_COLUMNS, word } from './words';

/** Our own title and plain-words summary of a requirement, by PCI number. */
export type RequirementTexts = ReadonlyMap<
  string,
  { readonly title: string; readonly asks: string }
>;

/**
 * What pandas reads as True (CISO Assistant reads the CSV with `pd.read_csv`); the wizard skips a
 * row whose `assessable` is not truthy.
 */
const ASSESSABLE = 'True';

const given = (text: string | undefined): string | undefined => (text?.trim() ? text : undefined);

/** The result CISO Assistant records for a row: an empty cell leaves its own value unchanged. */
export function cisoResult(row: RowAnswer | undefined): CisoResult | '' {
  switch (row?.response) {
    case 'in-place':
    case 'in-place-ccw':
      return 'compliant';
    case 'not-applicable':
      return 'not_applicable';
    case 'not-in-place':
      return 'non_compliant';
    case 'not-tested':
      return 'not_assessed';
    default:
      return row?.dontKnow ? 'not_assessed' : '';
  }
}

/** Done when complete; in review while a proposal or carried-over answer awaits confirmation. */
export function cisoProgress(row: RowAnswer | undefined): CisoProgress | '' {
  switch (rowState(row)) {
    case 'answered':
      return 'done';
    case 'proposed':
    case 'to-confirm':
      return 'in_review';
    case 'incomplete':
    case 'dont-know':
      return 'in_progress';
    default:
      return '';
  }
}

/**
 * The labelled parts of a row's `observations`: what its response needs (the CCW worksheet, the
 * Appendix C or D reason, the fix, whom to ask) and its notes. The CCW and Not Tested labels are
 * always written, even empty, because they are how the result reads back as that response.
 */
export function observationParts(row: RowAnswer): [Label, string | undefined][] {
  const notes: [Label, string | undefined] = ['notes', given(row.notes)];
  switch (row.response) {
    case 'in-place':
      return [notes];
    case 'in-place-ccw':
      return [
        ...CCW_FIELDS.map((f): [Label, string] => [`ccw-${f}`, given(row.ccw?.[f]) ?? '']),
        notes,
      ];
    case 'not-applicable':
      return [['na-reason', given(row.naReason)], notes];
    case 'not-tested':
      return [
        ['not-tested-what', given(row.notTestedWhat) ?? ''],
        ['not-tested-why', given(row.notTestedWhy) ?? ''],
        notes,
      ];
    case 'not-in-place':
      return [
        ['legal', row.legalException ? (given(row.legalExplanation) ?? '') : undefined],
        ['action', given(row.remediationAction)],
        ['owner', given(row.remediationOwner)],
        ['date', given(row.remediationDate)],
        notes,
      ];
    default:
      return row.dontKnow
        ? [['ask-who', given(row.followUpOwner)], ['ask-what', given(row.followUpNote)], notes]
        : [notes];
  }
}

/** One row of the audit CSV, for the requirement `id` of the assessment. */
export function cisoRecord(
  id: string,
  row: RowAnswer | undefined,
  texts: RequirementTexts,
  words: ExchangeWords,
): CisoAuditRecord {
  const text = texts.get(id);
  return {
    urn: cisoUrnFor(id),
    assessable: ASSESSABLE,
    ref_id: id,
    name: text?.title ?? id,
    description: text?.asks ?? '',
    compliance_result: cisoResult(row),
    requirement_progress: cisoProgress(row),
    score: '',
    observations: row ? writeLabelled(observationParts(row), words) : '',
  };
}

/**
 * The assessment as a CISO Assistant audit CSV: one row per requirement of the SAQ that a merchant
 * answers, in the SAQ's order; UTF-8 with a byte-order mark, comma-separated, RFC 4180 quoting.
 */
export function toCisoAuditCsv(
  assessment: Assessment,
  saq: SaqOutline,
  texts: RequirementTexts,
  words: ExchangeWords,
): string {
  const records = answerableRows(saq).map((id) =>
    cisoRecord(id, assessment.rows[id], texts, words),
  );
  return toCsv([CISO_AUDIT_COLUMNS, ...records.map((r) => CISO_AUDIT_COLUMNS.map((c) => r[c]))]);
}

/** The response word of the spreadsheet: the response, "don't know yet", or nothing. */
function responseWord(row: RowAnswer | undefined, words: ExchangeWords): string {
  if (row?.response) return word(words, `exchange.response.${row.response}`);
  return row?.dontKnow ? word(words, 'exchange.response.dont-know') : '';
}

/** One spreadsheet row's cells, by column. Every text the user typed is guarded against formulas. */
export function spreadsheetCells(
  id: string,
  row: RowAnswer | undefined,
  texts: RequirementTexts,
  words: ExchangeWords,
): Record<(typeof SPREADSHEET_COLUMNS)[number], string> {
  const typed = (text: string | undefined) => escapeFormula(text ?? '');
  const ccw = row?.ccw
    ? writeLabelled(
        CCW_FIELDS.map((f): [Label, string | undefined] => [`ccw-${f}`, given(row.ccw?.[f])]),
        words,
      )
    : '';
  return {
    id,
    title: texts.get(id)?.title ?? '',
    response: responseWord(row, words),
    notes: typed(row?.notes),
    'na-reason': typed(row?.naReason),
    action: typed(row?.remediationAction),
    owner: typed(row?.remediationOwner),
    date: typed(row?.remediationDate),
    'ask-who': typed(row?.followUpOwner),
    'ask-what': typed(row?.followUpNote),
    ccw: escapeFormula(ccw),
    'not-tested-what': typed(row?.notTestedWhat),
    'not-tested-why': typed(row?.notTestedWhy),
    legal: row?.legalException ? typed(row.legalExplanation) : '',
  };
}

/**
 * The assessment in plain columns for Excel or LibreOffice: PCI number, our title, response, notes,
 * N/A reason, the fix (action, owner, date), the "don't know yet" follow-up, then the rarer parts
 * (compensating control, Not Tested, legal exception) so the file reads back without loss.
 */
export function toSpreadsheetCsv(
  assessment: Assessment,
  saq: SaqOutline,
  texts: RequirementTexts,
  words: ExchangeWords,
): string {
  const head = SPREADSHEET_COLUMNS.map((c) => word(words, `exchange.column.${c}`));
  const rows = answerableRows(saq).map((id) => {
    const cells = spreadsheetCells(id, assessment.rows[id], texts, words);
    return SPREADSHEET_COLUMNS.map((c) => cells[c]);
  });
  return toCsv([head, ...rows]);
}

/**
 * File names with the SAQ and the organisation: `SAQ-A_Friends-of-the-Park_2026-11-22.csv` for the
 * spreadsheet, `..._ciso-assistant-audit.csv` for CISO Assistant.
 */
export function exchangeFileName(
  kind: 'ciso' | 'spreadsheet',
  saq: SaqId,
  organisation: string,
  date: string,
): string {
  const stem = fileStem(SAQ_FACTS[saq].name, organisation, date);
  return kind === 'ciso' ? `${stem}_ciso-assistant-audit.csv` : `${stem}.csv`;
}

/** The SAQ named at the start of a file name OpenSAQ wrote, if any: a hint for the import. */
export function saqFromFileName(name: string): SaqId | null {
  const stems = (Object.keys(SAQ_FACTS) as SaqId[])
    .map((id) => [id, SAQ_FACTS[id].name.replace(/\s+/g, '-')] as const)
    .sort((a, b) => b[1].length - a[1].length);
  const base = name.replace(/^.*[\\/]/, '');
  return stems.find(([, stem]) => base.startsWith(`${stem}_`))?.[0] ?? null;
}
