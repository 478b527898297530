import { describe, expect, it } from 'vitest';
import { loadWords } from './test-support';
import { EXCHANGE_TEXT_CODES, LABELS, SPREADSHEET_COLUMNS, normaliseWord, word } from './words';

const words = loadWords();
const placeholders = (s: string) => [...s.matchAll(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g)].map((m) => m[1]);

describe('content/text/exchange.json', () => {
  it('has a sentence for every code the exchange uses, and no other', () => {
    expect(Object.keys(words).sort()).toEqual([...EXCHANGE_TEXT_CODES].sort());
    expect(
      Object.entries(words).filter(([k, v]) => !/^[a-z0-9][a-z0-9.-]*$/.test(k) || !v.trim()),
    ).toEqual([]);
  });

  it('has headings and labels that read back unambiguously and never look like formulas', () => {
    const headings = SPREADSHEET_COLUMNS.map((c) =>
      normaliseWord(word(words, `exchange.column.${c}`)),
    );
    expect(new Set(headings).size).toBe(headings.length);
    const labels = LABELS.map((l) => word(words, `exchange.label.${l}`));
    expect(new Set(labels).size).toBe(labels.length);
    // A label ends at the first colon of its line, and a part's further lines start with spaces.
    expect(labels.filter((l) => l.includes(':') || /^\s|\s$/.test(l))).toEqual([]);
    expect([...headings, ...labels].filter((w) => /^[=+\-@'\t\r]/.test(w))).toEqual([]);
    // CISO Assistant's own headings must not be mistaken for ours, nor ours for a CISO audit.
    expect(headings.filter((h) => ['ref_id', 'urn', 'compliance_result'].includes(h))).toEqual([]);
  });

  it('names the line and the column in every message about a line', () => {
    const lineMessages = Object.entries(words).filter(([k]) => k.startsWith('exchange.problem.'));
    const withoutLine = lineMessages.filter(([, v]) => !placeholders(v).includes('line'));
    expect(withoutLine).toEqual([]);
    const withoutColumn = lineMessages.filter(
      ([k, v]) =>
        !['exchange.problem.duplicate-row', 'exchange.problem.too-many-cells'].includes(k) &&
        !(placeholders(v).includes('letter') && placeholders(v).includes('column')),
    );
    expect(withoutColumn).toEqual([]);
  });
});
