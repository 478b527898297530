import { optionLabel } from '@/content/eligibility';
import { PROCESSOR_WORDS, say } from '@/content/words';
import { answerFor, type InterviewAnswers, type Step } from '@/domain/eligibility/journey';

/**
 * An answer as the check page and the result show it: the options' labels, or the processors'
 * names for the processor step; undefined when the step is unanswered.
 */
export function shownAnswer(answers: InterviewAnswers, step: Step): string | undefined {
  if (step.question === 'processors')
    return answers.processorNames?.length
      ? answers.processorNames.join(', ')
      : say(PROCESSOR_WORDS, 'check.none-picked');
  const value = answerFor(answers, step);
  if (value === undefined) return undefined;
  return Array.isArray(value)
    ? value.map((v) => optionLabel(step.question, v)).join(', ')
    : optionLabel(step.question, value);
}

/**
 * "From your choice of PayPal Standard" under an answer the processor picker filled in; nothing
 * for an answer the person gave themselves. The check page and the result both show it.
 */
export function FromChoice({ answers, step }: { answers: InterviewAnswers; step: Step }) {
  const processor = answers.prefilledBy?.[step.id];
  if (!processor) return null;
  return (
    <span className="hint summary-list__from">
      {say(PROCESSOR_WORDS, 'check.from-choice', { processor })}
    </span>
  );
}
