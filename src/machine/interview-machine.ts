/**
 * The interview's phases: asking questions, checking the answers, showing the result. The route
 * through the questions is the pure journey in src/domain; this machine only sequences the phases
 * and keeps the answers, which src/storage persists as domain data (never as a snapshot).
 */
import { assign, setup } from 'xstate';
import { prefillFromProcessors, type ProcessorPick } from '@/domain/eligibility/prefill';

import {
  allowedStep,
  applyAnswer,
  emptyAnswers,
  isComplete,
  migrateAnswers,
  nextStep,
  previousStep,
  type InterviewAnswers,
  type InterviewPhase,
  type Step,
} from '@/domain/eligibility/journey';

export type { InterviewPhase };

export interface InterviewContext {
  answers: InterviewAnswers;
  /** The step on screen while asking. */
  stepId: string;
  /** Set when the user came from "check your answers" to change one answer. */
  returnToCheck: boolean;
  /** The phase saved work was in, used once when the machine starts. */
  restorePhase: InterviewPhase;
}

export interface InterviewInput {
  answers?: InterviewAnswers;
  stepId?: string;
  phase?: InterviewPhase;
}

export type InterviewEvent =
  | {
      type: 'answer.submit';
      stepId: string;
      value: string | string[];
      /** With the processor step: the picked entries of the catalog, to prefill from. */
      picks?: readonly ProcessorPick[];
    }
  | { type: 'step.back' }
  | { type: 'step.goto'; stepId: string }
  | { type: 'answers.review' }
  | { type: 'answers.confirm' }
  | { type: 'answers.change'; stepId: string }
  | { type: 'interview.restart' }
  /** The address asked for a page: the machine goes there if the journey allows it. */
  | { type: 'route.enter'; page: 'question'; stepId: string }
  | { type: 'route.enter'; page: 'check' }
  | { type: 'route.enter'; page: 'result' };

function stepAfter(answers: InterviewAnswers): string {
  return nextStep(answers)?.id ?? 'check';
}

export const interviewMachine = setup({
  types: {
    context: {} as InterviewContext,
    events: {} as InterviewEvent,
    // XState reads the input type from this value: every field is optional, so the linter sees
    // `{}` as already assignable, but without the assertion `input` would be typed `{}`.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    input: {} as InterviewInput,
  },
  guards: {
    /** Is every question answered, and should the user go back to the check page? */
    interviewCompleteAndReturning: ({ context, event }) => {
      if (event.type !== 'answer.submit') return false;
      const answers = answerFromEvent(context, event);
      return isComplete(answers) && (context.returnToCheck || nextStep(answers) === null);
    },
    interviewComplete: ({ context }) => isComplete(context.answers),
    restoresToResult: ({ context }) =>
      context.restorePhase === 'result' && isComplete(context.answers),
    restoresToCheck: ({ context }) =>
      context.restorePhase === 'checking' && isComplete(context.answers),
    hasPreviousStep: ({ context }) => previousStep(context.answers, context.stepId) !== null,
    /** Does the address ask for a question? */
    asksForQuestion: ({ event }) => event.type === 'route.enter' && event.page === 'question',
    /** Does the address ask for the check page, with every question answered? */
    asksForCheck: ({ context, event }) =>
      event.type === 'route.enter' && event.page === 'check' && isComplete(context.answers),
    /** Does the address ask for the result, with every question answered? */
    asksForResult: ({ context, event }) =>
      event.type === 'route.enter' && event.page === 'result' && isComplete(context.answers),
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      if (event.type !== 'answer.submit') return {};
      const answers = answerFromEvent(context, event);
      return { answers, stepId: stepAfter(answers) };
    }),
    goBack: assign(({ context }) => ({
      stepId: previousStep(context.answers, context.stepId)?.id ?? context.stepId,
    })),
    goTo: assign(({ context, event }) => {
      const stepId =
        event.type === 'step.goto' || event.type === 'answers.change'
          ? event.stepId
          : event.type === 'route.enter' && event.page === 'question'
            ? event.stepId
            : undefined;
      if (stepId === undefined) return {};
      const allowed = allowedStep(context.answers, stepId);
      return { stepId: allowed?.id ?? context.stepId };
    }),
    /** Asking, but the address asked for a page that is not open yet: the next unanswered step. */
    goToNext: assign(({ context }) => ({ stepId: stepAfter(context.answers) })),
    markReturnToCheck: assign({ returnToCheck: true }),
    clearReturnToCheck: assign({ returnToCheck: false }),
    restart: assign(() => ({
      answers: emptyAnswers(),
      stepId: 'role',
      returnToCheck: false,
      restorePhase: 'asking' as const,
    })),
  },
}).createMachine({
  id: 'interview',
  description: 'Collects how the organisation takes card payments, then shows which SAQ applies.',
  context: ({ input }) => {
    const answers = migrateAnswers(input.answers ?? emptyAnswers());
    const wanted = input.stepId ? allowedStep(answers, input.stepId)?.id : undefined;
    return {
      answers,
      stepId: wanted ?? stepAfter(answers),
      returnToCheck: false,
      restorePhase: input.phase ?? 'asking',
    };
  },
  initial: 'restoring',
  on: {
    'interview.restart': { target: '.asking', actions: 'restart' },
  },
  states: {
    restoring: {
      description:
        'Picks the phase saved work was in; a phase that is no longer valid falls back to asking.',
      always: [
        { guard: 'restoresToResult', target: 'result' },
        { guard: 'restoresToCheck', target: 'checking' },
        { target: 'asking' },
      ],
    },
    asking: {
      description: 'One question per page; the journey decides which comes next.',
      on: {
        'answer.submit': [
          {
            guard: 'interviewCompleteAndReturning',
            target: 'checking',
            actions: ['recordAnswer', 'clearReturnToCheck'],
          },
          { actions: 'recordAnswer' },
        ],
        'step.back': { guard: 'hasPreviousStep', actions: 'goBack' },
        'step.goto': { actions: 'goTo' },
        'answers.review': { guard: 'interviewComplete', target: 'checking' },
        'route.enter': [
          { guard: 'asksForQuestion', actions: 'goTo' },
          { guard: 'asksForCheck', target: 'checking' },
          { guard: 'asksForResult', target: 'result' },
          { actions: 'goToNext' },
        ],
      },
    },
    checking: {
      description: 'Check your answers: every answer with a change link, before the result.',
      on: {
        'answers.confirm': { guard: 'interviewComplete', target: 'result' },
        'answers.change': { target: 'asking', actions: ['goTo', 'markReturnToCheck'] },
        'step.goto': { target: 'asking', actions: 'goTo' },
        'route.enter': [
          { guard: 'asksForQuestion', target: 'asking', actions: 'goTo' },
          { guard: 'asksForResult', target: 'result' },
        ],
      },
    },
    result: {
      description: 'The SAQ and why, from the decision engine.',
      on: {
        'answers.change': { target: 'asking', actions: ['goTo', 'markReturnToCheck'] },
        'step.goto': { target: 'asking', actions: 'goTo' },
        'answers.review': { target: 'checking' },
        'route.enter': [
          { guard: 'asksForQuestion', target: 'asking', actions: 'goTo' },
          { guard: 'asksForCheck', target: 'checking' },
        ],
      },
    },
  },
});

function answerFromEvent(
  context: InterviewContext,
  event: { stepId: string; value: string | string[]; picks?: readonly ProcessorPick[] },
): InterviewAnswers {
  const step: Step | null = allowedStep(context.answers, event.stepId);
  if (!step || step.id !== event.stepId) return context.answers;
  if (step.question === 'processors' && Array.isArray(event.value))
    return prefillFromProcessors(context.answers, event.value, event.picks ?? []);
  return applyAnswer(context.answers, step, event.value);
}
