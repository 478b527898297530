/**
 * "Question n of m" and "Back" along many random paths through the interview machine, with
 * processor picks that answer some questions for the person, and with steps back on the way: n
 * starts at 1, goes up by exactly one with each Continue and down by one with each Back, never
 * passes m, and Back always leads to the question the person saw before.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import catalog from '../../content/processors/processors.json';
import questions from '../../content/eligibility/questions.json';
import type { ProcessorPick } from '@/domain/eligibility/prefill';
import { interviewMachine } from './interview-machine';
import {
  selectCurrentStep,
  selectPhase,
  selectPreviousStep,
  selectProgress,
} from './interview-selectors';

const optionsOf = new Map(questions.questions.map((q) => [q.id, q.options.map((o) => o.value)]));
const picks: ProcessorPick[] = catalog.processors.map((p) => ({
  id: p.id,
  name: p.name,
  channel: p.channel as ProcessorPick['channel'],
  setup: p.setup as ProcessorPick['setup'],
}));

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let t = seed;
  return () => {
    t = (t + 0x6d2b79f5) | 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const PATHS = 400;

describe('question numbers and Back, along random paths', () => {
  it('count one by one from the first question to the last, processor step included', () => {
    const problems: string[] = [];
    let withPicks = 0;
    let backs = 0;
    for (let seed = 1; seed <= PATHS && problems.length < 5; seed++) {
      const next = random(seed);
      const pickOne = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
      const actor = createActor(interviewMachine, { input: {} }).start();
      let expected = 1;
      let wentBack = false;
      const seen: string[] = [];
      const fail = (what: string) =>
        problems.push(`seed ${seed}: ${what} (seen ${seen.join(' > ')})`);
      for (let n = 0; n < 120 && selectPhase(actor.getSnapshot()) === 'asking'; n++) {
        const s = actor.getSnapshot();
        const step = selectCurrentStep(s);
        if (!step) return void fail('no step on screen');
        const progress = selectProgress(s);
        if (progress.index !== expected) {
          fail(`${step.id} is question ${progress.index}, expected ${expected}`);
          break;
        }
        if (progress.index > progress.total)
          fail(`${step.id}: ${progress.index} of ${progress.total}`);
        // Sometimes go back, as the back link does: to the address of the previous question.
        if (seen.length > 0 && next() < 0.15) {
          const previous = selectPreviousStep(s);
          if (!previous || previous.id !== seen.at(-1)) {
            fail(`Back from ${step.id} leads to ${previous?.id}, not ${seen.at(-1)}`);
            break;
          }
          actor.send({ type: 'route.enter', page: 'question', stepId: previous.id });
          seen.pop();
          expected -= 1;
          wentBack = true;
          backs += 1;
          continue;
        }
        let value: string | string[];
        if (step.question === 'processors') {
          value =
            next() < 0.6 ? [pickOne(picks).id, ...(next() < 0.3 ? [pickOne(picks).id] : [])] : [];
          value = [...new Set(value)];
          if (value.length) withPicks += 1;
        } else if (step.question === 'channels') {
          const all = optionsOf.get('channels') ?? [];
          value = all.filter(() => next() < 0.5);
          if (value.length === 0) value = [pickOne(all)];
        } else if (step.question.endsWith('Another')) {
          value = next() < 0.15 && (step.setup ?? 0) < 1 ? 'yes' : 'no';
        } else value = pickOne(optionsOf.get(step.question) ?? []);
        actor.send({
          type: 'answer.submit',
          stepId: step.id,
          value,
          ...(step.question === 'processors' ? { picks } : {}),
        });
        const after = actor.getSnapshot();
        if (selectPhase(after) === 'asking') {
          seen.push(step.id);
          expected += 1;
          if (selectPreviousStep(after)?.id !== step.id)
            fail(`after ${step.id}, Back leads to ${selectPreviousStep(after)?.id}`);
        } else if (!wentBack && progress.index !== progress.total)
          fail(`the last question ${step.id} was ${progress.index} of ${progress.total}`);
      }
      if (selectPhase(actor.getSnapshot()) === 'asking') fail('never reached the check page');
    }
    expect(problems).toEqual([]);
    // The paths did what they are for: picks that answer questions, and steps back.
    expect(withPicks).toBeGreaterThan(PATHS / 4);
    expect(backs).toBeGreaterThan(PATHS / 4);
  }, 60_000);
});
