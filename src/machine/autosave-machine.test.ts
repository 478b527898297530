import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  createAutosaveMachine,
  createSyncedAutosaveMachine,
  DEBOUNCE_MS,
  MAX_WAIT_MS,
} from './autosave-machine';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function harness(fail = () => false) {
  const written: number[] = [];
  const machine = createAutosaveMachine<number>(async (v) => {
    if (fail()) throw new Error('quota exceeded');
    written.push(v);
  });
  const actor = createActor(machine).start();
  return { actor, written, state: () => actor.getSnapshot().value };
}

describe('autosave', () => {
  it('writes once after the user pauses', async () => {
    const h = harness();
    h.actor.send({ type: 'value.change', value: 1 });
    h.actor.send({ type: 'value.change', value: 2 });
    expect(h.state()).toEqual({ waiting: 'debouncing' });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    expect(h.written).toEqual([2]);
    expect(h.state()).toBe('saved');
  });

  it('never waits longer than the maximum while changes keep coming', async () => {
    const h = harness();
    for (let t = 0; t < MAX_WAIT_MS + 200; t += 100) {
      h.actor.send({ type: 'value.change', value: t });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(h.written.length).toBeGreaterThanOrEqual(1);
    expect(h.written[0]).toBeLessThanOrEqual(MAX_WAIT_MS);
  });

  it('keeps the value when a write fails, says so, and saves it on retry', async () => {
    let broken = true;
    const h = harness(() => broken);
    h.actor.send({ type: 'value.change', value: 7 });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    expect(h.state()).toBe('failed');
    expect(h.actor.getSnapshot().context.pending).toBe(7);
    expect(h.actor.getSnapshot().context.error).toMatch(/quota/);
    broken = false;
    h.actor.send({ type: 'save.retry' });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.written).toEqual([7]);
    expect(h.state()).toBe('saved');
  });

  it('a change during a write is written next', async () => {
    const h = harness();
    h.actor.send({ type: 'value.change', value: 1 });
    h.actor.send({ type: 'save.flush' });
    h.actor.send({ type: 'value.change', value: 2 });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    expect(h.written).toEqual([1, 2]);
    expect(h.state()).toBe('saved');
  });

  it('every state is reachable (model)', () => {
    const machine = createAutosaveMachine<number>(async () => undefined);
    const paths = getShortestPaths(machine, {
      events: [{ type: 'value.change', value: 1 }, { type: 'save.flush' }, { type: 'save.retry' }],
    });
    const states = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    expect(states).toContain('"saved"');
    expect(states).toContain('{"waiting":"debouncing"}');
    expect(states).toContain('"writing"');
  });
});

describe('synced autosave: two tabs on one assessment', () => {
  type Doc = Record<string, string | undefined>;
  /** A three-way merge of flat records: this tab's changes since base, onto latest. */
  const rebase = (base: Doc, local: Doc, latest: Doc): Doc => {
    const out = { ...latest };
    for (const k of new Set([...Object.keys(base), ...Object.keys(local)]))
      if (base[k] !== local[k]) out[k] = local[k];
    return out;
  };
  function world(initial: Doc) {
    let stored: Doc | undefined = { ...initial };
    let failing = false;
    const tabs = [0, 1].map(() => {
      const machine = createSyncedAutosaveMachine<Doc>({
        save: async ({ value, base, recreate }) => {
          if (failing) throw new Error('quota exceeded');
          if (!stored && !recreate) throw new Error('vanished');
          stored = stored ? rebase(base, value, stored) : value;
          return stored;
        },
        load: async () => stored,
        rebase,
      });
      return createActor(machine, { input: { value: { ...initial } } }).start();
    });
    return {
      tabs,
      stored: () => stored,
      /** A save from a tab made outside `tabs`. */
      write: (value: Doc, base: Doc): Doc =>
        (stored = stored ? rebase(base, value, stored) : value),
      fail: (on: boolean) => (failing = on),
      remove: () => (stored = undefined),
      /** Another tab wrote: each tab hears of it, as the event bus tells it. */
      broadcast: (from: number) =>
        tabs.forEach((t, i) => i !== from && t.send({ type: 'stored.change' })),
    };
  }
  const shown = (t: ReturnType<typeof world>['tabs'][number]) => t.getSnapshot().context.shown;

  it("different rows in two tabs: both are stored, and each tab shows the other's at once", async () => {
    const w = world({ '3.1.1': 'n/a' });
    const [a, b] = w.tabs as [(typeof w.tabs)[0], (typeof w.tabs)[0]];
    a.send({ type: 'value.update', change: (d) => ({ ...d, '12.8.1': 'in place' }) });
    b.send({ type: 'value.update', change: (d) => ({ ...d, '2.2.2': 'not in place' }) });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    w.broadcast(0);
    w.broadcast(1);
    await vi.advanceTimersByTimeAsync(10);
    const all = { '3.1.1': 'n/a', '12.8.1': 'in place', '2.2.2': 'not in place' };
    expect(w.stored()).toEqual(all);
    expect(shown(a)).toEqual(all);
    expect(shown(b)).toEqual(all);
  });

  it('the same row in two tabs: the later answer wins everywhere', async () => {
    const w = world({ '3.1.1': 'n/a' });
    const [a, b] = w.tabs as [(typeof w.tabs)[0], (typeof w.tabs)[0]];
    a.send({ type: 'value.update', change: (d) => ({ ...d, '3.1.1': 'first' }) });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    b.send({ type: 'value.update', change: (d) => ({ ...d, '3.1.1': 'later' }) });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    w.broadcast(1);
    await vi.advanceTimersByTimeAsync(10);
    expect(w.stored()).toEqual({ '3.1.1': 'later' });
    expect(shown(a)).toEqual({ '3.1.1': 'later' });
  });

  it("typing while another tab's change is loaded keeps the typing", async () => {
    const w = world({});
    const [a, b] = w.tabs as [(typeof w.tabs)[0], (typeof w.tabs)[0]];
    b.send({ type: 'value.update', change: (d) => ({ ...d, x: 'from b' }) });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    a.send({ type: 'value.update', change: (d) => ({ ...d, y: 'typing in a' }) });
    w.broadcast(1);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    expect(shown(a)).toEqual({ x: 'from b', y: 'typing in a' });
    expect(w.stored()).toEqual({ x: 'from b', y: 'typing in a' });
  });

  it('a failed save keeps what is on screen and writes it all on retry', async () => {
    const w = world({});
    const [a] = w.tabs as [(typeof w.tabs)[0]];
    w.fail(true);
    a.send({ type: 'value.update', change: (d) => ({ ...d, x: '1' }) });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    a.send({ type: 'value.update', change: (d) => ({ ...d, y: '2' }) });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    expect(a.getSnapshot().value).toBe('failed');
    expect(shown(a)).toEqual({ x: '1', y: '2' });
    w.fail(false);
    a.send({ type: 'save.retry' });
    await vi.advanceTimersByTimeAsync(0);
    expect(w.stored()).toEqual({ x: '1', y: '2' });
    expect(a.getSnapshot().value).toBe('saved');
  });

  it('deleted elsewhere: the tab keeps its work, says it is gone, and stores it again on request', async () => {
    const w = world({ x: '1' });
    const [a] = w.tabs as [(typeof w.tabs)[0]];
    w.remove();
    a.send({ type: 'stored.change' });
    await vi.advanceTimersByTimeAsync(0);
    expect(a.getSnapshot().context.gone).toBe(true);
    a.send({ type: 'value.update', change: (d) => ({ ...d, y: '2' }) });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    expect(a.getSnapshot().value).toBe('failed');
    a.send({ type: 'save.recreate' });
    await vi.advanceTimersByTimeAsync(0);
    expect(w.stored()).toEqual({ x: '1', y: '2' });
    expect(a.getSnapshot().context).toMatchObject({ gone: false, recreate: false });
  });

  it('deleted elsewhere with nothing typed since: kept in this browser again on request', async () => {
    const w = world({ x: '1' });
    const [a] = w.tabs as [(typeof w.tabs)[0]];
    w.remove();
    a.send({ type: 'stored.change' });
    await vi.advanceTimersByTimeAsync(0);
    expect(a.getSnapshot()).toMatchObject({ value: 'saved', context: { gone: true } });
    a.send({ type: 'save.recreate' });
    await vi.advanceTimersByTimeAsync(0);
    expect(w.stored()).toEqual({ x: '1' });
    expect(a.getSnapshot()).toMatchObject({ value: 'saved', context: { gone: false } });
  });

  it('the database deleted: gone at once, without asking the database, and kept again on request', async () => {
    const w = world({ x: '1' });
    const [a] = w.tabs as [(typeof w.tabs)[0]];
    w.remove();
    a.send({ type: 'stored.gone' });
    expect(a.getSnapshot()).toMatchObject({ value: 'saved', context: { gone: true } });
    a.send({ type: 'save.recreate' });
    await vi.advanceTimersByTimeAsync(0);
    expect(w.stored()).toEqual({ x: '1' });
    expect(a.getSnapshot().context.gone).toBe(false);
  });

  it('a request to keep it again means nothing while it is still stored', async () => {
    const w = world({ x: '1' });
    const [a] = w.tabs as [(typeof w.tabs)[0]];
    a.send({ type: 'save.recreate' });
    await vi.advanceTimersByTimeAsync(0);
    expect(a.getSnapshot().value).toBe('saved');
    expect(a.getSnapshot().context.recreate).toBe(false);
  });

  it('started with work not yet saved (held while saves failed): writes it onto the latest copy', async () => {
    const w = world({ x: '1' });
    const [a] = w.tabs as [(typeof w.tabs)[0]];
    // Another tab changed x meanwhile; the held copy changed y only.
    a.send({ type: 'value.update', change: (d) => ({ ...d, x: 'other tab' }) });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    const held = createActor(
      createSyncedAutosaveMachine<Doc>({
        save: async ({ value, base }) => w.write(value, base),
        load: async () => w.stored(),
        rebase,
      }),
      { input: { value: { x: '1', y: 'typed' }, base: { x: '1' } } },
    ).start();
    expect(held.getSnapshot().value).toEqual({ waiting: 'debouncing' });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    expect(w.stored()).toEqual({ x: 'other tab', y: 'typed' });
    expect(held.getSnapshot().value).toBe('saved');
    held.stop();
  });

  it('every state is reachable (model)', () => {
    const machine = createSyncedAutosaveMachine<number>({
      save: async ({ value }) => value,
      load: async () => 1,
      rebase: (_b, local) => local,
    });
    const paths = getShortestPaths(machine, {
      input: { value: 0 },
      events: [
        { type: 'value.change', value: 1 },
        { type: 'save.flush' },
        { type: 'save.retry' },
        { type: 'stored.change' },
      ],
    });
    const states = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    for (const s of ['"saved"', '{"waiting":"debouncing"}', '"writing"', '"syncing"'])
      expect(states).toContain(s);
  });
});
