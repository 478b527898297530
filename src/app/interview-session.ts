/**
 * The interview being answered: one actor of the interview machine, created from the saved draft the
 * first time an interview page is opened, and saved on every change. The interview routes' loaders
 * use it as their controller: each tells the machine which page was asked for (`route.enter`) and
 * redirects to where the machine says the user may be, before anything renders.
 */
import { createActor, type ActorRefFrom } from 'xstate';
import { interviewMachine } from '@/machine/interview-machine';
import { selectPath, selectPhase } from '@/machine/interview-selectors';
import { deleteInterview, loadInterview, saveInterview } from '@/storage/interview-store';

export type InterviewActorRef = ActorRefFrom<typeof interviewMachine>;

export interface InterviewSession {
  actor: InterviewActorRef;
  /** The saved interview could not be read: storage is refused, so nothing will be kept. */
  storageFailed: boolean;
}

let current: Promise<InterviewSession> | undefined;
/** The session once open: the layout reads it after its loader has awaited it. */
let opened: InterviewSession | undefined;

async function open(): Promise<InterviewSession> {
  let storageFailed = false;
  const draft = await loadInterview().catch(() => {
    storageFailed = true;
    return null;
  });
  const actor = createActor(interviewMachine, { input: draft ?? {} }).start();
  // Every change is written at once: answers are clicks, not typing, and IndexedDB keeps the
  // writes in order. Nothing waits for a debounce.
  let last = '';
  actor.subscribe((s) => {
    const record = { answers: s.context.answers, stepId: s.context.stepId, phase: selectPhase(s) };
    const key = JSON.stringify(record);
    if (key === last) return;
    last = key;
    saveInterview(record).catch(() => undefined);
  });
  opened = { actor, storageFailed };
  return opened;
}

/** The interview session of this page load, opened on first use. */
export function interviewSession(): Promise<InterviewSession> {
  current ??= open();
  return current;
}

/** The open session; only after a loader has awaited {@link interviewSession}. */
export function openedInterviewSession(): InterviewSession {
  if (!opened) throw new Error('the interview session is not open yet');
  return opened;
}

/** "Start again": the saved interview is deleted and the next interview page starts afresh. */
export async function startInterviewAgain(): Promise<void> {
  const session = await current;
  session?.actor.stop();
  current = undefined;
  opened = undefined;
  await deleteInterview();
}

export type InterviewPage =
  { page: 'question'; stepId: string } | { page: 'check' } | { page: 'result' };

/**
 * Tells the machine which page the address asks for; returns the address the user may be at now
 * (the same one, or where the journey says they must go first).
 */
export async function enterInterviewPage(page: InterviewPage): Promise<string> {
  const { actor } = await interviewSession();
  actor.send({ type: 'route.enter', ...page });
  return selectPath(actor.getSnapshot());
}
