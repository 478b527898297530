/** Selectors: what the pages read from the interview machine. Components never call state.matches. */
import type { SnapshotFrom } from 'xstate';
import { decideSaq, type SaqDecision } from '@/domain/eligibility/decide-saq';
import {
  findStep,
  journey,
  previousStep,
  toProfile,
  type InterviewAnswers,
  type Step,
} from '@/domain/eligibility/journey';
import type { PaymentProfile } from '@/domain/eligibility/profile';
import { CHECK_URL, RESULT_URL, stepUrl } from '@/lib/paths';
import type { interviewMachine, InterviewPhase } from './interview-machine';

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

export function selectPreviousStep(s: InterviewSnapshot): Step | null {
  return previousStep(s.context.answers, s.context.stepId);
}

/** Progress through the questions known so far, for "Question 3 of about 9". */
export function selectProgress(s: InterviewSnapshot): { index: number; total: number } {
  const steps = journey(s.context.answers);
  const index = steps.findIndex((x) => x.id === s.context.stepId);
  return { index: index < 0 ? steps.length : index + 1, total: steps.length };
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
