import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { answerableRows } from '../assessment/rules';
import pinned from './ciso-pcidss-4_0-nodes.json';
import { CISO_PCI_FRAMEWORK_URN, cisoUrnFor, refIdFromCisoUrn } from './ciso-library';
import { toCisoAuditCsv } from './export-csv';
import { loadSaqs, loadTexts, loadWords, sampleAssessment } from './test-support';

const nodes: { ref_id: string; urn: string; assessable: boolean }[] = pinned.nodes;

describe("the pinned copy of CISO Assistant's PCI DSS 4.0.1 library", () => {
  it('holds numbers and URNs only, each once, 351 of them assessable', () => {
    expect(pinned.frameworkUrn).toBe(CISO_PCI_FRAMEWORK_URN);
    expect(nodes.every((n) => Object.keys(n).sort().join() === 'assessable,ref_id,urn')).toBe(true);
    expect(nodes.filter((n) => !/^(?:A\d?|\d{1,2})(?:\.\d{1,2})*$/.test(n.ref_id))).toEqual([]);
    expect(new Set(nodes.map((n) => n.ref_id)).size).toBe(nodes.length);
    expect(new Set(nodes.map((n) => n.urn)).size).toBe(nodes.length);
    expect(nodes.filter((n) => n.assessable)).toHaveLength(351);
  });

  it('agrees with the naming rule the app uses instead of bundling the list', () => {
    const wrong = nodes.filter(
      (n) => cisoUrnFor(n.ref_id) !== n.urn || refIdFromCisoUrn(n.urn) !== n.ref_id,
    );
    expect(wrong).toEqual([]);
    expect(refIdFromCisoUrn('urn:intuitem:risk:req_node:other-framework:1.1.1')).toBeNull();
    expect(refIdFromCisoUrn('urn:intuitem:risk:req_node:pcidss-4_0:build-and-maintain')).toBeNull();
  });

  it('has an assessable node for every row of every SAQ we export, by ref_id and by urn alike', () => {
    const byRef = new Map(nodes.map((n) => [n.ref_id, n]));
    const byUrn = new Map(nodes.map((n) => [n.urn, n]));
    const texts = loadTexts();
    const words = loadWords();
    const failures: string[] = [];
    let rows = 0;
    for (const saq of loadSaqs()) {
      const csv = toCisoAuditCsv(sampleAssessment(saq), saq, texts, words);
      const records = Papa.parse<Record<string, string>>(csv.slice(1), {
        header: true,
        skipEmptyLines: true,
      }).data;
      expect(records.map((r) => r['ref_id'])).toEqual(answerableRows(saq));
      for (const r of records) {
        rows += 1;
        const node = byRef.get(r['ref_id'] ?? '');
        if (!node) failures.push(`${saq.id} ${r['ref_id']}: no node with this ref_id`);
        else if (!node.assessable) failures.push(`${saq.id} ${r['ref_id']}: node not assessable`);
        else if (byUrn.get(r['urn'] ?? '') !== node)
          failures.push(`${saq.id} ${r['ref_id']}: urn ${r['urn']} names another node`);
      }
    }
    expect(failures).toEqual([]);
    expect(rows).toBe(27 + 139 + 27 + 50 + 123 + 54 + 21 + 22 + 233);
  });
});
