// The official-forms figure for `npm run bench` (scripts/bench.ts calls it): filling SAQ D for
// Merchants and its AOC from a fully answered assessment, as the worker does it, on synthetic
// copies padded to the real files' size (document.xml of 5.1 and 0.67 million characters). Pure:
// no browser, no Council file needed.
import {
  readEditions,
  readFieldMap,
  readSaq,
  readWords,
} from '../src/domain/official-forms/content.node.ts';
import { fillOfficialForm } from '../src/domain/official-forms/engine.ts';
import { buildSyntheticForm } from '../src/domain/official-forms/synthetic-docx.ts';
import { completeAssessment } from '../src/domain/official-forms/test-assessment.ts';

/** Median milliseconds, over `runs` runs, to fill SAQ D for Merchants and its AOC. */
export async function benchFillOfficialSaqD(runs = 5): Promise<number> {
  const editions = readEditions();
  const words = readWords();
  const saq = readSaq('D-Merchant');
  const assessment = completeAssessment(saq, 'non-compliant');
  const forms = [
    { id: 'saq-d-merchant-v4.0.1-en', padTo: 5_131_412 },
    { id: 'aoc-d-merchant-v4.0.1-en', padTo: 670_970 },
  ].map(({ id, padTo }) => {
    const map = readFieldMap(id);
    return { id, map, bytes: buildSyntheticForm(map, { padTo }) };
  });
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const form of forms) {
      const outcome = await fillOfficialForm({
        fileName: `${form.id}.docx`,
        bytes: form.bytes,
        assessment,
        saq,
        editions,
        // As in the worker: the map is loaded (parsed) on demand, once per fill.
        loadMap: async (id) => readFieldMap(id),
        words,
        now: new Date(),
      });
      if (!outcome.ok) throw new Error(`${form.id}: ${outcome.code}`);
    }
    times.push(performance.now() - t0);
  }
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? NaN;
}

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(`fill-official-saq-d: ${(await benchFillOfficialSaqD()).toFixed(0)} ms`);
