import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { createAutosaveMachine, DEBOUNCE_MS, MAX_WAIT_MS } from './autosave-machine';

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
