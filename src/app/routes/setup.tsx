/** Route modules that start or move assessments: each loader reads what its page shows. */
import { useLoaderData, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { loadSaqContent, loadSaqContents } from '@/content/loader';
import type { Assessment } from '@/domain/assessment/model';
import { readPlan } from '@/domain/assessment/start';
import { MERCHANT_SAQ_IDS } from '@/lib/vocabulary';
import { ChangeSaqPage, NewAssessmentPage, NextYearPage } from '@/features/setup';
import { getAssessment, newAssessmentId, putAssessment } from '@/storage/assessment-store';
import { loadInterview } from '@/storage/interview-store';
import { AssessmentNotFound } from '../assessment-session';

/** The SAQs an assessment can be moved to (every merchant SAQ OpenSAQ has content for). */
const MERCHANT_SAQS = MERCHANT_SAQ_IDS;

export async function newAssessmentLoader({ request }: LoaderFunctionArgs) {
  const plan = readPlan(new URL(request.url).searchParams);
  const [saqs, draft] = await Promise.all([
    loadSaqContents(plan.map((p) => p.saq)),
    // Without the interview (or without storage for it) the assessment simply starts with no proposals.
    loadInterview().catch(() => null),
  ]);
  return { plan, saqs, interview: draft?.answers };
}

/** Saves every new assessment; all of them or, on failure, as many as were written. */
async function saveAll(assessments: Assessment[]): Promise<void> {
  for (const a of assessments) await putAssessment(a);
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
