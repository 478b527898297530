import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { RowAnswer } from '../assessment/model';
import { answerableRows } from '../assessment/rules';
import { CISO_AUDIT_COLUMNS } from './ciso-library';
import {
  cisoRecord,
  exchangeFileName,
  saqFromFileName,
  spreadsheetCells,
  toCisoAuditCsv,
  toSpreadsheetCsv,
} from './export-csv';
import { loadSaqs, loadTexts, loadWords, sampleAssessment } from './test-support';
import { SPREADSHEET_COLUMNS, word } from './words';

const texts = loadTexts();
const words = loadWords();
const saqA = loadSaqs().find((s) => s.id === 'A')!;
const record = (row: RowAnswer | undefined) => cisoRecord('8.3.6', row, texts, words);

describe('the audit CSV for CISO Assistant', () => {
  it("has CISO Assistant's columns, a byte-order mark and one row per SAQ row", () => {
    const csv = toCisoAuditCsv(sampleAssessment(saqA), saqA, texts, words);
    expect(csv.startsWith('\uFEFFurn,assessable,ref_id,name,description,')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...CISO_AUDIT_COLUMNS]);
    expect(parsed.data.slice(1).map((r) => r[2])).toEqual(answerableRows(saqA));
  });

  it('maps every kind of answer as the issue says', () => {
    expect(record({ response: 'in-place', notes: 'Seen the contract' })).toMatchObject({
      compliance_result: 'compliant',
      requirement_progress: 'done',
      observations: 'Notes: Seen the contract',
    });
    const ccw = record({
      response: 'in-place-ccw',
      ccw: { constraints: 'Old till', definition: 'Locked room' },
    });
    expect(ccw.compliance_result).toBe('compliant');
    expect(ccw.requirement_progress).toBe('in_progress');
    expect(ccw.observations).toContain('Compensating control, what stops the usual way: Old till');
    expect(ccw.observations).toContain('Compensating control, what we do instead: Locked room');
    expect(record({ response: 'not-applicable', naReason: 'No staff log in' })).toMatchObject({
      compliance_result: 'not_applicable',
      requirement_progress: 'done',
      observations: 'Why it does not apply (Appendix C): No staff log in',
    });
    expect(
      record({
        response: 'not-in-place',
        remediationAction: 'Turn on MFA',
        remediationOwner: 'Sam',
        remediationDate: '2027-03-31',
      }),
    ).toMatchObject({
      compliance_result: 'non_compliant',
      requirement_progress: 'done',
      observations: 'Action to fix it: Turn on MFA\nWho will do it: Sam\nTarget date: 2027-03-31',
    });
    expect(
      record({ response: 'not-tested', notTestedWhat: 'The till', notTestedWhy: 'Closed' }),
    ).toMatchObject({
      compliance_result: 'not_assessed',
      requirement_progress: 'done',
      observations: 'Not tested (Appendix D): The till\nWhy not tested: Closed',
    });
    expect(
      record({ dontKnow: true, followUpOwner: 'Treasurer', followUpNote: 'Ask the host' }),
    ).toMatchObject({
      compliance_result: 'not_assessed',
      requirement_progress: 'in_progress',
      observations: "Don't know yet, ask: Treasurer\nTo find out: Ask the host",
    });
  });

  it('marks answers still to confirm as in review, and leaves unanswered rows empty', () => {
    expect(record({ response: 'in-place', toConfirm: true }).requirement_progress).toBe(
      'in_review',
    );
    expect(
      record({ response: 'not-applicable', naReason: 'x', proposed: true }).requirement_progress,
    ).toBe('in_review');
    expect(record({ response: 'not-applicable' }).requirement_progress).toBe('in_progress');
    expect(record(undefined)).toMatchObject({
      compliance_result: '',
      requirement_progress: '',
      score: '',
      observations: '',
      assessable: 'True',
    });
  });

  it('carries our own title and plain words, never anything else', () => {
    const r = record(undefined);
    expect(r.name).toBe(texts.get('8.3.6')!.title);
    expect(r.description).toBe(texts.get('8.3.6')!.asks);
    expect(r.urn).toBe('urn:intuitem:risk:req_node:pcidss-4_0:8.3.6');
  });

  it('never starts a cell that a spreadsheet would run as a formula', () => {
    const risky: string[] = [];
    for (const saq of loadSaqs()) {
      const a = sampleAssessment(saq);
      for (const id of answerableRows(saq)) {
        const r = cisoRecord(id, a.rows[id], texts, words);
        for (const c of CISO_AUDIT_COLUMNS) if (/^\s*[=+\-@]/.test(r[c])) risky.push(`${id} ${c}`);
      }
    }
    expect(risky).toEqual([]);
  });
});

describe('the plain spreadsheet CSV', () => {
  it('has our headings and response words, from content', () => {
    const csv = toSpreadsheetCsv(sampleAssessment(saqA), saqA, texts, words);
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(SPREADSHEET_COLUMNS.map((c) => word(words, `exchange.column.${c}`)));
    expect(rows).toHaveLength(answerableRows(saqA).length + 1);
    expect(new Set(rows.slice(1).map((r) => r[2]))).toEqual(
      new Set([
        'In Place',
        'In Place with CCW',
        'Not Applicable',
        'Not in Place',
        "Don't know yet",
        '',
      ]),
    );
  });

  it('puts each part of an answer in its own column and guards typed formulas', () => {
    const cells = spreadsheetCells(
      '8.3.6',
      {
        response: 'not-in-place',
        remediationAction: '=cmd|calc',
        remediationOwner: 'Sam',
        remediationDate: '2027-03-31',
        notes: '- step one',
      },
      texts,
      words,
    );
    expect(cells).toMatchObject({
      id: '8.3.6',
      title: texts.get('8.3.6')!.title,
      response: 'Not in Place',
      action: "'=cmd|calc",
      owner: 'Sam',
      date: '2027-03-31',
      notes: "'- step one",
      'na-reason': '',
    });
  });
});

describe('file names', () => {
  it('name the SAQ and the organisation, and give the SAQ back', () => {
    expect(exchangeFileName('spreadsheet', 'A-EP', 'Les Amis de l’École', '2026-11-22')).toBe(
      'SAQ-A-EP_Les-Amis-de-l-Ecole_2026-11-22.csv',
    );
    expect(exchangeFileName('ciso', 'D-Merchant', 'Park Trust', '2026-11-22')).toBe(
      'SAQ-D-for-Merchants_Park-Trust_2026-11-22_ciso-assistant-audit.csv',
    );
    expect(saqFromFileName('SAQ-A-EP_Les-Amis_2026-11-22.csv')).toBe('A-EP');
    expect(saqFromFileName('C:\\Downloads\\SAQ-A_Park_2026-11-22 (1).csv')).toBe('A');
    expect(saqFromFileName('audit-1234.csv')).toBeNull();
  });
});
