import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment, RowAnswer } from '../assessment/model';
import { sameValue } from './merge';
import { applyChanges, diff, rebaseAssessment, sameData, shareUnchanged } from './patch';

const runs = Number(process.env.FUZZ_RUNS ?? 200);

const base: Assessment = {
  id: 'a1',
  format: 1,
  organisation: 'Les Amis',
  channels: ['ecommerce'],
  saq: 'A',
  saqEdition: 'v4.0.1 r1',
  contentVersion: '1',
  rows: { '3.1.1': { response: 'not-applicable', naReason: 'No paper.' } },
  dropped: {},
  groupsDone: [],
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
};
const at = (minute: number) => `2026-11-02T10:${String(minute).padStart(2, '0')}:00.000Z`;
const answer = (a: Assessment, id: string, row: RowAnswer, minute: number): Assessment => ({
  ...a,
  rows: { ...a.rows, [id]: { ...a.rows[id], ...row } },
  updatedAt: at(minute),
});

describe('saves that merge', () => {
  it('two tabs answering different rows both keep their answers', () => {
    const tabA = answer(base, '12.8.1', { response: 'in-place' }, 1);
    const tabB = answer(base, '2.2.2', { response: 'not-in-place' }, 2);
    const afterA = rebaseAssessment(base, tabA, base);
    const afterB = rebaseAssessment(base, tabB, afterA);
    expect(afterB.rows).toEqual({
      '3.1.1': base.rows['3.1.1'],
      '12.8.1': { response: 'in-place' },
      '2.2.2': { response: 'not-in-place' },
    });
    expect(afterB.updatedAt).toBe(at(2));
  });

  it('the same field in two tabs: the later save wins; other fields of the row stay', () => {
    const tabA = answer(base, '3.1.1', { naReason: 'A says' }, 1);
    const tabB = answer(base, '3.1.1', { naReason: 'B says', notes: 'B notes' }, 2);
    const stored = rebaseAssessment(base, tabB, rebaseAssessment(base, tabA, base));
    expect(stored.rows['3.1.1']).toEqual({
      response: 'not-applicable',
      naReason: 'B says',
      notes: 'B notes',
    });
  });

  it("a row started in two tabs keeps both tabs' fields", () => {
    const tabA = answer(base, '12.8.1', { response: 'in-place' }, 1);
    const tabB = answer(base, '12.8.1', { notes: 'Contract clause 7' }, 2);
    const stored = rebaseAssessment(base, tabB, rebaseAssessment(base, tabA, base));
    expect(stored.rows['12.8.1']).toEqual({ response: 'in-place', notes: 'Contract clause 7' });
  });

  it('a cleared field is removed, not left empty', () => {
    const cleared = { ...base, rows: { '3.1.1': { response: 'not-applicable' as const } } };
    expect(rebaseAssessment(base, cleared, base).rows['3.1.1']).toEqual({
      response: 'not-applicable',
    });
    expect(Object.keys(applyChanges({ a: 1, b: 2 }, diff({ a: 1, b: 2 }, { a: 1 })))).toEqual([
      'a',
    ]);
  });

  it('a change to a row another tab moved aside lands where the row is now', () => {
    const moved = {
      ...base,
      rows: {},
      dropped: { '3.1.1': base.rows['3.1.1'] as RowAnswer },
      saq: 'P2PE' as const,
    };
    const tab = answer(base, '3.1.1', { notes: 'typed meanwhile' }, 3);
    const stored = rebaseAssessment(base, tab, moved);
    expect(stored.rows['3.1.1']).toBeUndefined();
    expect(stored.dropped['3.1.1']).toEqual({ ...base.rows['3.1.1'], notes: 'typed meanwhile' });
  });

  const edits = fc.array(
    fc.tuple(
      fc.constantFrom('2.2.2', '3.1.1', '12.8.1', '12.8.2'),
      fc.constantFrom<keyof RowAnswer>('response', 'notes', 'naReason'),
      fc.constantFrom('in-place', 'x', 'y', undefined),
    ),
    { maxLength: 6 },
  );
  const apply = (
    a: Assessment,
    list: [string, keyof RowAnswer, string | undefined][],
    minute: number,
  ) =>
    list.reduce(
      (acc, [id, field, value]) => answer(acc, id, { [field]: value } as RowAnswer, minute),
      a,
    );

  it('every field a tab changed ends as that tab left it, unless the later tab changed it too (property)', () => {
    fc.assert(
      fc.property(edits, edits, (ea, eb) => {
        const tabA = apply(base, ea, 1);
        const tabB = apply(base, eb, 2);
        const stored = rebaseAssessment(base, tabB, rebaseAssessment(base, tabA, base));
        const touchedByB = new Set(diff(base, tabB).map((c) => c.path.join('/')));
        for (const c of diff(base, tabA)) {
          const key = c.path.join('/');
          if (
            c.path[0] !== 'rows' ||
            [...touchedByB].some(
              (b) => b === key || key.startsWith(`${b}/`) || b.startsWith(`${key}/`),
            )
          )
            continue;
          const [, id, field] = c.path as [string, string, keyof RowAnswer];
          expect(stored.rows[id]?.[field]).toEqual(tabA.rows[id]?.[field]);
        }
        for (const c of diff(base, tabB)) {
          if (c.path[0] !== 'rows' || c.path.length < 3) continue;
          const [, id, field] = c.path as [string, string, keyof RowAnswer];
          expect(stored.rows[id]?.[field]).toEqual(tabB.rows[id]?.[field]);
        }
        // A tab with nothing new changes nothing; a tab alone ends as it left it.
        expect(sameData(rebaseAssessment(base, base, stored), stored)).toBe(true);
        // (An emptied row counts as no row.)
        expect(sameValue(rebaseAssessment(base, tabA, base), tabA)).toBe(true);
      }),
      { numRuns: runs },
    );
  }, 60_000);
});

describe('showing a copy read back from the database', () => {
  it('keeps the objects of every unchanged part, and takes the changed ones', () => {
    const shown: Assessment = {
      ...base,
      rows: { ...base.rows, '12.8.1': { response: 'in-place', notes: 'List kept' } },
    };
    const readBack: Assessment = structuredClone({
      ...shown,
      rows: { ...shown.rows, '12.8.2': { response: 'in-place' } },
    });
    const result = shareUnchanged(shown, readBack);
    expect(result).toEqual(readBack);
    expect(result.rows['3.1.1']).toBe(shown.rows['3.1.1']);
    expect(result.rows['12.8.1']).toBe(shown.rows['12.8.1']);
    expect(result.channels).toBe(shown.channels);
    expect(result.rows).not.toBe(shown.rows);
    expect(shareUnchanged(shown, structuredClone(shown))).toBe(shown);
  });

  const json = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown);

  it('gives what it was given, by value, whatever the two are (property)', () => {
    fc.assert(
      // Through JSON, as stored values are (no -0, which equals 0 but is not the same value).
      fc.property(json, json, (prev, next) => {
        const result = shareUnchanged(prev, next);
        expect(result).toEqual(next);
        if (JSON.stringify(prev) === JSON.stringify(next)) expect(result).toBe(prev);
      }),
      { numRuns: runs },
    );
  }, 60_000);
});
