import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleSaqD } from '../../scripts/sample-assessment';
import { buildReport } from '../domain/report/report-model';
import { REPORT_TEXTS } from '../domain/report/report-text';
import coverage from './fonts/coverage.json';
import {
  canDraw,
  fontSetFor,
  printable,
  REPLACEMENT,
  textsOf,
  undrawableCharacters,
} from './font-coverage';

/** The code points a TrueType file maps to glyphs (cmap formats 4 and 12), read straight from it. */
function cmapOf(path: string): Set<number> {
  const buf = readFileSync(path);
  const tables = buf.readUInt16BE(4);
  let cmap = 0;
  for (let i = 0; i < tables; i++) {
    const at = 12 + i * 16;
    if (buf.toString('latin1', at, at + 4) === 'cmap') cmap = buf.readUInt32BE(at + 8);
  }
  const out = new Set<number>();
  const subtables = buf.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const at = cmap + buf.readUInt32BE(cmap + 4 + i * 8 + 4);
    const format = buf.readUInt16BE(at);
    if (format === 12) {
      const groups = buf.readUInt32BE(at + 12);
      for (let g = 0; g < groups; g++) {
        const first = buf.readUInt32BE(at + 16 + g * 12);
        const last = buf.readUInt32BE(at + 20 + g * 12);
        const glyph = buf.readUInt32BE(at + 24 + g * 12);
        for (let c = first; c <= last; c++) if (glyph + (c - first) !== 0) out.add(c);
      }
    } else if (format === 4) {
      const segs = buf.readUInt16BE(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + segs * 2 + 2;
      const deltas = starts + segs * 2;
      const offsets = deltas + segs * 2;
      for (let s = 0; s < segs; s++) {
        const end = buf.readUInt16BE(ends + s * 2);
        const start = buf.readUInt16BE(starts + s * 2);
        const delta = buf.readInt16BE(deltas + s * 2);
        const offset = buf.readUInt16BE(offsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph =
            offset === 0
              ? (c + delta) & 0xffff
              : buf.readUInt16BE(offsets + s * 2 + offset + (c - start) * 2);
          if (glyph !== 0) out.add(c);
        }
      }
    }
  }
  return out;
}

/** What both files of a pair draw, as the generator writes it: [first, last] ranges from U+0020. */
function rangesOf(regular: string, bold: string): number[][] {
  const bolds = cmapOf(bold);
  const both = [...cmapOf(regular)].filter((c) => c >= 0x20 && bolds.has(c)).sort((a, b) => a - b);
  const out: number[][] = [];
  for (const c of both) {
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

const fonts = 'src/pdf/fonts';

describe('what the PDF fonts can draw', () => {
  it('matches the font files: coverage.json is regenerated whenever a font changes', () => {
    expect(coverage.base).toEqual(
      rangesOf(`${fonts}/NotoSans-Regular-subset.ttf`, `${fonts}/NotoSans-Bold-subset.ttf`),
    );
    expect(coverage.extended).toEqual(
      rangesOf(`${fonts}/NotoSans-Regular-extended.ttf`, `${fonts}/NotoSans-Bold-extended.ttf`),
    );
  });

  it('draws Western and Polish text with the base fonts, and loads the extended ones only when needed', () => {
    expect(
      fontSetFor(['Fondation Éloïse & Zoë Brontë', 'Fundacja Łódź – Żółć', '“quotes” €']),
    ).toBe('base');
    for (const name of ['Hội Bảo trợ Trẻ em', 'Αθήνα', 'Екатерина', 'Ελληνικά και Кириллица'])
      expect([name, fontSetFor([name])]).toEqual([name, 'extended']);
    expect(canDraw('base', 'ł')).toBe(true);
    expect(canDraw('base', 'ệ')).toBe(false);
    expect(canDraw('extended', 'ệ')).toBe(true);
  });

  it('draws Vietnamese typed with combining accents, after NFC', () => {
    const decomposed = 'Nguye\u0302\u0303n Thi\u0323 \u0110i\u0323nh'.normalize('NFD');
    expect(undrawableCharacters([decomposed])).toEqual([]);
    expect(printable(decomposed)).toBe('Nguyễn Thị Định');
  });

  it('reports each character no font can draw, once, and prints it as the replacement mark', () => {
    expect(undrawableCharacters(['北京 Charity', 'Hội', '京都 😀', 'שלום'])).toEqual([
      '北',
      '京',
      '都',
      '😀',
      'ש',
      'ל',
      'ו',
      'ם',
    ]);
    expect(printable('Club 北京')).toBe(`Club ${REPLACEMENT}${REPLACEMENT}`);
    expect(canDraw('extended', REPLACEMENT)).toBe(true);
  });

  it("needs only the base fonts for the record's own words", () => {
    const { assessment, content } = sampleSaqD();
    const model = buildReport(assessment, content, new Date('2026-11-22T10:00:00Z'));
    expect(fontSetFor(textsOf(model))).toBe('base');
    // Every label and sentence of the record (the export warning is shown on screen, not printed).
    const printed = REPORT_TEXTS.filter((s) => !s.includes(REPLACEMENT));
    expect(printed.flatMap((s) => [...s].filter((c) => !canDraw('base', c)))).toEqual([]);
  });

  it('finds every string in a model', () => {
    expect(textsOf({ a: 'x', b: [{ c: 'y' }, 3, null], d: { e: 'z' } })).toEqual(['x', 'y', 'z']);
  });
});
