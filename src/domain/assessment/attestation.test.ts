import { describe, expect, it } from 'vitest';
import {
  ACKNOWLEDGEMENTS,
  complianceStatus,
  nextAssessmentReminder,
  part4Lines,
  reviewItems,
  summaryTable,
} from './attestation';
import type { Assessment, RowAnswer, SaqOutline } from './model';
import { rowProblems } from './rules';
import { sayReview, sayReviewItem } from './review-text';

const problems = (row: Parameters<typeof rowProblems>[0]) => rowProblems(row).map(sayReview);

const saq = (
  id: SaqOutline['id'],
  notTested = false,
): SaqOutline & { eligibility: { id: string; channel: 'any'; text: string }[] } => ({
  id,
  edition: 'test',
  responses: notTested
    ? ['in-place', 'in-place-ccw', 'not-applicable', 'not-tested', 'not-in-place']
    : ['in-place', 'in-place-ccw', 'not-applicable', 'not-in-place'],
  groups: [
    { principal: '3', rows: [{ id: '3.1.1' }, { id: '3.2.1' }] },
    { principal: '11', rows: [{ id: '11.3.2' }] },
  ],
  eligibility: [
    { id: 'a-1', channel: 'any' as const, text: 'One.' },
    { id: 'a-2', channel: 'any' as const, text: 'Two.' },
  ],
});

const assessment = (
  rows: Record<string, RowAnswer>,
  extra: Partial<Assessment> = {},
): Assessment => ({
  id: 'x',
  format: 1,
  organisation: 'Éloïse’s Trust',
  channels: ['ecommerce'],
  saq: 'A',
  saqEdition: 't',
  contentVersion: '1',
  rows,
  dropped: {},
  groupsDone: [],
  createdAt: '2026-01-01',
  updatedAt: '2026-01-01',
  ...extra,
});

const allInPlace = {
  '3.1.1': { response: 'in-place' },
  '3.2.1': { response: 'in-place' },
  '11.3.2': { response: 'in-place' },
} as const;

describe('row completeness for every response type', () => {
  it('asks for what each response needs', () => {
    expect(problems({ response: 'in-place' })).toEqual([]);
    expect(rowProblems(undefined)).toEqual([{ code: 'row.choose-response', params: {} }]);
    expect(problems({ response: 'not-applicable' })).toEqual(['explain why it is not applicable']);
    expect(problems({ response: 'in-place-ccw', ccw: { constraints: 'old system' } })[0]).toMatch(
      /worksheet \(the controls, objective, identified risk, validation, maintenance\)/,
    );
    expect(
      problems({
        response: 'in-place-ccw',
        ccw: {
          constraints: 'a',
          definition: 'b',
          objective: 'c',
          risk: 'd',
          validation: 'e',
          maintenance: 'f',
        },
      }),
    ).toEqual([]);
    expect(problems({ response: 'not-tested', notTestedWhat: 'x' })).toEqual([
      'say what was not tested and why',
    ]);
    expect(
      problems({ response: 'not-in-place', remediationAction: 'Fix', remediationOwner: 'Sam' }),
    ).toEqual(['give the action, who will do it and a target date']);
    expect(
      problems({
        response: 'not-in-place',
        remediationAction: 'Fix',
        remediationOwner: 'Sam',
        remediationDate: '2027-01-31',
      }),
    ).toEqual([]);
    expect(problems({ response: 'not-in-place', legalException: true })).toEqual([
      'explain how the law prevents it',
    ]);
    expect(
      problems({ response: 'not-in-place', legalException: true, legalExplanation: 'Law X' }),
    ).toEqual([]);
  });
});

describe('compliance status', () => {
  it('is Compliant when every row is in place or justified', () => {
    const r = complianceStatus(
      saq('A'),
      assessment({
        ...allInPlace,
        '3.2.1': { response: 'not-applicable', naReason: 'No data kept.' },
      }),
    );
    expect(r).toMatchObject({ status: 'compliant', finished: true });
    expect(r.scope).toBeUndefined();
  });

  it('is Non-Compliant with a Not in Place row, and proposes its date as the target', () => {
    const r = complianceStatus(
      saq('A'),
      assessment({
        ...allInPlace,
        '3.1.1': {
          response: 'not-in-place',
          remediationAction: 'Write policy',
          remediationOwner: 'Ana',
          remediationDate: '2027-03-01',
        },
      }),
    );
    expect(r).toMatchObject({
      status: 'non-compliant',
      part4Applies: true,
      legalConstraint: false,
    });
    expect(r.latestRemediationDate).toBe('2027-03-01');
    expect(r.reasons.join(' ')).toMatch(/Not in Place: 3\.1\.1/);
  });

  it('is Compliant with Legal Exception when the only Not in Place rows are legal exceptions', () => {
    const r = complianceStatus(
      saq('A'),
      assessment({
        ...allInPlace,
        '3.1.1': { response: 'not-in-place', legalException: true, legalExplanation: 'Law' },
      }),
    );
    expect(r).toMatchObject({
      status: 'compliant-legal-exception',
      legalConstraint: true,
      part4Applies: false,
      legalExceptions: ['3.1.1'],
    });
    expect(r.why).toEqual([{ code: 'status.legal', params: { ids: ['3.1.1'] } }]);
  });

  it('is Non-Compliant while a section is incomplete', () => {
    const r = complianceStatus(saq('A'), assessment({ '3.1.1': { response: 'in-place' } }));
    expect(r).toMatchObject({ status: 'non-compliant', finished: false });
  });

  it('is Full or Partial in SAQ D', () => {
    expect(complianceStatus(saq('D-Merchant', true), assessment(allInPlace)).scope).toBe('full');
    const partial = complianceStatus(
      saq('D-Merchant', true),
      assessment({
        ...allInPlace,
        '11.3.2': {
          response: 'not-tested',
          notTestedWhat: 'scans',
          notTestedWhy: 'acquirer asked for req 3 only',
        },
      }),
    );
    expect(partial).toMatchObject({ status: 'compliant', scope: 'partial' });
  });
});

describe('Part 2g and Part 4', () => {
  it('summarises the responses used per principal requirement', () => {
    const t = summaryTable(
      saq('A'),
      assessment({ ...allInPlace, '3.2.1': { response: 'not-applicable', naReason: 'x' } }),
    );
    expect(t).toEqual([
      { principal: '3', used: ['in-place', 'not-applicable'] },
      { principal: '11', used: ['in-place'] },
    ]);
  });

  it('generates one line per principal requirement from the rows, with user edits on top', () => {
    const a = assessment({
      ...allInPlace,
      '3.1.1': {
        response: 'not-in-place',
        remediationAction: 'Write a retention policy',
        remediationOwner: 'Ana',
        remediationDate: '2027-03-01',
      },
      '3.2.1': {
        response: 'not-in-place',
        remediationAction: 'Shred old forms',
        remediationOwner: 'Bo',
        remediationDate: '2027-01-15',
      },
    });
    const lines = part4Lines(saq('A'), a);
    expect(lines[0]).toMatchObject({
      principal: '3',
      compliant: false,
      date: '2027-03-01',
      actions: '3.1.1: Write a retention policy; 3.2.1: Shred old forms',
    });
    expect(lines[1]).toMatchObject({ principal: '11', compliant: true, actions: '' });
    const edited = part4Lines(saq('A'), {
      ...a,
      part4: { '3': { actions: 'Adopt the board-approved data policy', date: '2027-04-30' } },
    });
    expect(edited[0]).toMatchObject({
      actions: 'Adopt the board-approved data policy',
      date: '2027-04-30',
    });
  });

  it('says YES only when every row is In Place, In Place with CCW or Not Applicable', () => {
    const marks = (rows: Record<string, RowAnswer>) =>
      part4Lines(saq('D-Merchant', true), assessment(rows)).map((l) => [l.principal, l.mark]);
    expect(
      marks({
        '3.1.1': { response: 'in-place' },
        '3.2.1': { response: 'not-applicable', naReason: 'No card data is kept at all.' },
        '11.3.2': {
          response: 'in-place-ccw',
          ccw: {
            constraints: 'a',
            definition: 'b',
            objective: 'c',
            risk: 'd',
            validation: 'e',
            maintenance: 'f',
          },
        },
      }),
    ).toEqual([
      ['3', 'yes'],
      ['11', 'yes'],
    ]);
    // Unanswered, "don't know yet", unconfirmed and unfinished rows are not YES.
    for (const row of [
      {},
      { dontKnow: true },
      { response: 'in-place', proposed: true },
      { response: 'not-applicable' },
    ] satisfies RowAnswer[])
      expect(marks({ ...allInPlace, '3.2.1': row })).toEqual([
        ['3', 'not-answered'],
        ['11', 'yes'],
      ]);
    expect(
      marks({
        ...allInPlace,
        '11.3.2': { response: 'not-tested', notTestedWhat: 'scans', notTestedWhy: 'not asked' },
      }),
    ).toEqual([
      ['3', 'yes'],
      ['11', 'not-tested'],
    ]);
    // NO wins over an unanswered row in the same requirement.
    expect(marks({ '3.1.1': { response: 'not-in-place' } })[0]).toEqual(['3', 'no']);
  });

  it('shows a legal exception as NO, listed for Part 3 and not planned', () => {
    const [line] = part4Lines(
      saq('A'),
      assessment({
        ...allInPlace,
        '3.1.1': { response: 'not-in-place', legalException: true, legalExplanation: 'A law' },
      }),
    );
    expect(line).toMatchObject({
      mark: 'no',
      compliant: false,
      rows: [],
      legalExceptions: ['3.1.1'],
      actions: '',
    });
  });
});

describe('review', () => {
  it('lists every missing thing, and nothing once all is done', () => {
    const empty = reviewItems(saq('A'), assessment({}));
    expect(empty.filter((i) => i.area === 'requirements').map((i) => i.target)).toEqual([
      '3.1.1',
      '3.2.1',
      '11.3.2',
    ]);
    expect(empty.map(sayReviewItem)).toEqual(
      expect.arrayContaining([
        '3.1.1: choose a response',
        'Part 1a: enter a contact name',
        'Part 2h: confirm the 2 eligibility criteria still unticked',
        'Part 3a: tick every acknowledgement',
      ]),
    );
    const done = assessment(allInPlace, {
      section1: {
        companyName: 'Éloïse’s Trust',
        contact: { name: 'Ana', email: 'ana@example.org' },
        assessor: 'none',
        channelDescriptions: { ecommerce: 'Donors pay on the provider’s page.' },
        environment: 'Redirect to provider',
        segmentation: 'no',
        locations: [{ type: 'Office', count: '1', where: 'Leeds, UK' }],
        usesValidatedProducts: 'no',
        providers: [{ name: 'Stripe', service: 'payments' }],
        confirmedCriteria: ['a-1', 'a-2'],
        scanVendor: 'ScanCo',
        scanDates: ['2026-01-10', '2026-04-10', '2026-07-10', '2026-10-10'],
      },
      section3: {
        acknowledgements: ACKNOWLEDGEMENTS.map((k) => k.id),
        signatoryName: 'Chief Exec',
        signatoryTitle: 'CEO',
        signatoryDate: '2026-11-20',
      },
    });
    expect(reviewItems(saq('A'), done, '2026-11-20')).toEqual([]);
  });

  it('asks for a target date when a row is Not in Place, not while rows are only unanswered', () => {
    const items = reviewItems(saq('A'), assessment({ '3.1.1': { response: 'not-in-place' } }));
    expect(items.map((i) => i.target)).toContain('targetDate');
    expect(reviewItems(saq('A'), assessment({})).map((i) => i.target)).not.toContain('targetDate');
  });
});

describe('calendar reminder', () => {
  it('is a valid all-day event 12 months on, with an alarm two weeks before', () => {
    const ics = nextAssessmentReminder(
      'Éloïse’s Trust; Friends',
      'SAQ A',
      new Date('2026-11-22T10:00:00Z'),
      'abc',
    );
    expect(ics).toContain('DTSTART;VALUE=DATE:20271122');
    expect(ics).toContain('SUMMARY:PCI self-assessment due: Éloïse’s Trust\\; Friends (SAQ A)');
    expect(ics).toContain('TRIGGER:-P14D');
    expect(ics.split('\r\n')[0]).toBe('BEGIN:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('adds the four quarterly external scans when the SAQ has 11.3.2', () => {
    const ics = nextAssessmentReminder(
      'Gala Friends',
      'SAQ A',
      new Date('2026-11-22T10:00:00Z'),
      'abc',
      { quarterlyScans: true },
    );
    const events = ics.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(2);
    const scans = events[1] as string;
    expect(scans).toContain('UID:abc-scans@opensaq');
    expect(scans).toContain('DTSTART;VALUE=DATE:20270222');
    expect(scans).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3;COUNT=4');
    expect(scans).toContain('SUMMARY:Quarterly external scan due: Gala Friends (PCI DSS 11.3.2)');
    expect(scans).toContain('TRIGGER:-P7D');
  });

  it("counts from the user's own day, not UTC's", () => {
    // 23:30 on 2 December in the user's time zone can already be 3 December in UTC.
    const ics = nextAssessmentReminder('Org', 'SAQ A', new Date('2026-12-03T04:30:00Z'), 'u', {
      today: '2026-12-02',
    });
    expect(ics).toContain('DTSTART;VALUE=DATE:20271202');
    expect(ics).toContain('DTSTAMP:20261203T043000Z');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const name = 'Les Amis du Théâtre Municipal de Saint-Étienne – Fonds de Solidarité ’26';
    const ics = nextAssessmentReminder(
      'x'.repeat(10) + name,
      'SAQ D for Merchants',
      new Date(),
      'u',
    );
    const lines = ics.split('\r\n');
    const encoder = new TextEncoder();
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    // Unfolding (drop CRLF + space) gives the summary back whole.
    expect(ics.replace(/\r\n /g, '')).toContain(
      `SUMMARY:PCI self-assessment due: ${'x'.repeat(10)}${name} (SAQ D for Merchants)`,
    );
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(0);
  });
});
