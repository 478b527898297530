import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from './assessment/model';
import { assessmentSchema } from './files/assessment-schema';
import {
  FIELD_KINDS,
  fieldLengthStatus,
  fieldLimit,
  lengthStatus,
  MAX_ASSESSMENTS_PER_FILE,
  MAX_FILE_BYTES,
  nearLimitAt,
  SHORT_TEXT_MAX,
  TEXT_MAX,
  type LimitedField,
} from './limits';

const runs = Number(process.env.FUZZ_RUNS ?? 200);

const base: Assessment = {
  id: 'a1',
  format: 1,
  organisation: 'Les Amis',
  channels: ['ecommerce'],
  saq: 'A',
  saqEdition: 'v4.0.1 r1',
  contentVersion: '1',
  rows: {},
  dropped: {},
  groupsDone: [],
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
};

/** The assessment with `value` in the field the limits table names. */
function withField(field: LimitedField, value: string): unknown {
  const [part, name, sub] = field.split('.') as [string, string, string | undefined];
  if (part === 'organisation') return { ...base, organisation: value };
  if (part === 'row') return { ...base, rows: { '3.1.1': { [name]: value } } };
  if (part === 'ccw') return { ...base, rows: { '3.1.1': { ccw: { [name]: value } } } };
  if (part === 'part4') return { ...base, part4: { '3': { [name]: value } } };
  const list: Record<string, string> = {
    locations: 'type',
    products: 'name',
    providers: 'name',
  };
  const inner =
    name === 'channelDescriptions'
      ? { ecommerce: value }
      : list[name]
        ? [{ [list[name]]: value }]
        : sub
          ? { [sub]: value }
          : value;
  return { ...base, [part]: { [name]: inner } };
}

describe('limits', () => {
  it('each field in the table has, in the schema, exactly the limit the table gives', () => {
    const wrong = (Object.keys(FIELD_KINDS) as LimitedField[]).filter((field) => {
      const limit = fieldLimit(field);
      const fits = assessmentSchema.safeParse(withField(field, 'x'.repeat(limit))).success;
      const over = assessmentSchema.safeParse(withField(field, 'x'.repeat(limit + 1))).success;
      return !fits || over;
    });
    expect(wrong).toEqual([]);
  });

  it('text is 20,000 characters, short text 500', () => {
    expect(TEXT_MAX).toBe(20_000);
    expect(SHORT_TEXT_MAX).toBe(500);
    expect(fieldLimit('row.notes')).toBe(20_000);
    expect(fieldLimit('row.remediationOwner')).toBe(500);
    expect(fieldLimit('organisation')).toBe(200);
  });

  it('file limits leave room over the measured backups (41 MB, 55 MB protected; 1,000 assessments)', () => {
    expect(MAX_FILE_BYTES).toBeGreaterThanOrEqual(2 * 55_000_000);
    expect(MAX_ASSESSMENTS_PER_FILE).toBeGreaterThanOrEqual(2 * 1000);
  });

  it('the count shows from 90% of the limit, and says when a value is over it', () => {
    expect(nearLimitAt(20_000)).toBe(18_000);
    expect(fieldLengthStatus('row.notes', 'x'.repeat(17_999)).near).toBe(false);
    expect(fieldLengthStatus('row.notes', 'x'.repeat(18_000))).toEqual({
      length: 18_000,
      limit: 20_000,
      remaining: 2_000,
      near: true,
      over: false,
    });
    expect(lengthStatus('x'.repeat(501), 500)).toMatchObject({ over: true, remaining: -1 });
  });

  it('near and over agree with the numbers for any length and limit (property)', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.integer({ min: 1, max: 1000 }), (length, limit) => {
        const s = lengthStatus('x'.repeat(length), limit);
        expect(s.near).toBe(length >= Math.floor(limit * 0.9));
        expect(s.over).toBe(length > limit);
        expect(s.remaining).toBe(limit - length);
      }),
      { numRuns: Math.min(runs, 2000) },
    );
  }, 60_000);
});
