/**
 * Provisional assessments follow their interview: each time its result is shown, the assessments
 * started from it before it was settled are checked against the decision it gives now.
 */
import type { SaqDecision } from '@/domain/eligibility/decide-saq';
import { applyProvisionalCheck, recheckProvisional } from '@/domain/assessment/provisional';
import { listAssessments, saveAssessment } from '@/storage/assessment-store';

/** Checks and writes the provisional assessments of interview `interviewId`; returns how many changed. */
export async function recheckProvisionalAssessments(
  interviewId: string,
  decision: SaqDecision,
  now = new Date().toISOString(),
): Promise<number> {
  const all = await listAssessments();
  let changed = 0;
  for (const a of all) {
    if (a.interviewId !== interviewId || !a.provisional) continue;
    const next = applyProvisionalCheck(a, recheckProvisional(a, decision), now);
    if (!next) continue;
    await saveAssessment(next, { base: a });
    changed += 1;
  }
  return changed;
}
