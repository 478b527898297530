/**
 * Quarterly external scans (PCI DSS 11.3.2): what the review checks in the scan dates, and the
 * first-assessment route.
 *
 * Source: the 11.3.2 row of every SAQ that has it (A, A-EP, B-IP, C, D): scans at least once every
 * three months by an Approved Scanning Vendor, passing, with rescans as needed. Its applicability
 * note: for the first PCI DSS assessment against 11.3.2, four passing scans within 12 months are not
 * needed when (1) the most recent scan passed, (2) documented policies and procedures require a scan
 * at least once every three months, and (3) what the scans found was corrected, as a rescan shows.
 * From the second year on, the quarterly scans must have happened.
 */
import { addMonths, dayNumber, isoDay } from './dates';
import { msg } from './messages';
import type { Assessment, SaqOutline, Section1 } from './model';
import { answerableRows } from './rules';
import type { ReviewItem } from './review-item';

/** Scans further apart than three months and a fortnight leave a quarter without a scan. */
export const MAX_SCAN_GAP_DAYS = 106;
/** Scans closer than six weeks fall in the same quarter and count as one. */
export const MIN_SCAN_GAP_DAYS = 42;

/** Which way 11.3.2 is shown: four quarterly scans, or the first-assessment route. */
export function scanRoute(s1: Section1): 'quarterly' | 'first-assessment' {
  return s1.scanRoute ?? 'quarterly';
}

/**
 * Whether the organisation needs quarterly external scans: its SAQ has 11.3.2 and it is not answered
 * Not Applicable. The one place that says so (Section 1's scan fields, the calendar, the record).
 */
export function needsQuarterlyScans(saq: SaqOutline, a: Assessment): boolean {
  return answerableRows(saq).includes('11.3.2') && a.rows['11.3.2']?.response !== 'not-applicable';
}

/** Whether the review asks for scan evidence: the SAQ has 11.3.2 and it is answered as in place. */
export function scansApply(ids: readonly string[], a: Assessment): boolean {
  const response = a.rows['11.3.2']?.response;
  return ids.includes('11.3.2') && (response === 'in-place' || response === 'in-place-ccw');
}

const item = (target: string, m: ReturnType<typeof msg>, kind: ReviewItem['kind']): ReviewItem => ({
  area: 'section1',
  target,
  kind,
  ...m,
});

/** The field of the i-th scan date on the Section 1 page. */
const dateField = (i: number) => (i === 0 ? 'scanDates' : `scanDates-${i}`);

/** Everything the review asks about the scans; `today` is a day number (see dates.ts). */
export function scanItems(s1: Section1, today: number): ReviewItem[] {
  const items: ReviewItem[] = [];
  if (!s1.scanVendor?.trim()) items.push(item('scanVendor', msg('scan.vendor'), 'missing'));
  const route = scanRoute(s1);
  const yearAgo = addMonths(today, -12);
  const valid: { day: number; i: number }[] = [];
  (s1.scanDates ?? []).forEach((raw, i) => {
    const value = raw.trim();
    if (!value) return;
    const day = dayNumber(value);
    if (day === null) {
      items.push(item(dateField(i), msg('scan.date-unreadable', { value }), 'check'));
      return;
    }
    const date = isoDay(day);
    if (day > today) items.push(item(dateField(i), msg('scan.date-future', { date }), 'check'));
    else if (day < yearAgo)
      items.push(item(dateField(i), msg('scan.date-too-old', { date }), 'check'));
    if (s1.scanResults?.[i] === 'failed')
      items.push(item(dateField(i), msg('scan.failed', { date }), 'check'));
    valid.push({ day, i });
  });
  const past = valid.filter((v) => v.day <= today).sort((x, y) => x.day - y.day);
  const latest = past[past.length - 1];
  if (latest && today - latest.day > MAX_SCAN_GAP_DAYS)
    items.push(
      item(dateField(latest.i), msg('scan.latest-overdue', { date: isoDay(latest.day) }), 'check'),
    );

  if (route === 'first-assessment') {
    if (valid.length === 0) items.push(item('scanDates', msg('scan.first-date'), 'missing'));
    const confirmed = s1.firstScan ?? {};
    if (!confirmed.latestPassed)
      items.push(item('scan-first-latestPassed', msg('scan.first-latest-passed'), 'missing'));
    if (!confirmed.quarterlyPolicy)
      items.push(item('scan-first-quarterlyPolicy', msg('scan.first-quarterly-policy'), 'missing'));
    if (!confirmed.fixedAndRescanned)
      items.push(
        item('scan-first-fixedAndRescanned', msg('scan.first-fixed-and-rescanned'), 'missing'),
      );
    return items;
  }

  if (valid.length < 4) {
    const firstEmpty = (s1.scanDates ?? []).findIndex((d) => !d.trim());
    const target = dateField(firstEmpty === -1 ? (s1.scanDates ?? []).length : firstEmpty);
    items.push(item(target, msg('scan.need-four', { count: valid.length }), 'missing'));
  }
  for (let n = 1; n < past.length; n++) {
    const before = past[n - 1];
    const after = past[n];
    if (!before || !after) continue;
    const gap = after.day - before.day;
    const dates = { from: isoDay(before.day), to: isoDay(after.day) };
    if (gap > MAX_SCAN_GAP_DAYS)
      items.push(item(dateField(after.i), msg('scan.gap-long', dates), 'check'));
    else if (gap < MIN_SCAN_GAP_DAYS)
      items.push(item(dateField(after.i), msg('scan.gap-short', dates), 'check'));
  }
  return items;
}
