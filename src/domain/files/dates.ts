/**
 * Dates as OpenSAQ keeps them: calendar days (`2027-03-31`, from date inputs) and time stamps
 * (`2026-11-22T10:00:00.000Z`, from the clock). Both must be real: 2026-02-30 or 25:00 are refused,
 * wherever they come from.
 */
import { z } from '../../lib/zod';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const STAMP =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

const daysIn = (year: number, month: number) =>
  month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

function realDay(y: string, m: string, d: string): boolean {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  // Year 0000 does not exist in the calendar date inputs use; a year is typed digit by digit
  // (0002, 0020, 0202, 2026), so every year from 0001 is accepted.
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/** A real calendar day written `YYYY-MM-DD`. */
export function isRealDay(value: string): boolean {
  const m = DAY.exec(value);
  return m !== null && realDay(m[1] ?? '', m[2] ?? '', m[3] ?? '');
}

/** A real moment written in ISO 8601 with a time zone (`Z` or `+02:00`), as `toISOString()` does. */
export function isRealStamp(value: string): boolean {
  const m = STAMP.exec(value);
  if (!m || !realDay(m[1] ?? '', m[2] ?? '', m[3] ?? '')) return false;
  const [hour, minute, second] = [m[4], m[5], m[6]].map(Number) as [number, number, number];
  if (hour > 23 || minute > 59 || second > 59) return false;
  const zone = m[8] ?? 'Z';
  if (zone !== 'Z') {
    const [zh, zm] = zone.slice(1).split(':').map(Number) as [number, number];
    if (zh > 14 || zm > 59) return false;
  }
  return true;
}

/** A calendar day, or '' for a date input the user cleared. */
export const daySchema = z
  .string()
  .max(10)
  .refine((v) => v === '' || isRealDay(v), 'not a real date (YYYY-MM-DD)');

/** A time stamp. */
export const stampSchema = z.string().max(40).refine(isRealStamp, 'not a real date and time');

/**
 * How far ahead of this computer's clock a time stamp may be and still count when deciding which of
 * two answers is newer: a day covers time zones and a badly set clock. A stamp further ahead (a file
 * "dated 2099") is kept as it is, but says nothing about which side is newer: it must not win every
 * merge, so the user chooses.
 */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/** The stamp's time, when it can be trusted to order changes; undefined for a missing or far-future one. */
export function trustedTime(stamp: string | undefined, now: Date): number | undefined {
  if (!stamp || !isRealStamp(stamp)) return undefined;
  const t = Date.parse(stamp);
  return Number.isFinite(t) && t <= now.getTime() + CLOCK_SKEW_MS ? t : undefined;
}

/** Which of two stamps is later, when both can be trusted. */
export function newerSide(
  ours: string | undefined,
  theirs: string | undefined,
  now: Date,
): 'ours' | 'theirs' | 'unknown' {
  const o = trustedTime(ours, now);
  const t = trustedTime(theirs, now);
  if (o === undefined || t === undefined || o === t) return 'unknown';
  return t > o ? 'theirs' : 'ours';
}
