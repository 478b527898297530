/**
 * Autosave: every change is written after a short pause (debounce), and never later than a maximum
 * wait while changes keep coming, so a typist's notes are on disk within a second. The state is what
 * the "saved" indicator shows, so the indicator is always true.
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
