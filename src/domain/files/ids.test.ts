import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeIdFromPath, encodeIdForPath } from './ids';

const runs = Number(process.env.FUZZ_RUNS ?? 200);

/** The path segments a browser makes of `/assessments/<encoded>/report`. */
const segments = (id: string) =>
  new URL(`/assessments/${encodeIdForPath(id)}/report`, 'https://opensaq.example').pathname
    .split('/')
    .slice(1);

describe('ids in addresses', () => {
  it('a/b, x?y, .. and . stay one segment and come back as they were', () => {
    for (const id of ['a/b', 'x?y', '..', '.', 'a#b', 'a%2Fb', '~0061', 'ä b', '\ud800']) {
      const [first, encoded, last] = segments(id);
      expect(first).toBe('assessments');
      expect(last).toBe('report');
      expect(decodeIdFromPath(encoded ?? '')).toBe(id);
    }
  });

  it('an id that names a page of its own (`new`) is written another way, and comes back', () => {
    expect(encodeIdForPath('new')).not.toBe('new');
    expect(decodeIdFromPath(encodeIdForPath('new'))).toBe('new');
    expect(encodeIdForPath('news')).toBe('news');
  });

  it('UUIDs are written as they are', () => {
    const id = '6f1c2c1e-3b7a-4c1e-9d3f-2a7b8c9d0e1f';
    expect(encodeIdForPath(id)).toBe(id);
  });

  it('a segment the app never writes is not an id', () => {
    for (const s of ['', 'a/b', '..', '~12', '~zzzz', 'a b'])
      expect(decodeIdFromPath(s), s).toBeNull();
  });

  it('any id round-trips through a real URL as one segment (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 100, unit: 'binary' }), (id) => {
        const encoded = encodeIdForPath(id);
        expect(encoded).toMatch(/^[A-Za-z0-9_~-]+$/);
        const parts = segments(id);
        expect(parts).toHaveLength(3);
        expect(decodeIdFromPath(parts[1] ?? '')).toBe(id);
        // A router that percent-decodes its parameters gets the same segment back.
        expect(decodeIdFromPath(decodeURIComponent(parts[1] ?? ''))).toBe(id);
      }),
      { numRuns: runs },
    );
  }, 60_000);
});
