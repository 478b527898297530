import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessment/model';
import { applyCsvUpdate, assessmentFromCsv, planCsvUpdate, type CsvPreview } from './preview';
import { loadSaqs } from './test-support';

const saqA = loadSaqs().find((s) => s.id === 'A')!;

const preview = (rows: CsvPreview['rows']): CsvPreview => ({
  format: 'ciso-audit',
  saq: 'A',
  proposedSaq: 'A',
  noSaqFits: false,
  rows,
  carried: Object.keys(rows),
  missing: [],
  notUsed: [],
  problems: [],
  skipped: 0,
  lines: Object.keys(rows).length,
});

const existing: Assessment = {
  id: 'ours',
  format: 1,
  organisation: 'Park Trust',
  channels: ['ecommerce'],
  saq: 'A',
  saqEdition: saqA.edition,
  contentVersion: '2026.11.1',
  rows: {
    '3.1.1': { response: 'not-applicable', naReason: 'No paper.', notes: 'Asked the office' },
    '12.8.1': { response: 'in-place', notes: 'List in the shared drive' },
    '12.8.2': { dontKnow: true, followUpOwner: 'Chair' },
  },
  dropped: {},
  groupsDone: ['3'],
  completedAt: '2026-11-30T00:00:00Z',
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
};

describe('a new assessment from a CSV', () => {
  it('holds only the rows of its SAQ, nothing done, nothing completed', () => {
    const a = assessmentFromCsv(
      preview({
        '12.8.1': { response: 'in-place', toConfirm: true },
        '1.2.1': { response: 'in-place', toConfirm: true },
      }),
      { id: 'new', organisation: 'Park Trust', saq: saqA, contentVersion: 'v', now: 'now' },
    );
    expect(a).toEqual({
      id: 'new',
      format: 1,
      organisation: 'Park Trust',
      channels: [],
      saq: 'A',
      saqEdition: saqA.edition,
      contentVersion: 'v',
      rows: { '12.8.1': { response: 'in-place', toConfirm: true } },
      dropped: {},
      groupsDone: [],
      createdAt: 'now',
      updatedAt: 'now',
    });
  });
});

describe('updating an assessment from a CSV', () => {
  const file = preview({
    // The same answer: nothing changes, and it is not marked to confirm again.
    '3.1.1': { response: 'not-applicable', naReason: 'No paper.', toConfirm: true },
    // A new answer where ours was "don't know yet".
    '12.8.2': { response: 'in-place', notes: 'Signed in May', toConfirm: true },
    // A row we had not answered.
    '12.10.1': { response: 'not-in-place', remediationAction: 'Write the plan', toConfirm: true },
  });

  it('adds new rows, finds what differs, and keeps our words where the file is empty', () => {
    const plan = planCsvUpdate(existing, file);
    expect(plan.added).toEqual(['12.10.1']);
    expect(plan.same).toBe(1);
    expect(plan.conflicts).toEqual([
      {
        id: '12.8.2',
        ours: { dontKnow: true, followUpOwner: 'Chair' },
        theirs: {
          response: 'in-place',
          notes: 'Signed in May',
          followUpOwner: 'Chair',
          toConfirm: true,
        },
        newer: 'unknown',
      },
    ]);
  });

  it('applies the chosen side of each conflict and leaves every other row as it was', () => {
    const kept = applyCsvUpdate(existing, file, { '12.8.2': 'ours' }, 'later');
    expect(kept.rows).toEqual({
      ...existing.rows,
      '12.10.1': { response: 'not-in-place', remediationAction: 'Write the plan', toConfirm: true },
    });
    expect(kept.updatedAt).toBe('later');
    const taken = applyCsvUpdate(existing, file, { '12.8.2': 'theirs' }, 'later');
    expect(taken.rows['12.8.2']).toEqual({
      response: 'in-place',
      notes: 'Signed in May',
      followUpOwner: 'Chair',
      toConfirm: true,
    });
    expect(taken.rows['3.1.1']).toEqual(existing.rows['3.1.1']);
  });
});
