/**
 * The worker's client under Node, with a stand-in Worker: a failed worker is replaced, so that the
 * page's "try again" really tries again, and nothing it was asked is left without an answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerRequest, WorkerResponse } from './protocol';

type Reply = (request: WorkerRequest) => WorkerResponse | 'crash' | 'silence';

const workers: FakeWorker[] = [];
let reply: Reply = () => 'silence';

class FakeWorker extends EventTarget {
  terminated = false;
  constructor(readonly url: URL) {
    super();
    workers.push(this);
  }
  postMessage(request: WorkerRequest): void {
    const answer = reply(request);
    queueMicrotask(() => {
      if (answer === 'silence') return;
      if (answer === 'crash')
        this.dispatchEvent(
          Object.assign(new Event('error', { cancelable: true }), { message: 'chunk failed' }),
        );
      else this.dispatchEvent(Object.assign(new Event('message'), { data: answer }));
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const scope = globalThis as { Worker?: unknown };
const original = scope.Worker;
beforeAll(() => {
  scope.Worker = FakeWorker;
});
afterAll(() => {
  scope.Worker = original;
});

const file = { name: 'aoc.docx', bytes: new Uint8Array([80, 75]) };
const recognised = (request: WorkerRequest): WorkerResponse => ({
  id: request.id,
  op: 'recognise',
  results: [
    { name: 'aoc.docx', recognition: { status: 'unknown', code: 'not-docx', fieldCount: 0 } },
  ],
});

describe('official-forms client', () => {
  it('starts one worker on first use and keeps it while it works', async () => {
    const { recogniseOfficialForms } = await import('./official-forms');
    reply = recognised;
    const first = await recogniseOfficialForms([file], 'A');
    await recogniseOfficialForms([file]);
    expect(first[0]?.recognition).toMatchObject({ code: 'not-docx' });
    expect(workers).toHaveLength(1);
    expect(workers[0]!.url.pathname).toMatch(/official-forms\.worker\.ts$/);
  });

  it('rejects with the worker’s error, then answers the retry from a fresh worker', async () => {
    const { recogniseOfficialForms } = await import('./official-forms');
    reply = (request) => ({ id: request.id, error: 'TypeError: map chunk failed to load' });
    await expect(recogniseOfficialForms([file], 'A')).rejects.toThrow(/map chunk failed/);
    expect(workers.at(-1)!.terminated).toBe(true);
    reply = recognised;
    await expect(recogniseOfficialForms([file], 'A')).resolves.toHaveLength(1);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.terminated).toBe(false);
  });

  it('fails every request a crashed worker still owed, and starts again', async () => {
    const { recogniseOfficialForms } = await import('./official-forms');
    // The first request gets no answer yet; the second makes the worker crash.
    const answers: ('silence' | 'crash')[] = ['silence', 'crash'];
    reply = () => answers.shift() ?? 'silence';
    const owed = recogniseOfficialForms([file], 'A');
    const crashing = recogniseOfficialForms([file], 'A');
    await expect(crashing).rejects.toThrow('chunk failed');
    await expect(owed).rejects.toThrow('chunk failed');
    reply = recognised;
    await expect(recogniseOfficialForms([file])).resolves.toHaveLength(1);
    expect(workers).toHaveLength(3);
  });
});
