/** Selectors: what the pages read from the interview machine. Components never call state.matches. */
import type { SnapshotFrom } from 'xstate';
import { decideSaq, type SaqDecision } from '@/domain/eligibility/decide-saq';
import {
  findStep,
  questionProgress,
  toProfile,
  type InterviewAnswers,
  type Step,
} from '@/domain/eligibility/journey';
import type { PaymentProfile } from '@/domain/eligibility/profile';
import { CHECK_URL, RESULT_URL, stepUrl } from '@/lib/paths';
import { backFrom, type interviewMachine, type InterviewPhase } from './interview-machine';

export type InterviewSnapshot = SnapshotFrom<typeof interviewMachine>;

export function selectPhase(s: InterviewSnapshot): InterviewPhase {
  if (s.matches('result')) return 'result';
  if (s.matches('checking')) return 'checking';
  return 'asking';
}

/** The address of where the interview is: the question being asked, the check page, or the result. */
export function selectPath(s: InterviewSnapshot): string {
  switch (selectPhase(s)) {
    case 'result':
      return RESULT_URL;
    case 'checking':
      return CHECK_URL;
    case 'asking':
      return stepUrl(s.context.stepId);
  }
}

export const selectAnswers = (s: InterviewSnapshot): InterviewAnswers => s.context.answers;

export function selectCurrentStep(s: InterviewSnapshot): Step | undefined {
  return findStep(s.context.answers, s.context.stepId);
}

/** Where "Back" leads: the question the person saw before this one. */
export function selectPreviousStep(s: InterviewSnapshot): Step | null {
  const back = backFrom(s.context.answers, s.context.stepId, s.context.history);
  return back ? (findStep(s.context.answers, back.stepId) ?? null) : null;
}

/**
 * "Question n of m", from the journey: the processor step counts, steps the processor choice
 * answered do not, so n goes up by one with each Continue.
 */
export function selectProgress(s: InterviewSnapshot): { index: number; total: number } {
  return questionProgress(s.context.answers, s.context.stepId);
}

export function selectProfile(s: InterviewSnapshot): PaymentProfile | null {
  return toProfile(s.context.answers);
}

const decisions = new WeakMap<InterviewAnswers, SaqDecision | null>();

/** The decision for the current answers (memoised per answers object: the engine is pure). */
export function selectDecision(s: InterviewSnapshot): SaqDecision | null {
  const answers = s.context.answers;
  if (!decisions.has(answers)) {
    const profile = toProfile(answers);
    decisions.set(answers, profile ? decideSaq(profile) : null);
  }
  return decisions.get(answers) ?? null;
}
