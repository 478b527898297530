import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from './check';
import { readContent } from './read-content.node';

const root = fileURLToPath(new URL('../../content', import.meta.url));

describe('content/', () => {
  const report = checkContent(readContent(root));

  it('validates every file and cross-reference', () => {
    expect(report.errors).toEqual([]);
  });

  it('has the rows of SAQ A, A-EP and D for Merchants', () => {
    expect(report.rowsPerSaq).toMatchObject({ A: 27, 'A-EP': 139, 'D-Merchant': 253 });
  });

  it('has 233 full entries and 20 placeholders at least', () => {
    expect(report.fullEntries).toBeGreaterThanOrEqual(233);
    expect(report.placeholderEntries).toBeGreaterThanOrEqual(20);
  });

  it("counts the rows a merchant answers: every row but SAQ D's 20 rows without a response", () => {
    expect(report.answerableRowsPerSaq).toMatchObject({ A: 27, 'A-EP': 139, 'D-Merchant': 233 });
  });

  it('keeps "what this asks" plain: median reading grade 9 or lower', () => {
    expect(report.readingGradeMedian).toBeLessThanOrEqual(9);
  });

  it('catches a row out of order', () => {
    const raw = readContent(root);
    const a = raw.saqs['a'] as { groups: { rows: { id: string }[] }[] };
    const [g0, g1] = a.groups;
    const first = g0?.rows[0];
    const second = g1?.rows[0];
    if (!g0 || !g1 || !first || !second) throw new Error('SAQ A has no rows');
    g0.rows[0] = second;
    g1.rows[0] = first;
    expect(checkContent(raw).errors.join('\n')).toMatch(/saq\/a: .*differ from the official list/);
  });

  it('catches an unknown glossary term and a missing entry', () => {
    const raw = readContent(root);
    const file = raw.requirements['req-08'] as { entries: { id: string; terms?: string[] }[] };
    const entry = file.entries.find((e) => e.terms);
    if (!entry?.terms) throw new Error('no entry with terms');
    entry.terms.push('no-such-term');
    file.entries.splice(
      file.entries.findIndex((e) => e.id === '8.3.6'),
      1,
    );
    const errors = checkContent(raw).errors.join('\n');
    expect(errors).toMatch(/unknown glossary term "no-such-term"/);
    expect(errors).toMatch(/8\.3\.6 has no entry/);
  });

  it('catches an override that asks for a bullet the SAQ leaves blank', () => {
    const raw = readContent(root);
    const overrides = (raw.saqs['c'] as { overrides: Record<string, { asks?: string }> }).overrides;
    const override = overrides['6.3.3'];
    if (!override) throw new Error('SAQ C has no override of 6.3.3');
    override.asks += ' Other security updates go in within a time you set.';
    expect(checkContent(raw).errors.join('\n')).toMatch(
      /saq\/c: 6\.3\.3: C leaves bullet 2 blank, but its text still asks for it \("other security updates"\)/,
    );
  });

  it('catches a row that leaves a bullet blank but shows the shared text', () => {
    const raw = readContent(root);
    const overrides = (raw.saqs['a'] as { overrides: Record<string, unknown> }).overrides;
    delete overrides['9.4.3'];
    const errors = checkContent(raw).errors.join('\n');
    expect(errors).toMatch(
      /saq\/a: 9\.4\.3: A leaves bullets \[1, 3\] blank, its override says \[\]/,
    );
    expect(errors).toMatch(
      /saq\/a: 9\.4\.3: A leaves bullet 1 blank, but its text still asks for it/,
    );
  });

  it('catches an override for a row the SAQ does not have, or of a field that does not exist', () => {
    const raw = readContent(root);
    const overrides = (raw.saqs['a'] as { overrides: Record<string, Record<string, unknown>> })
      .overrides;
    overrides['12.10.4.1'] = { source: 'none', asks: 'Train responders yearly.' };
    expect(checkContent(raw).errors.join('\n')).toMatch(
      /saq\/a: override of 12\.10\.4\.1: 12\.10\.4\.1 is not a row of A/,
    );
    delete overrides['12.10.4.1'];
    overrides['6.3.3'] = { ...overrides['6.3.3'], howTo: ['a field the entry does not have'] };
    expect(checkContent(raw).errors.join('\n')).toMatch(
      /saq\/a: [\s\S]*Unrecognized key: \\"howTo\\"/,
    );
  });

  it('catches an override with an unknown glossary term, or without its source', () => {
    const raw = readContent(root);
    const overrides = (raw.saqs['b-ip'] as { overrides: Record<string, Record<string, unknown>> })
      .overrides;
    overrides['2.2.2'] = { ...overrides['2.2.2'], terms: ['no-such-term'] };
    expect(checkContent(raw).errors.join('\n')).toMatch(
      /override of 2\.2\.2: unknown glossary term "no-such-term"/,
    );
    delete overrides['2.2.2']?.source;
    expect(checkContent(raw).errors.join('\n')).toMatch(
      /saq\/b-ip: [\s\S]*"overrides",\s*"2\.2\.2",\s*"source"/,
    );
  });

  it('catches a note without its source', () => {
    const raw = readContent(root);
    const b = raw.saqs['b'] as { groups: { rows: { id: string; source?: string }[] }[] };
    const row = b.groups.flatMap((g) => g.rows).find((r) => r.id === '9.4.1');
    if (!row) throw new Error('SAQ B has no 9.4.1');
    delete row.source;
    expect(checkContent(raw).errors).toContain("saq/b: 9.4.1's note has no source");
  });

  it('catches a placeholder that tells a merchant to mark it, or names the wrong answerer', () => {
    const raw = readContent(root);
    const file = raw.requirements['req-03-04'] as {
      entries: { id: string; title: string; asks: string }[];
    };
    const issuer = file.entries.find((e) => e.id === '3.3.3');
    if (!issuer) throw new Error('no 3.3.3');
    issuer.title = 'Service providers only';
    issuer.asks += ' Mark it Not Applicable.';
    const errors = checkContent(raw).errors.join('\n');
    expect(errors).toMatch(/3\.3\.3 tells a merchant to mark a row it cannot answer/);
    expect(errors).toMatch(/3\.3\.3's title does not say who answers it \(issuer\)/);
  });

  it('catches a row without a response that is still offered to merchants', () => {
    const raw = readContent(root);
    const d = raw.saqs['d-merchant'] as {
      groups: { rows: { id: string; notForMerchants?: boolean }[] }[];
    };
    const row = d.groups.flatMap((g) => g.rows).find((r) => r.id === '12.3.2');
    if (!row) throw new Error('SAQ D has no 12.3.2');
    delete row.notForMerchants;
    const errors = checkContent(raw).errors.join('\n');
    expect(errors).toMatch(
      /12\.3\.2 has a placeholder entry but is not marked as not for merchants/,
    );
    expect(errors).toMatch(/12\.3\.2 is not marked as not for merchants/);
  });

  it('catches criteria kept twice: in eligibility/criteria.json and in an SAQ file', () => {
    const raw = readContent(root);
    const criteria = raw.criteria as { saqs: Record<string, string[]> };
    criteria.saqs['C-VT'] = ['You type card details into a virtual terminal.'];
    expect(checkContent(raw).errors.join('\n')).toMatch(
      /eligibility\/criteria\.json: C-VT has its own file in content\/saq/,
    );
  });
});

describe('the content loader', () => {
  it('loads several SAQs at once, each once, leaving out ids without content', async () => {
    const { loadSaqContents } = await import('./loader');
    const saqs = await loadSaqContents(['A', 'P2PE', 'A', 'D-SP']);
    expect(Object.keys(saqs).sort()).toEqual(['A', 'P2PE']);
    expect(saqs['A']?.id).toBe('A');
    expect(saqs['P2PE']?.groups.length).toBeGreaterThan(0);
  });
});
