/**
 * Reads a CISO Assistant audit CSV or an OpenSAQ spreadsheet CSV into a preview: nothing is written
 * here. Uses Papa Parse, so keep this module behind a dynamic import (the Files page only).
 *
 * CISO Assistant's rows are matched as its data wizard matches them (`backend/data_wizard/views.py`,
 * `_reconcile_compliance_requirements`): by `ref_id`, then by `urn`; a row whose `assessable` cell
 * says no is skipped. Its own CSV export (`compliance_assessment_csv` in `backend/core/views.py`)
 * is read too: semicolons, no `assessable` column, and an apostrophe before cells that look like
 * formulas.
 */
import Papa from 'papaparse';
import { CCW_FIELDS, type Response, type RowAnswer, type SaqOutline } from '../assessment/model';
import { answerableRows } from '../assessment/rules';
import { SAQ_FACTS, SAQ_IDS, type SaqId } from '../eligibility/saq-catalog';
import {
  CISO_PROGRESS,
  CISO_RESULTS,
  type CisoProgress,
  type CisoResult,
  refIdFromCisoUrn,
} from './ciso-library';
import { unescapeFormula } from './csv-text';
import { type LabelledParts, readLabelled } from './labelled-text';
import type { CsvFormat, CsvIssue, CsvReadResult, NotUsedRow } from './preview';
import {
  type CsvErrorCode,
  type CsvProblemCode,
  type ExchangeWords,
  normaliseWord,
  SPREADSHEET_COLUMNS,
  type SpreadsheetColumn,
  word,
} from './words';

export const MAX_CSV_BYTES = 10 * 1024 * 1024;
/** The limits of a stored answer (`assessment-schema.ts`): longer cells are refused, not cut. */
const TEXT_MAX = 20_000;
const SHORT_MAX = 500;

export interface ReadCsvOptions {
  /** Every SAQ the app has: to propose one and to tell other SAQs' rows from unknown ones. */
  saqs: readonly SaqOutline[];
  /** `content/text/exchange.json`. */
  words: ExchangeWords;
  /** The user's pick; without it the SAQ is proposed from the answered rows. */
  saq?: SaqId;
}

type CisoColumn =
  'urn' | 'ref_id' | 'assessable' | 'compliance_result' | 'requirement_progress' | 'observations';
const CISO_COLUMNS: readonly CisoColumn[] = [
  'urn',
  'ref_id',
  'assessable',
  'compliance_result',
  'requirement_progress',
  'observations',
];

interface Layout {
  format: CsvFormat;
  headings: string[];
  /** Column index by what it holds. */
  at: Map<string, number>;
}

/** A line read into an answer, before any SAQ is chosen. */
interface Entry {
  id: string;
  line: number;
  row: RowAnswer;
  answered: boolean;
  /** The column the response came from, for messages about it (-1: none). */
  responseColumn: number;
}

/** A PCI DSS number or one of its headings: 8, 8.3, 8.3.6, 9.5.1.2.1, A2, A2.1.1. */
const PCI_NUMBER = /^(?:[1-9]|1[0-2]|A[1-3]?)(?:\.\d{1,2}){0,5}$/;

const CISO_FALSE = new Set(['', 'false', '0', '0.0', 'no', 'n', 'non', 'faux']);

function letterOf(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function fail(
  code: CsvErrorCode,
  params: Record<string, string | number> = {},
): { ok: false; error: CsvIssue } {
  return { ok: false, error: { code: `exchange.error.${code}`, params } };
}

/** CISO Assistant's headings are compared stripped and lower-cased (`normalize_df_columns`). */
const cisoHeading = (h: string) => h.trim().toLowerCase();

function layoutOf(headings: string[], words: ExchangeWords): Layout | null {
  const ciso = headings.map(cisoHeading);
  if (
    (ciso.includes('ref_id') || ciso.includes('urn')) &&
    (ciso.includes('compliance_result') ||
      ciso.includes('requirement_progress') ||
      ciso.includes('observations'))
  ) {
    const at = new Map<string, number>();
    ciso.forEach((h, i) => {
      if ((CISO_COLUMNS as readonly string[]).includes(h) && !at.has(h)) at.set(h, i);
    });
    return { format: 'ciso-audit', headings, at };
  }
  const byWord = new Map<string, SpreadsheetColumn>(
    SPREADSHEET_COLUMNS.map((c) => [normaliseWord(word(words, `exchange.column.${c}`)), c]),
  );
  const at = new Map<string, number>();
  headings.forEach((h, i) => {
    const c = byWord.get(normaliseWord(h));
    if (c && !at.has(c)) at.set(c, i);
  });
  return at.has('id') ? { format: 'spreadsheet', headings, at } : null;
}

/** The second heading of a column the import uses, if any. */
function duplicateHeading(layout: Layout, words: ExchangeWords): number | null {
  const key = (h: string) => (layout.format === 'ciso-audit' ? cisoHeading(h) : normaliseWord(h));
  const used = new Set(
    layout.format === 'ciso-audit'
      ? CISO_COLUMNS
      : SPREADSHEET_COLUMNS.map((c) => normaliseWord(word(words, `exchange.column.${c}`))),
  );
  const seen = new Set<string>();
  for (const [i, h] of layout.headings.entries()) {
    const k = key(h);
    if (!used.has(k)) continue;
    if (seen.has(k)) return i;
    seen.add(k);
  }
  return null;
}

/** A date written by people or spreadsheets, as YYYY-MM-DD; null when it cannot be read for sure. */
export function readDate(text: string): string | null {
  const t = text.trim();
  let y: number;
  let m: number;
  let d: number;
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t)))
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(t))) {
    const a = Number(match[1]);
    const b = Number(match[2]);
    y = Number(match[3]);
    // 31/03/2027 or 03/31/2027 can be read; 04/03/2027 could be either, so it is not guessed.
    if (a > 12 && b <= 12) [d, m] = [a, b];
    else if (b > 12 && a <= 12) [m, d] = [a, b];
    else if (a === b) [d, m] = [a, b];
    else return null;
  } else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A PCI number as our SAQ files write it (`a2.1.1` → `A2.1.1`), or null. */
function pciNumber(text: string): string | null {
  const t = text.trim().replace(/^a/, 'A');
  return PCI_NUMBER.test(t) ? t : null;
}

const given = (text: string | undefined) => (text !== undefined && text.trim() ? text : undefined);

/** Answer fields from labelled parts (CISO Assistant's observations, our CCW cell). */
function fieldsFromParts(parts: LabelledParts): RowAnswer {
  const row: RowAnswer = {};
  const set = <K extends keyof RowAnswer>(key: K, value: RowAnswer[K] | undefined) => {
    if (value !== undefined) row[key] = value;
  };
  set('notes', given(parts.notes));
  set('naReason', given(parts['na-reason']));
  const ccw = Object.fromEntries(
    CCW_FIELDS.flatMap((f) => {
      const v = given(parts[`ccw-${f}`]);
      return v === undefined ? [] : [[f, v]];
    }),
  );
  if (Object.keys(ccw).length > 0) row.ccw = ccw;
  set('notTestedWhat', given(parts['not-tested-what']));
  set('notTestedWhy', given(parts['not-tested-why']));
  set('remediationAction', given(parts.action));
  set('remediationOwner', given(parts.owner));
  set('remediationDate', given(parts.date));
  if (parts.legal !== undefined) {
    row.legalException = true;
    set('legalExplanation', given(parts.legal));
  }
  set('followUpOwner', given(parts['ask-who']));
  set('followUpNote', given(parts['ask-what']));
  return row;
}

const join = (...texts: (string | undefined)[]) => {
  const parts = texts.filter((t): t is string => t !== undefined);
  return parts.length ? parts.join('\n') : undefined;
};

interface Reader {
  layout: Layout;
  words: ExchangeWords;
  problems: CsvIssue[];
}

function problem(
  r: Reader,
  code: CsvProblemCode,
  line: number,
  column: number | null,
  params: Record<string, string | number> = {},
) {
  const where: Record<string, string> =
    column === null ? {} : { column: r.layout.headings[column] ?? '', letter: letterOf(column) };
  r.problems.push({
    code: `exchange.problem.${code}`,
    line,
    ...where,
    params: { line, ...where, ...params },
  });
}

/** A CISO Assistant audit line: its result, progress and observations as an answer. */
function cisoAnswer(
  r: Reader,
  cell: (name: string) => string,
  line: number,
  id: string,
): { row: RowAnswer; column: number } | null {
  const resultAt = r.layout.at.get('compliance_result') ?? null;
  const progressAt = r.layout.at.get('requirement_progress') ?? null;
  const rawResult = cell('compliance_result');
  const result = rawResult
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (result && !(CISO_RESULTS as readonly string[]).includes(result)) {
    problem(r, 'unknown-result', line, resultAt, { value: rawResult.trim() });
    return null;
  }
  const rawProgress = cell('requirement_progress');
  let progress = rawProgress
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (progress && !(CISO_PROGRESS as readonly string[]).includes(progress)) {
    problem(r, 'unknown-progress', line, progressAt, { value: rawProgress.trim() });
    progress = '';
  }
  const { parts, free } = readLabelled(cell('observations'), r.words);
  const row = fieldsFromParts(parts);
  const res = result as CisoResult | '';
  const prog = progress as CisoProgress | '';
  const notTested = parts['not-tested-what'] !== undefined || parts['not-tested-why'] !== undefined;
  const asking = parts['ask-who'] !== undefined || parts['ask-what'] !== undefined;
  let response: Response | undefined;
  switch (res) {
    case 'compliant':
      response = CCW_FIELDS.some((f) => parts[`ccw-${f}`] !== undefined)
        ? 'in-place-ccw'
        : 'in-place';
      break;
    case 'not_applicable':
      response = 'not-applicable';
      break;
    case 'non_compliant':
      response = 'not-in-place';
      break;
    case 'partially_compliant':
      response = 'not-in-place';
      problem(r, 'partially-compliant', line, resultAt, { id, value: rawResult.trim() });
      break;
    default:
      if (notTested) response = 'not-tested';
      else if (prog === 'in_progress' || asking) row.dontKnow = true;
  }
  if (response) row.response = response;
  // Someone's own words, typed in CISO Assistant, go where the answer needs them most.
  if (free !== undefined) {
    if (response === 'not-applicable' && row.naReason === undefined) row.naReason = free;
    else if (row.dontKnow && row.followUpNote === undefined) row.followUpNote = free;
    else row.notes = join(free, row.notes);
  }
  return { row, column: resultAt ?? -1 };
}

/** A spreadsheet line: the response word and the plain columns. */
function spreadsheetAnswer(
  r: Reader,
  cell: (name: string) => string,
  line: number,
): { row: RowAnswer; column: number } | null {
  const responseAt = r.layout.at.get('response') ?? null;
  const rawResponse = cell('response');
  const byWord = new Map<string, Response | 'dont-know'>(
    (
      [
        'in-place',
        'in-place-ccw',
        'not-applicable',
        'not-tested',
        'not-in-place',
        'dont-know',
      ] as const
    ).flatMap((code) => [
      [normaliseWord(word(r.words, `exchange.response.${code}`)), code] as const,
      [code, code] as const,
    ]),
  );
  const said = normaliseWord(rawResponse);
  const response = said ? byWord.get(said) : undefined;
  if (said && !response) {
    problem(r, 'unknown-response', line, responseAt, { value: rawResponse.trim() });
    return null;
  }
  const row: RowAnswer = {};
  if (response === 'dont-know') row.dontKnow = true;
  else if (response) row.response = response;
  const text = (c: SpreadsheetColumn) => given(cell(c));
  const fields: [keyof RowAnswer, SpreadsheetColumn][] = [
    ['notes', 'notes'],
    ['naReason', 'na-reason'],
    ['remediationAction', 'action'],
    ['remediationOwner', 'owner'],
    ['remediationDate', 'date'],
    ['followUpOwner', 'ask-who'],
    ['followUpNote', 'ask-what'],
    ['notTestedWhat', 'not-tested-what'],
    ['notTestedWhy', 'not-tested-why'],
  ];
  for (const [key, column] of fields) {
    const v = text(column);
    if (v !== undefined) Object.assign(row, { [key]: v });
  }
  const legal = text('legal');
  if (legal !== undefined) {
    row.legalException = true;
    row.legalExplanation = legal;
  }
  const ccwCell = cell('ccw');
  if (ccwCell.trim()) {
    const { parts, free } = readLabelled(ccwCell, r.words);
    const ccw = fieldsFromParts(parts).ccw ?? {};
    if (free !== undefined) ccw.definition = join(ccw.definition, free);
    if (Object.keys(ccw).length > 0) row.ccw = ccw;
  }
  return { row, column: responseAt ?? -1 };
}

/** Which column each answer field came from, for messages about its length or date. */
function columnOf(r: Reader, field: keyof RowAnswer): number | null {
  if (r.layout.format === 'ciso-audit') return r.layout.at.get('observations') ?? null;
  const map: Partial<Record<keyof RowAnswer, SpreadsheetColumn>> = {
    notes: 'notes',
    naReason: 'na-reason',
    remediationAction: 'action',
    remediationOwner: 'owner',
    remediationDate: 'date',
    followUpOwner: 'ask-who',
    followUpNote: 'ask-what',
    notTestedWhat: 'not-tested-what',
    notTestedWhy: 'not-tested-why',
    legalExplanation: 'legal',
    ccw: 'ccw',
  };
  const c = map[field];
  return c ? (r.layout.at.get(c) ?? null) : null;
}

/** Refuses cells longer than a stored answer may be; checks and normalises the target date. */
function withinLimits(r: Reader, row: RowAnswer, line: number, id: string): boolean {
  const texts: [keyof RowAnswer, string | undefined, number][] = [
    ['notes', row.notes, TEXT_MAX],
    ['naReason', row.naReason, TEXT_MAX],
    ['remediationAction', row.remediationAction, TEXT_MAX],
    ['remediationOwner', row.remediationOwner, SHORT_MAX],
    ['followUpOwner', row.followUpOwner, SHORT_MAX],
    ['followUpNote', row.followUpNote, TEXT_MAX],
    ['notTestedWhat', row.notTestedWhat, TEXT_MAX],
    ['notTestedWhy', row.notTestedWhy, TEXT_MAX],
    ['legalExplanation', row.legalExplanation, TEXT_MAX],
    ...CCW_FIELDS.map((f): [keyof RowAnswer, string | undefined, number] => [
      'ccw',
      row.ccw?.[f],
      TEXT_MAX,
    ]),
  ];
  for (const [field, value, max] of texts)
    if (value !== undefined && value.length > max) {
      problem(r, 'too-long', line, columnOf(r, field), { id, max });
      return false;
    }
  if (row.remediationDate !== undefined) {
    const date = readDate(row.remediationDate);
    if (date) row.remediationDate = date;
    else {
      problem(r, 'bad-date', line, columnOf(r, 'remediationDate'), {
        id,
        value: row.remediationDate.slice(0, 40),
      });
      delete row.remediationDate;
    }
  }
  return true;
}

function readRows(
  r: Reader,
  records: string[][],
): { entries: Entry[]; skipped: number; lines: number } {
  const entries: Entry[] = [];
  const firstLine = new Map<string, number>();
  let skipped = 0;
  let lines = 0;
  const width = r.layout.headings.length;
  const idAt =
    r.layout.format === 'ciso-audit'
      ? (r.layout.at.get('ref_id') ?? r.layout.at.get('urn') ?? null)
      : (r.layout.at.get('id') ?? null);
  for (const [index, raw] of records.entries()) {
    const line = index + 1;
    if (index === 0 || raw.every((c) => !c.trim())) continue;
    lines += 1;
    if (raw.length > width && raw.slice(width).some((c) => c.trim())) {
      problem(r, 'too-many-cells', line, null, { count: raw.length, expected: width });
      continue;
    }
    const cell = (name: string) => {
      const i = r.layout.at.get(name);
      return i === undefined ? '' : unescapeFormula(raw[i] ?? '');
    };
    if (r.layout.format === 'ciso-audit' && r.layout.at.has('assessable')) {
      if (CISO_FALSE.has(cell('assessable').trim().toLowerCase())) {
        skipped += 1;
        continue;
      }
    }
    // CISO Assistant: ref_id wins, but a stale ref_id still falls back to the urn.
    const rawId = r.layout.format === 'ciso-audit' ? cell('ref_id') : cell('id');
    const fromUrn = r.layout.format === 'ciso-audit' ? refIdFromCisoUrn(cell('urn')) : null;
    const id = pciNumber(rawId) ?? (fromUrn ? pciNumber(fromUrn) : null);
    const read =
      r.layout.format === 'ciso-audit'
        ? cisoAnswer(r, cell, line, id ?? rawId.trim())
        : spreadsheetAnswer(r, cell, line);
    if (!read) continue;
    const { row } = read;
    const answered = row.response !== undefined || row.dontKnow === true;
    const hasContent = answered || Object.keys(row).length > 0;
    if (!id) {
      // Headings, totals and blank lines of other tools are passed over when they say nothing.
      if (!hasContent) continue;
      if (rawId.trim() || cell('urn').trim())
        problem(r, 'unknown-requirement', line, idAt, {
          value: (rawId.trim() || cell('urn').trim()).slice(0, 60),
        });
      else problem(r, 'missing-requirement', line, idAt);
      continue;
    }
    if (!hasContent) continue;
    const first = firstLine.get(id);
    if (first !== undefined) {
      problem(r, 'duplicate-row', line, null, { id, first });
      continue;
    }
    firstLine.set(id, line);
    if (!withinLimits(r, row, line, id)) continue;
    entries.push({
      id,
      line,
      row,
      answered,
      responseColumn: read.column,
    });
  }
  return { entries, skipped, lines };
}

/** The shortest SAQ with every answered requirement; when none has them all, the one with most. */
function propose(
  saqs: readonly SaqOutline[],
  answered: readonly string[],
): { saq: SaqId | null; fits: boolean } {
  if (answered.length === 0) return { saq: null, fits: true };
  const order = (id: SaqId) => SAQ_IDS.indexOf(id);
  const sized = saqs
    .map((s) => ({ id: s.id, rows: new Set(answerableRows(s)) }))
    .sort((a, b) => a.rows.size - b.rows.size || order(a.id) - order(b.id));
  const covering = sized.find((s) => answered.every((id) => s.rows.has(id)));
  if (covering) return { saq: covering.id, fits: true };
  const count = (s: { rows: Set<string> }) => answered.filter((id) => s.rows.has(id)).length;
  const best = sized.reduce<(typeof sized)[number] | undefined>(
    (top, s) => (!top || count(s) > count(top) ? s : top),
    undefined,
  );
  return { saq: best?.id ?? null, fits: false };
}

/**
 * A CSV file's bytes as text: UTF-8 (a byte-order mark is dropped), else Windows-1252, the encoding
 * Excel uses when a file is saved as plain "CSV" rather than "CSV UTF-8", so accents survive both.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Reads a CSV file's text into a preview of the import. Never throws: a file that cannot be read
 * gives `{ ok: false, error }`; lines that cannot be read are listed in `preview.problems`, each
 * naming its line and column. Answers arrive marked "to confirm"; nothing is stored.
 */
export function readExchangeCsv(text: string, options: ReadCsvOptions): CsvReadResult {
  const { words } = options;
  // A UTF-8 character takes at most 3 bytes per UTF-16 unit: encode only when it could matter.
  if (
    text.length > MAX_CSV_BYTES ||
    (text.length * 3 > MAX_CSV_BYTES && new TextEncoder().encode(text).length > MAX_CSV_BYTES)
  )
    return fail('too-large');
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.startsWith('PK\u0003\u0004')) return fail('excel-file');
  if (body.slice(0, 4096).includes('\u0000')) return fail('not-text');
  if (!body.trim()) return fail('empty');

  // The line break is the one that ends the heading line (Papa Parse would otherwise scan the file).
  const firstBreak = body.search(/[\r\n]/);
  const newline =
    firstBreak < 0 || body[firstBreak] === '\n'
      ? '\n'
      : body[firstBreak + 1] === '\n'
        ? '\r\n'
        : '\r';
  let layout: Layout | null = null;
  let delimiter = ',';
  for (const candidate of [',', ';', '\t']) {
    const head =
      Papa.parse<string[]>(body, { delimiter: candidate, newline, preview: 1 }).data[0] ?? [];
    layout = layoutOf(head, words);
    if (layout) {
      delimiter = candidate;
      break;
    }
  }
  if (!layout) return fail('foreign', { idColumn: word(words, 'exchange.column.id') });
  const duplicate = duplicateHeading(layout, words);
  if (duplicate !== null)
    return fail('duplicate-column', {
      letter: letterOf(duplicate),
      column: layout.headings[duplicate] ?? '',
    });

  const parsed = Papa.parse<string[]>(body, { delimiter, newline, skipEmptyLines: false });
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) return fail('unclosed-quote', { line: (unclosed.row ?? 0) + 1 });

  const reader: Reader = { layout, words, problems: [] };
  const { entries, skipped, lines } = readRows(reader, parsed.data);
  if (lines === 0) return fail('no-rows');

  const byId = new Map(options.saqs.map((s) => [s.id, s] as const));
  const inSomeSaq = new Set(
    options.saqs.flatMap((s) => s.groups.flatMap((g) => g.rows.map((x) => x.id))),
  );
  const { saq: proposedSaq, fits } = propose(
    options.saqs,
    entries.filter((e) => e.answered && inSomeSaq.has(e.id)).map((e) => e.id),
  );
  const chosen =
    (options.saq && byId.get(options.saq)) || (proposedSaq && byId.get(proposedSaq)) || null;

  const rows: Record<string, RowAnswer> = {};
  const notUsed: NotUsedRow[] = [];
  const ids = chosen ? answerableRows(chosen) : [];
  const inChosen = new Set(ids);
  for (const e of entries) {
    if (!chosen) break;
    if (!inChosen.has(e.id)) {
      const other = inSomeSaq.has(e.id);
      notUsed.push({
        id: e.id,
        line: e.line,
        code: other ? 'exchange.preview.not-used-other-saq' : 'exchange.preview.not-used-no-saq',
        params: { id: e.id, line: e.line, saq: SAQ_FACTS[chosen.id].name },
      });
      continue;
    }
    const row: RowAnswer = { ...e.row };
    if (row.response && !chosen.responses.includes(row.response)) {
      problem(
        reader,
        'response-not-in-saq',
        e.line,
        e.responseColumn < 0 ? null : e.responseColumn,
        {
          id: e.id,
          saq: SAQ_FACTS[chosen.id].name,
          value: word(words, `exchange.response.${row.response}`),
        },
      );
      if (row.response === 'not-tested') {
        row.notes = join(row.notes, row.notTestedWhat, row.notTestedWhy);
        delete row.notTestedWhat;
        delete row.notTestedWhy;
      }
      delete row.response;
    }
    if (row.response !== undefined || row.dontKnow) row.toConfirm = true;
    rows[e.id] = row;
  }
  const carried = ids.filter((id) => rows[id]?.toConfirm);
  return {
    ok: true,
    preview: {
      format: layout.format,
      saq: chosen?.id ?? null,
      proposedSaq,
      noSaqFits: !fits,
      rows,
      carried,
      missing: ids.filter((id) => !rows[id]?.toConfirm),
      notUsed,
      problems: reader.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
      skipped,
      lines,
    },
  };
}
