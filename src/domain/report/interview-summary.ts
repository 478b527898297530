/** The interview answers in words, for "why this SAQ": each question's plain text and the answer. */
import { answerFor, journey, type InterviewAnswers, type QuestionId } from '../eligibility/journey';
import { CHANNEL_NAMES } from '../eligibility/saq-catalog';
import { t } from './report-text';

/** Where the interview's texts come from (the content layer), so this stays pure. */
export interface QuestionTexts {
  title(question: QuestionId): string;
  option(question: QuestionId, value: string): string;
}

/**
 * One line per answered question, in the interview's order. Per-channel questions name the channel
 * ("Online: ..."), and the way of paying when a channel has more than one; processors are shown by
 * the names the user picked, never by their catalog ids.
 */
export function interviewSummary(
  answers: InterviewAnswers | undefined,
  texts: QuestionTexts,
): { question: string; answer: string }[] {
  if (!answers) return [];
  return journey(answers).flatMap((step) => {
    const value = answerFor(answers, step);
    if (value === undefined) return [];
    const title = texts.title(step.question);
    const ways = step.channel ? answers[step.channel].length : 0;
    const question = !step.channel
      ? title
      : ways > 1
        ? t('why.setup-question', {
            channel: CHANNEL_NAMES[step.channel],
            number: (step.setup ?? 0) + 1,
            question: title,
          })
        : t('why.channel-question', { channel: CHANNEL_NAMES[step.channel], question: title });
    if (step.question === 'processors') {
      const ids = Array.isArray(value) ? value : [value];
      const names = answers.processorNames?.filter((n) => n.trim()) ?? [];
      const answer = names.length
        ? names.join(', ')
        : ids.length
          ? t('why.processors-picked', { count: ids.length })
          : t('why.none-picked');
      return [{ question, answer }];
    }
    const answer = Array.isArray(value)
      ? value.map((v) => texts.option(step.question, v)).join(', ')
      : texts.option(step.question, value);
    return [{ question, answer }];
  });
}
