/**
 * Section 3 and the review: the compliance status the responses give, the Part 2g summary, the Part 4
 * action plan, and everything still missing before the assessment can be marked complete.
 */
import type { Assessment, Response, SaqOutline } from './model';
import { answerableRows, rowProblems } from './rules';

export type ComplianceStatus = 'compliant' | 'non-compliant' | 'compliant-legal-exception';

export interface StatusResult {
  status: ComplianceStatus;
  /** SAQ D only: Partial when any row is Not Tested. */
  scope?: 'full' | 'partial';
  /** Whether every row is answered; an unfinished assessment is Non-Compliant if submitted as it is. */
  finished: boolean;
  reasons: string[];
  /** The latest remediation date of the rows Not in Place (a proposal for the target date). */
  latestRemediationDate?: string;
}

/** The status the official form's rules give for these responses. */
export function complianceStatus(saq: SaqOutline, a: Assessment): StatusResult {
  const ids = answerableRows(saq);
  const unfinished = ids.filter((id) => rowProblems(a.rows[id]).length > 0);
  const notInPlace = ids.filter((id) => a.rows[id]?.response === 'not-in-place');
  const legal = notInPlace.filter((id) => a.rows[id]?.legalException);
  const notTested = ids.filter((id) => a.rows[id]?.response === 'not-tested');
  const reasons: string[] = [];
  const dates = notInPlace
    .map((id) => a.rows[id]?.remediationDate)
    .filter((d): d is string => !!d)
    .sort();
  let status: ComplianceStatus = 'compliant';
  if (unfinished.length > 0) {
    status = 'non-compliant';
    reasons.push(
      `${unfinished.length} of ${ids.length} requirements are not finished (a section is incomplete).`,
    );
  }
  if (notInPlace.length > legal.length) {
    status = 'non-compliant';
    reasons.push(`Not in Place: ${notInPlace.filter((id) => !legal.includes(id)).join(', ')}.`);
  } else if (legal.length > 0 && status === 'compliant') {
    status = 'compliant-legal-exception';
    reasons.push(
      `Not in Place only because of a legal restriction: ${legal.join(', ')}. Your acquirer must review this.`,
    );
  }
  if (status === 'compliant')
    reasons.push(
      'Every requirement is In Place, In Place with a compensating control, or Not Applicable with a reason.',
    );
  const result: StatusResult = { status, finished: unfinished.length === 0, reasons };
  const last = dates[dates.length - 1];
  if (last) result.latestRemediationDate = last;
  if (saq.responses.includes('not-tested')) {
    result.scope = notTested.length > 0 ? 'partial' : 'full';
    if (notTested.length > 0)
      reasons.push(
        `Partial assessment: ${notTested.length} requirements Not Tested (${notTested.join(', ')}).`,
      );
  }
  return result;
}

const principalOf = (id: string) => id.split('.')[0] ?? id;

/** Part 2g: for each principal requirement, which responses were used. */
export function summaryTable(
  saq: SaqOutline,
  a: Assessment,
): { principal: string; used: Response[] }[] {
  return saq.groups.map((g) => {
    const used = new Set<Response>();
    for (const id of answerableRows(saq, g.principal)) {
      const r = a.rows[id]?.response;
      if (r) used.add(r);
    }
    return { principal: g.principal, used: saq.responses.filter((r) => used.has(r)) };
  });
}

export interface Part4Line {
  principal: string;
  compliant: boolean;
  /** The latest remediation date of the group's rows Not in Place, or the user's own. */
  date?: string;
  actions: string;
  /** Row-level actions, for the detailed plan. */
  rows: { id: string; action?: string; owner?: string; date?: string }[];
}

/** Part 4: one line per principal requirement (SAQ D's A2 too), generated from the rows, user edits on top. */
export function part4Lines(saq: SaqOutline, a: Assessment): Part4Line[] {
  return saq.groups.map((g) => {
    const rows = answerableRows(saq, g.principal)
      .filter((id) => a.rows[id]?.response === 'not-in-place' && !a.rows[id]?.legalException)
      .map((id) => {
        const r = a.rows[id];
        return {
          id,
          ...(r?.remediationAction ? { action: r.remediationAction } : {}),
          ...(r?.remediationOwner ? { owner: r.remediationOwner } : {}),
          ...(r?.remediationDate ? { date: r.remediationDate } : {}),
        };
      });
    const edit = a.part4?.[g.principal];
    const generatedDate = rows
      .map((r) => r.date)
      .filter((d): d is string => !!d)
      .sort()
      .pop();
    const date = edit?.date || generatedDate;
    const actions =
      edit?.actions?.trim() ||
      rows.map((r) => `${r.id}: ${r.action ?? 'action to be decided'}`).join('; ');
    return {
      principal: g.principal,
      compliant: rows.length === 0,
      ...(date ? { date } : {}),
      actions: rows.length ? actions : '',
      rows,
    };
  });
}

export type ReviewArea = 'requirements' | 'section1' | 'section3';

export interface ReviewItem {
  area: ReviewArea;
  /** The requirement id, or the form field, it is about. */
  target: string;
  /** For requirement items: the principal requirement's group. */
  principal?: string;
  message: string;
}

/** The Part 3a acknowledgements, in our words, with the official item each stands for. */
export const ACKNOWLEDGEMENTS = [
  { id: 'completed-per-instructions', text: 'We completed this SAQ following its instructions.' },
  {
    id: 'fair-results',
    text: 'The information in this SAQ and its attestation fairly shows the results of our assessment.',
  },
  {
    id: 'maintain-controls',
    text: 'We will keep the security controls that apply to us in place at all times.',
  },
] as const;

/** Everything missing before the assessment can be marked complete, each linked to its place. */
export function reviewItems(
  saq: SaqOutline & { eligibility?: readonly { id: string }[] },
  a: Assessment,
): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const id of answerableRows(saq))
    for (const message of rowProblems(a.rows[id]))
      items.push({
        area: 'requirements',
        target: id,
        principal: principalOf(id),
        message: `${id}: ${message}`,
      });
  const s1 = a.section1 ?? {};
  const need1 = (value: string | undefined, target: string, message: string) => {
    if (!value?.trim()) items.push({ area: 'section1', target, message });
  };
  need1(
    s1.companyName ?? a.organisation,
    'companyName',
    'Part 1a: enter the organisation’s legal name',
  );
  need1(s1.contact?.name, 'contact-name', 'Part 1a: enter a contact name');
  need1(s1.contact?.email, 'contact-email', 'Part 1a: enter the contact’s email');
  if (!s1.assessor)
    items.push({
      area: 'section1',
      target: 'assessor',
      message: 'Part 1b: say whether an assessor (ISA or QSA) was involved',
    });
  need1(s1.environment, 'environment', 'Part 2c: describe your payment environment');
  if (!s1.segmentation)
    items.push({
      area: 'section1',
      target: 'segmentation',
      message: 'Part 2c: say whether you use segmentation to reduce scope',
    });
  if (!s1.usesValidatedProducts)
    items.push({
      area: 'section1',
      target: 'usesValidatedProducts',
      message: 'Part 2e: say whether you use PCI-validated products',
    });
  if (!s1.providers?.some((p) => p.name?.trim()))
    items.push({
      area: 'section1',
      target: 'providers',
      message: 'Part 2f: list your service providers (at least your payment provider)',
    });
  const criteria = saq.eligibility ?? [];
  const confirmed = new Set(s1.confirmedCriteria ?? []);
  const unconfirmed = criteria.filter((c) => !confirmed.has(c.id));
  if (saq.id !== 'D-Merchant' && unconfirmed.length > 0)
    items.push({
      area: 'section1',
      target: 'criteria',
      message: `Part 2h: confirm the ${unconfirmed.length} eligibility criteria still unticked`,
    });
  if (answerableRows(saq).includes('11.3.2') && a.rows['11.3.2']?.response !== 'not-applicable') {
    need1(s1.scanVendor, 'scanVendor', 'Scans: name your approved scanning vendor (ASV)');
    if ((s1.scanDates ?? []).filter((d) => d).length < 4)
      items.push({
        area: 'section1',
        target: 'scanDates',
        message: 'Scans: give the dates of your last four passing quarterly scans',
      });
  }
  const s3 = a.section3 ?? {};
  const acks = new Set(s3.acknowledgements ?? []);
  if (ACKNOWLEDGEMENTS.some((k) => !acks.has(k.id)))
    items.push({
      area: 'section3',
      target: 'acknowledgements',
      message: 'Part 3a: tick every acknowledgement',
    });
  const need3 = (value: string | undefined, target: string, message: string) => {
    if (!value?.trim()) items.push({ area: 'section3', target, message });
  };
  need3(s3.signatoryName, 'signatoryName', 'Part 3b: name the executive officer who will sign');
  need3(s3.signatoryTitle, 'signatoryTitle', 'Part 3b: give the signatory’s job title');
  if (complianceStatus(saq, a).status === 'non-compliant')
    need3(
      s3.targetDate,
      'targetDate',
      'Part 3: a Non-Compliant status needs a target date for compliance',
    );
  return items;
}

/**
 * Folds an iCalendar content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character:
 * long organisation names would otherwise give lines some calendars reject.
 */
function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; continuation lines start with a space, so 74 more.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * A TEXT value of RFC 5545: backslash, comma and semicolon escaped, every line break (CR LF, CR or
 * LF) written as \n, and other control characters, which TEXT does not allow, left out. Names and
 * ids come from files too, so nothing in them can end a line and start a property of its own.
 */
const icsText = (t: string) =>
  t
    .replace(/\\/g, '\\\\')
    .replace(/[,;]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
const icsDay = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');
const addMonths = (from: Date, months: number) =>
  new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, from.getUTCDate()));

/** One all-day event, with an alarm `alarmDays` before it; `repeat` adds an RRULE. */
function icsEvent(e: {
  uid: string;
  stamp: string;
  day: Date;
  summary: string;
  description: string;
  alarmDays: number;
  alarm: string;
  repeat?: string;
}): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${icsText(e.uid)}@opensaq`,
    `DTSTAMP:${e.stamp}`,
    `DTSTART;VALUE=DATE:${icsDay(e.day)}`,
    `DTEND;VALUE=DATE:${icsDay(new Date(e.day.getTime() + 86_400_000))}`,
    ...(e.repeat ? [`RRULE:${e.repeat}`] : []),
    `SUMMARY:${icsText(e.summary)}`,
    `DESCRIPTION:${icsText(e.description)}`,
    'BEGIN:VALARM',
    `TRIGGER:-P${e.alarmDays}D`,
    'ACTION:DISPLAY',
    `DESCRIPTION:${icsText(e.alarm)}`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

/**
 * A calendar (iCalendar) with a reminder for the next assessment, 12 months after `from`, and, when
 * the SAQ asks for external vulnerability scans (PCI DSS 11.3.2), one for each of the next four
 * quarterly scans.
 */
export function nextAssessmentReminder(
  organisation: string,
  saqName: string,
  from: Date,
  uid: string,
  options: { quarterlyScans?: boolean } = {},
): string {
  const stamp = from
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//OpenSAQ//EN',
    ...icsEvent({
      uid,
      stamp,
      day: addMonths(from, 12),
      summary: `PCI self-assessment due: ${organisation} (${saqName})`,
      description:
        "Your yearly PCI DSS self-assessment is due. Open OpenSAQ and start next year's assessment from this one.",
      alarmDays: 14,
      alarm: 'PCI self-assessment due in two weeks',
    }),
    ...(options.quarterlyScans
      ? icsEvent({
          uid: `${uid}-scans`,
          stamp,
          day: addMonths(from, 3),
          repeat: 'FREQ=MONTHLY;INTERVAL=3;COUNT=4',
          summary: `Quarterly external scan due: ${organisation} (PCI DSS 11.3.2)`,
          description:
            'Time for the quarterly scan of your website by your approved scanning vendor (ASV). Keep the passing report: your acquirer may ask for it with your SAQ.',
          alarmDays: 7,
          alarm: 'Quarterly external scan due in a week',
        })
      : []),
    'END:VCALENDAR',
  ];
  return [...lines.map(foldLine), ''].join('\r\n');
}
