/**
 * The worker's wiring under Node: a request in, the field map loaded on demand (the same
 * import.meta.glob the build splits into chunks), the answer posted back with the bytes transferred.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFieldMap, readSaq } from '../domain/official-forms/content.node';
import { readForm } from '../domain/official-forms/engine';
import { buildSyntheticForm } from '../domain/official-forms/synthetic-docx';
import { completeAssessment } from '../domain/official-forms/test-assessment';
import type { WorkerRequest, WorkerResponse } from './protocol';

const posted: { message: WorkerResponse; transfer: Transferable[] }[] = [];
const scope = globalThis as unknown as {
  self?: {
    postMessage: (m: WorkerResponse, t: Transferable[]) => void;
    onmessage?: (e: MessageEvent) => Promise<void>;
  };
};

beforeAll(async () => {
  scope.self = { postMessage: (message, transfer) => posted.push({ message, transfer }) };
  await import('./official-forms.worker');
});
afterAll(() => {
  delete scope.self;
});

const send = async (request: WorkerRequest) => {
  posted.length = 0;
  await scope.self!.onmessage!({ data: request } as MessageEvent);
  return posted[0]!;
};

describe('official-forms worker', () => {
  const saq = readSaq('A');
  const aoc = buildSyntheticForm(readFieldMap('aoc-a-v4.0.1-r1-en'));
  const saqForm = buildSyntheticForm(readFieldMap('saq-a-v4.0.1-r1-en'));

  it('recognises files', async () => {
    const { message } = await send({
      id: 1,
      op: 'recognise',
      files: [
        { name: 'aoc.docx', bytes: aoc.slice().buffer },
        { name: 'notes.txt', bytes: new TextEncoder().encode('hello').buffer },
      ],
    });
    expect(message).toMatchObject({
      id: 1,
      op: 'recognise',
      results: [
        {
          name: 'aoc.docx',
          recognition: { status: 'recognised', edition: { id: 'aoc-a-v4.0.1-r1-en' } },
        },
        { name: 'notes.txt', recognition: { status: 'unknown', code: 'not-docx' } },
      ],
    });
  });

  it('says whether each file fits the assessment’s SAQ, and which files it needs', async () => {
    const { message } = await send({
      id: 4,
      op: 'recognise',
      saq: 'A',
      files: [
        { name: 'aoc.docx', bytes: aoc.slice().buffer },
        {
          name: 'aep.docx',
          bytes: buildSyntheticForm(readFieldMap('aoc-a-ep-v4.0.1-en')).slice().buffer,
        },
      ],
    });
    if (!('results' in message) || message.op !== 'recognise') throw new Error('no results');
    expect(message.results.map((r) => r.fits)).toEqual([true, false]);
    expect(message.results[1]!.expected!.map((e) => e.councilFile)).toEqual([
      'PCIDSSv4_0_1SAQAr1.docx',
      'PCIDSSv401AOCforSAQAr1.docx',
      'PCIDSSv4_0_1SAQAr1LA.docx',
    ]);
  });

  it('fills both forms of SAQ A and transfers the results', async () => {
    const { message, transfer } = await send({
      id: 2,
      op: 'fill',
      files: [
        { name: 'PCIDSSv4_0_1SAQAr1.docx', bytes: saqForm.slice().buffer },
        { name: 'PCIDSSv401AOCforSAQAr1.docx', bytes: aoc.slice().buffer },
      ],
      assessment: completeAssessment(saq),
      saq,
      now: '2026-11-23T09:00:00.000Z',
    });
    if (!('results' in message) || message.op !== 'fill') throw new Error(JSON.stringify(message));
    expect(message.results.map((r) => r.outcome.ok && r.outcome.form.fileName)).toEqual([
      'PCIDSSv4_0_1SAQAr1_Friends-of-the-Library_2026-11-23.docx',
      'PCIDSSv401AOCforSAQAr1_Friends-of-the-Library_2026-11-23.docx',
    ]);
    expect(transfer).toHaveLength(2);
    const first = message.results[0]!.outcome;
    expect(first.ok && readForm(first.form.bytes)![0]!.text).toBe(
      'Friends of the Library & Archive',
    );
  });

  it('answers a request it cannot handle with an error, not silence', async () => {
    const { message } = await send({
      id: 3,
      op: 'fill',
      files: [{ name: 'aoc.docx', bytes: aoc.slice().buffer }],
      assessment: null as never,
      saq,
      now: '2026-11-23T09:00:00.000Z',
    });
    expect(message).toMatchObject({ id: 3, error: expect.stringMatching(/TypeError/) });
  });
});
