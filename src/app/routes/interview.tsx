/**
 * Route modules of the interview. The interview session (the machine, saved on every change) is the
 * controller: each page's loader tells it which page the address asks for and redirects to where the
 * journey allows the user to be, so no page walks the machine from an effect.
 */
import {
  Outlet,
  redirect,
  useLoaderData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { HOME_URL } from '@/lib/paths';
import { loadSaqContents } from '@/content/loader';
import { loadProcessorCatalog } from '@/content/processors';
import type { SaqContent } from '@/content/schema';
import { MERCHANT_SAQ_IDS, type SaqId } from '@/lib/vocabulary';
import {
  CheckAnswersPage,
  InterviewProvider,
  QuestionPage,
  ResultPage,
} from '@/features/eligibility';
import {
  enterInterviewPage,
  interviewSession,
  openedInterviewSession,
  openInterviewPath,
  startInterviewPath,
  type InterviewPage,
} from '../interview-session';
import { selectDecision } from '@/machine/interview-selectors';

/** Moves the machine to the page asked for, or redirects to where it may go. */
async function enter(page: InterviewPage, request: Request): Promise<void> {
  const path = await enterInterviewPage(page);
  if (path !== new URL(request.url).pathname) throw redirect(path);
}

export async function interviewLoader() {
  await interviewSession();
  return null;
}

/** The session lives as long as the page: moving between questions reloads nothing. */
export function interviewOnce() {
  return false;
}

export function InterviewLayout() {
  const { actor, storageFailed } = openedInterviewSession();
  return (
    <InterviewProvider actor={actor} storageFailed={storageFailed}>
      <Outlet />
    </InterviewProvider>
  );
}

export async function questionLoader({ params, request }: LoaderFunctionArgs) {
  const stepId = params['stepId'] ?? '';
  await enter({ page: 'question', stepId }, request);
  // The processor step needs the catalog; other questions need nothing more.
  return { catalog: stepId === 'processors' ? await loadProcessorCatalog() : null };
}

export function QuestionRoute() {
  const { catalog } = useLoaderData<typeof questionLoader>();
  return <QuestionPage catalog={catalog} />;
}

export async function checkLoader({ request }: LoaderFunctionArgs) {
  await enter({ page: 'check' }, request);
  return null;
}

export function CheckRoute() {
  return <CheckAnswersPage />;
}

export async function resultLoader({ request }: LoaderFunctionArgs) {
  await enter({ page: 'result' }, request);
  // The assessments started from this interview before it was settled follow its result.
  const { actor, id } = openedInterviewSession();
  const decision = selectDecision(actor.getSnapshot());
  if (decision)
    await import('../provisional-recheck')
      .then((m) => m.recheckProvisionalAssessments(id, decision))
      .catch(() => 0);
  const [catalog, saqs] = await Promise.all([
    loadProcessorCatalog(),
    loadSaqContents(MERCHANT_SAQ_IDS),
  ]);
  return { catalog, saqs: saqs as Partial<Record<SaqId, SaqContent>> };
}

export function ResultRoute() {
  const { catalog, saqs } = useLoaderData<typeof resultLoader>();
  return <ResultPage catalog={catalog} saqs={saqs} />;
}

/** The start page's form: an organisation's interview (its own, or a new one) opens where it was. */
export async function newInterviewAction({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const name = form.get('organisation');
  return redirect(await startInterviewPath(typeof name === 'string' ? name : ''));
}

/** Typed in as an address, the form's target just leads back to the start page. */
export function newInterviewLoader() {
  return redirect(HOME_URL);
}

/** "Continue" for one organisation's interview; the start page when it cannot be shown here. */
export async function openInterviewLoader({ params }: LoaderFunctionArgs) {
  const path = await openInterviewPath(params.interviewId ?? '');
  return redirect(path ?? HOME_URL);
}
