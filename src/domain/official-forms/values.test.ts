import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessment/model';
import { readEditions, readFieldMap, readSaq, readWords } from './content.node';
import { fillOfficialForm, readForm } from './engine';
import { mapFields } from './field-map';
import { buildSyntheticForm } from './synthetic-docx';
import { completeAssessment } from './test-assessment';
import { fitRequirementTable, formValues, type FillOptions } from './values';

const editions = readEditions();
const words = readWords();
const saqA = readSaq('A');
const aocA = readFieldMap('aoc-a-v4.0.1-r1-en');
const aocD = readFieldMap('aoc-d-merchant-v4.0.1-en');

async function fill(a: Assessment, map = aocA, options?: FillOptions) {
  const saq = readSaq(a.saq);
  const out = await fillOfficialForm({
    fileName: 'f.docx',
    bytes: buildSyntheticForm(map),
    assessment: a,
    saq,
    editions,
    loadMap: async () => map,
    words,
    now: new Date('2026-11-23T09:00:00Z'),
    ...(options ? { options } : {}),
  });
  if (!out.ok) throw new Error(out.code);
  const read = readForm(out.form.bytes)!;
  const at = (target: string) => read[mapFields(map).findIndex((f) => f.to === target)]!;
  return { form: out.form, at };
}

describe('values for the official forms', () => {
  it('lists the signature, the questions OpenSAQ does not ask, and nothing it answered', async () => {
    const { form } = await fill(completeAssessment(saqA));
    expect(form.empty).toEqual([
      {
        part: '2f',
        question: 'part2f.managesComponents',
        params: { field: 'managesComponents' },
        code: 'not-asked',
      },
      { part: '3b', question: 'signature.merchant', params: {}, code: 'signature' },
      { part: '3c', question: 'part3c.role', params: {}, code: 'not-asked' },
      { part: '3c', question: 'signature.qsa', params: { who: 'qsa' }, code: 'signature' },
      {
        part: '3c',
        question: 'signature.qsaOfficer',
        params: { who: 'qsaOfficer' },
        code: 'signature',
      },
      {
        part: '3c',
        question: 'part3c.officerName',
        params: { field: 'officerName' },
        code: 'not-asked',
      },
      { part: '3d', question: 'part3d.role', params: {}, code: 'not-asked' },
    ]);
  });

  it('marks an unfinished assessment DRAFT, leaves its status and confirmations unticked, and lists them', async () => {
    const a = completeAssessment(saqA);
    delete a.completedAt;
    const { form, at } = await fill(a);
    expect(form.draft).toBe(true);
    expect(at('section2.completionDate').text).toBe(words.en!.draft);
    expect(at('part3.saqDate').text).toBe(words.en!.draft);
    expect(at('part3.status.compliant').checked).toBe(false);
    expect(at('part3.status.legal-exception').checked).toBe(false);
    expect(at('part3a.fair-results').checked).toBe(false);
    expect(at('part1a.companyName').text).toBe('Friends of the Library & Archive');
    expect(form.empty.filter((e) => e.code === 'draft').map((e) => e.question)).toEqual([
      'part3.status',
      'part3a.completed-per-instructions',
      'part3a.fair-results',
      'part3a.maintain-controls',
    ]);
  });

  it('fills nothing for an unfinished assessment when asked to refuse', async () => {
    const a = completeAssessment(saqA);
    a.rows['2.2.2'] = {};
    const out = await fillOfficialForm({
      fileName: 'f.docx',
      bytes: buildSyntheticForm(aocA),
      assessment: a,
      saq: saqA,
      editions,
      loadMap: async () => aocA,
      words,
      now: new Date(),
      options: { draft: 'refuse' },
    });
    expect(out).toMatchObject({ ok: false, code: 'draft-refused' });
  });

  it('lists unanswered and proposed rows once each, as Section 2 items', async () => {
    const a = completeAssessment(saqA);
    a.rows['8.2.1'] = {};
    a.rows['9.4.1'] = { response: 'not-applicable', naReason: 'Paper only.', proposed: true };
    const { form, at } = await fill(a, readFieldMap('saq-a-v4.0.1-r1-en'));
    expect(form.empty.filter((e) => e.question === 'row')).toEqual([
      { part: 'section2', question: 'row', params: { id: '8.2.1' }, code: 'no-answer' },
      { part: 'section2', question: 'row', params: { id: '9.4.1' }, code: 'no-answer' },
    ]);
    expect(at('row.8.2.1.response.in-place').checked).toBe(false);
  });

  it('writes Not Applicable for assessors that were not involved', async () => {
    const a = completeAssessment(saqA);
    a.section1 = { ...a.section1, assessor: 'none' };
    const { form, at } = await fill(a);
    expect(at('part1b.isaNames').text).toBe('Not Applicable');
    expect(at('part1b.qsaCompany').text).toBe('Not Applicable');
    expect(at('part1b.qsaLeadName').text).toBe('\u2002'.repeat(5));
    expect(form.empty.some((e) => e.part === '3c' || e.part === '3d')).toBe(false);
  });

  it('ticks "No" for left-out channels only when the interview shows none', async () => {
    const a = completeAssessment(saqA);
    a.section1 = { ...a.section1, excludedChannels: '' };
    expect((await fill(a)).at('part2a.excluded.no').checked).toBe(true);
    a.interview = { ...a.interview!, channels: ['ecommerce', 'moto', 'cardPresent'] };
    const { at, form } = await fill(a);
    expect(at('part2a.excluded.yes').checked).toBe(true);
    expect(form.empty).toContainEqual({
      part: '2a',
      question: 'part2a.excludedWhy',
      params: {},
      code: 'no-answer',
    });
  });

  it('fills Part 4 only for a Non-Compliant status, unless asked always', async () => {
    const compliant = completeAssessment(saqA);
    expect((await fill(compliant)).at('part4.2.compliant.yes').checked).toBe(false);
    expect(
      (await fill(compliant, aocA, { part4: 'always' })).at('part4.2.compliant.yes').checked,
    ).toBe(true);
    const failing = completeAssessment(saqA, 'non-compliant');
    const { at } = await fill(failing);
    expect(at('part3.status.non-compliant').checked).toBe(true);
    expect(at('part3.targetDate').text).toBe('2027-03-31');
    expect(at('part4.3.compliant.no').checked).toBe(true);
    expect(at('part4.3.actions').text).toBe('2027-03-31: 3.2.1: Put 3.2.1 in place');
  });

  it('ticks Full or Partial on SAQ D from the Not Tested rows', async () => {
    const saqD = readSaq('D-Merchant');
    const a = completeAssessment(saqD);
    expect((await fill(a, aocD)).at('part3.scope.partial').checked).toBe(true);
    for (const [id, row] of Object.entries(a.rows))
      if (row.response === 'not-tested') a.rows[id] = { response: 'in-place' };
    const { at } = await fill(a, aocD);
    expect(at('part3.scope.full').checked).toBe(true);
    expect(at('part3.scope.partial').checked).toBe(false);
  });

  it('reports what the form has no room for', () => {
    const a = completeAssessment(saqA);
    a.section1 = {
      ...a.section1,
      providers: Array.from({ length: 12 }, (_, i) => ({ name: `Provider ${i}`, service: 'x' })),
    };
    const v = formValues(
      { assessment: a, saq: saqA, words: words.en!, today: '2026-11-23' },
      mapFields(aocA).map((f) => f.to),
    );
    expect(v.overflow).toEqual([
      { part: '2f', question: 'part2f.providers', params: { count: '2' }, code: 'no-room' },
    ]);
    a.rows['8.2.1'] = { response: 'in-place-ccw', ccw: { constraints: 'x' } };
    a.rows['8.2.2'] = { response: 'in-place-ccw', ccw: { constraints: 'y' } };
    const saqMap = readFieldMap('saq-a-v4.0.1-r1-en');
    const more = formValues(
      { assessment: a, saq: saqA, words: words.en!, today: '2026-11-23' },
      mapFields(saqMap).map((f) => f.to),
    );
    expect(more.overflow).toContainEqual({
      part: 'appendixB',
      question: 'appendixB.more',
      params: { ids: '8.2.1, 8.2.2', count: '2' },
      code: 'no-room',
    });
  });
});

describe('fitRequirementTable', () => {
  const row = (id: string, reason: string) => ({ id, cells: { reason } });

  it('puts requirements with the same reason on one line', () => {
    expect(fitRequirementTable([row('1.1', 'A'), row('1.2', 'B'), row('1.3', 'A')], 5)).toEqual([
      { ids: ['1.1', '1.3'], cells: { reason: 'A' } },
      { ids: ['1.2'], cells: { reason: 'B' } },
    ]);
  });

  it('gathers the rest on the last line when the form has too few, dropping nothing', () => {
    const rows = [row('1', 'A'), row('2', 'B'), row('3', 'C'), row('4', 'C'), row('5', '')];
    expect(fitRequirementTable(rows, 2)).toEqual([
      { ids: ['1'], cells: { reason: 'A' } },
      { ids: ['2', '3', '4', '5'], cells: { reason: '2: B\n3, 4: C' } },
    ]);
  });
});
