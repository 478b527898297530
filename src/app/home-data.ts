/**
 * What the start page shows of the work kept in this browser: loaded on demand, after the page's
 * first paint, so that storage, its record checks (Zod) and the decision engine stay off the first
 * page.
 */
import { loadSaqContents } from '@/content/loader';
import type {
  AssessmentActions,
  HomeData,
  InterviewStatus,
  InterviewSummary,
} from '@/features/home';
import type { Assessment } from '@/domain/assessment/model';
import { decideSaq } from '@/domain/eligibility/decide-saq';
import { answerFor, journey, questionProgress, toProfile } from '@/domain/eligibility/journey';
import { headlines } from '@/domain/eligibility/result-view';
import {
  deleteAssessment,
  duplicateAssessment,
  listAssessments,
  newAssessmentId,
  renameAssessment,
  restoreAssessment,
} from '@/storage/assessment-store';
import { listInterviews, type SavedInterview } from '@/storage/interview-store';
import { getWorkshopOrganisation, upgradeWorkshopView } from '@/storage/workshop';

/** Where an interview is, in words the start page can say without the decision engine. */
export function interviewStatus(i: SavedInterview): InterviewStatus {
  const profile = i.phase === 'result' ? toProfile(i.answers) : null;
  if (profile) {
    const { ownPayments, services } = headlines(decideSaq(profile));
    const h = ownPayments ?? services;
    if (h?.kind === 'decided') return { kind: 'result', saq: h.saq };
    if (h?.kind === 'open') return { kind: 'open', candidates: h.candidates };
    if (h?.kind === 'per-channel')
      return { kind: 'per-channel', saqs: h.channels.map((c) => c.saq) };
    return { kind: 'other' };
  }
  if (i.phase !== 'asking' && toProfile(i.answers)) return { kind: 'checking' };
  return { kind: 'asking', ...questionProgress(i.answers, i.stepId) };
}

/** How many answers an interview holds (what "Start again" deletes). */
export function answerCount(i: SavedInterview): number {
  return journey(i.answers).filter((s) => answerFor(i.answers, s) !== undefined).length;
}

function summary(i: SavedInterview): InterviewSummary {
  return {
    id: i.id,
    organisation: i.organisation,
    updatedAt: i.updatedAt,
    answers: answerCount(i),
    status: interviewStatus(i),
  };
}

export async function readHomeData(): Promise<HomeData> {
  const [interviews, list] = await Promise.all([
    listInterviews().catch(() => []),
    listAssessments().then(
      (assessments) => ({ assessments, error: null }),
      (e: unknown) => ({ assessments: [], error: String(e) }),
    ),
  ]);
  upgradeWorkshopView(list.assessments);
  // Workshop view: nothing of another organisation leaves storage for the page.
  const workshop = getWorkshopOrganisation();
  const shown = <T extends { organisation: string }>(items: T[]) =>
    workshop === null ? items : items.filter((x) => x.organisation === workshop);
  const assessments = shown(list.assessments);
  return {
    // An interview never answered is not worth listing (a visit to the first question).
    interviews: shown(interviews)
      .filter((i) => i.organisation || answerCount(i) > 0)
      .map(summary),
    assessments,
    saqs: await loadSaqContents(assessments.map((a) => a.saq)),
    listError: list.error,
    hadAssessments: list.assessments.length > 0,
  };
}

/** The start page's writes, each in one transaction that tells the other tabs. */
export const homeActions: AssessmentActions = {
  rename: async (a: Assessment, organisation: string) => {
    await renameAssessment(a.id, organisation, new Date());
  },
  duplicate: async (a: Assessment, organisation: string) => {
    await duplicateAssessment(a.id, { id: newAssessmentId(), organisation, now: new Date() });
  },
  remove: (a: Assessment) => deleteAssessment(a.id),
  restore: (a: Assessment) => restoreAssessment(a),
};
