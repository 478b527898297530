/**
 * Marking an assessment complete, and reopening it when it changes afterwards, so that a record
 * never shows an old completion date beside new answers.
 */
import type { Assessment } from './model';
import { reviewItems, type ReviewItem, type ReviewSaq } from './review';

/** Fields that record saving and completion, not answers: they never reopen an assessment. */
const BOOKKEEPING = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'completedAt',
  'completedOn',
  'completedDigest',
  'reopened',
]);

/**
 * The answers in a canonical form: keys sorted, bookkeeping and each row's `updatedAt` left out, and
 * empty text treated as absent (typing a letter and deleting it changes nothing).
 */
function canonical(value: unknown, top = false): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      if (top && BOOKKEEPING.has(key)) continue;
      if (key === 'updatedAt') continue;
      const v = canonical((value as Record<string, unknown>)[key]);
      if (v === undefined || v === '') continue;
      if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
      out[key] = v;
    }
    return out;
  }
  return value;
}

/**
 * A fingerprint of everything an assessment says (not when it was saved): equal fingerprints, same
 * answers. A 53-bit string hash (cyrb53): it notices changes, it is not meant to resist forgery.
 */
export function answersDigest(a: Assessment): string {
  const text = JSON.stringify(canonical(a, true));
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Whether the assessment was changed after it was marked complete. Records completed before the
 * fingerprint existed fall back to the rows' own save times.
 */
export function changedSinceCompletion(a: Assessment): boolean {
  if (!a.completedAt) return false;
  if (a.completedDigest) return answersDigest(a) !== a.completedDigest;
  const done = Date.parse(a.completedAt);
  return Object.values(a.rows).some((r) => !!r.updatedAt && Date.parse(r.updatedAt) > done);
}

/** Marked complete, and unchanged since. */
export function isCompleted(a: Assessment): boolean {
  return !!a.completedAt && !changedSinceCompletion(a);
}

/**
 * The save path's guard: when `after` changes the answers of an assessment that `before` shows as
 * complete (and `after` is not itself a new completion), the completion is cleared and a note of the
 * reopening kept. Otherwise `after` is returned unchanged. Call it on every change that is saved.
 */
export function reopenIfChanged(before: Assessment, after: Assessment, now: string): Assessment {
  if (!before.completedAt || after.completedAt !== before.completedAt) return after;
  if (answersDigest(before) === answersDigest(after)) return after;
  const reopened = [
    ...(after.reopened ?? []),
    {
      at: now,
      completedAt: before.completedAt,
      ...(before.completedOn ? { completedOn: before.completedOn } : {}),
    },
  ];
  const next: Assessment = { ...after, reopened: reopened.slice(-100) };
  delete next.completedAt;
  delete next.completedOn;
  delete next.completedDigest;
  return next;
}

export type CompletionResult =
  { ok: true; assessment: Assessment } | { ok: false; items: ReviewItem[] };

/**
 * Marks the assessment complete when the review finds nothing to do; otherwise returns what is still
 * to do. `now` is the moment (ISO), `today` the user's local date (YYYY-MM-DD).
 */
export function markComplete(
  saq: ReviewSaq,
  a: Assessment,
  now: string,
  today: string,
): CompletionResult {
  const items = reviewItems(saq, a, today);
  if (items.length > 0) return { ok: false, items };
  return {
    ok: true,
    assessment: {
      ...a,
      completedAt: now,
      completedOn: today,
      completedDigest: answersDigest(a),
      updatedAt: now,
    },
  };
}
