/**
 * The open assessment: loaded by the route's loader, kept on screen, saved by the autosave machine,
 * and handed to each feature page as an `AssessmentSession` by the route modules in ./routes.
 */
import { useActorRef, useSelector } from '@xstate/react';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import {
  Outlet,
  useLoaderData,
  type LoaderFunctionArgs,
  type ShouldRevalidateFunctionArgs,
} from 'react-router';
import { loadRequirements, loadSaqContent } from '@/content/loader';
import { entriesForSaq } from '@/content/saq-entries';
import type { RequirementEntry, SaqContent } from '@/content/schema';
import { reopenIfChanged } from '@/domain/assessment/completion';
import type { Assessment } from '@/domain/assessment/model';
import type { AssessmentSession, SaveStatus } from '@/hooks/assessment-session';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { HOME_URL } from '@/lib/paths';
import { createAutosaveMachine } from '@/machine/autosave-machine';
import { getAssessment, putAssessment, storageMode } from '@/storage/assessment-store';

export type AssessmentLoad =
  | { state: 'missing' }
  | { state: 'no-content'; saq: string }
  | { state: 'error'; message: string }
  | {
      state: 'ready';
      assessment: Assessment;
      saq: SaqContent;
      entries: Map<string, RequirementEntry>;
    };

/** Route loader: the assessment and its SAQ content, or why they cannot be shown. */
export async function assessmentLoader({ params }: LoaderFunctionArgs): Promise<AssessmentLoad> {
  try {
    const assessment = await getAssessment(params['assessmentId'] ?? '');
    if (!assessment) return { state: 'missing' };
    const saq = await loadSaqContent(assessment.saq);
    if (!saq) return { state: 'no-content', saq: assessment.saq };
    const entries = entriesForSaq(saq, await loadRequirements(saq.groups.map((g) => g.principal)));
    return { state: 'ready', assessment, saq, entries };
  } catch (e) {
    return { state: 'error', message: String(e) };
  }
}

/** The session lives while the same assessment is open: moving between its pages reloads nothing. */
export function sameAssessment({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) {
  return currentParams['assessmentId'] !== nextParams['assessmentId'];
}

const Ctx = createContext<AssessmentSession | null>(null);

/** The open assessment, for the route modules that pass it to feature pages. */
export function useAssessmentSession(): AssessmentSession {
  const value = useContext(Ctx);
  if (!value) throw new Error('useAssessmentSession outside an assessment route');
  return value;
}

/** Tells other tabs of this app that an assessment changed, so none silently overwrites another. */
const channel =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('opensaq-assessments');
const TAB = Math.random().toString(36).slice(2);

const autosaveMachine = createAutosaveMachine<Assessment>(async (a) => {
  // A user-timing measure of the latest save, read by `npm run bench` (autosave-saq-d). Only the
  // latest is kept, so a long session does not pile entries up in the performance timeline.
  const start = performance.now();
  await putAssessment(a);
  performance.clearMeasures('opensaq:autosave');
  performance.measure('opensaq:autosave', { start, end: performance.now() });
  channel?.postMessage({ id: a.id, updatedAt: a.updatedAt, tab: TAB });
});

/** Whether another tab has saved this assessment since it was opened here. */
function useChangedElsewhere(id: string): boolean {
  const [changed, setChanged] = useState(false);
  useEffect(() => {
    if (!channel) return;
    const onMessage = (e: MessageEvent<{ id: string; tab: string }>) => {
      if (e.data.id === id && e.data.tab !== TAB) setChanged(true);
    };
    channel.addEventListener('message', onMessage);
    return () => channel.removeEventListener('message', onMessage);
  }, [id]);
  return changed;
}

function Session({
  initial,
  saq,
  entries,
  children,
}: {
  initial: Assessment;
  saq: SaqContent;
  entries: Map<string, RequirementEntry>;
  children: ReactNode;
}) {
  const [assessment, setAssessment] = useState(initial);
  const latest = useRef(initial);
  const saver = useActorRef(autosaveMachine);
  const saveState = useSelector(saver, (s) => s.value);
  const saveError = useSelector(saver, (s) => s.context.error);
  const update = useCallback(
    (change: (a: Assessment) => Assessment) => {
      // An edit to a completed assessment reopens it: the record never shows an old completion
      // date beside new answers.
      const next = reopenIfChanged(
        latest.current,
        change(latest.current),
        new Date().toISOString(),
      );
      latest.current = next;
      setAssessment(next);
      saver.send({ type: 'value.change', value: next });
    },
    [saver],
  );
  useEffect(() => {
    // Write anything pending when the tab is hidden or closed.
    const flush = () => saver.send({ type: 'save.flush' });
    const onHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
    };
  }, [saver]);
  const changedElsewhere = useChangedElsewhere(initial.id);
  const status: SaveStatus =
    saveState === 'saved' ? 'saved' : saveState === 'failed' ? 'failed' : 'saving';
  const value = useMemo<AssessmentSession>(
    () => ({
      assessment,
      saq,
      entries,
      update,
      save: {
        status,
        error: saveError,
        mode: storageMode(),
        retry: () => saver.send({ type: 'save.retry' }),
      },
    }),
    [assessment, saq, entries, update, status, saveError, saver],
  );
  return (
    <Ctx.Provider value={value}>
      {changedElsewhere ? (
        <div className="notification notification--warning" role="alert">
          <h2 className="notification__title">This assessment was changed in another tab</h2>
          <p>
            Reload to see the latest answers. Changes you make here before reloading could overwrite
            the other tab&apos;s work.
          </p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload now
          </button>
        </div>
      ) : null}
      {children}
    </Ctx.Provider>
  );
}

/** Route element: the loaded assessment's session around the nested page. */
export function AssessmentLayout() {
  const load = useLoaderData<typeof assessmentLoader>();
  if (load.state === 'ready')
    return (
      <Session
        key={load.assessment.id}
        initial={load.assessment}
        saq={load.saq}
        entries={load.entries}
      >
        <Outlet />
      </Session>
    );
  return <NotOpened load={load} />;
}

/** An address naming an assessment this browser does not hold. */
export function AssessmentNotFound() {
  return <NotOpened load={{ state: 'missing' }} />;
}

function NotOpened({ load }: { load: Exclude<AssessmentLoad, { state: 'ready' }> }) {
  const title =
    load.state === 'missing'
      ? 'Assessment not found'
      : load.state === 'no-content'
        ? 'This questionnaire is not available yet'
        : 'The assessment could not be opened';
  useDocumentTitle(title);
  return (
    <div className="narrow">
      <h1>{title}</h1>
      {load.state === 'missing' ? (
        <p>
          There is no assessment at this address in this browser. It may have been deleted, or made
          in another browser or on another computer.{' '}
          <a href={HOME_URL}>See the assessments kept here</a>.
        </p>
      ) : load.state === 'no-content' ? (
        <p>OpenSAQ does not have the questions for {load.saq} yet. Your answers so far are kept.</p>
      ) : (
        <p>
          Something went wrong while reading it from this browser ({load.message}). Nothing has been
          changed. Try reloading the page.
        </p>
      )}
    </div>
  );
}
