import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, isoDay, localIsoDay } from './dates';

describe('calendar days', () => {
  it('reads ISO dates and refuses anything else', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(isoDay(dayNumber('2026-02-28') ?? 0)).toBe('2026-02-28');
    for (const bad of ['2026-02-30', '31/12/2026', '2026-1-5', '', undefined, 'soon'])
      expect(dayNumber(bad)).toBeNull();
  });

  it('adds months, ending at the end of a shorter month', () => {
    const day = (s: string) => dayNumber(s) ?? 0;
    expect(isoDay(addMonths(day('2026-12-02'), -12))).toBe('2025-12-02');
    expect(isoDay(addMonths(day('2026-03-31'), -1))).toBe('2026-02-28');
    expect(isoDay(addMonths(day('2024-02-29'), 12))).toBe('2025-02-28');
    expect(isoDay(addMonths(day('2026-11-30'), 3))).toBe('2027-02-28');
  });

  it('gives the local calendar day of a moment', () => {
    expect(localIsoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDay(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});
