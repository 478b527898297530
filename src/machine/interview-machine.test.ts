import { beforeAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import questions from '../../content/eligibility/questions.json';
import { answerFor, findStep, journey } from '@/domain/eligibility/journey';
import { interviewMachine, type InterviewEvent } from './interview-machine';
import type { ProcessorPick } from '@/domain/eligibility/prefill';
import {
  selectCurrentStep,
  selectDecision,
  selectPath,
  selectPhase,
  selectPreviousStep,
  selectProgress,
  type InterviewSnapshot,
} from './interview-selectors';

const optionsOf = new Map(questions.questions.map((q) => [q.id, q.options.map((o) => o.value)]));

/** One representative answer per option, narrowed where an option cannot change the route. */
const NARROW: Record<string, (string | string[])[]> = {
  role: ['merchant', 'service-provider'],
  processors: [[]],
  channels: [['ecommerce'], ['moto'], ['cardPresent'], ['ecommerce', 'cardPresent']],
  ecommerceAnother: ['no'],
  motoAnother: ['no'],
  cardPresentAnother: ['no'],
  storesAccountDataElectronically: ['no', 'yes'],
  receivesAccountDataElectronically: ['no', 'unsolicited-deleted'],
  keepsPaperWithCardData: ['no'],
  thirdPartiesConfirmedCompliant: ['yes', 'no'],
  channelsShareSystems: ['no'],
  annualCardTransactions: ['under-20k'],
};

function eventsFor(snapshot: InterviewSnapshot): InterviewEvent[] {
  const phase = selectPhase(snapshot);
  if (phase === 'checking') return [{ type: 'answers.confirm' }];
  if (phase === 'result') return [];
  const step = selectCurrentStep(snapshot);
  if (!step) return [];
  const values = NARROW[step.question] ?? optionsOf.get(step.question) ?? [];
  return values.map((value) => ({ type: 'answer.submit', stepId: step.id, value }));
}

const SAQS = ['A', 'A-EP', 'B', 'B-IP', 'C', 'C-VT', 'P2PE', 'SPoC', 'D-Merchant', 'D-SP'] as const;

/** Generous: walking every shortest path takes seconds on a busy two-core machine. */
const MODEL_TIMEOUT_MS = 120_000;

describe('interview machine (model-based)', () => {
  let toResult: { state: InterviewSnapshot; events: InterviewEvent[] }[] = [];

  beforeAll(() => {
    const paths = getShortestPaths(interviewMachine, {
      events: eventsFor,
      input: {},
      serializeState: (s: InterviewSnapshot) =>
        JSON.stringify([s.value, s.context.stepId, s.context.answers]) as never,
    });
    toResult = paths
      .map((p) => ({
        state: p.state,
        events: p.steps.map((s) => s.event),
      }))
      .filter((p) => selectPhase(p.state) === 'result');
  }, MODEL_TIMEOUT_MS);

  it('reaches the result along many paths', () => {
    expect(toResult.length).toBeGreaterThan(100);
  });

  it(
    'collects exactly the answers given along each path',
    () => {
      const wrong: string[] = [];
      for (const path of toResult) {
        const answers = path.state.context.answers;
        const submitted = path.events.filter(
          (e): e is Extract<InterviewEvent, { type: 'answer.submit' }> =>
            e.type === 'answer.submit',
        );
        const asked = journey(answers).map((s) => s.id);
        const kept = submitted.every((e) => {
          const step = findStep(answers, e.stepId);
          return JSON.stringify(step && answerFor(answers, step)) === JSON.stringify(e.value);
        });
        if (
          (JSON.stringify(submitted.map((e) => e.stepId)) !== JSON.stringify(asked) || !kept) &&
          wrong.length < 5
        )
          wrong.push(JSON.stringify({ submitted, answers }));
      }
      expect(wrong).toEqual([]);
    },
    MODEL_TIMEOUT_MS,
  );

  it(
    'makes every result status reachable',
    () => {
      // Deciding every path's profile takes a second or two on a busy machine.
      const decisions = toResult.map((p) => selectDecision(p.state));
      const statuses = new Set(decisions.map((d) => d?.status));
      expect([...statuses].sort()).toEqual(['decided', 'needs-review', 'out-of-scope']);
      const saqs = new Set(decisions.map((d) => d?.saq));
      for (const saq of SAQS) expect(saqs.has(saq), saq).toBe(true);
    },
    MODEL_TIMEOUT_MS,
  );
});

/** Two picks that answer questions for the person (a redirect; an iframe), and none. */
const PICKS: ProcessorPick[] = [
  {
    id: 'civicrm-paypal-standard',
    name: 'PayPal Standard',
    channel: 'ecommerce',
    setup: { paymentPage: 'redirect' },
  },
  {
    id: 'stripe-elements',
    name: 'Stripe (card box on your page)',
    channel: 'ecommerce',
    setup: { paymentPage: 'iframe' },
  },
];
const WITH_BACK: Record<string, (string | string[])[]> = {
  role: ['merchant'],
  processors: [[], ['civicrm-paypal-standard'], ['stripe-elements']],
  channels: [['ecommerce'], ['ecommerce', 'moto']],
  paymentPage: ['redirect', 'iframe'],
  scriptProtection: ['provider-confirmed', 'unsure'],
  websiteHost: ['pci-compliant-provider'],
  motoCapture: ['virtual-terminal'],
  vtIsolated: ['yes'],
  vtSingleLocation: ['yes'],
  storesAccountDataElectronically: ['no'],
  receivesAccountDataElectronically: ['no'],
  thirdPartiesConfirmedCompliant: ['yes'],
};

function eventsWithBack(snapshot: InterviewSnapshot): InterviewEvent[] {
  if (selectPhase(snapshot) !== 'asking') return [];
  const step = selectCurrentStep(snapshot);
  if (!step) return [];
  const values = WITH_BACK[step.question] ?? [(optionsOf.get(step.question) ?? [])[0] ?? 'no'];
  const answers: InterviewEvent[] = values.map((value) => ({
    type: 'answer.submit',
    stepId: step.id,
    value,
    ...(step.question === 'processors' ? { picks: PICKS } : {}),
  }));
  return [...answers, { type: 'step.back' }];
}

describe('interview machine: Back goes to the question the person saw (model-based)', () => {
  it(
    'along 400 seeded walks of answers and steps back',
    () => {
      // A seeded walk (the same every run): the paths' space with the history is too large to list.
      let seed = 18;
      const next = () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
      };
      const wrong: string[] = [];
      let backs = 0;
      for (let walk = 0; walk < 400 && wrong.length < 5; walk++) {
        const actor = createActor(interviewMachine, { input: {} }).start();
        // The questions the person saw, in order, before the one on screen.
        const seen: string[] = [];
        for (let n = 0; n < 60; n++) {
          const before = actor.getSnapshot();
          const events = eventsWithBack(before);
          if (events.length === 0) break;
          // Back one time in four; otherwise one of the answers.
          const answers = events.filter((e) => e.type !== 'step.back');
          const e: InterviewEvent =
            next() < 0.25 || answers.length === 0
              ? { type: 'step.back' }
              : (answers[Math.floor(next() * answers.length)] ?? { type: 'step.back' });
          const on = before.context.stepId;
          actor.send(e);
          const after = actor.getSnapshot();
          if (e.type === 'step.back') {
            if (seen.length === 0) continue;
            backs += 1;
            const expected = seen.pop();
            if (after.context.stepId !== expected)
              wrong.push(`back from ${on} went to ${after.context.stepId}, not ${expected}`);
          } else if (selectPhase(after) === 'asking' && after.context.stepId !== on) {
            seen.push(on);
            if (selectPreviousStep(after)?.id !== on)
              wrong.push(`after ${on}, Back leads to ${selectPreviousStep(after)?.id}`);
          }
        }
      }
      expect(wrong).toEqual([]);
      expect(backs).toBeGreaterThan(100);
    },
    MODEL_TIMEOUT_MS,
  );

  it('keeps the history across a reopen: Back after a restore still goes to the question seen', () => {
    const first = createActor(interviewMachine, { input: {} }).start();
    const submit = (a: typeof first, value: string | string[], picks?: ProcessorPick[]) => {
      const step = selectCurrentStep(a.getSnapshot());
      if (!step) throw new Error('no step');
      a.send({ type: 'answer.submit', stepId: step.id, value, ...(picks ? { picks } : {}) });
    };
    submit(first, 'merchant');
    submit(first, ['civicrm-paypal-standard'], PICKS);
    // PayPal Standard answered the channel, the payment page and "another" for the person.
    expect(first.getSnapshot().context.stepId).toBe('stored-card-data');
    const saved = first.getSnapshot().context;
    const again = createActor(interviewMachine, {
      input: { answers: saved.answers, stepId: saved.stepId, history: saved.history },
    }).start();
    expect(selectPreviousStep(again.getSnapshot())?.id).toBe('processors');
    expect(selectProgress(again.getSnapshot())).toEqual({ index: 3, total: 7 });
    again.send({ type: 'step.back' });
    expect(again.getSnapshot().context.stepId).toBe('processors');
    expect(selectProgress(again.getSnapshot()).index).toBe(2);
  });
});

describe('interview machine (behaviour)', () => {
  it('goes back, changes an answer from the check page, and returns to it', () => {
    const actor = createActor(interviewMachine, { input: {} }).start();
    const submit = (value: string | string[]) => {
      const step = selectCurrentStep(actor.getSnapshot());
      if (!step) throw new Error('no step');
      actor.send({ type: 'answer.submit', stepId: step.id, value });
    };
    submit('merchant');
    submit([]);
    submit(['ecommerce']);
    expect(actor.getSnapshot().context.stepId).toBe('online-1-payment-page');
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().context.stepId).toBe('channels');
    actor.send({ type: 'step.goto', stepId: 'online-1-payment-page' });
    for (const v of ['redirect', 'no', 'no', 'no', 'no', 'yes', 'under-20k']) submit(v);
    expect(selectPhase(actor.getSnapshot())).toBe('checking');
    actor.send({ type: 'answers.change', stepId: 'online-1-payment-page' });
    expect(selectPhase(actor.getSnapshot())).toBe('asking');
    submit('iframe');
    expect(actor.getSnapshot().context.stepId).toBe('online-1-script-protection');
    submit('provider-confirmed');
    expect(selectPhase(actor.getSnapshot())).toBe('checking');
    actor.send({ type: 'answers.confirm' });
    expect(selectDecision(actor.getSnapshot())?.saq).toBe('A');
  });

  it('restores saved answers to the phase they were in, and never past an unanswered step', () => {
    const answers = { role: 'merchant' as const, ecommerce: [], moto: [], cardPresent: [] };
    const actor = createActor(interviewMachine, {
      input: { answers, stepId: 'transactions', phase: 'result' },
    }).start();
    expect(selectPhase(actor.getSnapshot())).toBe('asking');
    expect(actor.getSnapshot().context.stepId).toBe('processors');
  });

  it('ignores an answer for a step that cannot be asked yet', () => {
    const actor = createActor(interviewMachine, { input: {} }).start();
    actor.send({ type: 'answer.submit', stepId: 'transactions', value: 'over-6m' });
    expect(actor.getSnapshot().context.answers.annualCardTransactions).toBeUndefined();
    expect(actor.getSnapshot().context.stepId).toBe('role');
  });

  it('follows the address only where the journey allows: route.enter', () => {
    const actor = createActor(interviewMachine, { input: {} }).start();
    // The result before any answer: back to the first question.
    actor.send({ type: 'route.enter', page: 'result' });
    expect(selectPath(actor.getSnapshot())).toBe('/interview/role');
    // A deep link to a later question lands on the next one that may be asked.
    actor.send({ type: 'route.enter', page: 'question', stepId: 'transactions' });
    expect(selectPath(actor.getSnapshot())).toBe('/interview/role');
    const answers = {
      role: 'merchant' as const,
      processors: [],
      channels: ['ecommerce' as const],
      ecommerce: [{ paymentPage: 'redirect' as const, another: 'no' as const }],
      moto: [],
      cardPresent: [],
      storesAccountDataElectronically: 'no' as const,
      receivesAccountDataElectronically: 'no' as const,
      keepsPaperWithCardData: 'no' as const,
      thirdPartiesConfirmedCompliant: 'yes' as const,
      annualCardTransactions: 'under-20k' as const,
    };
    const done = createActor(interviewMachine, { input: { answers } }).start();
    done.send({ type: 'route.enter', page: 'result' });
    expect(selectPath(done.getSnapshot())).toBe('/interview/result');
    // The browser's back button from the result to the check page, then to a question.
    done.send({ type: 'route.enter', page: 'check' });
    expect(selectPath(done.getSnapshot())).toBe('/interview/check');
    done.send({ type: 'route.enter', page: 'question', stepId: 'online-1-payment-page' });
    expect(selectPath(done.getSnapshot())).toBe('/interview/online-1-payment-page');
  });
});
