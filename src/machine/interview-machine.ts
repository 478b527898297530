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
  journey,
  migrateAnswers,
  nextStep,
  previousAskedStep,
  stepAfter,
  type InterviewAnswers,
  type InterviewPhase,
  type Step,
} from '@/domain/eligibility/journey';

export type { InterviewPhase };

export interface InterviewContext {
  answers: InterviewAnswers;
  /** The step on screen while asking. */
  stepId: string;
  /**
   * The questions visited before this one, oldest first: "Back" goes to the last of them still on
   * the journey, the question the person actually saw (not one their processor choice answered).
   */
  history: string[];
  /** Set when the user came from "check your answers" to change one answer. */
  returnToCheck: boolean;
  /** The phase saved work was in, used once when the machine starts. */
  restorePhase: InterviewPhase;
}

export interface InterviewInput {
  answers?: InterviewAnswers;
  stepId?: string;
  phase?: InterviewPhase;
  history?: readonly string[];
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

/** The next step once `from` is answered: the next question, or the check page. */
function stepIdAfter(answers: InterviewAnswers, from: string): string {
  return stepAfter(answers, from)?.id ?? 'check';
}

/** Where the interview resumes: the first unanswered question, or the check page. */
function firstOpen(answers: InterviewAnswers): string {
  return nextStep(answers)?.id ?? 'check';
}

/** At most this many visited steps are kept: far more than any interview asks. */
const HISTORY_LIMIT = 200;

/** The history with `stepId` added as the latest visit (once). */
function visited(history: readonly string[], stepId: string): string[] {
  if (stepId === 'check' || history.at(-1) === stepId) return [...history];
  return [...history, stepId].slice(-HISTORY_LIMIT);
}

/**
 * The step "Back" leads to: the latest visited step still on the journey (other than the current
 * one), else the question asked before it. Returns the step and the history left after going there.
 */
export function backFrom(
  answers: InterviewAnswers,
  stepId: string,
  history: readonly string[],
): { stepId: string; history: string[] } | null {
  const on = new Set(journey(answers).map((s) => s.id));
  const kept = history.filter((id) => on.has(id) && id !== stepId);
  const last = kept.at(-1);
  if (last !== undefined) return { stepId: last, history: kept.slice(0, -1) };
  const previous = previousAskedStep(answers, stepId);
  return previous ? { stepId: previous.id, history: [] } : null;
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
    hasPreviousStep: ({ context }) =>
      backFrom(context.answers, context.stepId, context.history) !== null,
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
      if (answers === context.answers) return {};
      return {
        answers,
        // Changing one answer from the check page goes on to what it opened, not through the rest.
        stepId: context.returnToCheck ? firstOpen(answers) : stepIdAfter(answers, event.stepId),
        history: visited(context.history, event.stepId),
      };
    }),
    goBack: assign(({ context }) => {
      const back = backFrom(context.answers, context.stepId, context.history);
      return back ?? {};
    }),
    /**
     * Asking, and the address names a question: go there if the journey allows it. Going to the
     * latest visited step is going back (the back link, or the browser's back button); going
     * anywhere else adds the step on screen to the history.
     */
    goTo: assign(({ context, event }) => {
      const stepId =
        event.type === 'route.enter' && event.page === 'question'
          ? event.stepId
          : event.type === 'step.goto'
            ? event.stepId
            : undefined;
      if (stepId === undefined) return {};
      const target = allowedStep(context.answers, stepId)?.id ?? context.stepId;
      if (target === context.stepId) return {};
      const back = backFrom(context.answers, context.stepId, context.history);
      if (back?.stepId === target) return back;
      return { stepId: target, history: visited(context.history, context.stepId) };
    }),
    /** From the check page or the result to one question: the history does not change. */
    goToFromSummary: assign(({ context, event }) => {
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
    goToNext: assign(({ context }) => ({ stepId: firstOpen(context.answers) })),
    markReturnToCheck: assign({ returnToCheck: true }),
    clearReturnToCheck: assign({ returnToCheck: false }),
    restart: assign(() => ({
      answers: emptyAnswers(),
      stepId: 'role',
      history: [],
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
    const on = new Set(journey(answers).map((s) => s.id));
    return {
      answers,
      stepId: wanted ?? firstOpen(answers),
      history: (input.history ?? []).filter((id) => on.has(id)).slice(-HISTORY_LIMIT),
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
        'answers.change': {
          target: 'asking',
          actions: ['goToFromSummary', 'markReturnToCheck'],
        },
        'step.goto': { target: 'asking', actions: 'goToFromSummary' },
        'route.enter': [
          { guard: 'asksForQuestion', target: 'asking', actions: 'goToFromSummary' },
          { guard: 'asksForResult', target: 'result' },
        ],
      },
    },
    result: {
      description: 'The SAQ and why, from the decision engine.',
      on: {
        'answers.change': {
          target: 'asking',
          actions: ['goToFromSummary', 'markReturnToCheck'],
        },
        'step.goto': { target: 'asking', actions: 'goToFromSummary' },
        'answers.review': { target: 'checking' },
        'route.enter': [
          { guard: 'asksForQuestion', target: 'asking', actions: 'goToFromSummary' },
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
