/** One thing the review lists before an assessment can be marked complete. */
import type { ReviewMessage } from './messages';

/** The page an item links to: a requirement group, Section 1, Section 3 or the interview's result. */
export type ReviewArea = 'requirements' | 'section1' | 'section3' | 'interview';

export interface ReviewItem extends ReviewMessage {
  area: ReviewArea;
  /** Where it links to: the requirement id of a row, or the id of a field on the Section 1 or 3 page. */
  target: string;
  /** For requirement items: the principal requirement's group. */
  principal?: string;
  /**
   * `missing`: something the official form needs is not filled in yet.
   * `check`: what was entered contradicts itself or the calendar.
   */
  kind: 'missing' | 'check';
}
