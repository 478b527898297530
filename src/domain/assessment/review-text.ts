/**
 * The review's sentences (`content/text/review.json`) for the codes the assessment rules return:
 * the domain says what is wrong as a code and values, this fills in the words.
 */
import table from '../../../content/text/review.json';
import { fillText, type FillParams } from '../../content/fill';
import type { ParamValue, ReviewMessage } from './messages';

export const REVIEW_TEXT: Readonly<Record<string, string>> = table;

/** A list value is joined with commas, each item replaced by its sentence when it is a code. */
function value(v: ParamValue): string | number {
  if (typeof v === 'string' || typeof v === 'number') return v;
  return v.map((item) => REVIEW_TEXT[item] ?? item).join(', ');
}

/** The sentence for a message, with its values filled in. */
export function sayReview(m: ReviewMessage): string {
  const params: FillParams = Object.fromEntries(
    Object.entries(m.params).map(([k, v]) => [k, value(v)]),
  );
  return fillText(REVIEW_TEXT[m.code] ?? m.code, params);
}

/**
 * A review item as the review page lists it: a row's problem follows the row's id
 * ("3.1.1: choose a response"); every other item is its own sentence.
 */
export function sayReviewItem(item: ReviewMessage & { area: string; target: string }): string {
  const text = sayReview(item);
  return item.code.startsWith('row.')
    ? fillText(REVIEW_TEXT['review.row-item'] ?? '{id}: {problem}', {
        id: item.target,
        problem: text,
      })
    : text;
}
