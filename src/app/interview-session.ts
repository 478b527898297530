/**
 * The interview being answered in this tab: one actor of the interview machine for one
 * organisation's interview, created from its saved draft the first time an interview page is
 * opened, and saved on every change. The interview routes' loaders use it as their controller: each
 * tells the machine which page was asked for (`route.enter`) and redirects to where the machine says
 * the user may be, before anything renders.
 *
 * Which interview: the one this tab opened (from the start page), else the latest saved; in workshop
 * view only the shown organisation's, so another client's answers never appear on the projector.
 */
import { createActor, type ActorRefFrom } from 'xstate';
import { interviewMachine } from '@/machine/interview-machine';
import { selectPath, selectPhase } from '@/machine/interview-selectors';
import {
  createInterview,
  deleteInterview,
  listInterviews,
  loadInterview,
  newInterviewId,
  saveInterview,
  type SavedInterview,
} from '@/storage/interview-store';
import { getOpenInterview, getWorkshopOrganisation, setOpenInterview } from '@/storage/workshop';

export type InterviewActorRef = ActorRefFrom<typeof interviewMachine>;

export interface InterviewSession {
  actor: InterviewActorRef;
  /** The interview's id in storage. */
  id: string;
  /** Whose interview it is, as it was when opened; empty when not named yet. */
  organisation: string;
  /** The saved interviews could not be read: storage is refused, so nothing will be kept. */
  storageFailed: boolean;
}

let current: Promise<InterviewSession> | undefined;
/** The session once open: the layout reads it after its loader has awaited it. */
let opened: InterviewSession | undefined;

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The interview to open: the one asked for if workshop view allows it, else the latest allowed. */
export function chooseInterview(
  saved: readonly SavedInterview[],
  wanted: string | null,
  workshop: string | null,
): SavedInterview | null {
  const allowed = workshop === null ? saved : saved.filter((i) => i.organisation === workshop);
  return allowed.find((i) => i.id === wanted) ?? allowed[0] ?? null;
}

async function open(): Promise<InterviewSession> {
  let storageFailed = false;
  const saved = await listInterviews().catch(() => {
    storageFailed = true;
    return [];
  });
  const workshop = getWorkshopOrganisation();
  const chosen = chooseInterview(saved, getOpenInterview(), workshop);
  const id = chosen?.id ?? newInterviewId();
  const organisation = chosen?.organisation ?? workshop ?? '';
  const actor = createActor(interviewMachine, { input: chosen ?? {} }).start();
  // Every change is written at once: answers are clicks, not typing, and IndexedDB keeps the
  // writes in order. Nothing waits for a debounce. A new interview is saved at its first answer.
  let last = '';
  actor.subscribe((s) => {
    const record = {
      answers: s.context.answers,
      stepId: s.context.stepId,
      phase: selectPhase(s),
      history: s.context.history,
    };
    const key = JSON.stringify(record);
    if (key === last) return;
    last = key;
    saveInterview(id, record, organisation).catch(() => undefined);
  });
  setOpenInterview(id);
  opened = { actor, id, organisation, storageFailed };
  return opened;
}

/** Whether the open session is still the one this tab should show. */
function stillWanted(session: InterviewSession): boolean {
  const wanted = getOpenInterview();
  const workshop = getWorkshopOrganisation();
  return (
    (wanted === null || wanted === session.id) &&
    (workshop === null || session.organisation === workshop)
  );
}

function forget(): void {
  opened?.actor.stop();
  current = undefined;
  opened = undefined;
}

/** The interview session of this tab, opened on first use (again when another is chosen). */
export function interviewSession(): Promise<InterviewSession> {
  if (opened && !stillWanted(opened)) forget();
  current ??= open();
  return current;
}

/** The open session; only after a loader has awaited {@link interviewSession}. */
export function openedInterviewSession(): InterviewSession {
  if (!opened) throw new Error('the interview session is not open yet');
  return opened;
}

/**
 * Opens `organisation`'s interview in this tab: the one it has, or a new one (a new one each time
 * for an unnamed start). Returns its id.
 */
export async function startInterview(organisation: string): Promise<string> {
  const name = organisation.trim();
  const existing = name
    ? (await listInterviews()).find((i) => sameName(i.organisation, name))
    : undefined;
  const id = existing?.id ?? (await createInterview(name)).id;
  openInterview(id);
  return id;
}

/** Makes interview `id` the one this tab shows from now on. */
export function openInterview(id: string): void {
  if (opened && opened.id !== id) forget();
  setOpenInterview(id);
}

/** The saved interview `id`, if workshop view allows showing it. */
export async function interviewToOpen(id: string): Promise<SavedInterview | null> {
  const found = await loadInterview(id).catch(() => null);
  const workshop = getWorkshopOrganisation();
  return found && (workshop === null || found.organisation === workshop) ? found : null;
}

/**
 * "Start again" for one organisation: its interview's answers are deleted and a new, empty one
 * with the same name is opened. Its assessments are kept.
 */
export async function startInterviewAgain(id: string): Promise<void> {
  const old = await loadInterview(id).catch(() => null);
  if (opened?.id === id) forget();
  await deleteInterview(id);
  const fresh = await createInterview(old?.organisation ?? '');
  openInterview(fresh.id);
}

/** Deletes one organisation's interview (its assessments stay). */
export async function removeInterview(id: string): Promise<void> {
  if (opened?.id === id) forget();
  if (getOpenInterview() === id) setOpenInterview(null);
  await deleteInterview(id);
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

/** Where an opened interview continues: the page its journey was on. */
async function whereItContinues(): Promise<string> {
  const { actor } = await interviewSession();
  return selectPath(actor.getSnapshot());
}

/**
 * The start page's "Start now" (a form posting the organisation's name): opens that organisation's
 * interview, or a new one, and says where it continues.
 */
export async function startInterviewPath(organisation: string): Promise<string> {
  await startInterview(organisation);
  return whereItContinues();
}

/** "Continue" on the start page: interview `id` opens where it was left, or null if not allowed. */
export async function openInterviewPath(id: string): Promise<string | null> {
  const found = await interviewToOpen(id);
  if (!found) return null;
  openInterview(found.id);
  return whereItContinues();
}
