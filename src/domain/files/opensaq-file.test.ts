import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessment/model';
import {
  applyMerge,
  decrypt,
  encrypt,
  ImportError,
  makeFile,
  MAX_FILE_BYTES,
  onlyGroups,
  parseFileText,
  planMerge,
  readFileText,
  replacementPreview,
  serialise,
  writeFile,
} from './opensaq-file';

const NOW = new Date('2026-11-22T10:00:00Z');
const base: Assessment = {
  id: 'a1',
  format: 1,
  organisation: 'Les Amis de l’École <b>bold</b>',
  channels: ['ecommerce'],
  saq: 'A',
  saqEdition: 'v4.0.1 r1',
  contentVersion: '2026.11.1',
  rows: {
    '3.1.1': {
      response: 'not-applicable',
      naReason: 'No paper.',
      updatedAt: '2026-11-01T00:00:00Z',
    },
    '12.8.1': {
      response: 'in-place',
      notes: '<script>alert(1)</script>',
      updatedAt: '2026-11-01T00:00:00Z',
    },
  },
  dropped: {},
  groupsDone: ['3'],
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
};
const known = () => new Set(['2.2.2', '3.1.1', '3.2.1', '12.8.1', '12.8.2']);
const fileText = (assessments: Assessment[]) =>
  serialise(makeFile(assessments, 'everything', '0.1.0', '2026.11.1', NOW));

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof ImportError ? e.code : `unexpected: ${String(e)}`;
  }
  return undefined;
}

describe('the .opensaq.json file', () => {
  it('round-trips losslessly, keeping HTML as plain text', () => {
    const parsed = parseFileText(fileText([base]), known);
    expect(parsed.kind).toBe('file');
    if (parsed.kind === 'file') expect(parsed.file.assessments).toEqual([base]);
  });

  it('names what is wrong with a bad file', () => {
    expect(code(() => parseFileText('', known))).toBe('empty');
    expect(code(() => parseFileText('{"format":"opensaq",', known))).toBe('not-json');
    expect(code(() => parseFileText('hello', known))).toBe('not-json');
    expect(code(() => parseFileText('{"format":"other","version":1}', known))).toBe('not-opensaq');
    expect(
      code(() => parseFileText(fileText([base]).replace('"version": 1', '"version": 9'), known)),
    ).toBe('newer-version');
    expect(code(() => parseFileText(fileText([{ ...base, saq: 'Z' as never }]), known))).toBe(
      'invalid',
    );
    expect(
      code(() =>
        parseFileText(
          fileText([{ ...base, rows: { '3.1.1': { response: 'maybe' as never } } }]),
          known,
        ),
      ),
    ).toBe('invalid');
    expect(
      code(() =>
        parseFileText(fileText([{ ...base, rows: { '99.1': { response: 'in-place' } } }]), known),
      ),
    ).toBe('invalid');
    expect(
      code(() =>
        parseFileText(fileText([{ ...base, rows: { '12.3.4': { response: 'in-place' } } }]), known),
      ),
    ).toBe('unknown-requirement');
    expect(
      code(() =>
        parseFileText(
          fileText([base]).replace('"groupsDone"', '"__proto__": {"polluted": true}, "groupsDone"'),
          known,
        ),
      ),
    ).toBe('forbidden-key');
    expect(
      code(() =>
        parseFileText(
          fileText([base]).replace('"groupsDone"', '"constructor": {}, "groupsDone"'),
          known,
        ),
      ),
    ).toBe('forbidden-key');
    expect(code(() => parseFileText(' '.repeat(MAX_FILE_BYTES + 1), known))).toBe('too-large');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('protects a file with a passphrase; a wrong one says so', async () => {
    const protectedText = await encrypt(fileText([base]), 'correct horse battery staple', 100_000);
    expect(protectedText).not.toContain('Amis');
    const parsed = parseFileText(protectedText, known);
    expect(parsed.kind).toBe('encrypted');
    if (parsed.kind !== 'encrypted') return;
    await expect(decrypt(parsed.envelope, 'wrong')).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
    const plain = await decrypt(parsed.envelope, 'correct horse battery staple');
    expect(plain).toBe(fileText([base]));
  });

  it('uses at least 600,000 PBKDF2 iterations by default', async () => {
    const parsed = parseFileText(await encrypt('{}', 'x'), known);
    expect(
      parsed.kind === 'encrypted' && parsed.envelope.header.kdf.iterations,
    ).toBeGreaterThanOrEqual(600_000);
  }, 30_000);

  it('exports selected groups only', () => {
    expect(Object.keys(onlyGroups(base, ['12']).rows)).toEqual(['12.8.1']);
  });
});

describe('merge and replace', () => {
  const volunteer: Assessment = {
    ...base,
    rows: {
      '3.1.1': { response: 'in-place', updatedAt: '2026-11-05T00:00:00Z' },
      '12.8.1': base.rows['12.8.1']!,
      '12.8.2': {
        response: 'in-place',
        notes: 'Contract clause 7',
        updatedAt: '2026-11-04T00:00:00Z',
      },
    },
  };

  it('adds new rows, keeps equal ones, and shows each conflict with which side is newer', () => {
    const plan = planMerge(base, volunteer);
    expect(plan.added).toEqual(['12.8.2']);
    expect(plan.same).toBe(1);
    expect(plan.conflicts).toEqual([
      { id: '3.1.1', ours: base.rows['3.1.1'], theirs: volunteer.rows['3.1.1'], newer: 'theirs' },
    ]);
    const kept = applyMerge(base, volunteer, { '3.1.1': 'ours' }, NOW.toISOString());
    expect(kept.rows['3.1.1']).toEqual(base.rows['3.1.1']);
    expect(kept.rows['12.8.2']).toEqual(volunteer.rows['12.8.2']);
    expect(
      applyMerge(base, volunteer, { '3.1.1': 'theirs' }, NOW.toISOString()).rows['3.1.1'],
    ).toEqual(volunteer.rows['3.1.1']);
  });

  it('previews a replacement', () => {
    expect(replacementPreview(base, volunteer)).toEqual({ changed: 1, added: 1, removed: 0 });
  });
});

describe('the importer under generated and mutated files (property-based)', () => {
  const runs = Number(process.env.FUZZ_RUNS ?? 200);
  const valid = fileText([base]);

  it('never crashes on any text: it parses or throws an ImportError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const c = code(() => parseFileText(text, known));
        expect(c === undefined || !c.startsWith('unexpected')).toBe(true);
      }),
      { numRuns: runs },
    );
  }, 60_000);

  it('a mutated valid file is either valid or refused with a reason', () => {
    fc.assert(
      fc.property(
        fc.nat(valid.length - 1),
        fc.string({ minLength: 0, maxLength: 5 }),
        fc.nat(5),
        (at, insert, cut) => {
          const mutated = valid.slice(0, at) + insert + valid.slice(at + cut);
          const c = code(() => parseFileText(mutated, known));
          expect(c === undefined || !c.startsWith('unexpected')).toBe(true);
        },
      ),
      { numRuns: runs },
    );
  }, 60_000);

  it('export then import then export is lossless for generated assessments', () => {
    const row = fc.record(
      {
        response: fc.constantFrom(
          'in-place',
          'in-place-ccw',
          'not-applicable',
          'not-in-place',
          'not-tested',
        ),
        notes: fc.string({ maxLength: 60 }),
        naReason: fc.string({ maxLength: 60 }),
        dontKnow: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    const assessment = fc.record({
      organisation: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
      rows: fc.dictionary(fc.constantFrom('2.2.2', '3.1.1', '3.2.1', '12.8.1', '12.8.2'), row),
    });
    fc.assert(
      fc.property(assessment, ({ organisation, rows }) => {
        const a = { ...base, organisation, rows } as Assessment;
        const once = fileText([a]);
        const parsed = parseFileText(once, known);
        expect(parsed.kind).toBe('file');
        if (parsed.kind !== 'file') return;
        expect(parsed.file.assessments[0]).toEqual(a);
        // And a second round trip gives the same text, byte for byte.
        const twice = serialise(parsed.file);
        const again = parseFileText(twice, known);
        expect(again.kind === 'file' && serialise(again.file)).toBe(twice);
      }),
      { numRuns: runs },
    );
  }, 60_000);
});

describe('what the importer refuses, and why', () => {
  it('two assessments with one id: refused, naming the id', () => {
    try {
      parseFileText(fileText([base, { ...base, organisation: 'Twin' }]), known);
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'duplicate-id', params: { id: 'a1', second: 'Twin' } });
    }
  });

  it('impossible dates are refused; real ones, even far ahead, are kept as they are', () => {
    expect(
      code(() => parseFileText(fileText([{ ...base, createdAt: '2026-02-30T00:00:00Z' }]), known)),
    ).toBe('invalid');
    const due = {
      ...base,
      rows: { '3.1.1': { response: 'not-in-place' as const, remediationDate: '2026-02-30' } },
    };
    expect(code(() => parseFileText(fileText([due]), known))).toBe('invalid');
    const later = { ...base, updatedAt: '2099-01-01T00:00:00Z' };
    const parsed = parseFileText(fileText([later]), known);
    expect(parsed.kind === 'file' && parsed.file.assessments[0]?.updatedAt).toBe(
      '2099-01-01T00:00:00Z',
    );
  });

  it('a deeply nested file is too deep, not cut short', () => {
    const deep = fileText([base]).replace(
      '"groupsDone"',
      `"x": ${'['.repeat(5000)}${']'.repeat(5000)}, "groupsDone"`,
    );
    expect(code(() => parseFileText(deep, known))).toBe('too-deep');
  });

  it('writes no file it could not read back', async () => {
    const many = Array.from({ length: 2001 }, (_, i) => ({ ...base, id: `a${i}` }));
    await expect(writeFile(makeFile(many, 'everything', '0.1.0', '1', NOW))).rejects.toMatchObject({
      code: 'too-many-assessments',
    });
    const long = { ...base, rows: { '3.1.1': { notes: 'x'.repeat(20_001) } } };
    await expect(
      writeFile(makeFile([long], 'everything', '0.1.0', '1', NOW)),
    ).rejects.toMatchObject({
      code: 'invalid',
      params: { where: 'assessments > 0 > rows > 3.1.1 > notes' },
    });
  });

  it('reads and writes a large file in slices, giving the page a turn and saying how far it is', async () => {
    const list = Array.from({ length: 300 }, (_, i) => ({ ...base, id: `a${i}` }));
    const file = makeFile(list, 'everything', '0.1.0', '1', NOW);
    let turns = 0;
    const phases: string[] = [];
    const options = {
      budgetMs: 0,
      yieldToHost: async () => void turns++,
      onProgress: (p: { phase: string; done: number; total: number }) => {
        expect(p.done).toBeLessThanOrEqual(p.total);
        if (phases.at(-1) !== p.phase) phases.push(p.phase);
      },
    };
    const written = await writeFile(file, options);
    const text = written.parts.map((p) => new TextDecoder().decode(p)).join('');
    expect(text).toBe(serialise(file));
    expect(written.bytes).toBe(new TextEncoder().encode(text).length);
    const parsed = await readFileText(text, known, options);
    expect(parsed.kind === 'file' && parsed.file.assessments).toEqual(list);
    expect(turns).toBeGreaterThan(600);
    expect(phases).toEqual(['serialising', 'parsing', 'checking']);
  });
});

describe('the file is written exactly as JSON.stringify writes it (property)', () => {
  const runs = Number(process.env.FUZZ_RUNS ?? 200);
  it('part by part or at once, for any assessments', () => {
    const notes = fc.string({ maxLength: 30 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ org: notes.filter((s) => s.trim().length > 0), notes }), {
          maxLength: 4,
        }),
        (list) => {
          const file = makeFile(
            list.map((x, i) => ({
              ...base,
              id: `a${i}`,
              organisation: x.org,
              rows: { '3.1.1': { notes: x.notes } },
            })),
            'everything',
            '0.1.0',
            '1',
            NOW,
          );
          expect(serialise(file)).toBe(JSON.stringify(file, null, 1));
        },
      ),
      { numRuns: runs },
    );
  }, 60_000);
});
