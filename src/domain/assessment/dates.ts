/**
 * Calendar days as the user sees them. The rules compare ISO dates (YYYY-MM-DD) in the user's local
 * day: the caller passes `today` (from `localIsoDay(new Date())`), and nothing here reads the clock.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid ISO date, or null (a typo, "31 March", 2026-02-30). */
export function dayNumber(iso: string | undefined): number | null {
  const m = ISO_DAY.exec(iso?.trim() ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return null;
  return t / 86_400_000;
}

/** The ISO date of a day number. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The same day `months` months later (or earlier, when negative); the end of a shorter month when
 * that day does not exist (31 March minus one month is 28 or 29 February).
 */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * 86_400_000);
  const target = d.getUTCMonth() + months;
  const year = d.getUTCFullYear() + Math.floor(target / 12);
  const month = ((target % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(d.getUTCDate(), last)) / 86_400_000;
}

/** The user's local calendar day of a moment, as an ISO date: what the rules call `today`. */
export function localIsoDay(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
