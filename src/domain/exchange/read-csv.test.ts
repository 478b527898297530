import { describe, expect, it } from 'vitest';
import type { Assessment, RowAnswer, SaqOutline } from '../assessment/model';
import { answerableRows, rowState } from '../assessment/rules';
import type { SaqId } from '../eligibility/saq-catalog';
import pinned from './ciso-pcidss-4_0-nodes.json';
import { cisoExport, cisoImport } from './ciso-simulator';
import { toCisoAuditCsv, toSpreadsheetCsv } from './export-csv';
import { assessmentFromCsv, type CsvPreview, type CsvReadResult } from './preview';
import { decodeCsvBytes, readDate, readExchangeCsv } from './read-csv';
import {
  expected,
  loadSaqs,
  loadTexts,
  loadWords,
  sampleAssessment,
  viaCiso,
  viaSpreadsheet,
} from './test-support';

const saqs = loadSaqs();
const texts = loadTexts();
const words = loadWords();
const saqOf = (id: SaqId) => saqs.find((s) => s.id === id)!;
const read = (text: string, saq?: SaqId) => readExchangeCsv(text, { saqs, words, saq });

function preview(result: CsvReadResult): CsvPreview {
  if (!result.ok) throw new Error(`expected a preview, got ${result.error.code}`);
  return result.preview;
}
function error(result: CsvReadResult) {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

const answered = (row: RowAnswer) => row.response !== undefined || row.dontKnow === true;

/** Every row of the SAQ answered, so the proposal has the whole SAQ to go on. */
function fullyAnswered(saq: SaqOutline): Assessment {
  const a = sampleAssessment(saq);
  const rows = { ...a.rows };
  for (const id of answerableRows(saq)) {
    const row = rows[id];
    if (!row || !answered(row)) rows[id] = { response: 'in-place', notes: row?.notes };
  }
  return { ...a, rows };
}

describe('export, then import: the same answers, all to confirm', () => {
  it.each(saqs.map((s) => [s.id, s] as const))('%s through the audit CSV', (_, saq) => {
    const a = sampleAssessment(saq);
    const p = preview(read(toCisoAuditCsv(a, saq, texts, words), saq.id));
    expect(p.format).toBe('ciso-audit');
    expect(p.problems).toEqual([]);
    expect(p.rows).toEqual(expected(a, viaCiso));
    expect(p.notUsed).toEqual([]);
    expect(p.lines).toBe(answerableRows(saq).length);
  });

  it.each(saqs.map((s) => [s.id, s] as const))('%s through the spreadsheet', (_, saq) => {
    const a = sampleAssessment(saq);
    const p = preview(read(toSpreadsheetCsv(a, saq, texts, words), saq.id));
    expect(p.format).toBe('spreadsheet');
    expect(p.problems).toEqual([]);
    expect(p.rows).toEqual(expected(a, viaSpreadsheet));
  });

  it.each(saqs.map((s) => [s.id, s] as const))(
    '%s is proposed back from its own fully answered export',
    (_, saq) => {
      const a = fullyAnswered(saq);
      for (const csv of [
        toCisoAuditCsv(a, saq, texts, words),
        toSpreadsheetCsv(a, saq, texts, words),
      ]) {
        const p = preview(read(csv));
        expect(p.proposedSaq).toBe(saq.id);
        expect(p.saq).toBe(saq.id);
        expect(p.noSaqFits).toBe(false);
        expect(p.carried).toEqual(answerableRows(saq));
        expect(p.missing).toEqual([]);
      }
    },
  );
});

describe('the round trip through CISO Assistant (issue 21, "done means")', () => {
  it('SAQ A: export, import there with every row matched, edit, export again, start next year', () => {
    const saq = saqOf('A');
    const lastYear = fullyAnswered(saq);
    const imported = cisoImport(toCisoAuditCsv(lastYear, saq, texts, words), pinned.nodes);
    expect(imported.skipped).toEqual([]);
    expect(imported.failed).toEqual([]);
    expect(imported.written.size).toBe(27);

    // The consultant edits two rows in CISO Assistant: one by hand, with a dash that its export
    // guards as a formula, and one result.
    const audit = new Map(imported.written);
    audit.set('12.8.1', {
      result: 'non_compliant',
      status: 'in_progress',
      observation: '- contract lapsed in May',
      line: 0,
    });
    audit.set('1.1', { result: 'compliant', status: 'done', line: 0 });
    const theirCsv = cisoExport(pinned.nodes, audit);
    expect(theirCsv).toContain("'- contract lapsed in May");

    const p = preview(read(theirCsv));
    expect(p.proposedSaq).toBe('A');
    expect(p.problems).toEqual([]);
    expect(p.notUsed.map((n) => [n.id, n.code])).toEqual([
      ['1.1', 'exchange.preview.not-used-no-saq'],
    ]);
    const want = expected(lastYear, viaCiso);
    want['12.8.1'] = {
      response: 'not-in-place',
      notes: '- contract lapsed in May',
      toConfirm: true,
    };
    expect(p.rows).toEqual(want);

    const nextYear = assessmentFromCsv(p, {
      id: 'next',
      organisation: 'Les Amis du Parc',
      saq,
      contentVersion: '2027.1.1',
      now: '2027-10-01T09:00:00Z',
    });
    // Every answer waits to be confirmed; "don't know yet" rows stay open questions.
    expect(Object.keys(nextYear.rows)).toEqual(answerableRows(saq));
    expect(
      answerableRows(saq).filter(
        (id) =>
          !nextYear.rows[id]?.toConfirm ||
          rowState(nextYear.rows[id]) !==
            (nextYear.rows[id]?.response ? 'to-confirm' : 'dont-know'),
      ),
    ).toEqual([]);
    expect(nextYear).toMatchObject({ saq: 'A', groupsDone: [], dropped: {} });
    expect('completedAt' in nextYear).toBe(false);
  });
});

describe('choosing the SAQ', () => {
  const csvOf = (ids: string[], response = 'In Place') =>
    ['PCI number,Response', ...ids.map((id) => `${id},${response}`)].join('\n');

  it('proposes the shortest SAQ with every answered row, and honours the pick', () => {
    const a = answerableRows(saqOf('A'));
    const aEpOnly = answerableRows(saqOf('A-EP')).find((id) => !a.includes(id))!;
    expect(preview(read(csvOf(a))).proposedSaq).toBe('A');
    expect(preview(read(csvOf([...a, aEpOnly]))).proposedSaq).toBe('A-EP');
    // 9.5.1 (card-reading devices) is in SAQ B, not in A or A-EP: only D has them all.
    expect(preview(read(csvOf([...a, '9.5.1']))).proposedSaq).toBe('D-Merchant');

    const picked = preview(read(csvOf(a), 'A-EP'));
    expect(picked.saq).toBe('A-EP');
    expect(picked.proposedSaq).toBe('A');
    expect(picked.carried).toEqual(answerableRows(saqOf('A-EP')).filter((id) => a.includes(id)));
    expect(picked.missing).toHaveLength(answerableRows(saqOf('A-EP')).length - a.length);
  });

  it('lists the rows of other SAQs as not used, and proposes the SAQ with most when none fits', () => {
    const a = answerableRows(saqOf('A'));
    const p = preview(read(csvOf([...a.slice(0, 3), '1.2.1', '3.3.3', '1.1']), 'A'));
    expect(Object.keys(p.rows)).toEqual(a.slice(0, 3));
    expect(p.notUsed.map((n) => [n.id, n.line, n.code])).toEqual([
      ['1.2.1', 5, 'exchange.preview.not-used-other-saq'],
      ['3.3.3', 6, 'exchange.preview.not-used-other-saq'],
      ['1.1', 7, 'exchange.preview.not-used-no-saq'],
    ]);
    // 3.3.3 is for card issuers only, so no merchant SAQ has every answered row; A-EP and D have
    // four of the five, and A-EP is the shorter.
    const none = preview(read(csvOf([...a.slice(0, 3), '1.2.1', '3.3.3'])));
    expect(none.noSaqFits).toBe(true);
    expect(none.proposedSaq).toBe('A-EP');
  });

  it('waits for a pick when nothing is answered', () => {
    const p = preview(
      read('PCI number,Response,Notes (who checked and where the evidence is)\n8.3.6,,to ask'),
    );
    expect(p.saq).toBeNull();
    expect(p.rows).toEqual({});
    expect(preview(read('PCI number,Response\n8.3.6,', 'A')).rows).toEqual({});
  });
});

describe('files that cannot be read', () => {
  it.each([
    ['', 'empty'],
    ['\uFEFF  \r\n', 'empty'],
    ['PK\u0003\u0004\u0014\u0000\u0006\u0000', 'excel-file'],
    ['\u00D0\u00CF\u0011\u00E0\u0000\u0000binary', 'not-text'],
    ['name,amount\nGift Aid,12', 'foreign'],
    ['ref_id,name,status,observation\nAC-1,Firewall,active,', 'foreign'],
    ['ref_id,compliance_result,Ref_ID\n1.1.1,compliant,x', 'duplicate-column'],
    ['ref_id,compliance_result\n', 'no-rows'],
  ])('%j is refused as %s', (text, code) => {
    expect(error(read(text)).code).toBe(`exchange.error.${code}`);
  });

  it('names the file that is too large, and the line where a quote never closes', () => {
    expect(error(read(`ref_id\n${'x'.repeat(10 * 1024 * 1024)}`)).code).toBe(
      'exchange.error.too-large',
    );
    const e = error(
      read(
        'ref_id,compliance_result,observations\n8.3.6,compliant,ok\n8.3.7,compliant,"never closed\n8.3.8,compliant,',
      ),
    );
    expect(e).toMatchObject({ code: 'exchange.error.unclosed-quote', params: { line: 3 } });
    expect(error(read('name,amount\nx,1')).params).toEqual({ idColumn: 'PCI number' });
  });
});

describe('lines that cannot be read: each problem names its line and column', () => {
  const head = 'urn;ref_id;compliance_result;requirement_progress;observations';
  const ciso = (...lines: string[]) => read([head, ...lines].join('\r\n'), 'D-Merchant');

  it('refuses unknown results, keeps lines with an unknown progress', () => {
    const p = preview(ciso(';8.3.6;passed;done;', ';8.3.7;compliant;finished;'));
    expect(p.problems).toEqual([
      {
        code: 'exchange.problem.unknown-result',
        line: 2,
        column: 'compliance_result',
        letter: 'C',
        params: { line: 2, column: 'compliance_result', letter: 'C', value: 'passed' },
      },
      {
        code: 'exchange.problem.unknown-progress',
        line: 3,
        column: 'requirement_progress',
        letter: 'D',
        params: { line: 3, column: 'requirement_progress', letter: 'D', value: 'finished' },
      },
    ]);
    expect(p.rows).toEqual({ '8.3.7': { response: 'in-place', toConfirm: true } });
  });

  it("accepts CISO Assistant's labels as well as its codes", () => {
    const p = preview(
      ciso(';8.3.6;Non-compliant;In progress;', ';8.3.7;Not applicable;Done;Mail only'),
    );
    expect(p.problems).toEqual([]);
    expect(p.rows).toEqual({
      '8.3.6': { response: 'not-in-place', toConfirm: true },
      '8.3.7': { response: 'not-applicable', naReason: 'Mail only', toConfirm: true },
    });
  });

  it('turns partially compliant into Not in Place, saying so', () => {
    const p = preview(ciso(';8.3.6;partially_compliant;done;'));
    expect(p.rows['8.3.6']).toEqual({ response: 'not-in-place', toConfirm: true });
    expect(p.problems.map((x) => [x.code, x.line, x.letter, x.params['id']])).toEqual([
      ['exchange.problem.partially-compliant', 2, 'C', '8.3.6'],
    ]);
  });

  it('keeps words but not a response the chosen SAQ lacks', () => {
    const p = read(
      [
        head,
        `;8.3.6;not_assessed;done;"Not tested (Appendix D): the till\nWhy not tested: closed"`,
      ].join('\n'),
      'C',
    );
    const c = saqOf('C');
    expect(answerableRows(c)).toContain('8.3.6');
    expect(preview(p).rows['8.3.6']).toEqual({ notes: 'the till\nclosed' });
    expect(preview(p).problems[0]).toMatchObject({
      code: 'exchange.problem.response-not-in-saq',
      line: 2,
      letter: 'C',
      params: { id: '8.3.6', saq: 'SAQ C', value: 'Not Tested' },
    });
  });

  it('reads a requirement by urn when ref_id is empty, and refuses what is no requirement', () => {
    const p = preview(
      ciso(
        'urn:intuitem:risk:req_node:pcidss-4_0:3.5.2;;compliant;done;',
        ';Total;compliant;;',
        ';;compliant;;',
        ';8.3.6;compliant;;',
        ';8.3.6;non_compliant;;',
      ),
    );
    expect(Object.keys(p.rows)).toEqual(['3.5.1.1', '8.3.6']);
    expect(p.rows['8.3.6']?.response).toBe('in-place');
    expect(p.problems.map((x) => [x.code, x.line, x.letter ?? null])).toEqual([
      ['exchange.problem.unknown-requirement', 3, 'B'],
      ['exchange.problem.missing-requirement', 4, 'B'],
      ['exchange.problem.duplicate-row', 6, null],
    ]);
  });

  it('finds the requirement by urn when a spreadsheet turned its number into a date', () => {
    const p = preview(
      ciso('urn:intuitem:risk:req_node:pcidss-4_0:1.2.1;01.02.2001;compliant;done;'),
    );
    expect(p.rows).toEqual({ '1.2.1': { response: 'in-place', toConfirm: true } });
    expect(p.problems).toEqual([]);
  });

  it('skips lines whose assessable cell says no, as CISO Assistant does', () => {
    const p = preview(
      read(
        [
          'urn,assessable,ref_id,compliance_result',
          ',True,8.3.6,compliant',
          ',False,8.3.7,compliant',
          ',,8.3.8,compliant',
          ',0,8.3.9,compliant',
          ',yes,8.3.11,compliant',
        ].join('\n'),
        'D-Merchant',
      ),
    );
    expect(p.skipped).toBe(3);
    expect(Object.keys(p.rows)).toEqual(['8.3.6', '8.3.11']);
  });

  it('reads spreadsheet words and dates the way people type them', () => {
    const p = preview(
      read(
        [
          'PCI number,Response,Who will do it,Target date (YYYY-MM-DD),"Don\'t know yet: who to ask"',
          '8.3.6,not in place,Sam,31/03/2027,',
          '8.3.7,Not in Place,Sam,04/03/2027,',
          "8.3.8,don't KNOW yet,,,Treasurer",
          '8.3.9,Maybe,,,',
          '8.3.10,In Place,,,,extra',
        ].join('\n'),
        'D-Merchant',
      ),
    );
    expect(p.rows).toEqual({
      '8.3.6': {
        response: 'not-in-place',
        remediationOwner: 'Sam',
        remediationDate: '2027-03-31',
        toConfirm: true,
      },
      '8.3.7': { response: 'not-in-place', remediationOwner: 'Sam', toConfirm: true },
      '8.3.8': { dontKnow: true, followUpOwner: 'Treasurer', toConfirm: true },
    });
    expect(
      p.problems.map((x) => [x.code, x.line, x.letter ?? null, x.params['value'] ?? null]),
    ).toEqual([
      ['exchange.problem.bad-date', 3, 'D', '04/03/2027'],
      ['exchange.problem.unknown-response', 5, 'B', 'Maybe'],
      ['exchange.problem.too-many-cells', 6, null, null],
    ]);
  });

  it('refuses a cell longer than a stored answer may be', () => {
    const p = preview(
      read(
        `PCI number,Response,Who will do it\n8.3.6,Not in Place,${'S'.repeat(501)}`,
        'D-Merchant',
      ),
    );
    expect(p.rows).toEqual({});
    expect(p.problems[0]).toMatchObject({
      code: 'exchange.problem.too-long',
      line: 2,
      letter: 'C',
      params: { id: '8.3.6', max: 500 },
    });
  });
});

describe('dates', () => {
  it('are read when they can only mean one day', () => {
    expect(readDate('2027-03-31')).toBe('2027-03-31');
    expect(readDate('2027/3/1')).toBe('2027-03-01');
    expect(readDate('31.03.2027')).toBe('2027-03-31');
    expect(readDate('31/03/2027')).toBe('2027-03-31');
    expect(readDate('03/31/2027')).toBe('2027-03-31');
    expect(readDate('05/05/2027')).toBe('2027-05-05');
    expect(readDate('04/03/2027')).toBeNull();
    expect(readDate('2027-02-30')).toBeNull();
    expect(readDate('next spring')).toBeNull();
  });
});

describe('file encodings', () => {
  it('reads UTF-8 with or without a byte-order mark, and what Excel saves as plain CSV', () => {
    const text =
      'PCI number,Response,Notes (who checked and where the evidence is)\n12.8.1,In Place,Café';
    const utf8 = new TextEncoder().encode(text);
    const latin = Uint8Array.from(text, (c) => (c === 'é' ? 0xe9 : c.charCodeAt(0)));
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
    for (const bytes of [utf8, bom, latin]) {
      const p = preview(read(decodeCsvBytes(bytes), 'A'));
      expect(p.rows['12.8.1']).toEqual({ response: 'in-place', notes: 'Café', toConfirm: true });
    }
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x9c]);
    expect(error(read(decodeCsvBytes(xlsx))).code).toBe('exchange.error.excel-file');
  });
});
