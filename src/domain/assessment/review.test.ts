import { describe, expect, it } from 'vitest';
import { sayReviewItem } from './review-text';
import type { Assessment } from './model';
import { REVIEW_CODES } from './messages';
import { groupReview, REVIEW_RULES, reviewItems, type ReviewItem, type ReviewSaq } from './review';
import { createAssessment } from './proposals';
import {
  cleanAssessment,
  IN_PLACE,
  na,
  notInPlace,
  outline,
  TODAY,
  withRows,
  withSection1,
  withSection3,
} from './test-fixtures';

/** Every code the tests below saw fire: the last test checks that no rule was left untested. */
const seen = new Set<string>();
const items = (a: Assessment, saq: ReviewSaq = outline(), today = TODAY) => {
  const found = reviewItems(saq, a, today);
  for (const i of found) seen.add(i.code);
  return found;
};
const codes = (a: Assessment, saq?: ReviewSaq, today?: string) =>
  items(a, saq, today).map((i) => i.code);

describe('the review of a clean assessment', () => {
  it('finds nothing to do', () => {
    expect(items(cleanAssessment())).toEqual([]);
  });

  it('lists each rule once, and every code a rule returns has a sentence code', () => {
    const ruleCodes = REVIEW_RULES.flatMap((r) => r.codes);
    expect(new Set(ruleCodes).size).toBe(ruleCodes.length);
    for (const c of ruleCodes) expect(REVIEW_CODES).toContain(c);
    expect(REVIEW_RULES.every((r) => r.source.length > 0)).toBe(true);
  });

  it('compares with the day it is given, never the clock', () => {
    // Scans of Feb to Nov 2026 are fine in December 2026 and overdue a year later.
    expect(codes(cleanAssessment(), outline(), '2026-12-02')).toEqual([]);
    expect(codes(cleanAssessment(), outline(), '2027-12-02')).toContain('scan.latest-overdue');
  });

  it('falls back to the day of the last save when no day is given', () => {
    expect(reviewItems(outline(), cleanAssessment())).toEqual([]);
  });
});

describe('Not Applicable reasons', () => {
  it('refuses a reason that says nothing, in any words', () => {
    for (const reason of [
      'n/a',
      'N/A.',
      'Not applicable',
      'Not applicable to our organisation',
      '-',
    ])
      expect(codes(withRows({ '3.1.1': na(reason) }))).toEqual(['check.na-reason-filler']);
  });

  it('refuses a reason of one or two words', () => {
    expect(codes(withRows({ '3.1.1': na('Stripe') }))).toEqual(['check.na-reason-short']);
    expect(codes(withRows({ '3.1.1': na('No paper') }))).toEqual(['check.na-reason-short']);
  });

  it('accepts a reason that explains, in any script', () => {
    expect(codes(withRows({ '3.1.1': na('We keep no card data on paper.') }))).toEqual([]);
    expect(codes(withRows({ '3.1.1': na('Мы не храним данные карт.') }))).toEqual([]);
  });

  it('links the item to the row', () => {
    const [item] = items(withRows({ '3.1.1': na('n/a') }));
    expect(item).toMatchObject({ area: 'requirements', target: '3.1.1', principal: '3' });
    expect(item && sayReviewItem(item)).toBe(
      '3.1.1: "n/a" does not say why it does not apply. Write what you have (or do not have) that makes it not apply.',
    );
  });

  it('refuses one text pasted over many unrelated requirements', () => {
    const text = 'Everything is handled by our payment provider Stripe.';
    const pasted = withRows({
      '3.1.1': na(text),
      '6.4.3': na(text),
      '9.4.1': na(text),
      '11.4.5': na(text),
      '12.10.1': na(text),
    });
    const found = items(pasted).filter((i) => i.code === 'check.na-reason-repeated');
    expect(found).toHaveLength(1);
    expect(found[0]?.params).toMatchObject({ id: '3.1.1', count: 5 });
  });

  it('accepts one text over rows of a few requirements, and the app’s own proposals', () => {
    const text = 'We keep no card data on paper or on any computer.';
    const few = withRows({
      '3.1.1': na(text),
      '3.2.1': na(text),
      '9.4.1': na(text),
      '11.4.5': na(text),
      '12.10.1': na(text),
    });
    expect(codes(few)).not.toContain('check.na-reason-repeated');
    const a = createAssessment({
      id: 'p',
      organisation: 'Org',
      channels: ['ecommerce'],
      saq: outline('A'),
      contentVersion: '1',
      interview: {
        ecommerce: [{ paymentPage: 'no-own-website' }],
        moto: [],
        cardPresent: [],
        keepsPaperWithCardData: 'no',
      },
      now: '2026-12-01T10:00:00.000Z',
    });
    expect(Object.keys(a.rows).length).toBeGreaterThanOrEqual(5);
    const confirmed = { ...cleanAssessment(), rows: { ...cleanAssessment().rows } };
    for (const [id, row] of Object.entries(a.rows))
      confirmed.rows[id] = { response: row.response, naReason: row.naReason };
    expect(codes(confirmed)).not.toContain('check.na-reason-repeated');
  });
});

describe('Not Applicable where Section 1 says the thing exists', () => {
  const all12_8 = {
    '12.8.1': na('We use no providers at all.'),
    '12.8.2': na('We use no providers at all.'),
  };

  it('12.8 all N/A while Part 2f lists a provider', () => {
    const found = items(withRows(all12_8));
    expect(found.map((i) => i.code)).toEqual(['check.na-12-8-providers']);
    expect(found[0]?.params).toMatchObject({ id: '12.8.1', providers: ['Stripe'] });
  });

  it('not when one 12.8 row is answered, or Part 2f lists nobody', () => {
    expect(codes(withRows({ '12.8.1': all12_8['12.8.1'] }))).toEqual([]);
    const none = withSection1({ providers: [], providersNone: true }, withRows(all12_8));
    expect(codes(none)).toEqual([]);
  });

  const all9_5 = {
    '9.5.1': na('We use no card terminals at all.'),
    '9.5.1.1': na('We use no card terminals at all.'),
  };
  const cardPresent = (a: Assessment): Assessment => ({
    ...a,
    channels: ['cardPresent'],
    section1: { ...a.section1, channelDescriptions: { cardPresent: 'Card reader at events.' } },
  });

  it('9.5 all N/A while a card reader takes in-person payments', () => {
    const withReader: Assessment = {
      ...cardPresent(withRows(all9_5)),
      interview: { ecommerce: [], moto: [], cardPresent: [{ equipment: 'mobile-reader' }] },
    };
    expect(codes(withReader)).toEqual(['check.na-9-5-devices']);
    // SAQ P2PE, B-IP and SPoC exist only for such devices.
    expect(codes(cardPresent(withRows(all9_5)), outline('P2PE'))).toContain('check.na-9-5-devices');
  });

  it('not for imprint machines, nor online-only assessments', () => {
    const imprint: Assessment = {
      ...cardPresent(withRows(all9_5)),
      interview: { ecommerce: [], moto: [], cardPresent: [{ equipment: 'imprint-or-dial-out' }] },
    };
    expect(codes(imprint)).toEqual([]);
    expect(codes(withRows(all9_5))).toEqual([]);
  });

  const scripts = {
    '6.4.3': na('Our site shows no payment page.'),
    '11.6.1': na('Our site shows no payment page.'),
  };
  const page = (paymentPage: 'iframe' | 'redirect' | 'js-form'): Assessment => ({
    ...withRows(scripts),
    interview: { ecommerce: [{ paymentPage }], moto: [], cardPresent: [] },
  });

  it('6.4.3 and 11.6.1 N/A while the website shows or builds the payment page', () => {
    expect(codes(page('js-form'))).toEqual([
      'check.na-payment-page-scripts',
      'check.na-payment-page-scripts',
    ]);
    expect(codes(page('iframe'))).toContain('check.na-payment-page-scripts');
  });

  it('not with a redirect', () => {
    expect(codes(page('redirect'))).toEqual([]);
  });

  it('11.4.5 N/A while Part 2c says segmentation is used; not without it', () => {
    const a = withRows({ '11.4.5': na('We do not separate any networks.') });
    expect(codes(withSection1({ segmentation: 'yes' }, a))).toEqual([
      'check.na-11-4-5-segmentation',
    ]);
    expect(codes(a)).toEqual([]);
  });

  it('11.3.2 N/A in SAQ A-EP; not in SAQ D', () => {
    const a = withRows({ '11.3.2': na('We have no internet-facing systems.') });
    expect(codes(a, outline('A-EP'))).toEqual(['check.na-11-3-2-website']);
    expect(codes(a)).toEqual([]);
  });
});

describe('planned fixes and target dates', () => {
  const open = (date?: string, extra: Partial<Assessment['section3']> = {}) =>
    withSection3({ targetDate: '2027-06-30', ...extra }, withRows({ '3.1.1': notInPlace(date) }));

  it('a fix dated before today; not one dated today or later', () => {
    expect(codes(open('2026-12-01'))).toEqual(['check.fix-date-past']);
    expect(codes(open(TODAY))).toEqual([]);
  });

  it('a fix date that is not a date', () => {
    expect(codes(open('next spring'))).toEqual(['check.fix-date-unreadable']);
  });

  it('a legal exception needs no fix date', () => {
    const legal = withRows({
      '3.1.1': { response: 'not-in-place', legalException: true, legalExplanation: 'A law.' },
    });
    expect(codes(legal)).toEqual([]);
  });

  it('a Not in Place row needs a target date for compliance, ahead and after the fixes', () => {
    expect(codes(withRows({ '3.1.1': notInPlace() }))).toEqual(['s3.target-date']);
    expect(codes(open(undefined, { targetDate: '2026-11-30' })).slice(0, 1)).toEqual([
      's3.target-date-past',
    ]);
    expect(codes(open('2027-03-31', { targetDate: '2027-01-31' }))).toEqual([
      's3.target-before-fixes',
    ]);
    expect(codes(open('2027-03-31', { targetDate: '2027-03-31' }))).toEqual([]);
  });

  it('Part 4 dates in the past, or before the requirement’s own fixes', () => {
    const base = open('2027-03-31');
    expect(codes({ ...base, part4: { '3': { date: '2026-10-01' } } })).toEqual(['part4.date-past']);
    expect(codes({ ...base, part4: { '3': { date: '2027-02-01' } } })).toEqual([
      'part4.date-before-fixes',
    ]);
    expect(codes({ ...base, part4: { '3': { date: '2027-04-30' } } })).toEqual([]);
    expect(items({ ...base, part4: { '3': { date: '2026-10-01' } } })[0]?.target).toBe(
      'part4-3-date',
    );
  });
});

describe('official parts left empty', () => {
  it('Part 1a and 1b, with the assessor’s names when there is one', () => {
    expect(codes(withSection1({ contact: {} }))).toEqual(['s1.contact-name', 's1.contact-email']);
    expect(codes(withSection1({ assessor: undefined }))).toEqual(['s1.assessor']);
    expect(codes(withSection1({ assessor: 'both' }))).toEqual([
      's1.isa-names',
      's1.qsa-company',
      's1.qsa-lead',
      's3.qsa-involvement',
      's3.isa-involvement',
    ]);
    const named = withSection1({
      assessor: 'qsa',
      qsaCompany: 'Audit Co',
      qsaLeadName: 'Jan Kowalski',
    });
    expect(codes(withSection3({ qsaInvolvement: 'Reviewed our answers.' }, named))).toEqual([]);
  });

  it('Part 1a: the legal name, which defaults to the organisation’s name', () => {
    expect(codes(withSection1({ companyName: ' ' }))).toEqual(['s1.company-name']);
    expect(codes(withSection1({ companyName: undefined }))).toEqual([]);
  });

  it('a provisional questionnaire: settle the interview first', () => {
    const provisional: Assessment = {
      ...cleanAssessment(),
      provisional: { candidates: ['A', 'A-EP'], since: '2026-11-01T00:00:00.000Z' },
    };
    const [item, ...rest] = items(provisional);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ code: 'saq.provisional', area: 'interview', kind: 'missing' });
    expect(sayReviewItem(item!)).toContain('SAQ A, SAQ A-EP');
  });

  it('Part 2b: a description for each channel assessed', () => {
    expect(codes(withSection1({ channelDescriptions: {} }))).toEqual(['s1.channel-ecommerce']);
    expect(
      codes({ ...cleanAssessment(), channels: ['cardPresent'] }).filter((c) =>
        c.startsWith('s1.channel'),
      ),
    ).toEqual(['s1.channel-card-present']);
    const two: Assessment = { ...cleanAssessment(), channels: ['ecommerce', 'moto'] };
    expect(codes(two)).toEqual(['s1.channel-moto']);
    const s1 = two.section1 ?? {};
    const described = withSection1(
      { channelDescriptions: { ...s1.channelDescriptions, moto: 'Staff key phone gifts.' } },
      two,
    );
    expect(codes(described)).toEqual([]);
  });

  it('Part 2c and 2d', () => {
    expect(codes(withSection1({ environment: ' ', segmentation: undefined }))).toEqual([
      's1.environment',
      's1.segmentation',
    ]);
    expect(codes(withSection1({ locations: [{ count: '1' }] }))).toEqual(['s1.locations']);
  });

  it('Part 2f: providers, or an explicit none that the SAQ allows', () => {
    expect(codes(withSection1({ providers: [{}, {}] }))).toEqual(['s1.providers']);
    expect(codes(withSection1({ providers: [], providersNone: true }))).toEqual([]);
    expect(codes(withSection1({ providers: [], providersNone: true }), outline('A'))).toEqual([
      's1.providers-none-not-possible',
    ]);
    expect(codes(withSection1({ providers: [{ name: 'Host Ltd' }] }))).toEqual([
      's1.provider-service',
    ]);
  });

  it('Part 2h: the eligibility criteria, except in SAQ D', () => {
    expect(codes(cleanAssessment(), outline('A', ['a-1', 'a-2']))).toEqual(['s1.criteria']);
    expect(
      codes(withSection1({ confirmedCriteria: ['a-1', 'a-2'] }), outline('A', ['a-1', 'a-2'])),
    ).toEqual([]);
  });

  it('Part 3a and 3b: acknowledgements, and the signatory’s name, title and date', () => {
    expect(
      codes(
        withSection3({
          acknowledgements: [],
          signatoryName: '',
          signatoryTitle: undefined,
          signatoryDate: undefined,
        }),
      ),
    ).toEqual([
      's3.acknowledgements',
      's3.signatory-name',
      's3.signatory-title',
      's3.signatory-date',
    ]);
  });
});

describe('Part 2e: validated products and solutions', () => {
  const product = (p: NonNullable<NonNullable<Assessment['section1']>['products']>[number]) =>
    withSection1({ usesValidatedProducts: 'yes', products: [p] });
  const p2pe = { name: 'SafePay P2PE', standard: 'P2PE', listing: '2023-01234.005' };

  it('says whether products are used', () => {
    expect(codes(withSection1({ usesValidatedProducts: undefined }))).toEqual([
      's1.validated-products',
    ]);
    expect(codes(withSection1({ usesValidatedProducts: 'yes', products: [{}] }))).toEqual([
      'product.none',
    ]);
  });

  it('a P2PE or SPoC listing that has expired; not one that expires today or later', () => {
    expect(codes(product({ ...p2pe, expiry: '2026-12-01' }))).toEqual(['product.expired']);
    expect(codes(product({ ...p2pe, expiry: TODAY }))).toEqual([]);
  });

  it('a PTS device past its approval date may stay in use, unless said to be still listed', () => {
    const pts = {
      name: 'Terminal X',
      standard: 'PTS POI',
      listing: '4-12345',
      expiry: '2025-04-30',
    };
    expect(codes(product(pts))).toEqual([]);
    expect(codes(product({ ...pts, stillListed: 'yes' }))).toEqual(['product.expired']);
  });

  it('"still listed: yes" without a date, and a solution without its expiry', () => {
    expect(codes(product({ ...p2pe, stillListed: 'yes' }))).toEqual(['product.listed-no-date']);
    expect(codes(product(p2pe))).toEqual(['product.expiry-missing']);
    expect(codes(product({ ...p2pe, expiry: '31/12/2027' }))).toEqual([
      'product.expiry-unreadable',
    ]);
  });

  it('not listed, not sure, or no listing number', () => {
    const dated = { ...p2pe, expiry: '2028-01-01' };
    expect(codes(product({ ...dated, stillListed: 'no' }))).toEqual(['product.not-listed']);
    expect(codes(product({ ...dated, stillListed: 'not-sure' }))).toEqual([
      'product.listing-unsure',
    ]);
    expect(codes(product({ ...dated, listing: '' }))).toEqual(['product.listing-missing']);
  });

  it('SAQ P2PE needs a listed P2PE solution, SAQ SPoC a SPoC one', () => {
    expect(codes(cleanAssessment(), outline('P2PE'))).toEqual(['product.solution-needed-p2pe']);
    expect(codes(product({ ...p2pe, expiry: '2028-01-01' }), outline('P2PE'))).toEqual([]);
    expect(codes(product({ ...p2pe, expiry: '2028-01-01' }), outline('SPoC'))).toEqual([
      'product.solution-needed-spoc',
    ]);
  });
});

describe('quarterly scans (11.3.2)', () => {
  const scans = (scanDates: string[], extra: Assessment['section1'] = {}) =>
    withSection1({ scanDates, ...extra });

  it('asked only when 11.3.2 is answered as in place', () => {
    const none = scans([]);
    expect(codes(none)).toEqual(['scan.need-four']);
    expect(codes(withRows({ '11.3.2': notInPlace() }, none))).toEqual(['s3.target-date']);
    expect(
      codes(withRows({ '11.3.2': na('We have no website or other internet systems.') }, none)),
    ).toEqual([]);
  });

  it('names the vendor', () => {
    expect(codes(withSection1({ scanVendor: '' }))).toEqual(['scan.vendor']);
  });

  it('four dates, and the first-assessment route offered instead', () => {
    const three = items(scans(['2026-05-20', '2026-08-20', '2026-11-20']));
    expect(three.map((i) => i.code)).toEqual(['scan.need-four']);
    expect(three[0]?.target).toBe('scanDates-3');
    expect(three[0] && sayReviewItem(three[0])).toMatch(/first-assessment route/);
  });

  it('a date in the future, more than 12 months old, or not a date', () => {
    expect(codes(scans(['2026-02-20', '2026-05-20', '2026-08-20', '2026-12-20']))).toContain(
      'scan.date-future',
    );
    expect(
      codes(scans(['2025-11-20', '2026-02-20', '2026-05-20', '2026-08-20', '2026-11-20'])),
    ).toEqual(['scan.date-too-old']);
    expect(codes(scans(['20/02/2026', '2026-05-20', '2026-08-20', '2026-11-20']))).toEqual([
      'scan.date-unreadable',
      'scan.need-four',
    ]);
  });

  it('a quarter missed, or two scans in the same quarter', () => {
    expect(codes(scans(['2026-01-10', '2026-05-20', '2026-08-20', '2026-11-20']))).toEqual([
      'scan.gap-long',
    ]);
    expect(codes(scans(['2026-05-20', '2026-06-10', '2026-08-20', '2026-11-20']))).toEqual([
      'scan.gap-short',
    ]);
  });

  it('the latest scan more than three months old', () => {
    expect(codes(scans(['2025-12-10', '2026-03-10', '2026-06-10', '2026-08-10']))).toEqual([
      'scan.latest-overdue',
    ]);
  });

  it('a scan that did not pass', () => {
    const failed = scans(cleanAssessment().section1?.scanDates ?? [], {
      scanResults: ['passed', 'failed', '', 'passed'],
    });
    expect(codes(failed)).toEqual(['scan.failed']);
  });

  it('the first-assessment route: the latest passing scan and three confirmations', () => {
    const first = scans([], { scanRoute: 'first-assessment' });
    expect(codes(first)).toEqual([
      'scan.first-date',
      'scan.first-latest-passed',
      'scan.first-quarterly-policy',
      'scan.first-fixed-and-rescanned',
    ]);
    const confirmed = scans(['2026-11-20'], {
      scanRoute: 'first-assessment',
      firstScan: { latestPassed: true, quarterlyPolicy: true, fixedAndRescanned: true },
    });
    expect(codes(confirmed)).toEqual([]);
    expect(
      codes(
        scans(['2026-06-20'], {
          scanRoute: 'first-assessment',
          firstScan: { latestPassed: true, quarterlyPolicy: true, fixedAndRescanned: true },
        }),
      ),
    ).toEqual(['scan.latest-overdue']);
  });
});

describe('rows', () => {
  it('lists what each row still needs, linked to it', () => {
    const found = items(withRows({ '3.1.1': {}, '12.10.1': { response: 'not-applicable' } }));
    expect(found.map(sayReviewItem)).toEqual([
      '3.1.1: choose a response',
      '12.10.1: explain why it is not applicable',
    ]);
    expect(found.every((i) => i.kind === 'missing')).toBe(true);
  });

  it('asks for what each kind of answer needs', () => {
    const cases: [Partial<Assessment['rows'][string]>, string][] = [
      [{ dontKnow: true }, 'row.dont-know'],
      [{ response: 'in-place', proposed: true }, 'row.confirm-proposal'],
      [{ response: 'in-place', toConfirm: true }, 'row.confirm-carried'],
      [{ response: 'in-place-ccw', ccw: { constraints: 'Old till' } }, 'row.ccw'],
      [{ response: 'not-tested', notTestedWhat: 'Logs' }, 'row.not-tested'],
      [{ response: 'not-in-place', legalException: true }, 'row.legal-explanation'],
      [{ response: 'not-in-place', remediationAction: 'Fix' }, 'row.remediation'],
    ];
    for (const [row, code] of cases)
      expect(codes(withSection3({ targetDate: '2027-06-30' }, withRows({ '3.1.1': row })))).toEqual(
        [code],
      );
  });

  it('leaves out rows a merchant does not answer', () => {
    expect(items(cleanAssessment()).some((i) => i.target === '3.3.3')).toBe(false);
  });

  it('marks contradictions as checks', () => {
    expect(items(withRows({ '3.1.1': na('n/a') }))[0]?.kind).toBe('check');
    expect(items(withRows({ '3.1.1': IN_PLACE }))).toEqual([]);
  });
});

describe('coverage of the rules', () => {
  it('every code of every rule fired in a test above', () => {
    const untested = REVIEW_RULES.flatMap((r) => r.codes).filter((c) => !seen.has(c));
    expect(untested).toEqual([]);
  });
});

describe('the review grouped by requirement', () => {
  const item = (
    area: ReviewItem['area'],
    target: string,
    code: ReviewItem['code'],
    principal?: string,
  ): ReviewItem => ({
    area,
    target,
    kind: 'missing',
    code,
    params: {},
    ...(principal ? { principal } : {}),
  });

  it('puts the questionnaire and Section 1 first, requirements in the SAQ order, Section 3 last', () => {
    const groups = groupReview(
      [
        item('section3', 'signatory', 'row.choose-response'),
        item('requirements', '12.8.1', 'row.choose-response', '12'),
        item('requirements', '3.1.1', 'row.choose-response', '3'),
        item('section1', 'company', 'row.choose-response'),
        item('requirements', '12.8.2', 'row.choose-response', '12'),
        item('interview', 'result', 'row.choose-response'),
        item('requirements', '12.10.1', 'row.choose-response'),
      ],
      ['3', '12'],
    );
    expect(groups.map((g) => [g.key, g.items.length])).toEqual([
      ['interview', 1],
      ['section1', 1],
      ['3', 1],
      ['12', 3],
      ['section3', 1],
    ]);
    expect(groups[3]?.principal).toBe('12');
    expect(groups[3]?.items.map((i) => i.target)).toEqual(['12.8.1', '12.8.2', '12.10.1']);
  });

  it('counts the missing rows of a real assessment under their requirement', () => {
    const a = cleanAssessment();
    const rows = { ...a.rows };
    delete rows['12.8.1'];
    delete rows['12.8.2'];
    const found = items({ ...a, rows });
    const groups = groupReview(
      found,
      outline().groups.map((g) => g.principal),
    );
    const twelve = groups.find((g) => g.key === '12');
    expect(twelve?.items.map((i) => i.target)).toEqual(['12.8.1', '12.8.2']);
    expect(groupReview([], ['12'])).toEqual([]);
  });
});
