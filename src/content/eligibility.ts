/** The interview's texts, bundled (they are small). Validated by the content test, not at runtime. */
import criteriaFile from '../../content/eligibility/criteria.json';
import questionsFile from '../../content/eligibility/questions.json';
import type { CriteriaFile, Question, QuestionsFile } from './schema';

const questions = new Map((questionsFile as QuestionsFile).questions.map((q) => [q.id, q]));

export function questionText(id: string): Question {
  const q = questions.get(id);
  if (!q) throw new Error(`No text for question ${id}`);
  return q;
}

/** The label of an option, for "check your answers". */
export function optionLabel(questionId: string, value: string): string {
  return questionText(questionId).options.find((o) => o.value === value)?.label ?? value;
}

export const otherSaqCriteria: Record<string, string[]> = (criteriaFile as CriteriaFile).saqs;
