import { describe, expect, it } from 'vitest';
import { placeholdersOf, textTableSchema } from '../../content/text';
import { msg, REVIEW_CODES, REVIEW_PARAMS } from './messages';
import { REVIEW_TEXT, sayReview, sayReviewItem } from './review-text';

describe('content/text/review.json', () => {
  it('is a valid text table', () => {
    expect(textTableSchema.safeParse(REVIEW_TEXT).success).toBe(true);
  });

  it('has a sentence for every code the rules return, and no sentence without a code', () => {
    const codes = new Set<string>(REVIEW_CODES);
    expect(REVIEW_CODES.filter((c) => !(c in REVIEW_TEXT))).toEqual([]);
    expect(Object.keys(REVIEW_TEXT).filter((c) => !codes.has(c))).toEqual([]);
  });

  it('uses exactly the values each code is given', () => {
    const wrong = REVIEW_CODES.flatMap((code) => {
      const used = placeholdersOf(REVIEW_TEXT[code] ?? '').sort();
      const given = [...REVIEW_PARAMS[code]].sort();
      return used.join() === given.join()
        ? []
        : [`${code}: uses ${used.join()}, given ${given.join()}`];
    });
    expect(wrong).toEqual([]);
  });

  it('fills values, joins lists and looks up codes inside them', () => {
    expect(sayReview(msg('status.not-in-place', { ids: ['12.8.4', '12.8.5'] }))).toBe(
      'Not in Place: 12.8.4, 12.8.5.',
    );
    expect(sayReview(msg('row.ccw', { parts: ['ccw.definition', 'ccw.risk'] }))).toBe(
      'complete the compensating controls worksheet (the controls, identified risk)',
    );
  });

  it('puts the row id before a row problem, and leaves other items whole', () => {
    const row = { ...msg('row.choose-response'), area: 'requirements', target: '3.2.1' };
    expect(sayReviewItem(row)).toBe('3.2.1: choose a response');
    const s1 = { ...msg('s1.contact-name'), area: 'section1', target: 'contact-name' };
    expect(sayReviewItem(s1)).toBe('Part 1a: enter a contact name');
  });
});
