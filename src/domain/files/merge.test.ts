import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment, RowAnswer } from '../assessment/model';
import { applyMerge, defaultChoices, planMerge, sameValue } from './merge';

const runs = Number(process.env.FUZZ_RUNS ?? 200);
const NOW = new Date('2026-11-22T10:00:00Z');
const SAQ_A = new Set(['2.2.2', '3.1.1', '3.2.1', '12.8.1', '12.8.2']);
const context = { saqRows: () => SAQ_A, now: NOW };

const ours: Assessment = {
  id: 'a1',
  format: 1,
  organisation: 'Les Amis',
  channels: ['ecommerce'],
  saq: 'A',
  saqEdition: 'v4.0.1 r1',
  contentVersion: '1',
  rows: {
    '3.1.1': {
      response: 'not-applicable',
      naReason: 'No paper.',
      updatedAt: '2026-11-01T00:00:00Z',
    },
  },
  dropped: {},
  groupsDone: ['3'],
  section1: { companyName: 'Les Amis', contact: { name: 'Zoë' } },
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
};

describe('merging a file into an assessment', () => {
  it('compares values, not the order of their keys, and counts empty as nothing', () => {
    const reordered: RowAnswer = {
      naReason: 'No paper.',
      response: 'not-applicable',
      dontKnow: false,
      notes: '',
    };
    const plan = planMerge(ours, { ...ours, rows: { '3.1.1': reordered } }, context);
    expect(plan.conflicts).toEqual([]);
    expect(plan.same).toBe(1);
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
  });

  it('never adds rows the SAQ does not have: they are kept aside and listed', () => {
    const theirs = {
      ...ours,
      rows: {
        ...ours.rows,
        '8.3.6': { response: 'in-place' as const },
        '12.8.1': { response: 'in-place' as const },
      },
    };
    const plan = planMerge(ours, theirs, context);
    expect(plan.added).toEqual(['12.8.1']);
    expect(plan.outsideSaq).toEqual(['8.3.6']);
    const merged = applyMerge(ours, theirs, {}, NOW.toISOString(), context);
    expect(Object.keys(merged.rows).sort()).toEqual(['12.8.1', '3.1.1']);
    expect(merged.dropped['8.3.6']).toEqual({ response: 'in-place' });
  });

  it('a row dated in the future does not win: the user chooses, ours by default', () => {
    const theirs = {
      ...ours,
      rows: { '3.1.1': { response: 'in-place' as const, updatedAt: '2099-01-01T00:00:00Z' } },
    };
    const plan = planMerge(ours, theirs, context);
    expect(plan.conflicts[0]?.newer).toBe('unknown');
    expect(defaultChoices(plan)).toEqual({ '3.1.1': 'ours' });
    const recent = {
      ...ours,
      rows: { '3.1.1': { response: 'in-place' as const, updatedAt: '2026-11-20T00:00:00Z' } },
    };
    expect(defaultChoices(planMerge(ours, recent, context))).toEqual({ '3.1.1': 'theirs' });
  });

  it('brings in Sections 1 and 3, Part 4, groups and rows kept aside, and says which parts', () => {
    const theirs: Assessment = {
      ...ours,
      organisation: 'Another name',
      groupsDone: ['3', '12'],
      dropped: { '9.4.1': { response: 'in-place' } },
      section1: {
        companyName: 'Les Amis',
        dba: 'Amis',
        contact: { name: 'Zoé', email: 'z@example.org' },
      },
      section3: { signatoryName: 'Ada' },
      part4: { '8': { actions: 'Turn on MFA' } },
    };
    const plan = planMerge(ours, theirs, context);
    expect(plan.fieldsAdded.sort()).toEqual([
      'part4.8.actions',
      'section1.contact.email',
      'section1.dba',
      'section3.signatoryName',
    ]);
    expect(plan.fieldConflicts.map((c) => c.key)).toEqual(['section1.contact.name']);
    expect(plan.groupsAdded).toEqual(['12']);
    expect(plan.droppedAdded).toEqual(['9.4.1']);
    expect(plan.kept).toEqual(['organisation']);
    expect(plan.parts.find((p) => p.part === 'section1')).toEqual({
      part: 'section1',
      added: 2,
      conflicts: 1,
      same: 1,
    });
    const merged = applyMerge(
      ours,
      theirs,
      { 'section1.contact.name': 'theirs' },
      NOW.toISOString(),
      context,
    );
    expect(merged).toMatchObject({
      organisation: 'Les Amis',
      groupsDone: ['3', '12'],
      section1: {
        companyName: 'Les Amis',
        dba: 'Amis',
        contact: { name: 'Zoé', email: 'z@example.org' },
      },
      section3: { signatoryName: 'Ada' },
      part4: { '8': { actions: 'Turn on MFA' } },
      dropped: { '9.4.1': { response: 'in-place' } },
    });
    expect(applyMerge(ours, theirs, {}, NOW.toISOString(), context).section1?.contact?.name).toBe(
      'Zoë',
    );
  });

  const rowArb = fc.record(
    {
      response: fc.constantFrom('in-place', 'not-applicable', 'not-in-place'),
      notes: fc.constantFrom('', 'a', 'b'),
      updatedAt: fc.constantFrom('2026-11-02T00:00:00Z', '2099-01-01T00:00:00Z'),
    },
    { requiredKeys: [] },
  );
  const rowsArb = fc.dictionary(
    fc.constantFrom('2.2.2', '3.1.1', '8.3.6', '12.8.1', 'A1.1.1'),
    rowArb,
    { maxKeys: 5 },
  );

  it('only SAQ rows end up answered; applying a merge twice changes nothing more (property)', () => {
    fc.assert(
      fc.property(
        rowsArb,
        rowsArb,
        fc.dictionary(
          fc.constantFrom('2.2.2', '3.1.1', '12.8.1'),
          fc.constantFrom<'ours' | 'theirs'>('ours', 'theirs'),
        ),
        (a, b, choices) => {
          const o = {
            ...ours,
            rows: Object.fromEntries(Object.entries(a).filter(([id]) => SAQ_A.has(id))),
          };
          const t = { ...ours, rows: b };
          const once = applyMerge(o, t, choices, NOW.toISOString(), context);
          for (const id of Object.keys(once.rows)) expect(SAQ_A.has(id)).toBe(true);
          for (const [id, row] of Object.entries(t.rows))
            if (!SAQ_A.has(id) && Object.entries(row).some(([k, v]) => k !== 'updatedAt' && v))
              expect(once.dropped[id] ?? o.dropped[id]).toBeDefined();
          const twice = applyMerge(once, t, choices, NOW.toISOString(), context);
          expect(twice.rows).toEqual(once.rows);
          expect(twice.dropped).toEqual(once.dropped);
        },
      ),
      { numRuns: runs },
    );
  }, 60_000);
});
