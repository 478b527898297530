import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, escapeFormula, toCsv, unescapeFormula } from './csv-text';
import { readLabelled, writeLabelled } from './labelled-text';
import { loadWords } from './test-support';
import { LABELS } from './words';

const runs = Number(process.env.FUZZ_RUNS ?? 200);
/** Far above the time each property takes on a busy two-core machine, at 200 or 20,000 runs. */
const TIMEOUT = 30_000 + runs * 10;
const words = loadWords();

describe('CSV writing', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe(`${BOM}a,b\r\n1,2\r\n`);
  });

  it('quotes only the cells that need it', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
  });

  it(
    'reads back through Papa Parse exactly, whatever the cells hold',
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.array(fc.string({ maxLength: 30 }), { minLength: 2, maxLength: 4 }), {
            minLength: 1,
            maxLength: 5,
          }),
          (rows) => {
            const width = rows[0]!.length;
            const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
            const parsed = Papa.parse<string[]>(toCsv(table).slice(1), {
              delimiter: ',',
              newline: '\r\n',
            });
            expect(parsed.data.slice(0, table.length)).toEqual(table);
          },
        ),
        { numRuns: runs },
      );
    },
    TIMEOUT,
  );

  it(
    'guards formulas with an apostrophe and removes exactly that one on reading',
    () => {
      expect(escapeFormula('=1+1')).toBe("'=1+1");
      expect(escapeFormula('-5')).toBe("'-5");
      expect(escapeFormula(' @x')).toBe("' @x");
      expect(escapeFormula("'=x")).toBe("''=x");
      expect(escapeFormula('plain')).toBe('plain');
      expect(unescapeFormula("'-5")).toBe('-5');
      expect(unescapeFormula("'plain")).toBe("'plain");
      fc.assert(
        fc.property(fc.string({ maxLength: 20 }), (s) => {
          expect(unescapeFormula(escapeFormula(s))).toBe(s);
          expect(escapeFormula(s)).not.toMatch(/^\s*[=+\-@]/);
        }),
        { numRuns: runs },
      );
    },
    TIMEOUT,
  );
});

describe('labelled parts in one cell', () => {
  it('writes one part per label with further lines indented', () => {
    expect(
      writeLabelled(
        [
          ['action', 'Move the form\nto the provider'],
          ['owner', undefined],
          ['date', '2027-03-31'],
        ],
        words,
      ),
    ).toBe('Action to fix it: Move the form\n  to the provider\nTarget date: 2027-03-31');
  });

  it(
    'reads back exactly what it wrote, and keeps unlabelled lines as free text',
    () => {
      const part = fc.tuple(fc.constantFrom(...LABELS), fc.string({ maxLength: 40 }));
      fc.assert(
        fc.property(fc.uniqueArray(part, { selector: (p) => p[0], maxLength: 6 }), (parts) => {
          const { parts: read, free } = readLabelled(writeLabelled(parts, words), words);
          expect(read).toEqual(Object.fromEntries(parts));
          expect(free).toBeUndefined();
        }),
        { numRuns: runs },
      );
      expect(readLabelled('Checked it myself.\nNotes: fine', words)).toEqual({
        parts: { notes: 'fine' },
        free: 'Checked it myself.',
      });
    },
    TIMEOUT,
  );
});
