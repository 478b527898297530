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

  it('has 234 full entries and 19 placeholders at least', () => {
    expect(report.fullEntries).toBeGreaterThanOrEqual(234);
    expect(report.placeholderEntries).toBeGreaterThanOrEqual(19);
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
