/**
 * Autosave: every change is written after a short pause (debounce), and never later than a maximum
 * wait while changes keep coming, so a typist's notes are on disk within a second. The state is what
 * the "saved" indicator shows, so the indicator is always true.
 *
 * `createSyncedAutosaveMachine` also keeps the value on screen in step with the other tabs: each
 * save sends what this tab changed since its base and gets back the stored copy (which may hold
 * other tabs' changes), and a change announced by another tab is loaded and merged under this tab's
 * unsaved work. `createAutosaveMachine` is the plain form: it writes the latest value as it is.
 */
import { assign, fromPromise, setup } from 'xstate';

export const DEBOUNCE_MS = 300;
export const MAX_WAIT_MS = 1000;

export interface AutosaveContext<T> {
  /** The latest value not yet written. */
  pending: T | null;
  /** The value being written now. */
  writing: T | null;
  error: string | null;
}

export type AutosaveEvent<T> =
  { type: 'value.change'; value: T } | { type: 'save.flush' } | { type: 'save.retry' };

/** Builds the machine around a save function (IndexedDB in the app, a fake in tests). */
export function createAutosaveMachine<T>(save: (value: T) => Promise<void>) {
  return setup({
    types: {
      context: {} as AutosaveContext<T>,
      events: {} as AutosaveEvent<T>,
    },
    actors: {
      write: fromPromise<undefined, { value: T }>(async ({ input }) => {
        await save(input.value);
        return undefined;
      }),
    },
    delays: { debounce: DEBOUNCE_MS, maxWait: MAX_WAIT_MS },
    guards: {
      hasPending: ({ context }) => context.pending !== null,
    },
    actions: {
      keep: assign({
        pending: ({ event, context }) =>
          event.type === 'value.change' ? event.value : context.pending,
      }),
      startWrite: assign(({ context }) => ({
        writing: context.pending,
        pending: null,
        error: null,
      })),
      doneWrite: assign({ writing: null }),
      failWrite: assign(({ context, event }) => ({
        // Keep the unsaved value: the newer pending one wins, otherwise the one that failed.
        pending: context.pending ?? context.writing,
        writing: null,
        error:
          event && 'error' in event ? String((event as { error: unknown }).error) : 'unknown error',
      })),
    },
  }).createMachine({
    id: 'autosave',
    description:
      'Writes changes after a pause, or after the maximum wait, and says whether everything is saved.',
    context: { pending: null, writing: null, error: null },
    initial: 'saved',
    states: {
      saved: {
        description: 'Everything on screen is stored.',
        on: { 'value.change': { target: 'waiting', actions: 'keep' } },
      },
      waiting: {
        description: 'A change is waiting for the user to pause.',
        initial: 'debouncing',
        after: { maxWait: { target: 'writing' } },
        on: { 'save.flush': { target: 'writing' } },
        states: {
          debouncing: {
            after: { debounce: { target: '#autosave.writing' } },
            on: { 'value.change': { target: 'debouncing', reenter: true, actions: 'keep' } },
          },
        },
      },
      writing: {
        description: 'Writing the latest value.',
        entry: 'startWrite',
        invoke: {
          src: 'write',
          input: ({ context }) => ({ value: context.writing as T }),
          onDone: [
            { guard: 'hasPending', target: 'waiting', actions: 'doneWrite' },
            { target: 'saved', actions: 'doneWrite' },
          ],
          onError: { target: 'failed', actions: 'failWrite' },
        },
        on: { 'value.change': { actions: 'keep' } },
      },
      failed: {
        description:
          'The last write failed; the value is kept and retried on the next change or on request.',
        on: {
          'value.change': { target: 'waiting', actions: 'keep' },
          'save.retry': { target: 'writing' },
          'save.flush': { target: 'writing' },
        },
      },
    },
  });
}

export interface SyncedAutosaveOptions<T> {
  /**
   * Writes what changed from `base` to `value` onto the latest stored copy and resolves with what
   * is stored now. `recreate`: store it even if it is no longer stored (the user chose to keep it).
   */
  save: (change: { value: T; base: T; recreate: boolean }) => Promise<T>;
  /** The latest stored copy, or undefined when it is no longer stored. */
  load: () => Promise<T | undefined>;
  /** This tab's work since `base`, put onto `latest`. */
  rebase: (base: T, local: T, latest: T) => T;
}

export interface SyncedAutosaveContext<T> {
  /** What the screen shows: the stored copy with this tab's unsaved work on top. */
  shown: T;
  /** The stored copy `shown` was made from: unsaved work is the difference between the two. */
  base: T;
  /** The value being written now. */
  writing: T | null;
  /** There are changes on screen not yet written. */
  dirty: boolean;
  /** Another tab changed it while this tab was busy: load it once done. */
  stale: boolean;
  /** Save again even though it is no longer stored (the user chose to keep it). */
  recreate: boolean;
  /** It is no longer stored (deleted in another tab, or site data cleared). */
  gone: boolean;
  error: unknown;
}

export type SyncedAutosaveEvent<T> =
  | { type: 'value.change'; value: T }
  | { type: 'value.update'; change: (value: T) => T }
  | { type: 'save.flush' }
  | { type: 'save.retry' }
  /** Keep what is on screen even though it is no longer stored. */
  | { type: 'save.recreate' }
  /** Another tab changed the stored copy. */
  | { type: 'stored.change' }
  /** The whole database was deleted (site data cleared, another tab): it is no longer stored. */
  | { type: 'stored.gone' };

/**
 * The synced autosave: start it with `input: { value }` (the copy just loaded; with `base` when
 * `value` holds work not yet saved), send
 * `value.update` with a change function (applied to what is shown now, so quick edits never
 * overwrite each other), and `stored.change` when the event bus says another tab wrote. Read
 * `context.shown` for the screen.
 */
export function createSyncedAutosaveMachine<T>(options: SyncedAutosaveOptions<T>) {
  return setup({
    types: {
      context: {} as SyncedAutosaveContext<T>,
      events: {} as SyncedAutosaveEvent<T>,
      input: {} as {
        value: T;
        /**
         * The stored copy `value` was made from, when `value` holds work not yet saved (the
         * copy held on screen while saves failed): it is written straight away.
         */
        base?: T;
      },
    },
    actors: {
      write: fromPromise<T, { value: T; base: T; recreate: boolean }>(({ input }) =>
        options.save(input),
      ),
      load: fromPromise<T | undefined>(() => options.load()),
    },
    delays: { debounce: DEBOUNCE_MS, maxWait: MAX_WAIT_MS },
    guards: {
      dirty: ({ context }) => context.dirty,
      stale: ({ context }) => context.stale,
      gone: ({ context }) => context.gone,
    },
    actions: {
      change: assign(({ context, event }) => {
        if (event.type === 'value.change') return { shown: event.value, dirty: true };
        if (event.type === 'value.update')
          return { shown: event.change(context.shown), dirty: true };
        return {};
      }),
      markStale: assign({ stale: true }),
      startWrite: assign(({ context }) => ({ writing: context.shown, dirty: false })),
      wrote: assign(({ context, event }) => {
        if (!('output' in event) || context.writing === null) return {};
        const stored = event.output as T;
        // Edits made while writing stay on screen, on top of what is stored now.
        const shown =
          context.shown === context.writing
            ? stored
            : options.rebase(context.writing, context.shown, stored);
        return {
          shown,
          base: stored,
          writing: null,
          recreate: false,
          gone: false,
          error: null,
        };
      }),
      failWrite: assign(({ event }) => ({
        writing: null,
        dirty: true,
        error: 'error' in event ? event.error : new Error('unknown error'),
      })),
      loaded: assign(({ context, event }) => {
        if (!('output' in event)) return { stale: false };
        const latest = event.output as T | undefined;
        if (latest === undefined) return { stale: false, gone: true };
        return {
          stale: false,
          gone: false,
          shown: options.rebase(context.base, context.shown, latest),
          base: latest,
        };
      }),
      allowRecreate: assign({ recreate: true }),
      markGone: assign({ gone: true }),
    },
  }).createMachine({
    id: 'syncedAutosave',
    description:
      'Writes changes after a pause, merged onto the latest stored copy, and merges in what other tabs write.',
    context: ({ input }) => ({
      shown: input.value,
      base: input.base ?? input.value,
      writing: null,
      dirty: input.base !== undefined && input.base !== input.value,
      stale: false,
      recreate: false,
      gone: false,
      error: null,
    }),
    initial: 'saved',
    on: {
      'value.change': { target: '.waiting', actions: 'change' },
      'value.update': { target: '.waiting', actions: 'change' },
      // No need to ask the database (which may still be closing): it is gone.
      'stored.gone': { actions: 'markGone' },
    },
    states: {
      saved: {
        description:
          'Everything on screen is stored, or (gone) it was, until it was deleted elsewhere: then it can be stored again on request.',
        // Started with unsaved work: write it.
        always: { guard: 'dirty', target: 'waiting' },
        on: {
          'stored.change': { target: 'syncing' },
          'save.recreate': { guard: 'gone', target: 'writing', actions: 'allowRecreate' },
        },
      },
      waiting: {
        description: 'A change is waiting for the user to pause.',
        initial: 'debouncing',
        after: { maxWait: { target: 'writing' } },
        on: { 'save.flush': { target: 'writing' }, 'stored.change': { actions: 'markStale' } },
        states: {
          debouncing: {
            after: { debounce: { target: '#syncedAutosave.writing' } },
            on: {
              'value.change': { target: 'debouncing', reenter: true, actions: 'change' },
              'value.update': { target: 'debouncing', reenter: true, actions: 'change' },
            },
          },
        },
      },
      writing: {
        description: 'Writing what changed onto the latest stored copy.',
        entry: 'startWrite',
        invoke: {
          src: 'write',
          input: ({ context }) => ({
            value: context.writing as T,
            base: context.base,
            recreate: context.recreate,
          }),
          onDone: [
            { guard: 'dirty', target: 'waiting', actions: 'wrote' },
            { guard: 'stale', target: 'syncing', actions: 'wrote' },
            { target: 'saved', actions: 'wrote' },
          ],
          onError: { target: 'failed', actions: 'failWrite' },
        },
        on: {
          'value.change': { actions: 'change' },
          'value.update': { actions: 'change' },
          'stored.change': { actions: 'markStale' },
        },
      },
      syncing: {
        description: "Loading what another tab stored, to show it under this tab's work.",
        invoke: {
          src: 'load',
          onDone: [
            { guard: 'dirty', target: 'waiting', actions: 'loaded' },
            { target: 'saved', actions: 'loaded' },
          ],
          // Loading failed: the next save or change will try again.
          onError: [{ guard: 'dirty', target: 'waiting' }, { target: 'saved' }],
        },
        on: {
          'value.change': { actions: 'change' },
          'value.update': { actions: 'change' },
        },
      },
      failed: {
        description:
          'The last write failed; what is on screen is kept and written on the next change or on request.',
        on: {
          'save.retry': { target: 'writing' },
          'save.flush': { target: 'writing' },
          'save.recreate': { target: 'writing', actions: 'allowRecreate' },
          'stored.change': { actions: 'markStale' },
        },
      },
    },
  });
}
