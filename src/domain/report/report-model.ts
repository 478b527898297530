/**
 * The report model: everything the completion record shows, built from an assessment and its content.
 * The PDF, the on-screen report and the worksheets render it and decide nothing.
 */
import {
  ACKNOWLEDGEMENTS,
  complianceStatus,
  part4Lines,
  reviewItems,
  summaryTable,
  type StatusResult,
} from '../assessment/attestation';
import {
  CCW_FIELDS,
  type Assessment,
  type CcwField,
  type Response,
  type SaqOutline,
} from '../assessment/model';
import { followUps } from '../assessment/rules';
import { sourceLabel } from '../eligibility/messages';
import { fileSafe } from './file-safe';
import { RESPONSE_NAMES, STATUS_NAMES } from './names';

export { fileSafe };

export const CCW_NAMES: Record<CcwField, string> = {
  constraints: '1. Constraints',
  definition: '2. Definition of compensating controls',
  objective: '3. Objective',
  risk: '4. Identified risk',
  validation: '5. Validation of compensating controls',
  maintenance: '6. Maintenance',
};

export interface ReportField {
  label: string;
  value: string;
}

export interface ReportPart {
  /** The official part number, e.g. "1a", "2f". */
  part: string;
  title: string;
  fields: ReportField[];
}

export interface ReportRow {
  id: string;
  title: string;
  /** The response's name, "Not answered", or a note for rows with nothing to answer. */
  response: string;
  notes: string;
  placeholder: boolean;
}

export interface ReportContentInput {
  saq: SaqOutline & {
    name: string;
    edition: string;
    published: string;
    eligibility: readonly { id: string; text: string }[];
    blankRows?: readonly { id: string; after: string }[];
  };
  /** Requirement titles by id. */

  titles: ReadonlyMap<string, string>;
  /** Principal requirement titles by id (e.g. "8" -> "Log-ins and passwords"). */
  principalTitles: ReadonlyMap<string, string>;
  /** The interview answers in words, for "why this SAQ". */
  interviewSummary: readonly { question: string; answer: string }[];
  contentVersion: string;
}

export interface ReportModel {
  organisation: string;
  saqName: string;
  /** e.g. "SAQ A, PCI DSS v4.0.1 Revision 1 (January 2025)". */
  saqEdition: string;
  generatedAt: string;
  completedAt?: string;
  contentVersion: string;
  draft: boolean;
  missing: number;
  status: StatusResult & { label: string };
  why: {
    answers: { question: string; answer: string }[];
    reasons: { text: string; source: string }[];
  };
  section1: ReportPart[];
  eligibility: { text: string; confirmed: boolean }[];
  summary: { principal: string; title: string; used: Record<Response, boolean> }[];
  responses: readonly Response[];
  groups: { principal: string; title: string; rows: ReportRow[] }[];
  appendixB: { id: string; fields: ReportField[] }[];
  appendixC: { id: string; reason: string }[];
  appendixD: { id: string; what: string; why: string }[];
  legalExceptions: { id: string; explanation: string }[];
  section3: {
    acknowledgements: { text: string; confirmed: boolean }[];
    signatory: ReportField[];
    targetDate?: string;
    qsaInvolvement: string;
    isaInvolvement: string;
  };
  part4: { principal: string; title: string; compliant: boolean; date: string; actions: string }[];
  actionList: { id: string; action: string; owner: string; date: string }[];
  followUps: { id: string; owner: string; note: string }[];
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

const orDash = (v: string | undefined) => (v?.trim() ? v.trim() : '—');

/** The start of every file name OpenSAQ writes: `SAQ-A_Org-Name_2026-11-22`. */
export function fileStem(saqName: string, organisation: string, date: string): string {
  return `${saqName.replace(/\s+/g, '-')}_${fileSafe(organisation)}_${date}`;
}

export function buildReport(a: Assessment, c: ReportContentInput, now: Date): ReportModel {
  const saq = c.saq;
  const status = complianceStatus(saq, a);
  const missing = reviewItems(saq, a).length;
  const s1 = a.section1 ?? {};
  const s3 = a.section3 ?? {};
  const title = (id: string) => c.titles.get(id) ?? `Requirement ${id}`;
  const principalTitle = (p: string) => c.principalTitles.get(p) ?? '';
  const placeholders = new Set(
    saq.groups.flatMap((g) => g.rows.filter((r) => r.notForMerchants).map((r) => r.id)),
  );
  const answerable = saq.groups.flatMap((g) =>
    g.rows.filter((r) => !r.notForMerchants).map((r) => r.id),
  );
  const rowsWith = (response: Response) =>
    answerable.filter((id) => a.rows[id]?.response === response);
  const channels = {
    ecommerce: 'E-commerce',
    moto: 'Mail order / telephone order (MOTO)',
    cardPresent: 'Card-present',
  } as const;

  const section1: ReportPart[] = [
    {
      part: '1a',
      title: 'Assessed merchant',
      fields: [
        { label: 'Company name', value: orDash(s1.companyName ?? a.organisation) },
        { label: 'DBA (doing business as)', value: orDash(s1.dba) },
        { label: 'Mailing address', value: orDash(s1.mailingAddress) },
        { label: 'Main website', value: orDash(s1.website) },
        { label: 'Contact name', value: orDash(s1.contact?.name) },
        { label: 'Contact title', value: orDash(s1.contact?.title) },
        { label: 'Phone', value: orDash(s1.contact?.phone) },
        { label: 'Email', value: orDash(s1.contact?.email) },
      ],
    },
    {
      part: '1b',
      title: 'Assessor',
      fields:
        s1.assessor === 'none' || !s1.assessor
          ? [
              { label: 'ISA name(s)', value: 'Not Applicable' },
              { label: 'QSA company', value: 'Not Applicable' },
            ]
          : [
              {
                label: 'ISA name(s)',
                value:
                  s1.assessor === 'isa' || s1.assessor === 'both'
                    ? orDash(s1.isaNames)
                    : 'Not Applicable',
              },
              {
                label: 'QSA company',
                value:
                  s1.assessor === 'qsa' || s1.assessor === 'both'
                    ? orDash(s1.qsaCompany)
                    : 'Not Applicable',
              },
              { label: 'Lead QSA', value: orDash(s1.qsaLeadName) },
              { label: 'QSA certificate number', value: orDash(s1.qsaCertificate) },
              { label: 'QSA email', value: orDash(s1.qsaEmail) },
              { label: 'QSA phone', value: orDash(s1.qsaPhone) },
            ],
    },
    {
      part: '2a',
      title: 'Payment channels',
      fields: [
        {
          label: 'Included in this assessment',
          value: a.channels.map((ch) => channels[ch]).join(', ') || '—',
        },
        { label: 'Excluded channels and why', value: orDash(s1.excludedChannels) },
      ],
    },
    {
      part: '2b',
      title: 'Description of role with payment cards',
      fields: a.channels.map((ch) => ({
        label: channels[ch],
        value: orDash(s1.channelDescriptions?.[ch]),
      })),
    },
    {
      part: '2c',
      title: 'Description of the payment card environment',
      fields: [
        { label: 'Environment', value: orDash(s1.environment) },
        {
          label: 'Segmentation used to reduce scope',
          value: s1.segmentation === 'yes' ? 'Yes' : s1.segmentation === 'no' ? 'No' : '—',
        },
      ],
    },
    {
      part: '2d',
      title: 'In-scope locations and facilities',
      fields: (s1.locations ?? [])
        .filter((l) => l.type || l.where)
        .map((l) => ({ label: orDash(l.type), value: `${orDash(l.count)} · ${orDash(l.where)}` })),
    },
    {
      part: '2e',
      title: 'PCI SSC validated products and solutions',
      fields:
        s1.usesValidatedProducts === 'yes'
          ? (s1.products ?? []).map((p) => ({
              label: orDash(p.name),
              value: `Version ${orDash(p.version)} · Standard ${orDash(p.standard)} · Listing ${orDash(p.listing)} · Expires ${orDash(p.expiry)}`,
            }))
          : [
              {
                label: 'Uses validated products or solutions',
                value: s1.usesValidatedProducts === 'no' ? 'No' : '—',
              },
            ],
    },
    {
      part: '2f',
      title: 'Third-party service providers',
      fields: (s1.providers ?? [])
        .filter((p) => p.name?.trim())
        .map((p) => ({
          label: orDash(p.name),
          value: `${orDash(p.service)} · Handles card data: ${p.handlesCardData === 'yes' ? 'Yes' : p.handlesCardData === 'no' ? 'No' : '—'} · Could affect security: ${p.couldAffect === 'yes' ? 'Yes' : p.couldAffect === 'no' ? 'No' : '—'}`,
        })),
    },
  ];
  if (answerable.includes('11.3.2'))
    section1.push({
      part: 'ASV',
      title: 'Quarterly external scans (11.3.2)',
      fields: [
        { label: 'Approved scanning vendor', value: orDash(s1.scanVendor) },
        {
          label: 'Last four passing scans',
          value: (s1.scanDates ?? []).filter(Boolean).join(', ') || '—',
        },
        { label: 'Rescans', value: orDash(s1.rescans) },
        { label: 'Reports kept at', value: orDash(s1.scanReportsKept) },
      ],
    });

  const confirmed = new Set(s1.confirmedCriteria ?? []);
  const edition = `${saq.name}, PCI DSS ${saq.edition} (${monthYear(saq.published)})`;
  const lines = part4Lines(saq, a);
  const date = now.toISOString().slice(0, 10);

  return {
    organisation: a.organisation,
    saqName: saq.name,
    saqEdition: edition,
    generatedAt: now.toISOString(),
    ...(a.completedAt ? { completedAt: a.completedAt } : {}),
    contentVersion: c.contentVersion,
    draft: !a.completedAt || missing > 0,
    missing,
    status: { ...status, label: STATUS_NAMES[status.status] },
    why: {
      answers: [...c.interviewSummary],
      reasons: (a.decision?.reasons ?? []).map((r) => ({
        text: r.text,
        source: sourceLabel(r.source),
      })),
    },
    section1,
    eligibility:
      saq.id === 'D-Merchant'
        ? []
        : saq.eligibility.map((e) => ({ text: e.text, confirmed: confirmed.has(e.id) })),
    summary: summaryTable(saq, a).map((t) => ({
      principal: t.principal,
      title: principalTitle(t.principal),
      used: Object.fromEntries(saq.responses.map((r) => [r, t.used.includes(r)])) as Record<
        Response,
        boolean
      >,
    })),
    responses: saq.responses,
    groups: saq.groups.map((g) => ({
      principal: g.principal,
      title: principalTitle(g.principal),
      rows: g.rows.flatMap((r): ReportRow[] => {
        const row = a.rows[r.id];
        const placeholder = placeholders.has(r.id);
        const notes = [
          row?.notes?.trim(),
          row?.dontKnow && !row.response
            ? `Don't know yet${row.followUpOwner ? ` (${row.followUpOwner})` : ''}`
            : '',
          row?.proposed ? 'Proposed, not yet confirmed' : '',
          row?.toConfirm ? 'Carried over, not yet confirmed' : '',
        ].filter(Boolean);
        const shown: ReportRow = {
          id: r.id,
          title: title(r.id),
          response: placeholder
            ? 'Service providers only'
            : row?.response
              ? RESPONSE_NAMES[row.response]
              : 'Not answered',
          notes: notes.join(' · '),
          placeholder,
        };
        // Rows the SAQ prints as "intentionally left blank", shown where the SAQ has them.
        const blank = (saq.blankRows ?? [])
          .filter((b) => b.after === r.id)
          .map((b) => ({
            id: b.id,
            title: 'Intentionally left blank for this SAQ',
            response: '',
            notes: '',
            placeholder: true,
          }));
        return [shown, ...blank];
      }),
    })),
    appendixB: rowsWith('in-place-ccw').map((id) => ({
      id,
      fields: CCW_FIELDS.map((f) => ({ label: CCW_NAMES[f], value: orDash(a.rows[id]?.ccw?.[f]) })),
    })),
    appendixC: rowsWith('not-applicable').map((id) => ({
      id,
      reason: orDash(a.rows[id]?.naReason),
    })),
    appendixD: rowsWith('not-tested').map((id) => ({
      id,
      what: orDash(a.rows[id]?.notTestedWhat),
      why: orDash(a.rows[id]?.notTestedWhy),
    })),
    legalExceptions: rowsWith('not-in-place')
      .filter((id) => a.rows[id]?.legalException)
      .map((id) => ({ id, explanation: orDash(a.rows[id]?.legalExplanation) })),
    section3: {
      acknowledgements: ACKNOWLEDGEMENTS.map((k) => ({
        text: k.text,
        confirmed: (s3.acknowledgements ?? []).includes(k.id),
      })),
      signatory: [
        { label: 'Signature of merchant executive officer', value: '' },
        { label: 'Name', value: orDash(s3.signatoryName) },
        { label: 'Title', value: orDash(s3.signatoryTitle) },
        { label: 'Date', value: orDash(s3.signatoryDate) },
      ],
      ...(s3.targetDate ? { targetDate: s3.targetDate } : {}),
      qsaInvolvement: orDash(s3.qsaInvolvement),
      isaInvolvement: orDash(s3.isaInvolvement),
    },
    part4: lines.map((l) => ({
      principal: l.principal,
      title: principalTitle(l.principal),
      compliant: l.compliant,
      date: l.date ?? '',
      actions: l.actions,
    })),
    actionList: lines.flatMap((l) =>
      l.rows.map((r) => ({
        id: r.id,
        action: orDash(r.action),
        owner: orDash(r.owner),
        date: orDash(r.date),
      })),
    ),
    followUps: followUps(saq, a).map((f) => ({
      id: f.id,
      owner: orDash(f.owner),
      note: orDash(f.note),
    })),
    fileName: `${fileStem(saq.name, a.organisation, date)}.pdf`,
  };
}
