/**
 * Next year's assessment from this year's, in a module of its own: the Files page starts next
 * year's from a CSV file too, and must not load the decision engine that `start.ts` brings.
 */
import type { Assessment, SaqOutline } from './model';
import { changeSaq, type SaqChange } from './rules';

/**
 * Next year's assessment from this one: a new id, every answer carried over to confirm. What
 * belongs to last year's attestation stays behind: the completion, the acknowledgements, the
 * signature date and the target date (the signatory's name and title are kept as a suggestion).
 */
export function nextYear(
  a: Assessment,
  saq: SaqOutline,
  now: string,
  contentVersion: string,
  newId: string,
): SaqChange {
  const change = changeSaq(a, saq, saq, now, contentVersion);
  const assessment: Assessment = {
    ...change.assessment,
    id: newId,
    createdAt: now,
    updatedAt: now,
  };
  delete assessment.completedAt;
  if (assessment.section3) {
    const section3 = { ...assessment.section3 };
    delete section3.acknowledgements;
    delete section3.signatoryDate;
    delete section3.targetDate;
    assessment.section3 = section3;
  }
  return { ...change, assessment };
}
