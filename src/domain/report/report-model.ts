/**
 * The report model: everything the completion record shows, built from an assessment and its content,
 * as a document in the official SAQ and AOC order (Section 1 with Parts 1a to 2h, Section 2 with the
 * requirements and Appendices A to D, Section 3 with Parts 3 to 3d and Part 4), then our own
 * supplement. The PDF and the on-screen report render it and decide nothing; every label in it is a
 * sentence from content/text/report.json.
 */
import { localIsoDay } from '../assessment/dates';
import { sayReview } from '../assessment/review-text';
import { needsQuarterlyScans } from '../assessment/scans';
import { assessmentStatus } from '../assessment/status';
import {
  ACKNOWLEDGEMENTS,
  complianceStatus,
  part4Lines,
  reviewItems,
  summaryTable,
  type ComplianceStatus,
  type StatusResult,
} from '../assessment/attestation';
import {
  CCW_FIELDS,
  type Assessment,
  type Response,
  type SaqOutline,
  type Section1,
} from '../assessment/model';
import { answerableRows, followUps, rowProblems } from '../assessment/rules';
import { sourceLabel } from '../eligibility/messages';
import type { ChannelKind } from '../eligibility/saq-catalog';
import type { Criterion } from '../eligibility/criteria';
import { fileSafe } from './file-safe';
import { RESPONSE_NAMES, STATUS_NAMES } from './names';
import { t, type ReportTextCode } from './report-text';

export { fileSafe };

/** A value as printed; `empty` marks our "nothing entered" words, shown unlike the user's own. */
export interface ReportCell {
  text: string;
  empty?: boolean;
}

export interface ReportField {
  label: string;
  value: string;
  empty?: boolean;
}

export type ReportBlock =
  /** Label and value pairs; `title` heads them and stays with them (a worksheet). */
  | { kind: 'fields'; fields: ReportField[]; title?: string; keepTogether?: boolean }
  /** `widths` are relative column widths; `label` names the table for assistive technology. */
  | {
      kind: 'table';
      label: string;
      head: string[];
      rows: ReportCell[][];
      widths: number[];
      keepTogether?: boolean;
    }
  | { kind: 'text'; text: string; tone?: 'strong' | 'note' };

/** A part of the record: an official Part (or Requirement, Appendix), possibly with sub-parts. */
export interface ReportPart {
  /** Stable id, e.g. "1a", "2g", "req-3", "A2", "3b", "4". */
  id: string;
  heading: string;
  blocks: ReportBlock[];
  parts: ReportPart[];
}

/** A Section of the official form, or (`supplement`) our own pages after it. */
export interface ReportSection extends ReportPart {
  supplement?: boolean;
}

export interface ReportContentInput {
  saq: SaqOutline & {
    name: string;
    /** e.g. "Self-Assessment Questionnaire A". */
    title?: string;
    edition: string;
    published: string;
    eligibility: readonly Criterion[];
    blankRows?: readonly { id: string; after: string }[];
  };
  /** Requirement titles by id. */
  titles: ReadonlyMap<string, string>;
  /** Principal requirement titles by id (e.g. "8" -> "Log-ins and passwords"). */
  principalTitles: ReadonlyMap<string, string>;
  /** The interview answers in words, for "why this SAQ" (see interview-summary.ts). */
  interviewSummary: readonly { question: string; answer: string }[];
  contentVersion: string;
}

export interface ReportModel {
  organisation: string;
  saqName: string;
  /** e.g. "SAQ A, PCI DSS v4.0.1 Revision 1 (January 2025)". */
  saqEdition: string;
  /** The PDF's document title. */
  title: string;
  generatedAt: string;
  completedAt?: string;
  contentVersion: string;
  /** Not complete: every page of every output says DRAFT. */
  draft: boolean;
  missing: number;
  status: StatusResult & {
    /** The official name, e.g. "Non-Compliant". */
    label: string;
    /** What the record says: "Not finished (...)" while a draft, else the name with the scope. */
    shown: string;
  };
  /** The words every page carries. `pageOf` keeps its {page} and {pages} placeholders. */
  page: { draft: string; notOfficial: string; running: string; pageOf: string };
  cover: { title: string; fields: ReportField[]; notes: string[]; draftNote: string };
  sections: ReportSection[];
  fileName: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function monthYear(published: string): string {
  const [y, m] = published.split('-');
  return `${MONTHS[Number(m) - 1] ?? ''} ${y ?? ''}`.trim();
}

/** The start of every file name OpenSAQ writes: `SAQ-A_Org-Name_2026-11-22`. */
export function fileStem(saqName: string, organisation: string, date: string): string {
  return `${saqName.replace(/\s+/g, '-')}_${fileSafe(organisation)}_${date}`;
}

const cell = (text: string): ReportCell => ({ text });
const blank = (): ReportCell => ({ text: t('mark.blank'), empty: true });
const unanswered = (): ReportCell => ({ text: t('mark.unanswered'), empty: true });
/** The user's text, or the "not given" mark. */
const given = (v: string | undefined): ReportCell => (v?.trim() ? cell(v.trim()) : blank());
const yesNo = (v: 'yes' | 'no' | undefined): ReportCell =>
  v === 'yes' ? cell(t('mark.yes')) : v === 'no' ? cell(t('mark.no')) : unanswered();
const asField = (label: string, c: ReportCell): ReportField =>
  c.empty ? { label, value: c.text, empty: true } : { label, value: c.text };
const field = (label: string, v: string | undefined) => asField(label, given(v));
const fields = (list: ReportField[], keepTogether = true): ReportBlock => ({
  kind: 'fields',
  fields: list,
  keepTogether,
});
const text = (s: string, tone?: 'strong' | 'note'): ReportBlock =>
  tone ? { kind: 'text', text: s, tone } : { kind: 'text', text: s };
const table = (
  label: string,
  head: string[],
  rows: ReportCell[][],
  widths: number[],
  keepTogether = false,
): ReportBlock => ({ kind: 'table', label, head, rows, widths, keepTogether });
const part = (id: string, heading: string, blocks: ReportBlock[], parts: ReportPart[] = []) => ({
  id,
  heading,
  blocks,
  parts,
});

/** The official order of the channels in Part 2a. */
const CHANNEL_ORDER: readonly ChannelKind[] = ['moto', 'ecommerce', 'cardPresent'];
const CHANNEL_TEXT = {
  moto: 'channel.moto',
  ecommerce: 'channel.ecommerce',
  cardPresent: 'channel.card-present',
} as const satisfies Record<ChannelKind, ReportTextCode>;

/**
 * "Yes" when any listed provider says yes, "No" when every listed provider says no, otherwise not
 * answered: an unanswered provider never turns into a "No".
 */
function anyProvider(
  providers: NonNullable<Section1['providers']>,
  key: 'handlesCardData' | 'managesComponents' | 'couldAffect',
): ReportCell {
  if (providers.some((p) => p[key] === 'yes')) return cell(t('mark.yes'));
  if (providers.length > 0 && providers.every((p) => p[key] === 'no')) return cell(t('mark.no'));
  return unanswered();
}

/** A principal requirement's own title, without the "Appendix A2:" the content's A2 title starts with. */
function bareTitle(title: string): string {
  const bare = title.replace(/^Appendix A2\s*:\s*/i, '').trim();
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** "Requirement 8: Log-ins and passwords", or "Appendix A2: Old encryption on terminals". */
export function principalHeading(principal: string, title: string): string {
  if (principal !== 'A2') return t('requirement.heading', { id: principal, title });
  // The content's A2 title already names the appendix: say it once.
  const bare = bareTitle(title);
  return bare ? t('appendix.a2', { title: bare }) : t('appendix.a2-default');
}

export function buildReport(a: Assessment, c: ReportContentInput, now: Date): ReportModel {
  const saq = c.saq;
  const status = complianceStatus(saq, a);
  // The record says exactly what the status says: final only once marked complete with nothing
  // missing as of that day, "Not finished" (and what it would be) otherwise.
  const today = localIsoDay(now);
  const current = assessmentStatus(saq, a, today);
  const missing = reviewItems(saq, a, today).length;
  const draft = current.state !== 'final';
  const s1 = a.section1 ?? {};
  const s3 = a.section3 ?? {};
  const reqTitle = (id: string) => c.titles.get(id) ?? t('requirement.untitled', { id });
  const principalTitle = (p: string) => c.principalTitles.get(p) ?? '';
  const answerable = answerableRows(saq);
  const rowsWith = (response: Response) =>
    answerable.filter((id) => a.rows[id]?.response === response);
  const date = today;
  const completedOn = current.state === 'final' ? current.completedOn : undefined;

  const scopeName =
    status.scope === 'full'
      ? t('status.scope-full')
      : status.scope === 'partial'
        ? t('status.scope-partial')
        : undefined;
  const label = STATUS_NAMES[status.status];
  const withScope = scopeName ? t('status.with-scope', { status: label, scope: scopeName }) : label;
  const wouldBe =
    current.state === 'not-finished' && current.wouldBe
      ? t('status.with-scope-or-not', {
          status: STATUS_NAMES[current.wouldBe],
          scope: scopeName ? ` (${scopeName})` : '',
        })
      : undefined;
  const shown = !draft
    ? withScope
    : wouldBe
      ? t('status.not-finished', { status: wouldBe })
      : t('status.not-finished-open');

  // Section 1 -------------------------------------------------------------------------------------
  const assessor = s1.assessor ?? undefined;
  const isa = assessor === 'isa' || assessor === 'both';
  const qsa = assessor === 'qsa' || assessor === 'both';
  const notApplicable = (label: string) => ({ label, value: t('mark.not-applicable') });
  const part1b: ReportField[] = !assessor
    ? [asField(t('1b.isa'), unanswered()), asField(t('1b.qsa-company'), unanswered())]
    : [
        isa ? field(t('1b.isa'), s1.isaNames) : notApplicable(t('1b.isa')),
        ...(qsa
          ? [
              field(t('1b.qsa-company'), s1.qsaCompany),
              field(t('1b.qsa-address'), s1.qsaAddress),
              field(t('1b.qsa-website'), s1.qsaWebsite),
              field(t('1b.qsa-lead'), s1.qsaLeadName),
              field(t('1b.qsa-phone'), s1.qsaPhone),
              field(t('1b.qsa-email'), s1.qsaEmail),
              field(t('1b.qsa-certificate'), s1.qsaCertificate),
            ]
          : [notApplicable(t('1b.qsa-company'))]),
      ];

  // The Section 1 page assumes e-commerce when the assessment names no channel; so does the record.
  const included: ChannelKind[] = a.channels.length ? a.channels : ['ecommerce'];
  const usedElsewhere = (a.interview?.channels ?? []).filter((ch) => !included.includes(ch));
  const excludedAnswer: ReportCell = s1.excludedChannels?.trim()
    ? cell(s1.excludedChannels.trim())
    : a.interview?.channels && usedElsewhere.length === 0
      ? cell(t('mark.no'))
      : unanswered();

  const providers = (s1.providers ?? []).filter((p) => p.name?.trim());
  const products = (s1.products ?? []).filter((p) => p.name?.trim());
  const locations = (s1.locations ?? []).filter((l) => l.type?.trim() || l.where?.trim());
  const confirmed = new Set(s1.confirmedCriteria ?? []);
  const responses = saq.responses;

  const section1: ReportSection = part(
    's1',
    t('s1.heading'),
    [],
    [
      part('1a', t('part.1a'), [
        fields([
          field(t('1a.company'), s1.companyName ?? a.organisation),
          field(t('1a.dba'), s1.dba),
          field(t('1a.address'), s1.mailingAddress),
          field(t('1a.website'), s1.website),
          field(t('1a.contact-name'), s1.contact?.name),
          field(t('1a.contact-title'), s1.contact?.title),
          field(t('1a.phone'), s1.contact?.phone),
          field(t('1a.email'), s1.contact?.email),
        ]),
      ]),
      part('1b', t('part.1b'), [fields(part1b)]),
      part('2a', t('part.2a'), [
        table(
          t('part.2a'),
          [t('2a.channel'), t('2a.in-assessment')],
          CHANNEL_ORDER.map((ch) => [
            cell(t(CHANNEL_TEXT[ch])),
            cell(included.includes(ch) ? t('mark.included') : t('mark.not-included')),
          ]),
          [60, 40],
          true,
        ),
        ...(included.length < CHANNEL_ORDER.length
          ? [fields([asField(t('2a.excluded'), excludedAnswer)])]
          : []),
      ]),
      part('2b', t('part.2b'), [
        table(
          t('part.2b'),
          [t('2b.channel'), t('2b.how')],
          CHANNEL_ORDER.filter((ch) => included.includes(ch)).map((ch) => [
            cell(t(CHANNEL_TEXT[ch])),
            given(s1.channelDescriptions?.[ch]),
          ]),
          [30, 70],
        ),
      ]),
      part('2c', t('part.2c'), [
        fields([
          field(t('2c.environment'), s1.environment),
          asField(t('2c.segmentation'), yesNo(s1.segmentation)),
        ]),
      ]),
      part('2d', t('part.2d'), [
        table(
          t('part.2d'),
          [t('2d.type'), t('2d.count'), t('2d.where')],
          locations.length
            ? locations.map((l) => [given(l.type), given(l.count), given(l.where)])
            : [[blank(), blank(), blank()]],
          [40, 20, 40],
        ),
      ]),
      part(
        '2e',
        t(saq.id === 'P2PE' ? 'part.2e-p2pe' : saq.id === 'SPoC' ? 'part.2e-spoc' : 'part.2e'),
        [
          fields([asField(t('2e.uses'), yesNo(s1.usesValidatedProducts))]),
          ...(s1.usesValidatedProducts === 'yes'
            ? [
                table(
                  t('part.2e'),
                  [
                    t('2e.name'),
                    t('2e.version'),
                    t('2e.standard'),
                    t('2e.listing'),
                    t('2e.expiry'),
                  ],
                  products.length
                    ? products.map((p) => [
                        given(p.name),
                        given(p.version),
                        given(p.standard),
                        given(p.listing),
                        given(p.expiry),
                      ])
                    : [[blank(), blank(), blank(), blank(), blank()]],
                  [30, 12, 20, 20, 18],
                ),
              ]
            : []),
        ],
      ),
      part('2f', t('part.2f'), [
        fields([
          asField(t('2f.handles'), anyProvider(providers, 'handlesCardData')),
          asField(t('2f.manages'), anyProvider(providers, 'managesComponents')),
          asField(t('2f.affects'), anyProvider(providers, 'couldAffect')),
        ]),
        providers.length
          ? table(
              t('part.2f'),
              [
                t('2f.name'),
                t('2f.service'),
                t('2f.handles-short'),
                t('2f.manages-short'),
                t('2f.affects-short'),
              ],
              providers.map((p) => [
                given(p.name),
                given(p.service),
                yesNo(p.handlesCardData),
                yesNo(p.managesComponents),
                yesNo(p.couldAffect),
              ]),
              [24, 34, 14, 14, 14],
            )
          : text(t('2f.none-listed')),
      ]),
      part('2g', t('part.2g'), [
        table(
          t('part.2g'),
          [t('2g.requirement'), ...responses.map((r) => RESPONSE_NAMES[r])],
          summaryTable(saq, a).map((s) => [
            cell(principalHeading(s.principal, principalTitle(s.principal))),
            ...responses.map((r) => cell(s.used.includes(r) ? t('mark.used') : '')),
          ]),
          [40, ...responses.map(() => 60 / responses.length)],
          true,
        ),
      ]),
      ...(saq.id === 'D-Merchant'
        ? []
        : [
            part('2h', t('part.2h', { saq: saq.name }), [
              table(
                t('part.2h', { saq: saq.name }),
                [t('2h.criterion'), t('2h.confirmed')],
                saq.eligibility.map((e) => [
                  cell(e.text),
                  confirmed.has(e.id)
                    ? cell(t('mark.confirmed'))
                    : { text: t('mark.not-confirmed'), empty: true },
                ]),
                [78, 22],
              ),
            ]),
          ]),
    ],
  );

  // Section 2 -------------------------------------------------------------------------------------
  const placeholders = new Set(
    saq.groups.flatMap((g) => g.rows.filter((r) => r.notForMerchants).map((r) => r.id)),
  );
  const rowTable = (principal: string, heading: string): ReportBlock => {
    const group = saq.groups.find((g) => g.principal === principal);
    const rows = (group?.rows ?? []).flatMap((r): ReportCell[][] => {
      const row = a.rows[r.id];
      const notes = [
        row?.notes?.trim(),
        row?.dontKnow && !row.response
          ? row.followUpOwner?.trim()
            ? t('row.dont-know-who', { owner: row.followUpOwner.trim() })
            : t('row.dont-know')
          : '',
        row?.proposed ? t('row.proposed') : '',
        row?.toConfirm ? t('row.to-confirm') : '',
      ].filter(Boolean);
      const response: ReportCell = placeholders.has(r.id)
        ? { text: t('row.not-for-merchants'), empty: true }
        : row?.response
          ? cell(RESPONSE_NAMES[row.response])
          : { text: t('row.not-answered'), empty: true };
      // Rows the SAQ prints as "intentionally left blank", shown where the SAQ has them.
      const blankRows = (saq.blankRows ?? [])
        .filter((b) => b.after === r.id)
        .map((b) => [cell(b.id), { text: t('row.blank'), empty: true }, cell(''), cell('')]);
      return [[cell(r.id), cell(reqTitle(r.id)), response, cell(notes.join(' · '))], ...blankRows];
    });
    return table(
      heading,
      [t('row.id'), t('row.requirement'), t('row.response'), t('row.notes')],
      rows,
      [13, 40, 19, 40],
    );
  };
  const numbered = saq.groups.filter((g) => g.principal !== 'A2');
  const hasA2 = saq.groups.some((g) => g.principal === 'A2');
  const a2Heading = principalHeading('A2', principalTitle('A2'));

  const legal = rowsWith('not-in-place').filter((id) => a.rows[id]?.legalException);
  const finished = answerable.every((id) => rowProblems(a.rows[id]).length === 0);
  const legalAnswer: ReportCell =
    legal.length > 0 ? cell(t('mark.yes')) : finished ? cell(t('mark.no')) : unanswered();

  const ccwRows = rowsWith('in-place-ccw');
  const naRows = rowsWith('not-applicable');
  const notTested = rowsWith('not-tested');

  const section2: ReportSection = part(
    's2',
    t('s2.heading', { title: saq.title ?? saq.name }),
    [
      fields([
        completedOn
          ? { label: t('s2.completed'), value: completedOn }
          : { label: t('s2.completed'), value: t('s2.not-complete'), empty: true },
        asField(t('s2.legal'), legalAnswer),
      ]),
    ],
    [
      ...numbered.map((g) => {
        const heading = principalHeading(g.principal, principalTitle(g.principal));
        return part(`req-${g.principal}`, heading, [rowTable(g.principal, heading)]);
      }),
      part(
        'A',
        t('appendix.a'),
        [],
        [
          part('A1', t('appendix.a1'), [text(t('appendix.a1-not-used'))]),
          part('A2', a2Heading, [
            hasA2 ? rowTable('A2', a2Heading) : text(t('appendix.a2-not-used', { saq: saq.name })),
          ]),
          part('A3', t('appendix.a3'), [text(t('appendix.a3-not-used'))]),
        ],
      ),
      part(
        'B',
        t('appendix.b'),
        ccwRows.length === 0
          ? [text(t('appendix.b-none'))]
          : ccwRows.map((id): ReportBlock => ({
              kind: 'fields',
              title: t('appendix.b-worksheet', { id, title: reqTitle(id) }),
              keepTogether: true,
              fields: CCW_FIELDS.map((f) => field(t(`ccw.${f}`), a.rows[id]?.ccw?.[f])),
            })),
      ),
      part('C', t('appendix.c'), [
        naRows.length === 0
          ? text(t('mark.none'))
          : table(
              t('appendix.c'),
              [t('appendix.c-requirement'), t('appendix.c-reason')],
              naRows.map((id) => [cell(id), given(a.rows[id]?.naReason)]),
              [18, 82],
            ),
      ]),
      part('D', t('appendix.d'), [
        !responses.includes('not-tested')
          ? text(t('appendix.d-not-used', { saq: saq.name }))
          : notTested.length === 0
            ? text(t('appendix.d-full'))
            : table(
                t('appendix.d'),
                [t('appendix.d-requirement'), t('appendix.d-what'), t('appendix.d-why')],
                notTested.map((id) => [
                  cell(id),
                  given(a.rows[id]?.notTestedWhat),
                  given(a.rows[id]?.notTestedWhy),
                ]),
                [18, 41, 41],
              ),
      ]),
    ],
  );

  // Section 3 -------------------------------------------------------------------------------------
  const choice = (chosen: boolean): ReportCell =>
    draft
      ? unanswered()
      : chosen
        ? cell(t('mark.selected'))
        : { text: t('mark.not-selected'), empty: true };
  const statuses: ComplianceStatus[] = ['compliant', 'non-compliant', 'compliant-legal-exception'];
  const acks = new Set(s3.acknowledgements ?? []);
  const lines = part4Lines(saq, a);
  const openGroup = (principal: string) =>
    answerableRows(saq, principal).some((id) => rowProblems(a.rows[id]).length > 0);

  const section3: ReportSection = part(
    's3',
    t('s3.heading'),
    [],
    [
      part('3', t('part.3'), [
        text(
          completedOn
            ? t('3.based-on', { saq: saq.name, date: completedOn })
            : t('3.based-on-draft', { saq: saq.name }),
        ),
        ...(status.scope
          ? [
              table(
                t('3.scope'),
                [t('3.scope'), t('3.choice')],
                [
                  [cell(t('status.scope-full')), choice(status.scope === 'full')],
                  [cell(t('status.scope-partial')), choice(status.scope === 'partial')],
                ],
                [70, 30],
                true,
              ),
            ]
          : []),
        table(
          t('3.status'),
          [t('3.status'), t('3.choice')],
          statuses.map((s) => [cell(STATUS_NAMES[s]), choice(s === status.status)]),
          [70, 30],
          true,
        ),
        ...(draft
          ? [
              text(
                wouldBe ? t('3.not-finished', { status: wouldBe }) : t('3.not-finished-open'),
                'strong',
              ),
            ]
          : []),
        ...current.why.map((r) => text(`• ${sayReview(r)}`)),
        ...(s3.targetDate?.trim() || status.status === 'non-compliant'
          ? [fields([field(t('3.target-date'), s3.targetDate)])]
          : []),
        ...(legal.length > 0
          ? [
              table(
                t('3.legal-details'),
                [t('3.legal-requirement'), t('3.legal-details')],
                legal.map((id) => [cell(id), given(a.rows[id]?.legalExplanation)]),
                [22, 78],
              ),
            ]
          : []),
      ]),
      part('3a', t('part.3a'), [
        table(
          t('part.3a'),
          [t('3a.acknowledgement'), t('3a.confirmed')],
          ACKNOWLEDGEMENTS.map((k) => [
            cell(k.text),
            acks.has(k.id)
              ? cell(t('mark.confirmed'))
              : { text: t('mark.not-confirmed'), empty: true },
          ]),
          [78, 22],
          true,
        ),
      ]),
      part('3b', t('part.3b'), [
        text(t('3b.who-signs'), 'note'),
        fields([
          field(t('3b.name'), s3.signatoryName),
          field(t('3b.title'), s3.signatoryTitle),
          field(t('3b.date'), s3.signatoryDate),
        ]),
      ]),
      part('3c', t('part.3c'), [
        ...(qsa
          ? [text(t('3c.who-signs'), 'note'), fields([field(t('3c.role'), s3.qsaInvolvement)])]
          : [text(t('3c.not-involved'))]),
      ]),
      part('3d', t('part.3d'), [
        ...(isa
          ? [fields([field(t('3d.role'), s3.isaInvolvement)])]
          : [text(t('3d.not-involved'))]),
      ]),
      part('4', t('part.4'), [
        text(t('4.when'), 'note'),
        table(
          t('part.4'),
          [t('4.requirement'), t('4.description'), t('4.compliant'), t('4.actions')],
          lines.map((l) => {
            const open = openGroup(l.principal);
            const no = l.rows.length > 0 || (!l.compliant && !open);
            const mark: ReportCell = no
              ? cell(t('4.no'))
              : open
                ? { text: t('4.open'), empty: true }
                : cell(t('4.yes'));
            return [
              cell(l.principal),
              cell(bareTitle(principalTitle(l.principal))),
              mark,
              no
                ? cell(
                    t('4.date-actions', { date: l.date || t('4.date-to-set'), actions: l.actions }),
                  )
                : cell(''),
            ];
          }),
          [14, 32, 14, 40],
        ),
      ]),
    ],
  );

  // Supplement: ours, after the official parts ------------------------------------------------------
  const reasons = (a.decision?.reasons ?? []).map((r) => [
    cell(r.text),
    cell(sourceLabel(r.source)),
  ]);
  const actions = lines.flatMap((l) =>
    l.rows.map((r) => [
      cell(r.id),
      r.action?.trim() ? cell(r.action.trim()) : { text: t('actions.to-decide'), empty: true },
      given(r.owner),
      given(r.date),
    ]),
  );
  const open = followUps(saq, a);
  const supplement: ReportSection = {
    ...part(
      'supplement',
      t('supplement.heading'),
      [text(t('supplement.intro'), 'note')],
      [
        part('why', t('why.heading', { saq: saq.name }), [
          ...(c.interviewSummary.length
            ? [
                table(
                  t('why.heading', { saq: saq.name }),
                  [t('why.question'), t('why.answer')],
                  c.interviewSummary.map((q) => [cell(q.question), cell(q.answer)]),
                  [50, 50],
                ),
              ]
            : []),
          ...(reasons.length
            ? [table(t('why.reason'), [t('why.reason'), t('why.source')], reasons, [72, 28])]
            : []),
          ...(c.interviewSummary.length === 0 && reasons.length === 0
            ? [text(t('why.no-interview'))]
            : []),
        ]),
        ...(needsQuarterlyScans(saq, a)
          ? [
              part('scans', t('scans.heading'), [
                fields([
                  field(t('scans.vendor'), s1.scanVendor),
                  field(t('scans.dates'), (s1.scanDates ?? []).filter((d) => d.trim()).join(', ')),
                  field(t('scans.rescans'), s1.rescans),
                  field(t('scans.kept'), s1.scanReportsKept),
                ]),
              ]),
            ]
          : []),
        ...(actions.length
          ? [
              part('actions', t('actions.heading'), [
                table(
                  t('actions.heading'),
                  [
                    t('actions.requirement'),
                    t('actions.action'),
                    t('actions.owner'),
                    t('actions.date'),
                  ],
                  actions,
                  [14, 50, 20, 16],
                ),
              ]),
            ]
          : []),
        ...(open.length
          ? [
              part('followups', t('followups.heading'), [
                table(
                  t('followups.heading'),
                  [t('followups.requirement'), t('followups.owner'), t('followups.note')],
                  open.map((f) => [cell(f.id), given(f.owner), given(f.note)]),
                  [14, 30, 56],
                ),
              ]),
            ]
          : []),
      ],
    ),
    supplement: true,
  };

  return {
    organisation: a.organisation,
    saqName: saq.name,
    saqEdition: t('record.edition', {
      saq: saq.name,
      edition: saq.edition,
      published: monthYear(saq.published),
    }),
    title: t('record.document-title', { saq: saq.name, organisation: a.organisation }),
    generatedAt: now.toISOString(),
    ...(a.completedAt ? { completedAt: a.completedAt } : {}),
    contentVersion: c.contentVersion,
    draft,
    missing,
    status: { ...status, label, shown },
    page: {
      draft: t('record.draft'),
      notOfficial: t('record.not-official'),
      running: t('record.running', { organisation: a.organisation, saq: saq.name }),
      pageOf: t('record.page-of'),
    },
    cover: {
      title: t('record.title'),
      draftNote: t('record.draft-missing', { count: missing }),
      fields: [
        { label: t('cover.status'), value: shown },
        completedOn
          ? { label: t('cover.completed'), value: completedOn }
          : { label: t('cover.completed'), value: t('cover.not-complete', { count: missing }) },
        { label: t('cover.generated'), value: now.toISOString().slice(0, 16).replace('T', ' ') },
        { label: t('cover.content-version'), value: c.contentVersion },
      ],
      notes: [t('cover.not-official'), t('cover.where-official'), t('cover.supplement')],
    },
    sections: [section1, section2, section3, supplement],
    fileName: `${fileStem(saq.name, a.organisation, date)}.pdf`,
  };
}

/** The record's headings in order, with their depth (1 = Section): the PDF's bookmarks. */
export function outline(m: ReportModel): { depth: number; id: string; heading: string }[] {
  const out: { depth: number; id: string; heading: string }[] = [];
  const walk = (p: ReportPart, depth: number) => {
    out.push({ depth, id: p.id, heading: p.heading });
    for (const child of p.parts) walk(child, depth + 1);
  };
  for (const s of m.sections) walk(s, 1);
  return out;
}
