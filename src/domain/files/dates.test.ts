import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOCK_SKEW_MS, daySchema, isRealDay, isRealStamp, newerSide, trustedTime } from './dates';

const runs = Number(process.env.FUZZ_RUNS ?? 200);
const NOW = new Date('2026-11-22T10:00:00Z');

describe('dates', () => {
  it('refuses impossible days and accepts real ones, leap years included', () => {
    for (const d of [
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '1900-02-29',
      '0000-01-01',
      '2026-2-3',
      '2026-02-03x',
      '',
    ])
      expect(isRealDay(d), d).toBe(false);
    for (const d of ['2024-02-29', '2000-02-29', '2026-12-31', '0002-03-04', '9999-12-31'])
      expect(isRealDay(d), d).toBe(true);
    expect(daySchema.safeParse('').success).toBe(true);
    expect(daySchema.safeParse('2026-02-30').success).toBe(false);
  });

  it('refuses impossible times and accepts what toISOString writes', () => {
    for (const s of [
      '2026-02-30T10:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01T10:60:00Z',
      '2026-01-01T10:00:00',
      '2026-01-01T10:00:00+15:00',
      'x',
    ])
      expect(isRealStamp(s), s).toBe(false);
    for (const s of [
      '2026-11-22T10:00:00.000Z',
      '2026-11-22T10:00:00Z',
      '2026-11-22T10:00:00+02:00',
    ])
      expect(isRealStamp(s), s).toBe(true);
  });

  it('agrees with the calendar for every day of years 1 to 9999 it is given (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const date = new Date(Date.UTC(2000, m - 1, d));
          date.setUTCFullYear(y);
          const real =
            m >= 1 && m <= 12 && d >= 1 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
          expect(isRealDay(text)).toBe(real);
        },
      ),
      { numRuns: runs },
    );
  }, 60_000);

  it('every moment toISOString writes is a real stamp (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (d) => {
          expect(isRealStamp(d.toISOString())).toBe(true);
        },
      ),
      { numRuns: runs },
    );
  }, 60_000);

  it('a stamp far in the future says nothing about which side is newer', () => {
    expect(trustedTime('2099-01-01T00:00:00Z', NOW)).toBeUndefined();
    expect(
      trustedTime(new Date(NOW.getTime() + CLOCK_SKEW_MS - 1000).toISOString(), NOW),
    ).toBeDefined();
    expect(newerSide('2026-11-01T00:00:00Z', '2099-01-01T00:00:00Z', NOW)).toBe('unknown');
    expect(newerSide('2026-11-01T00:00:00Z', '2026-11-05T00:00:00Z', NOW)).toBe('theirs');
    expect(newerSide('2026-11-05T00:00:00+02:00', '2026-11-05T00:00:00Z', NOW)).toBe('theirs');
    expect(newerSide(undefined, '2026-11-05T00:00:00Z', NOW)).toBe('unknown');
  });
});
