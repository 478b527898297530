import { describe, expect, it } from 'vitest';
import { sayReview } from './review-text';
import { markComplete, reopenIfChanged } from './completion';
import type { Assessment } from './model';
import { createAssessment } from './proposals';
import { updateRow } from './rules';
import { assessmentStatus, type AssessmentStatus } from './status';
import {
  cleanAssessment,
  na,
  notInPlace,
  outline,
  TODAY,
  withRows,
  withSection1,
  withSection3,
} from './test-fixtures';

const NOW = '2026-12-02T09:00:00.000Z';
const status = (a: Assessment, today = TODAY) => assessmentStatus(outline(), a, today);
const why = (s: AssessmentStatus) => s.why.map(sayReview);
const complete = (a: Assessment): Assessment => {
  const done = markComplete(outline(), a, NOW, TODAY);
  if (!done.ok) throw new Error(`not completable: ${done.items.map((i) => i.code).join()}`);
  return done.assessment;
};
const withTarget = (a: Assessment) => withSection3({ targetDate: '2027-06-30' }, a);

describe('the status while an assessment is not finished', () => {
  it('a brand-new assessment is not finished, and not called Non-Compliant', () => {
    const a = createAssessment({
      id: 'new',
      organisation: 'Org',
      channels: ['ecommerce'],
      saq: outline(),
      contentVersion: '1',
      now: NOW,
    });
    const s = status(a);
    expect(s).toMatchObject({ state: 'not-finished', wouldBe: null });
    expect(why(s)[0]).toBe('Still to answer: 12 of 12 rows.');
    expect(why(s).join(' ')).not.toMatch(/Non-Compliant/);
  });

  it('says what it would be, and why, as soon as a row is Not in Place', () => {
    const a = withRows({
      '3.1.1': notInPlace(),
      '9.4.1': notInPlace(),
      '12.10.1': notInPlace(),
      '11.4.5': {},
    });
    const s = status(a);
    expect(s).toMatchObject({ state: 'not-finished', wouldBe: 'non-compliant' });
    expect(s.counts).toMatchObject({ notInPlace: 3, toAnswer: 1 });
    expect(why(s)[0]).toBe('Would be Non-Compliant: Not in Place (3): 3.1.1, 9.4.1, 12.10.1.');
  });

  it('never reads Compliant before completion: every row in place, nothing missing, not marked', () => {
    const s = status(cleanAssessment());
    expect(s).toMatchObject({ state: 'not-finished', wouldBe: 'compliant' });
    expect('status' in s).toBe(false);
    expect(why(s)).toEqual([
      'Would be Compliant: every row is In Place, In Place with CCW or Not Applicable.',
      'Nothing is missing: mark it complete on the review page to make this the status.',
    ]);
  });

  it('counts rows to finish and other items apart', () => {
    const a = withSection1(
      { contact: {} },
      withRows({ '3.1.1': { response: 'not-applicable' }, '3.2.1': na('n/a') }),
    );
    const s = status(a);
    expect(s).toMatchObject({ state: 'not-finished', wouldBe: null });
    expect(s.counts).toMatchObject({ toAnswer: 0, toFinish: 1, otherItems: 3 });
    expect(why(s)).toContain(
      'Answered but not finished (a reason, a plan or a confirmation is missing): 1.',
    );
    expect(why(s)).toContain(
      'Other things to fill in or fix before you can complete it: 3. See the review.',
    );
  });

  it('would be Compliant but with Legal Exception', () => {
    const a = withRows({
      '3.1.1': { response: 'not-in-place', legalException: true, legalExplanation: 'A law.' },
    });
    const s = status(a);
    expect(s).toMatchObject({
      state: 'not-finished',
      wouldBe: 'compliant-legal-exception',
      legalConstraint: true,
      legalExceptions: ['3.1.1'],
      notInPlace: [],
    });
  });

  it('says Partial when rows are Not Tested', () => {
    const a = withRows({
      '11.4.5': { response: 'not-tested', notTestedWhat: 'Segmentation', notTestedWhy: 'Asked' },
    });
    const s = status(a);
    expect(s.scope).toBe('partial');
    expect(why(s)).toContain('Partial assessment: Not Tested (1): 11.4.5.');
  });
});

describe('the status once complete', () => {
  it('is final and Compliant, with the completion date', () => {
    const s = status(complete(cleanAssessment()));
    expect(s).toMatchObject({ state: 'final', status: 'compliant', completedOn: TODAY });
    expect(why(s)).toEqual([
      `Marked complete on ${TODAY}.`,
      'Every row is In Place, In Place with CCW or Not Applicable.',
    ]);
  });

  it('is final and Non-Compliant with a plan', () => {
    const s = status(complete(withTarget(withRows({ '3.1.1': notInPlace() }))));
    expect(s).toMatchObject({ state: 'final', status: 'non-compliant', notInPlace: ['3.1.1'] });
  });

  it('is final with a legal exception', () => {
    const a = withRows({
      '3.1.1': { response: 'not-in-place', legalException: true, legalExplanation: 'A law.' },
    });
    expect(status(complete(a))).toMatchObject({
      state: 'final',
      status: 'compliant-legal-exception',
    });
  });

  it('stays final as the calendar moves on: it is checked as of its completion day', () => {
    expect(status(complete(cleanAssessment()), '2028-01-01').state).toBe('final');
  });

  it('is not finished again once an answer changes, whatever the save path', () => {
    const done = complete(cleanAssessment());
    const changed = updateRow(done, '3.1.1', na('We keep no card data on paper.'), NOW);
    expect(changed.completedAt).toBe(done.completedAt);
    const s = status(changed);
    expect(s).toMatchObject({ state: 'not-finished', previouslyCompletedAt: NOW });
    expect(why(s)[0]).toBe(
      `It was marked complete on ${TODAY}, then changed. Mark it complete again once the review is clear.`,
    );
  });

  it('after the save path reopened it, still says when it was complete', () => {
    const done = complete(cleanAssessment());
    const saved = reopenIfChanged(done, updateRow(done, '3.1.1', { notes: 'x' }, NOW), NOW);
    const s = status(saved);
    expect(s.state).toBe('not-finished');
    expect('previouslyCompletedAt' in s).toBe(false);
    expect(why(s)[0]).toMatch(new RegExp(`^It was marked complete on ${TODAY}, then changed`));
  });

  it('an older record without a fingerprint: rows saved after completion reopen it', () => {
    const old = { ...cleanAssessment(), completedAt: '2026-12-01T12:00:00.000Z' };
    expect(status(old).state).toBe('final');
    expect(status(updateRow(old, '3.1.1', { notes: 'Checked again' }, NOW)).state).toBe(
      'not-finished',
    );
  });

  it('an older record completed with problems the review now finds is not final', () => {
    const old = {
      ...withRows({ '3.1.1': na('n/a') }),
      completedAt: '2026-12-01T12:00:00.000Z',
      completedOn: '2026-12-01',
    };
    const s = status(old);
    expect(s).toMatchObject({ state: 'not-finished', wouldBe: 'compliant' });
    expect(why(s)[0]).toBe(
      'It was marked complete on 2026-12-01, but the review now finds things to fix (1).',
    );
  });
});
