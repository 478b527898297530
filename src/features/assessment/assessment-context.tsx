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
import { Link, Outlet, useParams } from 'react-router';
import { loadRequirements, loadSaqContent } from '@/content/loader';
import type { RequirementEntry, SaqContent } from '@/content/schema';
import type { Assessment } from '@/domain/assessment/model';
import { createAutosaveMachine } from '@/machine/autosave-machine';
import { getAssessment, putAssessment, storageMode } from '@/storage/assessment-store';

import { useDocumentTitle } from '@/app/use-document-title';

export type SaveStatus = 'saved' | 'saving' | 'failed';

interface AssessmentState {
  assessment: Assessment;
  saq: SaqContent;
  entries: Map<string, RequirementEntry>;
  /** Applies a change; it is on screen at once and saved within a second. */
  update: (change: (a: Assessment) => Assessment) => void;
  saveStatus: SaveStatus;
  saveError: string | null;
  retrySave: () => void;
}

const Ctx = createContext<AssessmentState | null>(null);

export function useAssessment(): AssessmentState {
  const value = useContext(Ctx);
  if (!value) throw new Error('useAssessment outside an assessment');
  return value;
}

type SectionKey = 'section1' | 'section3';
type SectionChange<S> = Partial<S> | ((current: S) => Partial<S>);

/**
 * Section 1 or 3 of the assessment, and a setter for it. Changes are worked out from the latest
 * saved section, not from this render's copy: quick successive edits (autofill, fast typing across
 * fields, ticking several boxes) never overwrite each other.
 */
export function useSection<K extends SectionKey>(
  key: K,
): readonly [
  NonNullable<Assessment[K]>,
  (change: SectionChange<NonNullable<Assessment[K]>>) => void,
] {
  type S = NonNullable<Assessment[K]>;
  const { assessment, update } = useAssessment();
  const set = (change: SectionChange<S>) =>
    update((a) => {
      const current = (a[key] ?? {}) as S;
      const patch = typeof change === 'function' ? change(current) : change;
      return { ...a, [key]: { ...current, ...patch }, updatedAt: new Date().toISOString() };
    });
  return [(assessment[key] ?? {}) as S, set] as const;
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

function Loaded({
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
      const next = change(latest.current);
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
  const saveStatus: SaveStatus =
    saveState === 'saved' ? 'saved' : saveState === 'failed' ? 'failed' : 'saving';
  const value = useMemo(
    () => ({
      assessment,
      saq,
      entries,
      update,
      saveStatus,
      saveError,
      retrySave: () => saver.send({ type: 'save.retry' }),
    }),
    [assessment, saq, entries, update, saveStatus, saveError, saver],
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

type Loading =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'no-content'; saq: string }
  | { state: 'error'; message: string }
  | {
      state: 'ready';
      assessment: Assessment;
      saq: SaqContent;
      entries: Map<string, RequirementEntry>;
    };

/** Route element: loads the assessment and its SAQ content, then renders the nested page. */
export function AssessmentLayout() {
  const { assessmentId = '' } = useParams();
  const [loading, setLoading] = useState<Loading>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    (async () => {
      const assessment = await getAssessment(assessmentId);
      if (!assessment) return { state: 'missing' } as const;
      const saq = await loadSaqContent(assessment.saq);
      if (!saq) return { state: 'no-content', saq: assessment.saq } as const;
      const entries = await loadRequirements(saq.groups.map((g) => g.principal));
      return { state: 'ready', assessment, saq, entries } as const;
    })().then(
      (l) => live && setLoading(l),
      (e: unknown) => live && setLoading({ state: 'error', message: String(e) }),
    );
    return () => {
      live = false;
    };
  }, [assessmentId]);
  if (loading.state === 'ready')
    return (
      <Loaded
        key={loading.assessment.id}
        initial={loading.assessment}
        saq={loading.saq}
        entries={loading.entries}
      >
        <Outlet />
      </Loaded>
    );
  return <LoadingMessage loading={loading} />;
}

function LoadingMessage({ loading }: { loading: Exclude<Loading, { state: 'ready' }> }) {
  const title =
    loading.state === 'loading'
      ? 'Loading'
      : loading.state === 'missing'
        ? 'Assessment not found'
        : loading.state === 'no-content'
          ? 'This questionnaire is not available yet'
          : 'The assessment could not be opened';
  useDocumentTitle(title);
  if (loading.state === 'loading')
    return (
      <p role="status" className="loading">
        Loading the assessment&hellip;
      </p>
    );
  return (
    <div className="narrow">
      <h1>{title}</h1>
      {loading.state === 'missing' ? (
        <p>
          There is no assessment at this address in this browser. It may have been deleted, or made
          in another browser or on another computer. <a href="/">See the assessments kept here</a>.
        </p>
      ) : loading.state === 'no-content' ? (
        <p>
          OpenSAQ does not have the questions for {loading.saq} yet. Your answers so far are kept.
        </p>
      ) : (
        <p>
          Something went wrong while reading it from this browser ({loading.message}). Nothing has
          been changed. Try reloading the page.
        </p>
      )}
    </div>
  );
}

/** The "saved" indicator: it says what the autosave machine knows, so it is always true. */
export function SaveIndicator() {
  const { saveStatus, saveError, retrySave } = useAssessment();
  return (
    <div
      className={`save-indicator save-indicator--${saveStatus}`}
      role="status"
      aria-live="polite"
    >
      {saveStatus === 'saved' && storageMode() === 'memory'
        ? 'This browser does not allow saving: your changes are kept only in this tab. Save a copy to a file before you close it.'
        : null}
      {saveStatus === 'saved' && storageMode() === 'browser'
        ? 'All changes saved in this browser'
        : null}
      {saveStatus === 'saving' ? 'Saving\u2026' : null}
      {saveStatus === 'failed' ? (
        <>
          Not saved: this browser refused to store your changes ({saveError}). They are still on
          screen: do not close this tab.{' '}
          <button type="button" className="link-button" onClick={retrySave}>
            Try again
          </button>{' '}
          or <Link to="/files">save a copy to a file</Link>.
        </>
      ) : null}
    </div>
  );
}
