import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../limits';
import { ImportError } from './errors';
import { isJsonValue, parsePart, scanTopObject, type TopObject } from './json-scan';
import { runAtOnce } from './slices';

const runs = Number(process.env.FUZZ_RUNS ?? 200);
const SPLIT = new Set(['assessments']);

function scan(text: string): TopObject | null {
  return runAtOnce(scanTopObject(text, SPLIT));
}

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof ImportError ? e.code : `unexpected: ${String(e)}`;
  }
  return undefined;
}

/** What the scan finds, parsed: the same value `JSON.parse` gives. */
function reassemble(text: string, top: TopObject): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, range] of top.members)
    out[key] =
      key === 'assessments' && top.elements
        ? top.elements.map((r) => parsePart(text, r))
        : parsePart(text, range);
  return out;
}

describe('scanning a file in parts', () => {
  it('finds each member and each assessment', () => {
    const text =
      '{ "format": "opensaq", "assessments": [ {"a": [1, {"b": "]}\\""}]}, 2 ], "x": null }';
    const top = scan(text);
    expect(top && [...top.members.keys()]).toEqual(['format', 'assessments', 'x']);
    expect(top?.elements?.map((r) => text.slice(r.start, r.end))).toEqual([
      '{"a": [1, {"b": "]}\\""}]}',
      '2',
    ]);
  });

  it('refuses keys that could reach a prototype, however they are written', () => {
    expect(code(() => scan('{"__proto__": 1}'))).toBe('forbidden-key');
    expect(code(() => scan('{"a": [{"x": {"constructor": 1}}]}'))).toBe('forbidden-key');
    expect(code(() => scan('{"a": {"__pro\\u0074o__": 1}}'))).toBe('forbidden-key');
    expect(code(() => scan('{"a": "__proto__"}'))).toBeUndefined();
  });

  it('says a deeply nested file is too deep, not cut short', () => {
    const deep = `{"a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(code(() => scan(deep))).toBe('too-deep');
    expect(code(() => isJsonValue('['.repeat(100_000)))).toBe('too-deep');
    const fine = `{"a": ${'['.repeat(MAX_JSON_DEPTH - 1)}${']'.repeat(MAX_JSON_DEPTH - 1)}}`;
    expect(code(() => scan(fine))).toBeUndefined();
    expect(code(() => scan('{"a": [1, 2'))).toBe('not-json');
  });

  it('refuses a top-level key given twice', () => {
    expect(code(() => scan('{"assessments": [], "assessments": [1]}'))).toBe('duplicate-key');
  });

  it('reads exactly what JSON.parse reads, for any JSON object (property)', () => {
    const key = fc
      .string({ maxLength: 8 })
      .filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k));
    const value = fc
      .jsonValue({ maxDepth: 4 })
      .filter((v) => !JSON.stringify(v).match(/"(__proto__|constructor|prototype)"\s*:/));
    fc.assert(
      fc.property(
        fc.dictionary(key, value, { maxKeys: 5 }),
        fc.array(value, { maxLength: 5 }),
        fc.constantFrom(0, 1, 2),
        (rest, assessments, indent) => {
          const text = JSON.stringify({ ...rest, assessments }, null, indent);
          const top = scan(text);
          expect(top).not.toBeNull();
          expect(reassemble(text, top as TopObject)).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: runs },
    );
  }, 60_000);

  it('a damaged object is refused exactly when JSON.parse refuses it (property)', () => {
    const valid = JSON.stringify(
      { format: 'opensaq', n: [1, 2.5e3, true, null], assessments: [{ a: 'x\\"}' }, [], {}] },
      null,
      1,
    );
    fc.assert(
      fc.property(
        fc.nat(valid.length - 1),
        fc.string({ maxLength: 4 }),
        fc.nat(4),
        (at, insert, cut) => {
          const text = valid.slice(0, at) + insert + valid.slice(at + cut);
          let parsed: unknown;
          let jsonOk = true;
          try {
            parsed = JSON.parse(text);
          } catch {
            jsonOk = false;
          }
          let scanned: unknown;
          let scanOk = true;
          try {
            const top = scan(text);
            if (top === null) scanOk = isJsonValue(text);
            else scanned = reassemble(text, top);
          } catch (e) {
            if (!(e instanceof ImportError)) throw e;
            scanOk = false;
            // Refusals other than "not JSON" are for valid JSON we never write.
            if (e.code !== 'not-json') return;
          }
          expect(scanOk).toBe(jsonOk);
          if (scanOk && scanned !== undefined) expect(scanned).toEqual(parsed);
        },
      ),
      { numRuns: runs },
    );
  }, 60_000);
});
