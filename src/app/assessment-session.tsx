/**
 * The open assessment: loaded by the route's loader, kept on screen, saved by the synced autosave
 * machine, and handed to each feature page as an `AssessmentSession` by the route modules in ./routes.
 *
 * Saves merge: each one writes what this tab changed onto the latest stored copy, and what other
 * tabs write (announced on the storage event bus) shows here at once, under anything typed here and
 * not yet saved. While saves fail, what is on screen is held for "save a copy to a file".
 */
import { useActorRef, useSelector } from '@xstate/react';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import {
  Link,
  Outlet,
  useLoaderData,
  type LoaderFunctionArgs,
  type ShouldRevalidateFunctionArgs,
} from 'react-router';
import { loadRequirements, loadSaqContent } from '@/content/loader';
import { entriesForSaq } from '@/content/saq-entries';
import type { RequirementEntry, SaqContent } from '@/content/schema';
import { SAVING_WORDS, say } from '@/content/words';
import { reopenIfChanged } from '@/domain/assessment/completion';
import type { Assessment } from '@/domain/assessment/model';
import { StorageError } from '@/domain/files/errors';
import { fileErrorText, recordProblemText, storageErrorText } from '@/domain/files/files-text';
import { rebaseAssessment, shareUnchanged } from '@/domain/files/patch';
import type { OverLimit, RecordProblem } from '@/domain/files/record';
import type { AssessmentSession, SaveStatus } from '@/hooks/assessment-session';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { decodeIdFromPath } from '@/lib/path-ids';
import { FILES_URL, HOME_URL } from '@/lib/paths';
import { createSyncedAutosaveMachine } from '@/machine/autosave-machine';
import {
  getAssessment,
  readAssessment,
  reconnect,
  saveAssessment,
  storageMode,
} from '@/storage/assessment-store';
import { onStorageEvent } from '@/storage/events';
import { holdUnsaved, releaseUnsaved, unsavedCopies } from '@/storage/unsaved';
import { isMissingFileError, trackWrite } from './after-deploy';

export type AssessmentLoad =
  | { state: 'missing' }
  | { state: 'set-aside'; problem: RecordProblem }
  | { state: 'no-content'; saq: string }
  | { state: 'error'; message: string }
  | {
      state: 'ready';
      assessment: Assessment;
      saq: SaqContent;
      entries: Map<string, RequirementEntry>;
      /** Texts longer than the limits (kept by an older version): to shorten before saving. */
      overLimit: OverLimit[];
      /**
       * When `assessment` is the copy held on screen while saves failed (this tab's work not yet
       * stored): the stored copy it was made from. It is written again as the session starts.
       */
      base: Assessment | undefined;
      /** It is no longer stored at all (site data cleared, deleted in another tab). */
      missing: boolean;
    };

/**
 * The stored copy each held copy was made from (`holdUnsaved` keeps the copy itself): with it, the
 * held work is written onto whatever is stored by then, never over other tabs' changes.
 */
const heldBases = new Map<string, Assessment>();

function hold(shown: Assessment, base: Assessment): void {
  holdUnsaved(shown);
  heldBases.set(shown.id, base);
}

function release(id: string): void {
  releaseUnsaved(id);
  heldBases.delete(id);
}

/** The id in the address, or null when the address is not one the app writes. */
export function assessmentIdOf(params: LoaderFunctionArgs['params']): string | null {
  return decodeIdFromPath(params['assessmentId'] ?? '');
}

/** Route loader: the assessment and its SAQ content, or why they cannot be shown. */
export async function assessmentLoader({ params }: LoaderFunctionArgs): Promise<AssessmentLoad> {
  const id = assessmentIdOf(params);
  if (id === null) return { state: 'missing' };
  try {
    const read = await readAssessment(id);
    // What this tab typed while saves failed (storage full, site data cleared) is shown again, and
    // written again; when no longer stored, it can be kept in this browser again or saved to a file.
    const held = unsavedCopies().find((a) => a.id === id);
    if (read.kind === 'set-aside') return { state: 'set-aside', problem: read.problem };
    const stored = read.kind === 'found' ? read.assessment : undefined;
    const assessment = held ?? stored;
    if (!assessment) return { state: 'missing' };
    const saq = await loadSaqContent(assessment.saq);
    if (!saq) return { state: 'no-content', saq: assessment.saq };
    const entries = entriesForSaq(saq, await loadRequirements(saq.groups.map((g) => g.principal)));
    return {
      state: 'ready',
      assessment,
      saq,
      entries,
      overLimit: read.kind === 'found' ? read.overLimit : [],
      base: held ? (heldBases.get(id) ?? stored) : undefined,
      missing: !stored,
    };
  } catch (e) {
    // A file of the app that is gone (a deploy under this tab): the error page reloads once.
    if (isMissingFileError(e)) throw e;
    return { state: 'error', message: storageErrorText(e) };
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

/** The autosave of one assessment, writing merged saves and reading what other tabs wrote. */
function autosaveFor(id: string) {
  return createSyncedAutosaveMachine<Assessment>({
    save: async ({ value, base, recreate }) => {
      // A user-timing measure of the latest save, read by `npm run bench` (autosave-saq-d). Only
      // the latest is kept, so a long session does not pile entries up in the performance timeline.
      const start = performance.now();
      const stored = await trackWrite(saveAssessment(value, { base, recreate }));
      performance.clearMeasures('opensaq:autosave');
      performance.measure('opensaq:autosave', { start, end: performance.now() });
      // What was held from the screen is stored now.
      if (unsavedCopies().some((a) => a === value)) release(id);
      // The stored copy is read back: keep the objects of what did not change, so only the rows
      // that changed draw again.
      return shareUnchanged(value, stored);
    },
    load: () => getAssessment(id),
    rebase: (base, local, latest) => shareUnchanged(local, rebaseAssessment(base, local, latest)),
  });
}

function Session({
  initial,
  base,
  missing,
  overLimit,
  saq,
  entries,
  children,
}: {
  initial: Assessment;
  base: Assessment | undefined;
  missing: boolean;
  overLimit: OverLimit[];
  saq: SaqContent;
  entries: Map<string, RequirementEntry>;
  children: ReactNode;
}) {
  const id = initial.id;
  const [machine] = useState(() => autosaveFor(id));
  const saver = useActorRef(machine, {
    input: base && base !== initial ? { value: initial, base } : { value: initial },
  });
  const assessment = useSelector(saver, (s) => s.context.shown);
  const saveState = useSelector(saver, (s) => s.value);
  const saveError = useSelector(saver, (s) => s.context.error);
  const gone = useSelector(
    saver,
    (s) =>
      s.context.gone ||
      (s.context.error instanceof StorageError && s.context.error.code === 'vanished'),
  );
  const update = useCallback(
    (change: (a: Assessment) => Assessment) => {
      // Applied to what is shown when the machine gets it, so quick edits never overwrite each
      // other. An edit to a completed assessment reopens it: the record never shows an old
      // completion date beside new answers.
      saver.send({
        type: 'value.update',
        change: (a) => reopenIfChanged(a, change(a), new Date().toISOString()),
      });
    },
    [saver],
  );

  useEffect(() => {
    const reload = () => saver.send({ type: 'stored.change' });
    // No longer stored: say so at once.
    if (missing) reload();
    const stops = [
      // Other tabs' writes show at once; so do this tab's writes from elsewhere (not this autosave).
      onStorageEvent('assessments.changed', (e) => {
        if (e.ids.includes(id) && (e.fromOtherTab || e.cause !== 'save')) reload();
      }),
      // The database was deleted under the tab: this assessment is no longer stored.
      onStorageEvent('storage.deleted', () => saver.send({ type: 'stored.gone' })),
    ];
    return () => stops.forEach((stop) => stop());
  }, [saver, id, missing]);

  // While saves fail (or it was deleted), "save a copy to a file" must find what is on screen.
  const failing = saveError !== null || gone;
  const storedBase = useSelector(saver, (s) => s.context.base);
  useEffect(() => {
    if (failing) hold(assessment, storedBase);
    else if (saveState === 'saved') release(id);
  }, [failing, assessment, storedBase, saveState, id]);

  // Write anything pending when the tab is hidden or closed, and when the session closes: a layout
  // effect's cleanup runs before the autosave actor is stopped, so the last change gets written.
  useLayoutEffect(() => {
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

  const status: SaveStatus =
    saveState === 'saved' ? 'saved' : saveState === 'failed' ? 'failed' : 'saving';
  const errorText = gone
    ? fileErrorText(new StorageError('vanished', { id }))
    : saveError === null
      ? null
      : storageErrorText(saveError);
  const value = useMemo<AssessmentSession>(
    () => ({
      assessment,
      saq,
      entries,
      update,
      save: {
        status,
        error: errorText,
        gone,
        mode: storageMode(),
        // Storage may be back (space freed, site data cleared and the database reopened):
        // reconnect first, so the retry does not fail on the connection that was lost.
        retry: () => void reconnect().finally(() => saver.send({ type: 'save.retry' })),
        recreate: () => void reconnect().finally(() => saver.send({ type: 'save.recreate' })),
      },
    }),
    [assessment, saq, entries, update, status, errorText, gone, saver],
  );
  return (
    <Ctx.Provider value={value}>
      {overLimit.length > 0 ? <OverLimitNotice overLimit={overLimit} /> : null}
      {children}
    </Ctx.Provider>
  );
}

/** Texts an older version let grow past their limit: listed, to be shortened before saving. */
function OverLimitNotice({ overLimit }: { overLimit: OverLimit[] }) {
  return (
    <div className="notification notification--warning" role="alert">
      <h2 className="notification__title">{say(SAVING_WORDS, 'over-limit.title')}</h2>
      <p>{say(SAVING_WORDS, 'over-limit.intro')}</p>
      <ul className="list list--bullet">
        {overLimit.map((o) => (
          <li key={o.where}>
            {say(SAVING_WORDS, 'over-limit.item', {
              where: o.where,
              length: o.length,
              over: o.length - o.limit,
              limit: o.limit,
            })}
          </li>
        ))}
      </ul>
    </div>
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
        base={load.base}
        missing={load.missing}
        overLimit={load.overLimit}
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
  const title = say(
    SAVING_WORDS,
    load.state === 'missing'
      ? 'not-found.title'
      : load.state === 'set-aside'
        ? 'set-aside.title'
        : load.state === 'no-content'
          ? 'no-content.title'
          : 'error.title',
  );
  useDocumentTitle(title);
  return (
    <div className="narrow">
      <h1>{title}</h1>
      {load.state === 'missing' ? (
        <p>
          {say(SAVING_WORDS, 'not-found.body')}{' '}
          <Link to={HOME_URL}>{say(SAVING_WORDS, 'not-found.link')}</Link>.
        </p>
      ) : load.state === 'set-aside' ? (
        <p>
          {say(SAVING_WORDS, 'set-aside.body', { problem: recordProblemText(load.problem) })}{' '}
          <Link to={FILES_URL}>{say(SAVING_WORDS, 'set-aside.link')}</Link>.
        </p>
      ) : load.state === 'no-content' ? (
        <p>{say(SAVING_WORDS, 'no-content.body', { saq: load.saq })}</p>
      ) : (
        <p>{say(SAVING_WORDS, 'error.body', { reason: load.message })}</p>
      )}
    </div>
  );
}
