/**
 * The same gate for every assessment, wherever it comes from or goes: a file, the browser's database,
 * or a save. What is written must be what a file could carry and the reader accept; what is read back
 * from the database is migrated and checked before any page renders it.
 */
import type { Assessment, RowAnswer } from '../assessment/model';
import { MAX_ASSESSMENT_CHARS } from '../limits';
import { z } from '../../lib/zod';
import { assessmentSchema, requirementIdSchema, rowAnswerSchema } from './assessment-schema';
import { migrateAssessment } from './migrate';

export type Issue = z.core.$ZodIssue;
export type Checked = { success: true; data: Assessment } | { success: false; issues: Issue[] };

/**
 * Rows already checked in this session (objects from a checked file, a checked record, or a
 * checked save). An assessment's rows are most of its weight (a fully answered SAQ D takes
 * milliseconds to check), and a save changes one or two of them: the others are not checked again.
 */
const checkedRows = new WeakSet<object>();

const shellSchema = assessmentSchema.extend({
  rows: z.record(z.string(), z.unknown()),
  dropped: z.record(z.string(), z.unknown()),
});

function checkRows(
  value: unknown,
  part: 'rows' | 'dropped',
  issues: Issue[],
): Record<string, RowAnswer> {
  const out: Record<string, RowAnswer> = {};
  if (typeof value !== 'object' || value === null) return out;
  const entries: [string, unknown][] = Object.entries(value);
  for (const [id, row] of entries) {
    if (!requirementIdSchema.safeParse(id).success) {
      issues.push({
        code: 'invalid_key',
        origin: 'record',
        issues: [],
        input: id,
        path: [part, id],
        message: 'not a PCI DSS requirement number',
      });
      continue;
    }
    if (typeof row === 'object' && row !== null && checkedRows.has(row)) {
      // Only rows this module has already parsed are in the set.
      out[id] = row;
      continue;
    }
    const r = rowAnswerSchema.safeParse(row);
    if (r.success) {
      // The schema changes nothing in a row (no defaults, no transforms): keep the object checked.
      checkedRows.add(row as object);
      out[id] = row as RowAnswer;
    } else
      for (const issue of r.error.issues)
        issues.push({ ...issue, path: [part, id, ...issue.path] });
  }
  return out;
}

/**
 * `assessmentSchema.safeParse`, with rows already checked in this session skipped: the same
 * verdict, the same data (the tests compare the two on generated assessments).
 */
export function checkAssessment(value: unknown): Checked {
  const shell = shellSchema.safeParse(value);
  const issues: Issue[] = shell.success ? [] : [...shell.error.issues];
  const source = typeof value === 'object' && value !== null ? value : {};
  const rows = checkRows('rows' in source ? source.rows : undefined, 'rows', issues);
  const dropped = checkRows('dropped' in source ? source.dropped : undefined, 'dropped', issues);
  if (!shell.success || issues.length > 0) {
    // The shell's own complaint about the rows (not an object) stays; the rows' are added.
    return { success: false, issues };
  }
  return { success: true, data: { ...shell.data, rows, dropped } };
}

/** A text longer than its limit: where, how long, and the limit. */
export interface OverLimit {
  path: (string | number)[];
  where: string;
  length: number;
  limit: number;
}

export type RecordProblem =
  | ({ code: 'over-limit' } & OverLimit)
  | { code: 'assessment-too-large'; megabytes: number }
  | { code: 'invalid'; where: string; problem: string };

const where = (path: readonly PropertyKey[]) => path.map(String).join(' > ') || 'the assessment';

/** The assessment as it stands in a file (indented as `serialise` writes it). */
export function assessmentFileText(a: Assessment): string {
  return `  ${JSON.stringify(a, null, 1).replace(/\n/g, '\n  ')}`;
}

function overLimits(issues: readonly Issue[], value: unknown): OverLimit[] | null {
  const found: OverLimit[] = [];
  for (const issue of issues) {
    if (issue.code !== 'too_big' || issue.origin !== 'string') return null;
    let v: unknown = value;
    for (const key of issue.path) v = (v as Record<PropertyKey, unknown> | undefined)?.[key];
    found.push({
      path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
      where: where(issue.path),
      length: typeof v === 'string' ? v.length : 0,
      limit: Number(issue.maximum),
    });
  }
  return found;
}

/** Why this assessment must not be written (a file could not carry it back), or null. */
export function writableProblem(a: Assessment): RecordProblem | null {
  const checked = checkAssessment(a);
  if (!checked.success) {
    const over = overLimits(checked.issues, a);
    if (over?.[0]) return { code: 'over-limit', ...over[0] };
    const first = checked.issues[0];
    return {
      code: 'invalid',
      where: where(first?.path ?? []),
      problem: first?.message ?? 'not in the expected format',
    };
  }
  if (assessmentFileText(a).length > MAX_ASSESSMENT_CHARS)
    return { code: 'assessment-too-large', megabytes: MAX_ASSESSMENT_CHARS / 1024 / 1024 };
  return null;
}

export type StoredCheck =
  | { ok: true; assessment: Assessment; overLimit: OverLimit[] }
  | { ok: false; problem: RecordProblem };

/**
 * An assessment read back from the browser's database: migrated, then checked. Text longer than
 * the limits (older versions let it be saved) is let through and listed, so the page still opens and
 * can ask for it to be shortened; anything else wrong means the record must be set aside.
 */
export function checkStored(raw: unknown): StoredCheck {
  const migrated = migrateAssessment(raw);
  const checked = checkAssessment(migrated);
  if (checked.success) return { ok: true, assessment: checked.data, overLimit: [] };
  const over = overLimits(checked.issues, migrated);
  // Only string lengths failed, so the record has the assessment's shape in every other respect.
  if (over) return { ok: true, assessment: migrated as Assessment, overLimit: over };
  const first = checked.issues[0];
  return {
    ok: false,
    problem: {
      code: 'invalid',
      where: where(first?.path ?? []),
      problem: first?.message ?? 'not in the expected format',
    },
  };
}
