/** Route modules that start or move assessments: each loader reads what its page shows. */
import { useLoaderData, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { loadSaqContent, loadSaqContents } from '@/content/loader';
import type { Assessment, SaqOutline } from '@/domain/assessment/model';
import { readPlan } from '@/domain/assessment/start';
import { SAQ_IDS, type SaqId } from '@/domain/eligibility/saq-catalog';
import { ChangeSaqPage, NewAssessmentPage, NextYearPage } from '@/features/setup';
import { getAssessment, newAssessmentId, putAssessment } from '@/storage/assessment-store';
import { loadInterview, renameInterview } from '@/storage/interview-store';
import { hiddenInWorkshop } from '@/storage/workshop';
import { AssessmentNotFound } from '../assessment-session';

/** The SAQs an assessment can be moved to (every merchant SAQ OpenSAQ has content for). */
const MERCHANT_SAQS: readonly SaqId[] = SAQ_IDS.filter((id) => id !== 'D-SP');

export async function newAssessmentLoader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const plan = readPlan(params);
  const interviewId = params.get('interview');
  const [saqs, found] = await Promise.all([
    loadSaqContents(plan.map((p) => p.saq)),
    // Without the interview (or without storage for it) the assessment simply starts with no proposals.
    interviewId ? loadInterview(interviewId).catch(() => null) : null,
  ]);
  // Workshop view: another organisation's interview is neither shown nor used.
  const draft = found && !hiddenInWorkshop(found.organisation) ? found : null;
  return {
    plan,
    saqs: saqs as Partial<Record<SaqId, SaqOutline>>,
    interview: draft ? { id: draft.id, answers: draft.answers, organisation: draft.organisation } : null,
  };
}

/**
 * Saves every new assessment; all of them or, on failure, as many as were written. An interview
 * not named yet takes the organisation's name given here.
 */
async function saveAll(assessments: Assessment[]): Promise<void> {
  for (const a of assessments) await putAssessment(a);
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
  const assessment = await getAssessment(params['assessmentId'] ?? '');
  const saq = assessment ? await loadSaqContent(assessment.saq) : null;
  return assessment && saq ? { assessment, saq: saq as SaqOutline } : null;
}

export async function changeSaqLoader({ params }: LoaderFunctionArgs) {
  const found = await stored(params);
  if (!found) return null;
  const others = await loadSaqContents(MERCHANT_SAQS.filter((id) => id !== found.assessment.saq));
  return {
    ...found,
    others: MERCHANT_SAQS.flatMap((id) => (others[id] ? [others[id] as SaqOutline] : [])),
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
      onMove={putAssessment}
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
      onStart={putAssessment}
    />
  );
}
