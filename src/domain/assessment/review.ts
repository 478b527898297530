/**
 * The review before "complete": what the official form still needs (`missing`) and where the
 * entries contradict each other or the calendar (`check`). Each rule is written once here, returns
 * codes and values (sentences in content/text/review.json, each naming the problem and its fix) and
 * links to the place to fix it. Dates are compared in the user's local day, passed in as `today`.
 */
import { criteriaFor, type Criterion } from '../eligibility/criteria';
import type { ChannelKind } from '../eligibility/saq-catalog';
import { SAQ_FACTS } from '../eligibility/saq-catalog';
import { dayNumber, isoDay } from './dates';
import { msg, type ReviewCode, type ReviewMessage } from './messages';
import type { Assessment, RowAnswer, SaqOutline } from './model';
import type { ReviewItem } from './review-item';
import { PROPOSAL_CODES } from './proposals';
import { answerableRows, rowProblems } from './rules';
import { scanItems, scansApply } from './scans';
import { REVIEW_TEXT } from './review-text';

export type { ReviewArea, ReviewItem } from './review-item';

/** The SAQ's outline with its eligibility criteria (Part 2h), as the review needs it. */
export type ReviewSaq = SaqOutline & { eligibility?: readonly Criterion[] };

/** The Part 3a acknowledgements: our ids, with the code of each one's sentence. */
export const ACKNOWLEDGEMENT_CODES = {
  'completed-per-instructions': 'ack.completed-per-instructions',
  'fair-results': 'ack.fair-results',
  'maintain-controls': 'ack.maintain-controls',
} as const satisfies Record<string, ReviewCode>;

/** Everything a rule needs: the SAQ, the assessment and today's local date as a day number. */
export interface ReviewContext {
  saq: ReviewSaq;
  a: Assessment;
  ids: readonly string[];
  today: number;
}

export interface ReviewRule {
  /** A name for the rule, used in tests and documentation. */
  id: string;
  /** The codes it can return. */
  codes: readonly ReviewCode[];
  /** Where the rule comes from: the official part, the SAQ note or the reasoning behind it. */
  source: string;
  run: (c: ReviewContext) => ReviewItem[];
}

const principalOf = (id: string) => id.split('.')[0] ?? id;
const blank = (v: string | undefined) => !v?.trim();

const rowItem = (id: string, m: ReviewMessage, kind: ReviewItem['kind']): ReviewItem => ({
  area: 'requirements',
  target: id,
  principal: principalOf(id),
  kind,
  ...m,
});
const s1Item = (target: string, m: ReviewMessage, kind: ReviewItem['kind']): ReviewItem => ({
  area: 'section1',
  target,
  kind,
  ...m,
});
const s3Item = (target: string, m: ReviewMessage, kind: ReviewItem['kind']): ReviewItem => ({
  area: 'section3',
  target,
  kind,
  ...m,
});

/** The channels this assessment covers, as the Section 1 page shows them (Part 2b asks for each). */
export function assessedChannels(a: Assessment): ChannelKind[] {
  return a.channels.length ? a.channels : ['ecommerce'];
}

/** The rows of `prefix` (a requirement such as 12.8, and everything under it) the SAQ has. */
const rowsUnder = (ids: readonly string[], prefix: string) =>
  ids.filter((id) => id === prefix || id.startsWith(`${prefix}.`));
const isNa = (row: RowAnswer | undefined) => row?.response === 'not-applicable';
const allNa = (c: ReviewContext, rows: readonly string[]) =>
  rows.length > 0 && rows.every((id) => isNa(c.a.rows[id]));

/** Words that, on their own, say nothing about why a requirement does not apply. */
const FILLER = new Set(
  (
    "n/a na n.a. n.a not applicable applies apply applied does doesn't dont don't do to us our we " +
    'this it its is are for the a an of organisation organization charity relevant required needed ' +
    'none nothing no nil tbd tbc todo unknown same above below see as ditto yes ok x - ? .'
  ).split(' '),
);
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'/.-]*|[-?]/gu;
/** Reasons are read on every render of the review: remember the words of the texts seen. */
const wordCache = new Map<string, string[]>();
function words(text: string): string[] {
  const cached = wordCache.get(text);
  if (cached) return cached;
  const found = (text.toLowerCase().replace(/[’‘]/g, "'").match(TOKEN) ?? [])
    .map((w) => w.replace(/[.'-]+$/, ''))
    .filter(Boolean);
  if (wordCache.size > 5000) wordCache.clear();
  wordCache.set(text, found);
  return found;
}
const normalised = (text: string) => words(text).join(' ');
/** The app's own proposed reasons: written for exactly the rows they are proposed on. */
const PROPOSED = new Set(PROPOSAL_CODES.map((code) => normalised(REVIEW_TEXT[code] ?? code)));

/** An N/A reason used this many times, over this many principal requirements, was pasted. */
export const REPEATED_REASON_ROWS = 5;
export const REPEATED_REASON_PRINCIPALS = 5;

/** Card-reading devices (POI) that requirement 9.5 is about; imprint machines and keying are not. */
const POI_EQUIPMENT = new Set([
  'standalone-ip-terminal',
  'p2pe-listed',
  'spoc-listed',
  'mobile-reader',
  'pos-system',
]);
/** Payment pages whose scripts run on a page of the organisation's own website. */
const PAGE_ON_OWN_SITE = new Set(['iframe', 'direct-post', 'js-form', 'own-server']);
/** SAQs whose eligibility rests on a provider that handles the card data (so 2f cannot be empty). */
const PROVIDER_SAQS = new Set(['A', 'A-EP', 'C-VT', 'P2PE', 'SPoC']);

const namedProviders = (a: Assessment) =>
  (a.section1?.providers ?? []).map((p, i) => ({ ...p, i })).filter((p) => !blank(p.name));

/** Each consistency and completeness rule, in the order the review lists them. */
export const REVIEW_RULES: readonly ReviewRule[] = [
  {
    id: 'saq-settled',
    codes: ['saq.provisional'],
    source:
      'The SAQ rests on the eligibility criteria the merchant confirms (Part 2h): an SAQ chosen before the answer is known cannot be attested',
    run: ({ a }) =>
      a.provisional
        ? [
            {
              area: 'interview',
              target: 'result',
              kind: 'missing',
              ...msg('saq.provisional', {
                saq: SAQ_FACTS[a.saq].name,
                list: a.provisional.candidates.map((id) => SAQ_FACTS[id].name).join(', '),
              }),
            },
          ]
        : [],
  },
  {
    id: 'row-complete',
    codes: [
      'row.choose-response',
      'row.dont-know',
      'row.confirm-proposal',
      'row.confirm-carried',
      'row.na-reason',
      'row.ccw',
      'row.not-tested',
      'row.legal-explanation',
      'row.remediation',
    ],
    source: 'SAQ instructions: every row answered; Appendices B, C and D; Part 4',
    run: (c) =>
      c.ids.flatMap((id) => rowProblems(c.a.rows[id]).map((m) => rowItem(id, m, 'missing'))),
  },
  {
    id: 'na-reason-explains',
    codes: ['check.na-reason-filler', 'check.na-reason-short'],
    source: 'Appendix C asks why each Not Applicable requirement does not apply',
    run: (c) =>
      c.ids.flatMap((id) => {
        const row = c.a.rows[id];
        const reason = row?.naReason?.trim() ?? '';
        if (!isNa(row) || !reason) return [];
        const w = words(reason);
        if (w.every((word) => FILLER.has(word)))
          return [
            rowItem(
              id,
              msg('check.na-reason-filler', {
                reason: reason.length > 60 ? `${reason.slice(0, 57)}...` : reason,
                id,
              }),
              'check',
            ),
          ];
        if (w.length < 3) return [rowItem(id, msg('check.na-reason-short', { id }), 'check')];
        return [];
      }),
  },
  {
    id: 'na-reason-not-pasted',
    codes: ['check.na-reason-repeated'],
    source:
      'Appendix C: a reason per requirement; one text over many unrelated requirements explains none',
    run: (c) => {
      const byText = new Map<string, string[]>();
      for (const id of c.ids) {
        const row = c.a.rows[id];
        const key = normalised(row?.naReason ?? '');
        if (!isNa(row) || !key || PROPOSED.has(key)) continue;
        const same = byText.get(key);
        if (same) same.push(id);
        else byText.set(key, [id]);
      }
      return [...byText.values()].flatMap((rows) => {
        const principals = [...new Set(rows.map(principalOf))];
        const first = rows[0];
        if (
          !first ||
          rows.length < REPEATED_REASON_ROWS ||
          principals.length < REPEATED_REASON_PRINCIPALS
        )
          return [];
        return [
          rowItem(
            first,
            msg('check.na-reason-repeated', { id: first, count: rows.length, principals }),
            'check',
          ),
        ];
      });
    },
  },
  {
    id: 'na-12-8-with-providers',
    codes: ['check.na-12-8-providers'],
    source: 'AOC Part 2f: requirement 12.8 applies to every provider listed there',
    run: (c) => {
      const rows = rowsUnder(c.ids, '12.8');
      const providers = namedProviders(c.a).map((p) => p.name?.trim() ?? '');
      const first = rows[0];
      if (!first || !allNa(c, rows) || providers.length === 0) return [];
      return [rowItem(first, msg('check.na-12-8-providers', { id: first, providers }), 'check')];
    },
  },
  {
    id: 'na-9-5-with-devices',
    codes: ['check.na-9-5-devices'],
    source:
      '9.5.1 applicability notes: POI devices used for card-present payments (not imprint machines, keying, or plain phones)',
    run: (c) => {
      const rows = rowsUnder(c.ids, '9.5');
      const first = rows[0];
      if (!first || !allNa(c, rows) || !assessedChannels(c.a).includes('cardPresent')) return [];
      const devices =
        ['B-IP', 'P2PE', 'SPoC'].includes(c.saq.id) ||
        (c.a.interview?.cardPresent ?? []).some((s) => POI_EQUIPMENT.has(s.equipment ?? ''));
      return devices ? [rowItem(first, msg('check.na-9-5-devices', { id: first }), 'check')] : [];
    },
  },
  {
    id: 'na-payment-page-scripts',
    codes: ['check.na-payment-page-scripts'],
    source:
      '6.4.3 and 11.6.1 apply to a payment page shown or built by the website; Not Applicable only with a redirect or no payment page (SAQ A-EP and D completion guidance)',
    run: (c) => {
      if (!assessedChannels(c.a).includes('ecommerce')) return [];
      const onOwnSite = (c.a.interview?.ecommerce ?? []).some((s) =>
        PAGE_ON_OWN_SITE.has(s.paymentPage ?? ''),
      );
      if (!onOwnSite) return [];
      return ['6.4.3', '11.6.1']
        .filter((id) => c.ids.includes(id) && isNa(c.a.rows[id]))
        .map((id) => rowItem(id, msg('check.na-payment-page-scripts', { id }), 'check'));
    },
  },
  {
    id: 'na-11-4-5-with-segmentation',
    codes: ['check.na-11-4-5-segmentation'],
    source: '11.4.5: segmentation used to reduce scope is tested; AOC Part 2c asks about it',
    run: (c) =>
      c.ids.includes('11.4.5') && isNa(c.a.rows['11.4.5']) && c.a.section1?.segmentation === 'yes'
        ? [rowItem('11.4.5', msg('check.na-11-4-5-segmentation', { id: '11.4.5' }), 'check')]
        : [],
  },
  {
    id: 'na-11-3-2-a-ep',
    codes: ['check.na-11-3-2-website'],
    source: 'SAQ A-EP: the website that serves the payment page is in scope, so 11.3.2 scans it',
    run: (c) =>
      c.saq.id === 'A-EP' && c.ids.includes('11.3.2') && isNa(c.a.rows['11.3.2'])
        ? [rowItem('11.3.2', msg('check.na-11-3-2-website', { id: '11.3.2' }), 'check')]
        : [],
  },
  {
    id: 'fix-dates',
    codes: ['check.fix-date-past', 'check.fix-date-unreadable'],
    source: 'Part 4: a remediation date is when the requirement will be met, so it lies ahead',
    run: (c) =>
      c.ids.flatMap((id) => {
        const row = c.a.rows[id];
        const value = row?.remediationDate?.trim() ?? '';
        if (row?.response !== 'not-in-place' || row.legalException || !value) return [];
        const day = dayNumber(value);
        if (day === null)
          return [rowItem(id, msg('check.fix-date-unreadable', { id, value }), 'check')];
        return day < c.today
          ? [rowItem(id, msg('check.fix-date-past', { id, date: isoDay(day) }), 'check')]
          : [];
      }),
  },
  {
    id: 'part-1',
    codes: [
      's1.company-name',
      's1.contact-name',
      's1.contact-email',
      's1.assessor',
      's1.isa-names',
      's1.qsa-company',
      's1.qsa-lead',
    ],
    source: 'AOC Parts 1a and 1b',
    run: ({ a }) => {
      const s1 = a.section1 ?? {};
      const items: ReviewItem[] = [];
      const need = (value: string | undefined, target: string, code: ReviewCode) => {
        if (blank(value)) items.push(s1Item(target, { code, params: {} }, 'missing'));
      };
      need(s1.companyName ?? a.organisation, 'companyName', 's1.company-name');
      need(s1.contact?.name, 'contact-name', 's1.contact-name');
      need(s1.contact?.email, 'contact-email', 's1.contact-email');
      if (!s1.assessor) items.push(s1Item('assessor', msg('s1.assessor'), 'missing'));
      if (s1.assessor === 'isa' || s1.assessor === 'both')
        need(s1.isaNames, 'isaNames', 's1.isa-names');
      if (s1.assessor === 'qsa' || s1.assessor === 'both') {
        need(s1.qsaCompany, 'qsaCompany', 's1.qsa-company');
        need(s1.qsaLeadName, 'qsaLeadName', 's1.qsa-lead');
      }
      return items;
    },
  },
  {
    id: 'part-2b-2d',
    codes: [
      's1.channel-ecommerce',
      's1.channel-moto',
      's1.channel-card-present',
      's1.environment',
      's1.segmentation',
      's1.locations',
    ],
    source: 'AOC Part 2b (a description per channel), 2c and 2d',
    run: ({ a }) => {
      const s1 = a.section1 ?? {};
      const codes: Record<ChannelKind, ReviewCode> = {
        ecommerce: 's1.channel-ecommerce',
        moto: 's1.channel-moto',
        cardPresent: 's1.channel-card-present',
      };
      const items = assessedChannels(a)
        .filter((ch) => blank(s1.channelDescriptions?.[ch]))
        .map((ch) => s1Item(`channel-${ch}`, { code: codes[ch], params: {} }, 'missing'));
      if (blank(s1.environment))
        items.push(s1Item('environment', msg('s1.environment'), 'missing'));
      if (!s1.segmentation) items.push(s1Item('segmentation', msg('s1.segmentation'), 'missing'));
      if (!(s1.locations ?? []).some((l) => !blank(l.type) || !blank(l.where)))
        items.push(s1Item('location-0-type', msg('s1.locations'), 'missing'));
      return items;
    },
  },
  {
    id: 'part-2e',
    codes: [
      's1.validated-products',
      'product.none',
      'product.expired',
      'product.expiry-missing',
      'product.listed-no-date',
      'product.expiry-unreadable',
      'product.not-listed',
      'product.listing-unsure',
      'product.listing-missing',
      'product.solution-needed-p2pe',
      'product.solution-needed-spoc',
    ],
    source:
      'AOC Part 2e (name, version, standard, listing number, expiry date); SAQ P2PE and SPoC eligibility: a solution on the Council’s list',
    run: ({ a, saq, today }) => {
      const s1 = a.section1 ?? {};
      if (!s1.usesValidatedProducts)
        return [s1Item('usesValidatedProducts', msg('s1.validated-products'), 'missing')];
      const items: ReviewItem[] = [];
      const products =
        s1.usesValidatedProducts === 'yes'
          ? (s1.products ?? []).map((p, i) => ({ ...p, i })).filter((p) => !blank(p.name))
          : [];
      if (s1.usesValidatedProducts === 'yes' && products.length === 0)
        items.push(s1Item('product-0-name', msg('product.none'), 'missing'));
      for (const p of products) {
        const name = p.name?.trim() ?? '';
        const field = (f: string) => `product-${p.i}-${f}`;
        const solution = /p2pe|spoc/i.test(`${p.name ?? ''} ${p.standard ?? ''}`);
        if (blank(p.listing))
          items.push(s1Item(field('listing'), msg('product.listing-missing', { name }), 'missing'));
        if (p.stillListed === 'no')
          items.push(s1Item(field('stillListed'), msg('product.not-listed', { name }), 'check'));
        if (p.stillListed === 'not-sure')
          items.push(
            s1Item(field('stillListed'), msg('product.listing-unsure', { name }), 'missing'),
          );
        const expiry = p.expiry?.trim() ?? '';
        if (!expiry) {
          if (p.stillListed === 'yes')
            items.push(s1Item(field('expiry'), msg('product.listed-no-date', { name }), 'check'));
          else if (solution)
            items.push(s1Item(field('expiry'), msg('product.expiry-missing', { name }), 'missing'));
          continue;
        }
        const day = dayNumber(expiry);
        if (day === null)
          items.push(
            s1Item(
              field('expiry'),
              msg('product.expiry-unreadable', { name, value: expiry }),
              'check',
            ),
          );
        // A PTS device past its approval date may stay in use; a P2PE or SPoC listing may not.
        else if (day < today && (solution || p.stillListed === 'yes'))
          items.push(
            s1Item(field('expiry'), msg('product.expired', { name, date: isoDay(day) }), 'check'),
          );
      }
      for (const [saqId, pattern, code] of [
        ['P2PE', /p2pe/i, 'product.solution-needed-p2pe'],
        ['SPoC', /spoc/i, 'product.solution-needed-spoc'],
      ] as const)
        if (saq.id === saqId && !products.some((p) => pattern.test(`${p.name} ${p.standard}`)))
          items.push(
            s1Item(
              s1.usesValidatedProducts === 'yes' ? 'product-0-name' : 'usesValidatedProducts',
              msg(code),
              'check',
            ),
          );
      return items;
    },
  },
  {
    id: 'part-2f',
    codes: ['s1.providers', 's1.provider-service', 's1.providers-none-not-possible'],
    source:
      'AOC Part 2f (name and service of each provider, or none); SAQ A, A-EP, C-VT, P2PE and SPoC rest on a provider',
    run: ({ a, saq }) => {
      const s1 = a.section1 ?? {};
      const named = namedProviders(a);
      if (named.length === 0) {
        if (!s1.providersNone) return [s1Item('providers', msg('s1.providers'), 'missing')];
        return PROVIDER_SAQS.has(saq.id)
          ? [
              s1Item(
                'providers',
                msg('s1.providers-none-not-possible', { saq: SAQ_FACTS[saq.id].name }),
                'check',
              ),
            ]
          : [];
      }
      return named
        .filter((p) => blank(p.service))
        .map((p) =>
          s1Item(
            `provider-${p.i}-service`,
            msg('s1.provider-service', { name: p.name?.trim() ?? '' }),
            'missing',
          ),
        );
    },
  },
  {
    id: 'part-2h',
    codes: ['s1.criteria'],
    source: 'AOC Part 2h (SAQ D has none)',
    run: ({ a, saq }) => {
      const confirmed = new Set(a.section1?.confirmedCriteria ?? []);
      // Only the criteria of the channels covered, and not one that does not apply (SAQ A's script
      // criterion with a redirect, FAQ 1588).
      const unconfirmed = criteriaFor(saq.eligibility ?? [], a.channels, a.interview).filter(
        (k) => k.applies && !confirmed.has(k.id),
      );
      return saq.id !== 'D-Merchant' && unconfirmed.length > 0
        ? [s1Item('criteria', msg('s1.criteria', { count: unconfirmed.length }), 'missing')]
        : [];
    },
  },
  {
    id: 'scans-11-3-2',
    codes: [
      'scan.vendor',
      'scan.need-four',
      'scan.date-unreadable',
      'scan.date-future',
      'scan.date-too-old',
      'scan.gap-long',
      'scan.gap-short',
      'scan.latest-overdue',
      'scan.failed',
      'scan.first-date',
      'scan.first-latest-passed',
      'scan.first-quarterly-policy',
      'scan.first-fixed-and-rescanned',
    ],
    source: '11.3.2 and its applicability note (the first-assessment route); see scans.ts',
    run: ({ a, ids, today }) => (scansApply(ids, a) ? scanItems(a.section1 ?? {}, today) : []),
  },
  {
    id: 'part-3',
    codes: [
      's3.acknowledgements',
      's3.signatory-name',
      's3.signatory-title',
      's3.signatory-date',
      's3.qsa-involvement',
      's3.isa-involvement',
    ],
    source: 'AOC Parts 3a, 3b (name, title, date), 3c and 3d when Part 1b names an assessor',
    run: ({ a }) => {
      const s3 = a.section3 ?? {};
      const items: ReviewItem[] = [];
      const acks = new Set(s3.acknowledgements ?? []);
      if (Object.keys(ACKNOWLEDGEMENT_CODES).some((k) => !acks.has(k)))
        items.push(s3Item('acknowledgements', msg('s3.acknowledgements'), 'missing'));
      const need = (value: string | undefined, target: string, code: ReviewCode) => {
        if (blank(value)) items.push(s3Item(target, { code, params: {} }, 'missing'));
      };
      need(s3.signatoryName, 'signatoryName', 's3.signatory-name');
      need(s3.signatoryTitle, 'signatoryTitle', 's3.signatory-title');
      need(s3.signatoryDate, 'signatoryDate', 's3.signatory-date');
      const assessor = a.section1?.assessor;
      if (assessor === 'qsa' || assessor === 'both')
        need(s3.qsaInvolvement, 'qsaInvolvement', 's3.qsa-involvement');
      if (assessor === 'isa' || assessor === 'both')
        need(s3.isaInvolvement, 'isaInvolvement', 's3.isa-involvement');
      return items;
    },
  },
  {
    id: 'target-and-part-4-dates',
    codes: [
      's3.target-date',
      's3.target-date-past',
      's3.target-before-fixes',
      'part4.date-past',
      'part4.date-before-fixes',
    ],
    source:
      'AOC Part 3: a Non-Compliant status needs a target date; Part 4: remediation dates per requirement',
    run: ({ a, ids, today }) => {
      const open = ids.filter(
        (id) => a.rows[id]?.response === 'not-in-place' && !a.rows[id]?.legalException,
      );
      if (open.length === 0) return [];
      const items: ReviewItem[] = [];
      const fixDays = (rows: readonly string[]) =>
        rows
          .map((id) => dayNumber(a.rows[id]?.remediationDate))
          .filter((d): d is number => d !== null);
      const latestOf = (days: number[]) => (days.length ? Math.max(...days) : null);
      const part4Days: number[] = [];
      for (const principal of [...new Set(open.map(principalOf))]) {
        const day = dayNumber(a.part4?.[principal]?.date);
        if (day === null) continue;
        part4Days.push(day);
        const target = `part4-${principal}-date`;
        const latest = latestOf(fixDays(open.filter((id) => principalOf(id) === principal)));
        if (day < today)
          items.push(
            s3Item(target, msg('part4.date-past', { principal, date: isoDay(day) }), 'check'),
          );
        else if (latest !== null && day < latest)
          items.push(
            s3Item(
              target,
              msg('part4.date-before-fixes', {
                principal,
                date: isoDay(day),
                latest: isoDay(latest),
              }),
              'check',
            ),
          );
      }
      const target = a.section3?.targetDate?.trim() ?? '';
      if (!target) return [s3Item('targetDate', msg('s3.target-date'), 'missing'), ...items];
      const day = dayNumber(target);
      const latest = latestOf([...fixDays(open), ...part4Days]);
      if (day === null) items.unshift(s3Item('targetDate', msg('s3.target-date'), 'missing'));
      else if (day < today)
        items.unshift(
          s3Item('targetDate', msg('s3.target-date-past', { date: isoDay(day) }), 'check'),
        );
      else if (latest !== null && day < latest)
        items.unshift(
          s3Item(
            'targetDate',
            msg('s3.target-before-fixes', { date: isoDay(day), latest: isoDay(latest) }),
            'check',
          ),
        );
      return items;
    },
  },
];

/**
 * The day the rules compare dates with when the caller gives none: the day the assessment was
 * completed, or else the day of its last save (UTC). Callers should pass the user's local today.
 */
function fallbackDay(a: Assessment): string {
  return a.completedOn ?? a.updatedAt.slice(0, 10);
}

/**
 * Everything to do before the assessment can be marked complete, each linked to its place: what the
 * official form still needs, then what contradicts itself or the calendar. `today` is the user's
 * local date (YYYY-MM-DD, see `localIsoDay`).
 */
export function reviewItems(saq: ReviewSaq, a: Assessment, today?: string): ReviewItem[] {
  const day = dayNumber(today) ?? dayNumber(fallbackDay(a)) ?? 0;
  const context: ReviewContext = { saq, a, ids: answerableRows(saq), today: day };
  return REVIEW_RULES.flatMap((rule) => rule.run(context));
}

/** The review's items under one heading: the questionnaire, Section 1, one requirement, Section 3. */
export interface ReviewGroup {
  /** `interview`, `section1`, `section3`, or the principal requirement ('8', 'A2'). */
  key: string;
  area: ReviewItem['area'];
  /** For a requirement's group: its principal requirement. */
  principal?: string;
  items: ReviewItem[];
}

/**
 * What is missing, grouped as the person fixes it: the questionnaire first, then Section 1, each
 * principal requirement in the SAQ's order (`order`), then Section 3. Each group's count is its
 * items' length; within a group the items keep the review's order.
 */
export function groupReview(items: readonly ReviewItem[], order: readonly string[]): ReviewGroup[] {
  const groups = new Map<string, ReviewGroup>();
  for (const item of items) {
    const key =
      item.area === 'requirements' ? (item.principal ?? principalOf(item.target)) : item.area;
    const group = groups.get(key) ?? {
      key,
      area: item.area,
      ...(item.area === 'requirements' ? { principal: key } : {}),
      items: [],
    };
    group.items.push(item);
    groups.set(key, group);
  }
  const rank = (g: ReviewGroup) => {
    if (g.area === 'interview') return -2;
    if (g.area === 'section1') return -1;
    if (g.area === 'section3') return order.length + 1;
    const at = order.indexOf(g.key);
    return at < 0 ? order.length : at;
  };
  return [...groups.values()].sort((x, y) => rank(x) - rank(y));
}
