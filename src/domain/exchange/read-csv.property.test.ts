/**
 * The CSV importer under generated and hostile files (property-based, like the .opensaq.json
 * importer's tests): it never throws, never yields a row outside the chosen SAQ, every row it yields
 * is one the store accepts, and our own exports read back to the same answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESPONSES, type Assessment, type RowAnswer } from '../assessment/model';
import { answerableRows } from '../assessment/rules';
import type { SaqId } from '../eligibility/saq-catalog';
import { rowAnswerSchema } from '../files/assessment-schema';
import { toCisoAuditCsv, toSpreadsheetCsv } from './export-csv';
import type { CsvReadResult } from './preview';
import { readExchangeCsv } from './read-csv';
import {
  expected,
  loadSaqs,
  loadTexts,
  loadWords,
  sampleAssessment,
  viaCiso,
  viaSpreadsheet,
} from './test-support';

const runs = Number(process.env.FUZZ_RUNS ?? 200);
const saqs = loadSaqs();
const texts = loadTexts();
const words = loadWords();
const saqIds = saqs.map((s) => s.id);
const saqD = saqs.find((s) => s.id === 'D-Merchant')!;
/** Far above the time each test takes on a busy two-core machine, at 200 or 20,000 runs. */
const TIMEOUT = 60_000 + runs * 20;

/** What must hold of any result, whatever the file. */
function wellFormed(result: CsvReadResult, picked: SaqId | undefined): string[] {
  if (!result.ok) return result.error.code.startsWith('exchange.error.') ? [] : ['odd error code'];
  const p = result.preview;
  const wrong: string[] = [];
  if (picked && p.saq !== picked) wrong.push(`saq ${p.saq} instead of ${picked}`);
  const allowed = new Set(p.saq ? answerableRows(saqs.find((s) => s.id === p.saq)!) : []);
  for (const [id, row] of Object.entries(p.rows)) {
    if (!allowed.has(id)) wrong.push(`${id} is not a row of ${p.saq}`);
    if (!rowAnswerSchema.safeParse(row).success) wrong.push(`${id} would not be stored`);
    if ((row.response !== undefined || row.dontKnow) && !row.toConfirm)
      wrong.push(`${id} is not to confirm`);
  }
  for (const issue of p.problems)
    if (!(typeof issue.line === 'number' && issue.line >= 2))
      wrong.push(`${issue.code} has no line`);
  return wrong;
}

const pick = fc.option(fc.constantFrom(...saqIds), { nil: undefined });

/** Characters that trouble CSV readers, spreadsheets and our labelled cells. */
const tricky = fc.constantFrom(
  'a',
  'Z',
  '1',
  '.',
  ' ',
  '\n',
  '\r',
  '\r\n',
  '"',
  ',',
  ';',
  '\t',
  '=',
  '-',
  '+',
  '@',
  "'",
  ':',
  'é',
  '€',
  '\u2028',
  '\uFEFF',
  'Notes: ',
  'compliant',
  '8.3.6',
);
const words40 = fc.string({ unit: tricky, maxLength: 40 });

describe('the CSV importer under generated and hostile files (property-based)', () => {
  it(
    'never throws on any text, and what it yields stays inside the chosen SAQ',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), pick, (text, saq) => {
          expect(wellFormed(readExchangeCsv(text, { saqs, words, saq }), saq)).toEqual([]);
        }),
        { numRuns: runs },
      );
    },
    TIMEOUT,
  );

  it(
    'never throws on lines under a CISO Assistant or spreadsheet heading',
    () => {
      const heading = fc.constantFrom(
        'urn,assessable,ref_id,name,description,compliance_result,requirement_progress,score,observations',
        'urn;ref_id;name;compliance_result;requirement_progress;observations',
        'PCI number,Response,Notes (who checked and where the evidence is),Target date (YYYY-MM-DD),Compensating control (Appendix B)',
      );
      const cell = fc.oneof(
        words40,
        fc.constantFrom(
          ...answerableRows(saqD),
          'A2.1.1',
          '1.1',
          '99.1',
          '__proto__',
          'constructor',
        ),
        fc.constantFrom(
          'compliant',
          'not_applicable',
          'Not Tested',
          "Don't know yet",
          'True',
          'no',
        ),
      );
      const line = fc.array(cell, { maxLength: 10 });
      const sep = fc.constantFrom(',', ';', '\t');
      fc.assert(
        fc.property(
          heading,
          fc.array(line, { maxLength: 12 }),
          sep,
          pick,
          (head, lines, s, saq) => {
            const text = [head, ...lines.map((l) => l.join(s))].join('\r\n');
            expect(wellFormed(readExchangeCsv(text, { saqs, words, saq }), saq)).toEqual([]);
          },
        ),
        { numRuns: runs },
      );
    },
    TIMEOUT,
  );

  it(
    'a mutated export is read or refused with a reason, never more',
    () => {
      const saqA = saqs.find((s) => s.id === 'A')!;
      const a = sampleAssessment(saqA);
      const files = [
        toCisoAuditCsv(a, saqA, texts, words),
        toSpreadsheetCsv(a, saqA, texts, words),
      ];
      fc.assert(
        fc.property(
          fc.constantFrom(0, 1),
          fc.nat(),
          fc.string({ unit: tricky, maxLength: 5 }),
          fc.nat(8),
          pick,
          (which, at, insert, cut, saq) => {
            const valid = files[which]!;
            const i = at % valid.length;
            const mutated = valid.slice(0, i) + insert + valid.slice(i + cut);
            expect(wellFormed(readExchangeCsv(mutated, { saqs, words, saq }), saq)).toEqual([]);
          },
        ),
        { numRuns: runs },
      );
    },
    TIMEOUT,
  );

  it(
    'export then import gives the same answers, to confirm, for generated answers',
    () => {
      const text = fc.option(words40, { nil: undefined });
      const row: fc.Arbitrary<RowAnswer> = fc.record(
        {
          response: fc.constantFrom(...RESPONSES),
          dontKnow: fc.boolean(),
          notes: text,
          naReason: text,
          remediationAction: text,
          remediationOwner: text,
          remediationDate: fc.constantFrom('2027-03-31', '2026-12-01'),
          legalException: fc.boolean(),
          legalExplanation: text,
          notTestedWhat: text,
          notTestedWhy: text,
          followUpOwner: text,
          followUpNote: text,
          ccw: fc.record(
            {
              constraints: words40,
              definition: words40,
              objective: words40,
              risk: words40,
              validation: words40,
              maintenance: words40,
            },
            { requiredKeys: [] },
          ),
          toConfirm: fc.boolean(),
          proposed: fc.boolean(),
        },
        { requiredKeys: [] },
      );
      // A cut-down SAQ D (every response allowed) keeps each run quick under FUZZ_RUNS=20000.
      const ids = answerableRows(saqD).filter((_, i) => i % 20 === 0);
      const small = { ...saqD, groups: [{ principal: 'all', rows: ids.map((id) => ({ id })) }] };
      const only = { saqs: [small], words, saq: 'D-Merchant' as const };
      const rows = fc.dictionary(fc.constantFrom(...ids), row, { maxKeys: ids.length });
      fc.assert(
        fc.property(rows, (generated) => {
          const a: Assessment = { ...sampleAssessment(small), rows: generated };
          const ciso = readExchangeCsv(toCisoAuditCsv(a, small, texts, words), only);
          expect(ciso.ok && ciso.preview.rows).toEqual(expected(a, viaCiso));
          expect(ciso.ok && ciso.preview.problems).toEqual([]);
          const sheet = readExchangeCsv(toSpreadsheetCsv(a, small, texts, words), only);
          expect(sheet.ok && sheet.preview.rows).toEqual(expected(a, viaSpreadsheet));
          expect(sheet.ok && sheet.preview.problems).toEqual([]);
        }),
        { numRuns: runs },
      );
    },
    TIMEOUT,
  );
});
