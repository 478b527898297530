/**
 * Tests only: CISO Assistant's audit import and CSV export, re-implemented from its source
 * (intuitem/ciso-assistant-community at commit f990d7b1b9a9f56e391acbc247c9076262a11412), so the
 * tests can check that none of our rows would be skipped and can play the round trip through it.
 *
 * - Reading: `backend/data_wizard/views.py`, `LoadFileView.process_excel_file`, the default branch:
 *   `pd.read_csv(record_file, encoding="utf-8-sig").fillna("")` (comma separator, BOM stripped),
 *   then `normalize_df_columns` (headings stripped and lower-cased; duplicates refused) and
 *   `df.to_dict(orient="records")`. pandas turns a cell in its NA list into NaN (then ""), a column
 *   of only True/False words into booleans and a column of only numbers into numbers.
 * - Matching: `_reconcile_compliance_requirements` in the same file: skip a record whose
 *   `assessable` is not truthy; fail one with neither `ref_id` nor `urn`; find the node by `ref_id`,
 *   else by `urn`; write `result`, `status` and `observation` only from non-empty cells.
 * - Values: `RequirementAssessment.Result` and `.Status` in `backend/core/models.py`; the write
 *   serializer refuses any other value.
 * - Export: `compliance_assessment_csv` in `backend/core/views.py`: BOM, `;` separator, the columns
 *   below, empty result cells for nodes that are not assessable, `escape_excel_formula` on text.
 */
import Papa from 'papaparse';
import { CISO_PROGRESS, CISO_RESULTS } from './ciso-library';

export interface CisoNode {
  ref_id: string;
  urn: string;
  assessable: boolean;
}

type Cell = string | number | boolean;
export type CisoRecord = Record<string, Cell>;

/** pandas' default NA strings (`pandas._libs.parsers.STR_NA_VALUES`). */
const NA = new Set([
  '',
  '#N/A',
  '#N/A N/A',
  '#NA',
  '-1.#IND',
  '-1.#QNAN',
  '-NaN',
  '-nan',
  '1.#IND',
  '1.#QNAN',
  '<NA>',
  'N/A',
  'NA',
  'NULL',
  'NaN',
  'None',
  'n/a',
  'nan',
  'null',
]);
const TRUE = new Set(['True', 'TRUE', 'true']);
const FALSE = new Set(['False', 'FALSE', 'false']);
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The records `df.to_dict(orient="records")` gives after `read_csv(...).fillna("")`. */
export function pandasRecords(text: string): CisoRecord[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter: ',', skipEmptyLines: true });
  if (parsed.errors.some((e) => e.type === 'Quotes')) throw new Error('pandas: malformed quotes');
  const [head = [], ...rows] = parsed.data;
  const columns = head.map((h) => h.trim().toLowerCase());
  if (new Set(columns).size !== columns.length) throw new Error('DuplicateColumns');
  const typed = columns.map((_, c) => {
    const cells = rows.map((r) => r[c] ?? '');
    const present = cells.filter((v) => !NA.has(v));
    const kind =
      present.length > 0 && present.every((v) => TRUE.has(v) || FALSE.has(v))
        ? 'bool'
        : present.length > 0 && present.every((v) => NUMBER.test(v.trim()))
          ? 'number'
          : 'string';
    return cells.map((v): Cell => {
      if (NA.has(v)) return '';
      if (kind === 'bool') return TRUE.has(v);
      if (kind === 'number') return Number(v);
      return v;
    });
  });
  return rows.map((_, r) =>
    Object.fromEntries(columns.map((name, c) => [name, typed[c]?.[r] ?? ''])),
  );
}

const truthy = (v: Cell | undefined) => (typeof v === 'string' ? v !== '' : Boolean(v));

export interface ImportOutcome {
  skipped: CisoRecord[];
  failed: { record: CisoRecord; error: string }[];
  /** What each matched node would hold afterwards, by ref_id. */
  written: Map<string, { result?: string; status?: string; observation?: string; line: number }>;
}

/** `_reconcile_compliance_requirements`, applied to a fresh audit of the library's nodes. */
export function cisoImport(text: string, nodes: readonly CisoNode[]): ImportOutcome {
  const outcome: ImportOutcome = { skipped: [], failed: [], written: new Map() };
  for (const [index, record] of pandasRecords(text).entries()) {
    const refId = record['ref_id'];
    const urn = record['urn'];
    if (!truthy(record['assessable'])) {
      outcome.skipped.push(record);
      continue;
    }
    if (!(truthy(refId) || truthy(urn))) {
      outcome.failed.push({ record, error: 'Neither ref_id nor urn provided for requirement' });
      continue;
    }
    // Django compares the cell with the CharField as a string.
    let node = truthy(refId) ? nodes.find((n) => n.ref_id === String(refId)) : undefined;
    if (!node && truthy(urn)) node = nodes.find((n) => n.urn === String(urn));
    if (!node) {
      outcome.failed.push({ record, error: 'No matching requirement found' });
      continue;
    }
    const result = record['compliance_result'];
    const status = record['requirement_progress'];
    const observation = record['observations'];
    if (truthy(result) && !(CISO_RESULTS as readonly unknown[]).includes(result)) {
      outcome.failed.push({ record, error: `"${String(result)}" is not a valid choice.` });
      continue;
    }
    if (truthy(status) && !(CISO_PROGRESS as readonly unknown[]).includes(status)) {
      outcome.failed.push({ record, error: `"${String(status)}" is not a valid choice.` });
      continue;
    }
    const score = record['score'];
    if (score !== undefined && score !== '') {
      outcome.failed.push({ record, error: 'Scoring is not configured for this audit.' });
      continue;
    }
    outcome.written.set(node.ref_id, {
      line: index + 2,
      ...(truthy(result) ? { result: String(result) } : {}),
      ...(truthy(status) ? { status: String(status) } : {}),
      ...(truthy(observation) ? { observation: String(observation) } : {}),
    });
  }
  return outcome;
}

/** `escape_excel_formula`. */
function escapeExcelFormula(value: string): string {
  const stripped = value.trimStart();
  return stripped && '=+-@'.includes(stripped[0] ?? '') ? `'${value}` : value;
}

/** Python's `csv.writer(delimiter=";")`: minimal quoting, CRLF line ends. */
function pythonCsvRow(cells: readonly string[]): string {
  return cells.map((c) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';');
}

export const CISO_EXPORT_COLUMNS = [
  'urn',
  'ref_id',
  'name',
  'description',
  'typical_evidence',
  'annotation',
  'compliance_result',
  'extended_result',
  'requirement_progress',
  'score',
  'observations',
] as const;

/**
 * An audit as CISO Assistant's "Export → CSV" writes it: every node of the framework in library
 * order. Names and descriptions are synthetic here (tests never hold PCI text).
 */
export function cisoExport(
  nodes: readonly CisoNode[],
  audit: ReadonlyMap<string, { result?: string; status?: string; observation?: string }>,
): string {
  const lines = [pythonCsvRow(CISO_EXPORT_COLUMNS)];
  for (const node of nodes) {
    const ra = audit.get(node.ref_id);
    const row = [node.urn, node.ref_id, `Node ${node.ref_id}`, `About ${node.ref_id}`, '', ''];
    row.push(
      ...(node.assessable
        ? [ra?.result ?? 'not_assessed', '', ra?.status ?? 'to_do', '', ra?.observation ?? '']
        : ['', '', '', '', '']),
    );
    lines.push(pythonCsvRow(row.map(escapeExcelFormula)));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
