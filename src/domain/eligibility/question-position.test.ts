import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processorCatalogSchema } from '../../content/schema';
import {
  applyAnswer,
  emptyAnswers,
  nextStep,
  questionDef,
  questionPosition,
  type InterviewAnswers,
  type QuestionPosition,
  type Step,
} from './journey';
import { prefillFromProcessors, type ProcessorPick } from './prefill';

const file = fileURLToPath(new URL('../../../content/processors/processors.json', import.meta.url));
const catalog = processorCatalogSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const allPicks: ProcessorPick[] = catalog.processors.map((p) => ({
  id: p.id,
  name: p.name,
  channel: p.channel,
  setup: p.setup,
}));

/** A small seeded generator (mulberry32), so that every run walks the same journeys. */
function random(seed: number): () => number {
  let t = seed;
  return () => {
    t = (t + 0x6d2b79f5) | 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** The answers after one answer, the way the interview records it (picks prefill their setups). */
function answer(a: InterviewAnswers, s: Step, rand: () => number): InterviewAnswers {
  const q = questionDef(s);
  if (s.question === 'processors') {
    const ids = [
      ...new Set(
        Array.from(
          { length: Math.floor(rand() * 4) },
          () => allPicks[Math.floor(rand() * allPicks.length)]?.id ?? '',
        ),
      ),
    ].filter(Boolean);
    return prefillFromProcessors(a, ids, allPicks);
  }
  const options = q.options ?? [];
  const one = () => options[Math.floor(rand() * options.length)] ?? '';
  // "Another setup?" is mostly no, so that the walks end.
  if (q.key === 'another') return applyAnswer(a, s, rand() < 0.25 ? 'yes' : 'no');
  if (q.multi) return applyAnswer(a, s, [...new Set([one(), ...(rand() < 0.5 ? [one()] : [])])]);
  return applyAnswer(a, s, one());
}

/** Walks the interview forward, answering at random, and returns the position shown at each step. */
function walk(seed: number): { id: string; at: QuestionPosition | null }[] {
  const rand = random(seed);
  let a = emptyAnswers();
  const seen: { id: string; at: QuestionPosition | null }[] = [];
  for (let guard = 0; guard < 200; guard++) {
    const s = nextStep(a);
    if (!s) return seen;
    seen.push({ id: s.id, at: questionPosition(a, s.id) });
    a = answer(a, s, rand);
  }
  throw new Error('the walk did not end');
}

describe('questionPosition', () => {
  it('goes up by exactly one from each question to the next, and ends on "n of n"', () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 400; seed++) {
      const seen = walk(seed);
      seen.forEach(({ id, at }, k) => {
        if (!at) return failures.push(`seed ${seed}: ${id} has no position`);
        if (at.index !== k + 1)
          failures.push(`seed ${seed}: ${id} is ${at.index}, expected ${k + 1}`);
        if (at.index > at.total) failures.push(`seed ${seed}: ${id} is ${at.index} of ${at.total}`);
      });
      const last = seen.at(-1)?.at;
      if (last && last.index !== last.total)
        failures.push(`seed ${seed}: the last question is ${last.index} of ${last.total}`);
    }
    expect(failures).toEqual([]);
  });

  it('counts the processor page, and not the questions its picks answered', () => {
    let a = applyAnswer(emptyAnswers(), { id: 'role', question: 'role' }, 'merchant');
    expect(questionPosition(a, 'role')).toEqual({ index: 1, total: 8 });
    expect(questionPosition(a, 'processors')).toEqual({ index: 2, total: 8 });
    a = prefillFromProcessors(a, ['civicrm-paypal-standard'], allPicks);
    // Channels, the payment page and "another online setup?" came from the pick.
    expect(nextStep(a)?.id).toBe('stored-card-data');
    expect(questionPosition(a, 'stored-card-data')).toEqual({ index: 3, total: 7 });
    // Opened to change it, a prefilled question counts while the person is on it.
    expect(questionPosition(a, 'online-1-payment-page')).toEqual({ index: 3, total: 8 });
  });

  it('keeps the total while the answers do not change which questions are asked', () => {
    const steps = [
      ['role', 'merchant'],
      ['processors', []],
      ['channels', ['ecommerce']],
      ['online-1-payment-page', 'redirect'],
      ['online-1-another', 'no'],
      ['stored-card-data', 'no'],
      ['emailed-card-data', 'no'],
      ['paper-records', 'no'],
      ['provider-compliance', 'yes'],
      ['transactions', 'under-20k'],
    ] as const;
    let a = emptyAnswers();
    const totals: number[] = [];
    for (const [id, value] of steps) {
      const s = nextStep(a);
      expect(s?.id).toBe(id);
      if (!s) return;
      totals.push(questionPosition(a, id)?.total ?? 0);
      a = applyAnswer(a, s, typeof value === 'string' ? value : [...value]);
    }
    // Until the channel is known its setup questions are not; from then on the total holds.
    expect(totals).toEqual([8, 8, 8, 10, 10, 10, 10, 10, 10, 10]);
  });

  it('has no position for a step that is not on the journey', () => {
    expect(questionPosition(emptyAnswers(), 'online-1-payment-page')).toBeNull();
  });
});
