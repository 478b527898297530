import { describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment/model';
import { rowState } from '@/domain/assessment/rules';
import { toCisoAuditCsv, toSpreadsheetCsv } from '@/domain/exchange/export-csv';
import type { CsvPreview } from '@/domain/exchange/preview';
import { readExchangeCsv } from '@/domain/exchange/read-csv';
import { loadSaqs, loadTexts, loadWords } from '@/domain/exchange/test-support';
import {
  actionsFor,
  chooseAll,
  decide,
  decisionErrors,
  initialDecision,
  reconcileDecision,
  rowWords,
  sameSaqAssessments,
  updatePlan,
  type CsvDecision,
  type WriteContext,
} from './csv-import-flow';

const saqs = loadSaqs();
const texts = loadTexts();
const words = loadWords();
const saqOf = (id: string) => {
  const saq = saqs.find((s) => s.id === id);
  if (!saq) throw new Error(`no SAQ ${id}`);
  return saq;
};
const saqA = saqOf('A');

const lastYear: Assessment = {
  id: 'last-year',
  format: 1,
  organisation: 'Park Trust',
  channels: ['ecommerce'],
  saq: 'A',
  saqEdition: saqA.edition,
  contentVersion: '2026.11.1',
  rows: {
    '3.1.1': { response: 'not-applicable', naReason: 'No paper records.' },
    '12.8.1': { response: 'in-place', notes: 'List in the shared drive' },
    '12.8.2': { dontKnow: true, followUpOwner: 'Chair' },
    '12.10.1': { response: 'in-place', notes: 'Plan on the wall' },
  },
  dropped: {},
  groupsDone: ['3', '12'],
  section1: { companyName: 'Park Trust', contact: { name: 'Zoë' } },
  section3: {
    acknowledgements: ['a1'],
    signatoryName: 'Chidi',
    signatoryDate: '2026-11-30',
  },
  completedAt: '2026-11-30T00:00:00Z',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-11-30T00:00:00Z',
};

/** The file as it comes back: last year's answers, with 12.8.1 changed and 12.8.3 newly answered. */
const edited: Assessment = {
  ...lastYear,
  rows: {
    '3.1.1': lastYear.rows['3.1.1']!,
    '12.8.1': {
      response: 'not-in-place',
      remediationAction: 'Renew the contract',
      remediationOwner: 'Sam',
      remediationDate: '2027-03-31',
    },
    '12.8.2': lastYear.rows['12.8.2']!,
    '12.8.3': { response: 'in-place', notes: 'Checked in May' },
  },
};

const read = (text: string, saq?: 'A' | 'D-Merchant'): CsvPreview => {
  const result = readExchangeCsv(text, { saqs, words, ...(saq ? { saq } : {}) });
  if (!result.ok) throw new Error(result.error.code);
  return result.preview;
};
// These few answers alone would fit SAQ P2PE best: the user picks SAQ A, as the page lets them.
const spreadsheet = read(toSpreadsheetCsv(edited, saqA, texts, words), 'A');
const audit = read(toCisoAuditCsv(edited, saqA, texts, words), 'A');

const context = (preview: CsvPreview, assessments: Assessment[]): WriteContext => ({
  preview,
  assessments,
  saqs: Object.fromEntries(saqs.map((s) => [s.id, s])),
  newId: 'new-id',
  now: '2027-10-01T09:00:00Z',
  contentVersion: '2027.1.1',
});

describe('the choices a CSV file allows', () => {
  it('offers only a new assessment when none of its SAQ is in this browser', () => {
    const otherSaq = { ...lastYear, id: 'd', saq: 'D-Merchant' as const };
    expect(actionsFor(spreadsheet, [])).toEqual(['new']);
    expect(actionsFor(spreadsheet, [otherSaq])).toEqual(['new']);
  });

  it("offers next year's and an update when one of its SAQ is here", () => {
    expect(actionsFor(spreadsheet, [lastYear])).toEqual(['new', 'next-year', 'update']);
  });

  it('offers nothing for a file with no answers for its SAQ', () => {
    const empty = read(toSpreadsheetCsv({ ...lastYear, rows: {} }, saqA, texts, words), 'A');
    expect(actionsFor(empty, [lastYear])).toEqual([]);
    expect(decisionErrors({ organisation: 'X', choices: {} }, empty, [lastYear])).toEqual([
      { field: 'saq', code: 'error.nothing', params: { saq: 'SAQ A' } },
    ]);
  });

  it("lists the SAQ's assessments most recently changed first, and targets the latest", () => {
    const older = { ...lastYear, id: 'older', updatedAt: '2025-11-30T00:00:00Z' };
    const d = {
      ...lastYear,
      id: 'd',
      saq: 'D-Merchant' as const,
      updatedAt: '2027-01-01T00:00:00Z',
    };
    expect(sameSaqAssessments([older, d, lastYear], 'A').map((a) => a.id)).toEqual([
      'last-year',
      'older',
    ]);
    expect(initialDecision(spreadsheet, [older, d, lastYear])).toEqual({
      organisation: '',
      choices: {},
      target: 'last-year',
    });
    expect(initialDecision(spreadsheet, [d])).toEqual({ organisation: '', choices: {} });
  });
});

describe('what the user still has to settle', () => {
  const base: CsvDecision = { organisation: '', choices: {}, target: 'last-year' };

  it('asks for a choice first, nothing chosen in advance', () => {
    expect(decisionErrors(base, spreadsheet, [lastYear])).toEqual([
      { field: 'action', code: 'error.no-action', params: {} },
    ]);
  });

  it('asks for a name for a new assessment, within the limit', () => {
    const fresh = { ...base, action: 'new' as const };
    expect(decisionErrors({ ...fresh, organisation: '   ' }, spreadsheet, [])).toEqual([
      { field: 'organisation', code: 'error.no-name', params: {} },
    ]);
    expect(decisionErrors({ ...fresh, organisation: 'x'.repeat(201) }, spreadsheet, [])).toEqual([
      { field: 'organisation', code: 'error.name-too-long', params: { length: 201, max: 200 } },
    ]);
    expect(decisionErrors({ ...fresh, organisation: ' Park Trust ' }, spreadsheet, [])).toEqual([]);
  });

  it('refuses a choice the file does not allow, and a target that has gone', () => {
    expect(decisionErrors({ ...base, action: 'update' }, spreadsheet, [])[0]?.code).toBe(
      'error.no-action',
    );
    const other = { ...lastYear, id: 'other' };
    expect(
      decisionErrors({ ...base, action: 'next-year', target: 'gone' }, spreadsheet, [other]),
    ).toEqual([{ field: 'target', code: 'error.target-gone', params: {} }]);
  });

  it('asks which side to keep for each conflict of an update, and for nothing else', () => {
    const update = { ...base, action: 'update' as const };
    const plan = updatePlan(update, spreadsheet, [lastYear]);
    expect(plan?.added).toEqual(['12.8.3']);
    expect(plan?.conflicts.map((c) => c.id)).toEqual(['12.8.1']);
    expect(plan?.same).toBe(2);
    expect(decisionErrors(update, spreadsheet, [lastYear])).toEqual([
      { field: 'conflict:12.8.1', code: 'error.conflict', params: { id: '12.8.1' } },
    ]);
    expect(
      decisionErrors({ ...update, choices: { '12.8.1': 'ours' } }, spreadsheet, [lastYear]),
    ).toEqual([]);
    expect(chooseAll(update, spreadsheet, [lastYear], 'theirs').choices).toEqual({
      '12.8.1': 'theirs',
    });
  });

  it('keeps what still holds after the file is read for another SAQ', () => {
    const decided: CsvDecision = {
      organisation: 'Park Trust',
      action: 'update',
      target: 'last-year',
      choices: { '12.8.1': 'theirs', '9.9.9': 'ours' },
    };
    // Same SAQ: the stale choice goes, the live one stays.
    expect(reconcileDecision(decided, spreadsheet, [lastYear])).toEqual({
      organisation: 'Park Trust',
      action: 'update',
      target: 'last-year',
      choices: { '12.8.1': 'theirs' },
    });
    // Read for SAQ D, with no SAQ D assessment here: only a new one remains possible.
    const asD = read(toSpreadsheetCsv(edited, saqA, texts, words), 'D-Merchant');
    expect(asD.saq).toBe('D-Merchant');
    expect(reconcileDecision(decided, asD, [lastYear])).toEqual({
      organisation: 'Park Trust',
      choices: {},
    });
    // A target of another SAQ gives way to this SAQ's latest, with no choices carried over.
    const d = { ...lastYear, id: 'd', saq: 'D-Merchant' as const };
    expect(reconcileDecision(decided, asD, [lastYear, d])).toEqual({
      organisation: 'Park Trust',
      action: 'update',
      target: 'd',
      choices: {},
    });
  });
});

describe('what is written once the user confirms', () => {
  it('a new assessment: the file answers only, every one to confirm, nothing stored before', () => {
    const result = decide(
      { organisation: '  Friends of the Park ', action: 'new', choices: {} },
      context(audit, []),
    );
    if (!result.ok || result.write.kind !== 'create') throw new Error('expected a new assessment');
    const a = result.write.assessment;
    expect(a.id).toBe('new-id');
    expect(a.organisation).toBe('Friends of the Park');
    expect(a.saq).toBe('A');
    expect(a.contentVersion).toBe('2027.1.1');
    expect(a.section1).toBeUndefined();
    expect(Object.keys(a.rows).sort()).toEqual(['12.8.1', '12.8.2', '12.8.3', '3.1.1']);
    expect(
      Object.entries(a.rows).filter(([, r]) => !['to-confirm', 'dont-know'].includes(rowState(r))),
    ).toEqual([]);
    expect(result.write.count).toBe(4);
  });

  it("next year's: last year's details, the file's answers over last year's, all to confirm", () => {
    const before = structuredClone(lastYear);
    const result = decide(
      { organisation: '', action: 'next-year', target: 'last-year', choices: {} },
      context(audit, [lastYear]),
    );
    if (!result.ok || result.write.kind !== 'create') throw new Error("expected next year's");
    const a = result.write.assessment;
    expect(lastYear).toEqual(before);
    expect(a).toMatchObject({
      id: 'new-id',
      organisation: 'Park Trust',
      channels: ['ecommerce'],
      section1: { companyName: 'Park Trust', contact: { name: 'Zoë' } },
      section3: { signatoryName: 'Chidi' },
      groupsDone: [],
      createdAt: '2027-10-01T09:00:00Z',
      contentVersion: '2027.1.1',
    });
    expect(a.completedAt).toBeUndefined();
    expect(a.section3?.acknowledgements).toBeUndefined();
    expect(a.section3?.signatoryDate).toBeUndefined();
    // The file's change wins; what the file leaves empty comes from last year's.
    expect(a.rows['12.8.1']).toMatchObject({
      response: 'not-in-place',
      remediationAction: 'Renew the contract',
      toConfirm: true,
    });
    expect(a.rows['12.8.3']).toMatchObject({ response: 'in-place', toConfirm: true });
    expect(a.rows['12.10.1']).toMatchObject({ response: 'in-place', toConfirm: true });
    expect(
      Object.entries(a.rows).filter(([, r]) => !['to-confirm', 'dont-know'].includes(rowState(r))),
    ).toEqual([]);
    expect(result.write.count).toBe(5);
  });

  it('an update: rows added, each conflict as chosen, written onto the copy it was read from', () => {
    const keep = decide(
      { organisation: '', action: 'update', target: 'last-year', choices: { '12.8.1': 'ours' } },
      context(spreadsheet, [lastYear]),
    );
    if (!keep.ok || keep.write.kind !== 'update') throw new Error('expected an update');
    expect(keep.write.base).toBe(lastYear);
    expect(keep.write.next.rows['12.8.1']).toEqual(lastYear.rows['12.8.1']);
    expect(keep.write.next.rows['12.8.3']).toMatchObject({ response: 'in-place', toConfirm: true });
    expect(keep.write).toMatchObject({ added: 1, taken: 0, kept: 1 });

    const take = decide(
      { organisation: '', action: 'update', target: 'last-year', choices: { '12.8.1': 'theirs' } },
      context(spreadsheet, [lastYear]),
    );
    if (!take.ok || take.write.kind !== 'update') throw new Error('expected an update');
    expect(take.write.next.rows['12.8.1']).toMatchObject({
      response: 'not-in-place',
      remediationOwner: 'Sam',
      toConfirm: true,
    });
    expect(take.write).toMatchObject({ added: 1, taken: 1, kept: 0 });
    expect(take.write.next.updatedAt).toBe('2027-10-01T09:00:00Z');
  });

  it('writes nothing while something is unsettled', () => {
    expect(
      decide(
        { organisation: '', action: 'update', target: 'last-year', choices: {} },
        context(spreadsheet, [lastYear]),
      ),
    ).toEqual({
      ok: false,
      errors: [{ field: 'conflict:12.8.1', code: 'error.conflict', params: { id: '12.8.1' } }],
    });
  });
});

describe('a conflict in words', () => {
  it("shows each side's response and its labelled parts, in the files' own words", () => {
    expect(rowWords(edited.rows['12.8.1'], words)).toEqual({
      response: 'Not in Place',
      parts: [
        { label: 'Action to fix it', text: 'Renew the contract' },
        { label: 'Who will do it', text: 'Sam' },
        { label: 'Target date', text: '2027-03-31' },
      ],
    });
    expect(rowWords({ dontKnow: true, followUpOwner: 'Chair' }, words)).toEqual({
      response: "Don't know yet",
      parts: [{ label: "Don't know yet, ask", text: 'Chair' }],
    });
    expect(rowWords(undefined, words)).toEqual({ response: null, parts: [] });
  });
});
