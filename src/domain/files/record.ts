/**
 * The same gate for every assessment, wherever it comes from or goes: a file, the browser's database,
 * or a save. What is written must be what a file could carry and the reader accept; what is read back
 * from the database is migrated and checked before any page renders it.
 */
import type { Assessment } from '../assessment/model';
import { MAX_ASSESSMENT_CHARS } from '../limits';
import type { z } from '../../lib/zod';
import { assessmentSchema } from './assessment-schema';
import { migrateAssessment } from './migrate';

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

function overLimits(error: z.ZodError, value: unknown): OverLimit[] | null {
  const found: OverLimit[] = [];
  for (const issue of error.issues) {
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
  const checked = assessmentSchema.safeParse(a);
  if (!checked.success) {
    const over = overLimits(checked.error, a);
    if (over?.[0]) return { code: 'over-limit', ...over[0] };
    const first = checked.error.issues[0];
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
  const checked = assessmentSchema.safeParse(migrated);
  if (checked.success) return { ok: true, assessment: checked.data, overLimit: [] };
  const over = overLimits(checked.error, migrated);
  // Only string lengths failed, so the record has the assessment's shape in every other respect.
  if (over) return { ok: true, assessment: migrated as Assessment, overLimit: over };
  const first = checked.error.issues[0];
  return {
    ok: false,
    problem: {
      code: 'invalid',
      where: where(first?.path ?? []),
      problem: first?.message ?? 'not in the expected format',
    },
  };
}
