/**
 * What a CSV import would do, and doing it once the user confirms: a new assessment (this year's, or
 * next year's from last year's audit) or an update of an existing one. Pure; the parser lives in
 * `read-csv.ts`, which only the Files page loads.
 */
import type { Assessment, RowAnswer, SaqOutline } from '../assessment/model';
import { answerableRows } from '../assessment/rules';
import type { ChannelKind, SaqId } from '../eligibility/saq-catalog';
import { sameAnswer, type MergePlan } from '../files/merge';
import type { CsvErrorCode, CsvProblemCode } from './words';

export type CsvFormat = 'ciso-audit' | 'spreadsheet';

/** A message about the file, with the code of its sentence and the values for its placeholders. */
export interface CsvIssue {
  /** The sentence in `content/text/exchange.json`. */
  code: `exchange.error.${CsvErrorCode}` | `exchange.problem.${CsvProblemCode}`;
  /** The row number a spreadsheet shows (the heading row is 1). */
  line?: number;
  /** The column's heading as the file writes it, and its spreadsheet letter (A, B, ... AA). */
  column?: string;
  letter?: string;
  /** Every placeholder the sentence uses: line, letter, column, value, id, saq, first, ... */
  params: Record<string, string | number>;
}

/** An answered line the chosen SAQ does not use. */
export interface NotUsedRow {
  id: string;
  line: number;
  code: 'exchange.preview.not-used-other-saq' | 'exchange.preview.not-used-no-saq';
  params: Record<string, string | number>;
}

export interface CsvPreview {
  format: CsvFormat;
  /** The SAQ the rows are read for: the user's pick, else the proposal; null when neither exists. */
  saq: SaqId | null;
  /** The shortest SAQ with every answered requirement (or, when none has them all, the most). */
  proposedSaq: SaqId | null;
  /** No SAQ has every answered requirement. */
  noSaqFits: boolean;
  /** The rows for `saq`, by PCI number; every answer is marked `toConfirm`. */
  rows: Record<string, RowAnswer>;
  /** Requirements of `saq` with an answer in the file, in the SAQ's order. */
  carried: string[];
  /** Requirements of `saq` with no answer in the file. */
  missing: string[];
  /** Answered lines for requirements `saq` does not have. */
  notUsed: NotUsedRow[];
  /** Lines read in part or left out, each naming its line and column. */
  problems: CsvIssue[];
  /** Lines skipped because their `assessable` cell says no. */
  skipped: number;
  /** Lines with something in them, heading excluded. */
  lines: number;
}

export type CsvReadResult = { ok: true; preview: CsvPreview } | { ok: false; error: CsvIssue };

export interface NewFromCsv {
  id: string;
  organisation: string;
  saq: SaqOutline;
  contentVersion: string;
  now: string;
  channels?: ChannelKind[];
}

/**
 * A new assessment from the preview: this year's started from a spreadsheet, or next year's from last
 * year's CISO Assistant audit. Like "Start next year's from this one" (`changeSaq` onto the same
 * SAQ), every answer waits to be confirmed and no group is done yet.
 */
export function assessmentFromCsv(preview: CsvPreview, n: NewFromCsv): Assessment {
  const ids = new Set(answerableRows(n.saq));
  const rows = Object.fromEntries(Object.entries(preview.rows).filter(([id]) => ids.has(id)));
  return {
    id: n.id,
    format: 1,
    organisation: n.organisation,
    channels: n.channels ?? [],
    saq: n.saq.id,
    saqEdition: n.saq.edition,
    contentVersion: n.contentVersion,
    rows,
    dropped: {},
    groupsDone: [],
    createdAt: n.now,
    updatedAt: n.now,
  };
}

/** A row with the file's answer laid over ours: cells the file leaves empty keep our words. */
function overlay(ours: RowAnswer | undefined, theirs: RowAnswer): RowAnswer {
  const merged: RowAnswer = { ...ours, ...theirs };
  if (theirs.response === undefined && theirs.dontKnow) delete merged.response;
  if (theirs.response !== undefined) delete merged.dontKnow;
  delete merged.proposed;
  return merged;
}

/** Equal answers, whatever their key order; to-confirm and proposed marks and time stamps aside. */
const sameRows = (a: RowAnswer, b: RowAnswer) => {
  const strip = (r: RowAnswer): RowAnswer => {
    const out = { ...r };
    delete out.toConfirm;
    delete out.proposed;
    return out;
  };
  return sameAnswer(strip(a), strip(b));
};

/** What a CSV file would change in an existing assessment: its rows only. */
export type CsvUpdatePlan = Pick<MergePlan, 'added' | 'conflicts' | 'same'>;

/**
 * How the file would update an existing assessment (same SAQ): rows only in the file are added;
 * rows where the file changes something are conflicts (`theirs` is the row as it would be written,
 * our words kept where the file's cell is empty); rows it would not change are counted as the same.
 */
export function planCsvUpdate(existing: Assessment, preview: CsvPreview): CsvUpdatePlan {
  const added: string[] = [];
  const conflicts: MergePlan['conflicts'] = [];
  let same = 0;
  for (const [id, theirs] of Object.entries(preview.rows)) {
    const ours = existing.rows[id];
    if (!ours) added.push(id);
    else {
      const merged = overlay(ours, theirs);
      if (sameRows(merged, ours)) same += 1;
      else conflicts.push({ id, ours, theirs: merged, newer: 'unknown' });
    }
  }
  return { added, conflicts, same };
}

/** Applies the update: added rows come in, and each conflict takes the side chosen for it. */
export function applyCsvUpdate(
  existing: Assessment,
  preview: CsvPreview,
  choices: Readonly<Record<string, 'ours' | 'theirs'>>,
  now: string,
): Assessment {
  const plan = planCsvUpdate(existing, preview);
  const rows = { ...existing.rows };
  for (const id of plan.added) {
    const row = preview.rows[id];
    if (row) rows[id] = row;
  }
  for (const c of plan.conflicts) if (choices[c.id] === 'theirs') rows[c.id] = c.theirs;
  return { ...existing, rows, updatedAt: now };
}
