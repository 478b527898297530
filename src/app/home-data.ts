/**
 * What the start page shows of the work kept in this browser: loaded on demand, after the page's
 * first paint, so that storage and its record checks (Zod) stay off the first page.
 */
import { loadSaqContents } from '@/content/loader';
import type { HomeData, AssessmentActions } from '@/features/home';
import type { Assessment } from '@/domain/assessment/model';
import {
  deleteAssessment,
  duplicateAssessment,
  listAssessments,
  newAssessmentId,
  renameAssessment,
  restoreAssessment,
} from '@/storage/assessment-store';
import { loadInterview } from '@/storage/interview-store';

export async function readHomeData(): Promise<HomeData> {
  const [draft, list] = await Promise.all([
    loadInterview().catch(() => null),
    listAssessments().then(
      (assessments) => ({ assessments, error: null }),
      (e: unknown) => ({ assessments: [], error: String(e) }),
    ),
  ]);
  return {
    draft,
    assessments: list.assessments,
    saqs: await loadSaqContents(list.assessments.map((a) => a.saq)),
    listError: list.error,
  };
}

/** The start page's writes, each in one transaction that tells the other tabs. */
export const homeActions: AssessmentActions = {
  rename: async (a: Assessment, organisation: string) => {
    await renameAssessment(a.id, organisation, new Date());
  },
  duplicate: async (a: Assessment) => {
    await duplicateAssessment(a.id, {
      id: newAssessmentId(),
      organisation: `${a.organisation} (copy)`,
      now: new Date(),
    });
  },
  remove: (a: Assessment) => deleteAssessment(a.id),
  restore: (a: Assessment) => restoreAssessment(a),
};
