/**
 * Section 3 and the review: the compliance status the responses give, the Part 2g summary, the Part 4
 * action plan, and everything still missing before the assessment can be marked complete.
 */
import { sayReminder } from '../../content/reminder-text';
import { sayReview } from './review-text';
import { msg, type ReviewMessage } from './messages';
import type { Assessment, Response, SaqOutline } from './model';
import { ACKNOWLEDGEMENT_CODES } from './review';
import { answerableRows, rowProblems } from './rules';

export {
  ACKNOWLEDGEMENT_CODES,
  assessedChannels,
  reviewItems,
  REVIEW_RULES,
  type ReviewArea,
  type ReviewItem,
  type ReviewSaq,
} from './review';

export type ComplianceStatus = 'compliant' | 'non-compliant' | 'compliant-legal-exception';

/** The rows behind a status, by what they say. */
export interface StatusRows {
  /** Not in Place, legal exceptions left out. */
  notInPlace: string[];
  /** Not in Place only because a law forbids it (the Part 3 legal-exception table). */
  legalExceptions: string[];
  notTested: string[];
  /** Rows still to answer or to finish (a reason, a plan or a confirmation missing). */
  unfinished: string[];
}

export interface StatusResult extends StatusRows {
  /**
   * The status the official rules give to the answers as they are: an unfinished SAQ is
   * Non-Compliant. Show `assessmentStatus` (status.ts) to people: it says "not finished" instead.
   */
  status: ComplianceStatus;
  /** SAQ D only: Partial when any row is Not Tested. */
  scope?: 'full' | 'partial';
  /** Whether every row is answered and finished. */
  finished: boolean;
  /** Section 2's question: was any requirement not met because of a legal constraint? */
  legalConstraint: boolean;
  /** Part 4 is filled in only for a Non-Compliant status (and only if the recipient asks). */
  part4Applies: boolean;
  /** Why, as codes and values (sentences in content/text/review.json). */
  why: ReviewMessage[];
  /**
   * The same, as sentences.
   * @deprecated render `why` with `sayReview` (src/content/review-text.ts).
   */
  reasons: string[];
  /** The latest remediation date of the rows Not in Place (a proposal for the target date). */
  latestRemediationDate?: string;
}

/** The rows of the SAQ by what they say (shared by the status, Part 4 and the review). */
export function statusRows(saq: SaqOutline, a: Assessment): StatusRows {
  const ids = answerableRows(saq);
  const response = (id: string) => a.rows[id]?.response;
  return {
    notInPlace: ids.filter((id) => response(id) === 'not-in-place' && !a.rows[id]?.legalException),
    legalExceptions: ids.filter(
      (id) => response(id) === 'not-in-place' && !!a.rows[id]?.legalException,
    ),
    notTested: ids.filter((id) => response(id) === 'not-tested'),
    unfinished: ids.filter((id) => rowProblems(a.rows[id]).length > 0),
  };
}

/** The status the official form's rules give for these responses (AOC Part 3). */
export function complianceStatus(saq: SaqOutline, a: Assessment): StatusResult {
  const ids = answerableRows(saq);
  const rows = statusRows(saq, a);
  const { notInPlace, legalExceptions: legal, notTested, unfinished } = rows;
  const why: ReviewMessage[] = [];
  const dates = notInPlace
    .map((id) => a.rows[id]?.remediationDate)
    .filter((d): d is string => !!d)
    .sort();
  let status: ComplianceStatus = 'compliant';
  if (unfinished.length > 0) {
    status = 'non-compliant';
    why.push(msg('status.unfinished', { count: unfinished.length, total: ids.length }));
  }
  if (notInPlace.length > 0) {
    status = 'non-compliant';
    why.push(msg('status.not-in-place', { ids: notInPlace }));
  } else if (legal.length > 0 && status === 'compliant') {
    status = 'compliant-legal-exception';
    why.push(msg('status.legal', { ids: legal }));
  }
  if (status === 'compliant') why.push(msg('status.all-in-place'));
  const scope = saq.responses.includes('not-tested')
    ? notTested.length > 0
      ? ('partial' as const)
      : ('full' as const)
    : undefined;
  if (notTested.length > 0)
    why.push(msg('status.partial', { count: notTested.length, ids: notTested }));
  const last = dates[dates.length - 1];
  return {
    status,
    ...(scope ? { scope } : {}),
    finished: unfinished.length === 0,
    legalConstraint: legal.length > 0,
    part4Applies: status === 'non-compliant',
    ...rows,
    why,
    reasons: why.map(sayReview),
    ...(last ? { latestRemediationDate: last } : {}),
  };
}

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

/**
 * Part 4's "Compliant to PCI DSS Requirements" for one requirement:
 * - `yes`: every row is In Place, In Place with CCW or Not Applicable, and finished;
 * - `no`: a row is Not in Place (a legal exception included: the requirement is not met);
 * - `not-answered`: otherwise, while a row is unanswered, "don't know yet" or unfinished;
 * - `not-tested`: otherwise, when a row is Not Tested (SAQ D's partial assessment).
 */
export type Part4Mark = 'yes' | 'no' | 'not-answered' | 'not-tested';

export interface Part4Line {
  principal: string;
  mark: Part4Mark;
  /** `mark === 'yes'`. */
  compliant: boolean;
  /** The latest remediation date of the group's rows Not in Place, or the user's own. */
  date?: string;
  actions: string;
  /** Row-level actions of the rows Not in Place (legal exceptions left out), for the detailed plan. */
  rows: { id: string; action?: string; owner?: string; date?: string }[];
  /** Rows Not in Place because of a law: shown in Part 3's legal-exception table, not planned here. */
  legalExceptions: string[];
  /** Rows Not Tested (Appendix D). */
  notTested: string[];
  /** Rows still to answer or finish. */
  open: string[];
}

/** Part 4: one line per principal requirement (SAQ D's A2 too), generated from the rows, user edits on top. */
export function part4Lines(saq: SaqOutline, a: Assessment): Part4Line[] {
  return saq.groups.map((g) => {
    const ids = answerableRows(saq, g.principal);
    const response = (id: string) => a.rows[id]?.response;
    const rows = ids
      .filter((id) => response(id) === 'not-in-place' && !a.rows[id]?.legalException)
      .map((id) => {
        const r = a.rows[id];
        return {
          id,
          ...(r?.remediationAction ? { action: r.remediationAction } : {}),
          ...(r?.remediationOwner ? { owner: r.remediationOwner } : {}),
          ...(r?.remediationDate ? { date: r.remediationDate } : {}),
        };
      });
    const legalExceptions = ids.filter(
      (id) => response(id) === 'not-in-place' && !!a.rows[id]?.legalException,
    );
    const notTested = ids.filter((id) => response(id) === 'not-tested');
    const open = ids.filter(
      (id) => response(id) !== 'not-in-place' && rowProblems(a.rows[id]).length > 0,
    );
    const mark: Part4Mark =
      rows.length > 0 || legalExceptions.length > 0
        ? 'no'
        : open.length > 0
          ? 'not-answered'
          : notTested.length > 0
            ? 'not-tested'
            : 'yes';
    const edit = a.part4?.[g.principal];
    const generatedDate = rows
      .map((r) => r.date)
      .filter((d): d is string => !!d)
      .sort()
      .pop();
    const date = edit?.date || generatedDate;
    const actions =
      edit?.actions?.trim() ||
      rows
        .map((r) =>
          sayReview(
            msg('part4.row-action', {
              id: r.id,
              action: r.action ?? sayReview(msg('part4.action-to-decide')),
            }),
          ),
        )
        .join('; ');
    return {
      principal: g.principal,
      mark,
      compliant: mark === 'yes',
      ...(date ? { date } : {}),
      actions: rows.length ? actions : '',
      rows,
      legalExceptions,
      notTested,
      open,
    };
  });
}

/**
 * The Part 3a acknowledgements, in our words, with the official item each stands for.
 * `text` comes from content/text/review.json (`ack.*`).
 */
export const ACKNOWLEDGEMENTS: readonly { id: keyof typeof ACKNOWLEDGEMENT_CODES; text: string }[] =
  (Object.keys(ACKNOWLEDGEMENT_CODES) as (keyof typeof ACKNOWLEDGEMENT_CODES)[]).map((id) => ({
    id,
    text: sayReview(msg(ACKNOWLEDGEMENT_CODES[id])),
  }));

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
  options: {
    quarterlyScans?: boolean;
    /** The user's own day (YYYY-MM-DD) the reminders count from; by default `from`'s UTC day. */
    today?: string;
  } = {},
): string {
  // All-day events count from the user's own day, not UTC's (late in the evening they differ).
  const start = options.today ? new Date(`${options.today}T00:00:00.000Z`) : from;
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
      day: addMonths(start, 12),
      summary: sayReminder('assessment.summary', { organisation, saq: saqName }),
      description: sayReminder('assessment.description'),
      alarmDays: 14,
      alarm: sayReminder('assessment.alarm'),
    }),
    ...(options.quarterlyScans
      ? icsEvent({
          uid: `${uid}-scans`,
          stamp,
          day: addMonths(start, 3),
          repeat: 'FREQ=MONTHLY;INTERVAL=3;COUNT=4',
          summary: sayReminder('scans.summary', { organisation }),
          description: sayReminder('scans.description'),
          alarmDays: 7,
          alarm: sayReminder('scans.alarm'),
        })
      : []),
    'END:VCALENDAR',
  ];
  return [...lines.map(foldLine), ''].join('\r\n');
}
