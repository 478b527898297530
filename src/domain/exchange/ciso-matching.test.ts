/**
 * Our audit CSV through CISO Assistant's own reading and matching rules, re-implemented in
 * `ciso-simulator.ts` from `backend/data_wizard/views.py` (`_reconcile_compliance_requirements`,
 * `normalize_df_columns`, the `pd.read_csv` default branch of `process_excel_file`).
 */
import { describe, expect, it } from 'vitest';
import { answerableRows } from '../assessment/rules';
import pinned from './ciso-pcidss-4_0-nodes.json';
import { cisoImport, pandasRecords } from './ciso-simulator';
import { cisoResult, toCisoAuditCsv } from './export-csv';
import { loadSaqs, loadTexts, loadWords, sampleAssessment } from './test-support';

const nodes = pinned.nodes;
const texts = loadTexts();
const words = loadWords();

describe('CISO Assistant importing our audit CSV', () => {
  it('matches every row of every SAQ, skips none, fails none, and writes each node once', () => {
    const report: string[] = [];
    for (const saq of loadSaqs()) {
      const a = sampleAssessment(saq);
      const outcome = cisoImport(toCisoAuditCsv(a, saq, texts, words), nodes);
      const ids = answerableRows(saq);
      if (outcome.skipped.length) report.push(`${saq.id}: ${outcome.skipped.length} skipped`);
      for (const f of outcome.failed)
        report.push(`${saq.id}: ${String(f.record['ref_id'])} ${f.error}`);
      if (outcome.written.size !== ids.length)
        report.push(`${saq.id}: ${outcome.written.size} nodes written for ${ids.length} rows`);
      for (const id of ids) {
        const w = outcome.written.get(id);
        if (!w) report.push(`${saq.id}: ${id} not written`);
        else if ((w.result ?? '') !== cisoResult(a.rows[id]))
          report.push(`${saq.id}: ${id} result ${w.result} for ${a.rows[id]?.response}`);
      }
    }
    expect(report).toEqual([]);
  });

  it('reads ref_id as text and assessable as True, as pandas types the columns', () => {
    for (const saq of loadSaqs()) {
      const records = pandasRecords(toCisoAuditCsv(sampleAssessment(saq), saq, texts, words));
      expect(records.every((r) => typeof r['ref_id'] === 'string')).toBe(true);
      expect(records.every((r) => r['assessable'] === true)).toBe(true);
      expect(records.every((r) => r['score'] === '')).toBe(true);
    }
  });

  it('leaves the cells of unanswered rows empty, so they change nothing there', () => {
    const saq = loadSaqs().find((s) => s.id === 'A')!;
    const empty = { ...sampleAssessment(saq), rows: {} };
    const outcome = cisoImport(toCisoAuditCsv(empty, saq, texts, words), nodes);
    expect(outcome.skipped).toEqual([]);
    expect([...outcome.written.values()].every((w) => Object.keys(w).join() === 'line')).toBe(true);
  });

  it('would skip rows the way CISO Assistant does (the re-implementation can fail)', () => {
    const csv = [
      'urn,assessable,ref_id,compliance_result,requirement_progress,score,observations',
      'urn:intuitem:risk:req_node:pcidss-4_0:1.1.1,,1.1.1,compliant,done,,',
      ',True,,compliant,done,,',
      'urn:intuitem:risk:req_node:pcidss-4_0:3.5.2,True,,compliant,done,,',
      'urn:intuitem:risk:req_node:pcidss-4_0:12.8.1,True,99.9.9,compliant,done,,',
      ',True,12.8.2,maybe,done,,',
    ].join('\n');
    const outcome = cisoImport(csv, nodes);
    expect(outcome.skipped).toHaveLength(1);
    expect(outcome.failed.map((f) => f.error)).toEqual([
      'Neither ref_id nor urn provided for requirement',
      '"maybe" is not a valid choice.',
    ]);
    // A stale ref_id falls back to the urn; the urn alone finds 3.5.1.1, whose URN ends in 3.5.2.
    expect([...outcome.written.keys()]).toEqual(['3.5.1.1', '12.8.1']);
  });
});
