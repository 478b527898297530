import { describe, expect, it } from 'vitest';
import { decideSaq } from '../eligibility/decide-saq';
import { emptyAnswers, toProfile, type InterviewAnswers } from '../eligibility/journey';

import type { SaqOutline } from './model';
import { createAssessment } from './proposals';
import {
  answerableRows,
  changeSaq,
  confirmRows,
  followUps,
  groupProblems,
  groupStatus,
  progress,
  rowState,
  updateRow,
} from './rules';

const outline = (
  id: SaqOutline['id'],
  groups: Record<string, string[]>,
  notFor: string[] = [],
): SaqOutline => ({
  id,
  edition: 'test',
  responses: ['in-place', 'in-place-ccw', 'not-applicable', 'not-in-place'],
  groups: Object.entries(groups).map(([principal, ids]) => ({
    principal,
    rows: ids.map((rid) =>
      notFor.includes(rid) ? { id: rid, notForMerchants: true } : { id: rid },
    ),
  })),
});

const A = outline('A', {
  '2': ['2.2.2'],
  '3': ['3.1.1', '3.2.1'],
  '9': ['9.4.1', '9.4.6'],
  '12': ['12.8.1'],
});
const AEP = outline('A-EP', {
  '2': ['2.2.1', '2.2.2'],
  '3': ['3.1.1', '3.2.1'],
  '9': ['9.4.1', '9.4.6'],
  '12': ['12.8.1', '12.8.2'],
});
const D = outline('D-Merchant', { '3': ['3.1.1', '3.3.3'] }, ['3.3.3']);
const NOW = '2026-11-22T10:00:00.000Z';

const interview = (patch: Partial<InterviewAnswers>): InterviewAnswers => ({
  ...emptyAnswers(),
  ...patch,
});
const make = (saq: SaqOutline, i?: InterviewAnswers) =>
  createAssessment({
    id: 'x',
    organisation: 'Example Trust',
    channels: ['ecommerce'],
    saq,
    contentVersion: '1',
    now: NOW,
    ...(i ? { interview: i } : {}),
  });

describe('row states', () => {
  it('tells unanswered, incomplete, answered, don’t know, proposed and to-confirm apart', () => {
    expect(rowState(undefined)).toBe('unanswered');
    expect(rowState({ notes: 'asked Sam' })).toBe('unanswered');
    expect(rowState({ response: 'not-applicable' })).toBe('incomplete');
    expect(rowState({ response: 'not-applicable', naReason: 'No paper.' })).toBe('answered');
    expect(rowState({ response: 'in-place' })).toBe('answered');
    expect(rowState({ dontKnow: true, followUpOwner: 'Web volunteer' })).toBe('dont-know');
    expect(rowState({ response: 'not-applicable', naReason: 'x', proposed: true })).toBe(
      'proposed',
    );
    expect(rowState({ response: 'in-place', toConfirm: true })).toBe('to-confirm');
    expect(rowState(undefined, true)).toBe('not-for-merchants');
  });
});

describe('pre-fill', () => {
  it('proposes N/A for requirement 3 and 9.4.x in SAQ A when no paper is kept', () => {
    const a = make(
      A,
      interview({ keepsPaperWithCardData: 'no', ecommerce: [{ paymentPage: 'redirect' }] }),
    );
    expect(Object.keys(a.rows).sort()).toEqual(['3.1.1', '3.2.1', '9.4.1', '9.4.6']);
    expect(a.rows['3.1.1']).toMatchObject({ response: 'not-applicable', proposed: true });
    expect(a.rows['3.1.1']?.naReason).toMatch(/no paper records/);
    expect(progress(A, a)).toEqual({ answered: 0, total: 6 });
  });

  it('proposes N/A for requirements 2, 6, 8 and 11 when no website is in the payment flow', () => {
    const a = make(
      A,
      interview({ keepsPaperWithCardData: 'yes', ecommerce: [{ paymentPage: 'no-own-website' }] }),
    );
    expect(Object.keys(a.rows)).toEqual(['2.2.2']);
  });

  it('records the interview answers and the decision they lead to', () => {
    const i = interview({
      role: 'merchant',
      processors: [],
      channels: ['ecommerce'],

      ecommerce: [{ paymentPage: 'redirect', another: 'no' }],
      storesAccountDataElectronically: 'no',
      receivesAccountDataElectronically: 'no',
      keepsPaperWithCardData: 'no',
      thirdPartiesConfirmedCompliant: 'yes',
      annualCardTransactions: 'under-20k',
    });
    const decision = decideSaq(toProfile(i)!);
    const a = createAssessment({
      id: 'x',
      organisation: 'T',
      channels: ['ecommerce'],
      saq: A,
      contentVersion: '1',
      now: NOW,
      interview: i,
      decision,
    });
    expect(a.interview).toEqual(i);
    expect(a.decision?.saq).toBe('A');
    expect(a.decision?.reasons.map((r) => r.code)).toContain('redirect');
  });

  it('proposes nothing when paper is kept and the site redirects, or for other SAQs', () => {
    expect(
      make(
        A,
        interview({ keepsPaperWithCardData: 'yes', ecommerce: [{ paymentPage: 'redirect' }] }),
      ).rows,
    ).toEqual({});
    expect(
      make(
        AEP,
        interview({ keepsPaperWithCardData: 'no', ecommerce: [{ paymentPage: 'js-form' }] }),
      ).rows,
    ).toEqual({});
  });

  it('counts a proposal only once confirmed', () => {
    const a = make(
      A,
      interview({ keepsPaperWithCardData: 'no', ecommerce: [{ paymentPage: 'redirect' }] }),
    );
    const confirmed = confirmRows(a, ['3.1.1', '3.2.1'], NOW);
    expect(progress(A, confirmed).answered).toBe(2);
    expect(rowState(confirmed.rows['9.4.1'])).toBe('proposed');
  });
});

describe('groups', () => {
  it('moves from not started to in progress to completed, or needs attention when marked done too early', () => {
    let a = make(A);
    expect(groupStatus(A, a, '3')).toBe('not-started');
    a = updateRow(a, '3.1.1', { response: 'in-place' }, NOW);
    expect(groupStatus(A, a, '3')).toBe('in-progress');
    a = { ...a, groupsDone: ['3'] };
    expect(groupStatus(A, a, '3')).toBe('needs-attention');
    expect(groupProblems(A, a, '3')).toEqual([
      { id: '3.2.1', code: 'row.choose-response', params: {} },
    ]);
    a = updateRow(a, '3.2.1', { response: 'not-applicable' }, NOW);
    expect(groupProblems(A, a, '3')).toEqual([{ id: '3.2.1', code: 'row.na-reason', params: {} }]);
    a = updateRow(a, '3.2.1', { naReason: 'We keep no card data at all.' }, NOW);
    expect(groupStatus(A, a, '3')).toBe('completed');
  });

  it('leaves SAQ D placeholders out of what a merchant answers', () => {
    expect(answerableRows(D)).toEqual(['3.1.1']);
  });

  it('lists "don’t know yet" rows for follow-up, and they do not count as answered', () => {
    const a = updateRow(
      make(A),
      '12.8.1',
      { dontKnow: true, followUpOwner: 'Treasurer', followUpNote: 'Ask the bank' },
      NOW,
    );
    expect(followUps(A, a)).toEqual([{ id: '12.8.1', owner: 'Treasurer', note: 'Ask the bank' }]);
    expect(progress(A, a).answered).toBe(0);
  });
});

describe('change of SAQ', () => {
  it('carries answers over by id as "to confirm", lists added and dropped rows, and keeps dropped answers', () => {
    let a = make(A);
    a = updateRow(a, '2.2.2', { response: 'in-place', notes: 'Checked by Ana' }, NOW);
    a = updateRow(a, '3.1.1', { response: 'in-place' }, NOW);
    const toAep = changeSaq(a, A, AEP, NOW);
    expect(toAep.assessment.saq).toBe('A-EP');
    expect(toAep.added.sort()).toEqual(['12.8.2', '2.2.1']);
    expect(toAep.dropped).toEqual([]);
    expect(toAep.carried.sort()).toEqual(['2.2.2', '3.1.1']);
    expect(toAep.assessment.rows['2.2.2']).toMatchObject({
      response: 'in-place',
      notes: 'Checked by Ana',
      toConfirm: true,
    });
    expect(progress(AEP, toAep.assessment).answered).toBe(0);
    // Back down to a smaller SAQ: rows it lacks are kept recoverable, and return when the rows do.
    const withExtra = updateRow(toAep.assessment, '2.2.1', { response: 'not-in-place' }, NOW);
    const back = changeSaq(withExtra, AEP, A, NOW);
    expect(back.dropped).toContain('2.2.1');
    expect(back.assessment.dropped['2.2.1']).toMatchObject({ response: 'not-in-place' });
    const again = changeSaq(back.assessment, A, AEP, NOW);
    expect(again.assessment.rows['2.2.1']).toMatchObject({
      response: 'not-in-place',
      toConfirm: true,
    });
  });

  it('is not complete in its new SAQ until marked complete again', () => {
    const done = {
      ...make(A),
      completedAt: NOW,
      completedOn: '2026-11-22',
      completedDigest: 'abc',
    };
    const moved = changeSaq(done, A, AEP, NOW).assessment;
    expect(moved.completedAt).toBeUndefined();
    expect(moved.completedOn).toBeUndefined();
    expect(moved.completedDigest).toBeUndefined();
  });

  it('choosing a response settles a carried-over row', () => {
    const a = changeSaq(
      updateRow(make(A), '2.2.2', { response: 'in-place' }, NOW),
      A,
      AEP,
      NOW,
    ).assessment;
    expect(rowState(updateRow(a, '2.2.2', { response: 'in-place' }, NOW).rows['2.2.2'])).toBe(
      'answered',
    );
  });
});

describe('pre-fill in the card-present SAQs', () => {
  const P2PE = outline('P2PE', { '3': ['3.1.1'], '9': ['9.4.1', '9.4.6', '9.5.1'] });
  it('proposes N/A for the 9.4.x paper rows when no paper is kept, and nothing else', () => {
    const a = make(
      P2PE,
      interview({ keepsPaperWithCardData: 'no', cardPresent: [{ equipment: 'p2pe-listed' }] }),
    );
    expect(Object.keys(a.rows).sort()).toEqual(['9.4.1', '9.4.6']);
    expect(a.rows['9.4.1']).toMatchObject({ response: 'not-applicable', proposed: true });
    expect(make(P2PE, interview({ keepsPaperWithCardData: 'unsure' })).rows).toEqual({});
  });
});
