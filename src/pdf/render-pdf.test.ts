import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { sampleSaqD } from '../../scripts/sample-assessment';
import { buildReport, outline } from '../domain/report/report-model';
import { fontSetFor, textsOf } from './font-coverage';
import { renderPdf } from './render-pdf';

const font = (name: string) => readFileSync(`src/pdf/fonts/${name}.ttf`).toString('base64');
const FONTS = {
  base: { regular: font('NotoSans-Regular-subset'), bold: font('NotoSans-Bold-subset') },
  extended: { regular: font('NotoSans-Regular-extended'), bold: font('NotoSans-Bold-extended') },
};

interface OutlineNode {
  title: string;
  items: OutlineNode[];
}

/** The text of each page and the bookmarks, as a reader gets them. */
async function read(bytes: ArrayBuffer): Promise<{ pages: string[]; outline: OutlineNode[] }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  const bookmarks = ((await doc.getOutline()) ?? []) as OutlineNode[];
  await doc.destroy();
  return { pages, outline: bookmarks };
}

const VIETNAMESE =
  'Hội Bảo trợ Trẻ em Mồ côi Thành phố Hồ Chí Minh – Chi nhánh Quận Bình Thạnh, với Quỹ Học bổng Nguyễn Thị Định và những người bạn';
const CYRILLIC = 'Екатерина Смирнова';

describe('the PDF record', { timeout: 60_000 }, () => {
  const { assessment, content } = sampleSaqD({ organisation: VIETNAMESE, contact: CYRILLIC });
  const model = buildReport(assessment, content, new Date('2026-11-22T10:00:00Z'));
  // Rendered once: the PDF takes a few seconds under test on a busy machine.
  let rendered: Promise<{ pages: string[]; outline: OutlineNode[] }> | undefined;
  const record = () => (rendered ??= read(renderPdf(model, FONTS.extended)));

  it('prints Vietnamese and Cyrillic names as typed, DRAFT and the page number on every page', async () => {
    expect(fontSetFor(textsOf(model))).toBe('extended');
    const { pages } = await record();
    const all = pages.join('\n');
    expect(all).toContain(VIETNAMESE);
    expect(all).toContain(CYRILLIC);
    const wrong = pages.flatMap((text, i) => {
      const missing = [
        'DRAFT',
        `Page ${i + 1} of ${pages.length}`,
        'OpenSAQ completion record, not the official form',
        // The running header: the start of the (long) name, and the SAQ after it.
        'Hội Bảo trợ Trẻ em',
        'SAQ D for Merchants',
      ].filter((s) => !text.includes(s));
      return missing.length ? [`page ${i + 1}: ${missing.join(', ')}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('has the parts in the official order, and nested bookmarks (Section, then Part)', async () => {
    const { pages, outline: bookmarks } = await record();
    const all = pages.join('\n');
    const headings = outline(model).map((o) => o.heading);
    // Each heading is found after the one before it (some also appear earlier, in Part 2g's table).
    let at = 0;
    const outOfOrder = headings.filter((h) => {
      const found = all.indexOf(h, at);
      if (found === -1) return true;
      at = found + h.length;
      return false;
    });
    expect(outOfOrder).toEqual([]);
    const tree = (nodes: OutlineNode[]): unknown =>
      nodes.map((n) => (n.items.length ? { [n.title]: tree(n.items) } : n.title));
    const expected = (parts: typeof model.sections): unknown =>
      parts.map((p) => (p.parts.length ? { [p.heading]: expected(p.parts) } : p.heading));
    expect(tree(bookmarks)).toEqual([
      model.cover.title,
      ...(expected(model.sections) as unknown[]),
    ]);
  });

  it('never leaves a heading alone at the foot of a page', async () => {
    const { pages } = await record();
    // A page's text ends with its footer; nothing but a heading before it means an orphan.
    const headings = outline(model).map((o) => o.heading);
    // The page decorations come last: DRAFT, then the running header (the name's start).
    const bodies = pages.map((text) =>
      text.slice(0, text.lastIndexOf(' DRAFT Hội Bảo trợ')).trim(),
    );
    expect(bodies.every((b) => b.length > 0)).toBe(true);
    const orphans = bodies.flatMap((body, i) =>
      headings.filter((h) => body.endsWith(h)).map((h) => `page ${i + 1}: ${h}`),
    );
    expect(orphans).toEqual([]);
    // Nor a table's header row without a row under it.
    expect(bodies.filter((b) => b.endsWith('PCI DSS Requirement Response Notes'))).toEqual([]);
    // The decorations were cut off, so the bodies end with the pages' own last words.
    expect(bodies.filter((b) => /Page \d+ of \d+/.test(b))).toEqual([]);
  });

  it('uses the base fonts, and no DRAFT, for a complete Latin record', async () => {
    const { assessment: a, content: c } = sampleSaqD();
    const done = buildReport(a, c, new Date('2026-11-22T10:00:00Z'));
    expect(fontSetFor(textsOf(done))).toBe('base');
    const { pages } = await read(renderPdf({ ...done, draft: false }, FONTS.base));
    expect(pages.join('\n')).not.toContain('DRAFT');
    expect(pages.join('\n')).toContain('Fondation Éloïse & Zoë Brontë');
  });
});
