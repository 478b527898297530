/** Route modules that start or move assessments: each loader reads what its page shows. */
import { useLoaderData, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { loadSaqContent, loadSaqContents } from '@/content/loader';
import type { Assessment } from '@/domain/assessment/model';
import { readPlan } from '@/domain/assessment/start';
import { MERCHANT_SAQ_IDS } from '@/lib/vocabulary';
import { ChangeSaqPage, NewAssessmentPage, NextYearPage } from '@/features/setup';
import {
  createAssessments,
  getAssessment,
  newAssessmentId,
  saveAssessment,
} from '@/storage/assessment-store';
import { loadInterview, renameInterview } from '@/storage/interview-store';
import { getOpenInterview, hiddenInWorkshop } from '@/storage/workshop';
import { AssessmentNotFound, assessmentIdOf } from '../assessment-session';

/** The SAQs an assessment can be moved to (every merchant SAQ OpenSAQ has content for). */
const MERCHANT_SAQS = MERCHANT_SAQ_IDS;

export async function newAssessmentLoader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const plan = readPlan(params);
  // Started from a result without its interview named: the interview this tab has open.
  const interviewId = params.get('interview') ?? getOpenInterview();
  const [saqs, found] = await Promise.all([
    loadSaqContents(plan.map((p) => p.saq)),
    // Without the interview (or without storage for it) the assessment simply starts with no proposals.
    interviewId ? loadInterview(interviewId).catch(() => null) : null,
  ]);
  // Workshop view: another organisation's interview is neither shown nor used.
  const draft = found && !hiddenInWorkshop(found.organisation) ? found : null;
  return {
    plan,
    saqs,
    interview: draft
      ? { id: draft.id, answers: draft.answers, organisation: draft.organisation }
      : null,
  };
}

/**
 * Saves every new assessment in one transaction: all of them or none (a retry adds none twice).
 * An interview not named yet takes the organisation's name given here.
 */
async function saveAll(assessments: Assessment[]): Promise<void> {
  await createAssessments(assessments);
  const [first] = assessments;
  if (first?.interviewId) {
    const interview = await loadInterview(first.interviewId).catch(() => null);
    if (interview && !interview.organisation)
      await renameInterview(interview.id, first.organisation).catch(() => undefined);
  }
}

export function NewAssessmentRoute() {
  const { plan, saqs, interview } = useLoaderData<typeof newAssessmentLoader>();
  const [params] = useSearchParams();
  return (
    <NewAssessmentPage
      key={params.toString()}
      plan={plan}
      saqs={saqs}
      interview={interview}
      onStart={saveAll}
    />
  );
}

/** The stored assessment and its SAQ content, or null when this browser does not have it. */
async function stored(params: LoaderFunctionArgs['params']) {
  const id = assessmentIdOf(params);
  const assessment = id === null ? undefined : await getAssessment(id);
  const saq = assessment ? await loadSaqContent(assessment.saq) : null;
  return assessment && saq ? { assessment, saq } : null;
}

export async function changeSaqLoader({ params }: LoaderFunctionArgs) {
  const found = await stored(params);
  if (!found) return null;
  const others = await loadSaqContents(MERCHANT_SAQS.filter((id) => id !== found.assessment.saq));
  return {
    ...found,
    others: MERCHANT_SAQS.flatMap((id) => {
      const saq = others[id];
      return saq ? [saq] : [];
    }),
  };
}

export function ChangeSaqRoute() {
  const data = useLoaderData<typeof changeSaqLoader>();
  if (!data) return <AssessmentNotFound />;
  return (
    <ChangeSaqPage
      assessment={data.assessment}
      saq={data.saq}
      others={data.others}
      onMove={async (moved) => {
        // Onto the latest stored copy: what another tab wrote since this page opened stays.
        await saveAssessment(moved, { base: data.assessment, cause: 'change-saq' });
      }}
    />
  );
}

export async function nextYearLoader({ params }: LoaderFunctionArgs) {
  const found = await stored(params);
  return found ? { ...found, newId: newAssessmentId() } : null;
}

export function NextYearRoute() {
  const data = useLoaderData<typeof nextYearLoader>();
  if (!data) return <AssessmentNotFound />;
  return (
    <NextYearPage
      assessment={data.assessment}
      saq={data.saq}
      newId={data.newId}
      onStart={async (next) => {
        // The id was chosen once by the loader: a second click or a retry adds nothing twice.
        await createAssessments([next]);
      }}
    />
  );
}
