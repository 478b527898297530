/**
 * Renders a report model as a PDF completion record with jsPDF and jspdf-autotable. Formats only:
 * the order, the words and the marks were all decided when the model was built. Runs in a Web Worker
 * (see pdf.worker.ts), and under Node for `npm run pdf:preview`.
 */
import { GState, jsPDF } from 'jspdf';
import {
  __createTable,
  __drawTable,
  type CellDef,
  type Table,
  type UserOptions,
} from 'jspdf-autotable';
import type {
  ReportBlock,
  ReportCell,
  ReportModel,
  ReportPart,
} from '../domain/report/report-model';
import { printable } from './font-coverage';

export interface Fonts {
  regular: string;
  bold: string;
}

const PAGE = { width: 210, height: 297, margin: 18, top: 22, bottom: 20 };
const USABLE = {
  width: PAGE.width - 2 * PAGE.margin,
  height: PAGE.height - PAGE.top - PAGE.bottom,
};
const FONT = 'NotoSans';
const BRAND: [number, number, number] = [29, 78, 137];
const GREY: [number, number, number] = [105, 105, 105];
const BLACK: [number, number, number] = [0, 0, 0];
const DARK: [number, number, number] = [60, 60, 60];
const PT = 25.4 / 72;
/** Heading sizes (pt) by depth: Section, Part, sub-part. */
const HEADING = { 1: 16, 2: 12.5, 3: 11 } as const;
type Level = keyof typeof HEADING;

/** Our "nothing entered" marks print grey, so they never pass for the user's own words. */
const cellDef = (c: ReportCell): CellDef =>
  c.empty ? { content: c.text, styles: { textColor: GREY } } : { content: c.text };

/** A line of text cut to fit `width`, with an ellipsis: running headers never run off the page. */
function fitted(doc: jsPDF, text: string, width: number): string {
  if (doc.getTextWidth(text) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.getTextWidth(`${chars.slice(0, mid).join('').trimEnd()}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

class Writer {
  y = PAGE.top;
  constructor(readonly doc: jsPDF) {}

  get limit(): number {
    return PAGE.height - PAGE.bottom;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` still fits (a block taller than a page just starts). */
  ensure(height: number): void {
    if (this.y + height > this.limit && this.y > PAGE.top) this.newPage();
  }

  private lines(text: string, size: number, bold: boolean, width = USABLE.width): string[] {
    this.doc.setFont(FONT, bold ? 'bold' : 'normal').setFontSize(size);
    return this.doc.splitTextToSize(text, width) as string[];
  }

  headingHeight(text: string, level: Level): number {
    const size = HEADING[level];
    return this.lines(text, size, true).length * size * PT * 1.2 + (level === 1 ? 6 : 5);
  }

  heading(text: string, level: Level): void {
    const size = HEADING[level];
    const lines = this.lines(text, size, true);
    this.y += level === 1 ? 2 : 2.5;
    this.doc.setTextColor(...(level === 1 ? BRAND : BLACK));
    for (const line of lines) {
      this.y += size * PT;
      this.doc.text(line, PAGE.margin, this.y);
      this.y += size * PT * 0.2;
    }
    this.y += level === 1 ? 4 : 2.5;
    this.doc.setTextColor(0, 0, 0);
  }

  private textStyle(tone: 'strong' | 'note' | undefined): { size: number; bold: boolean } {
    return tone === 'strong'
      ? { size: 10, bold: true }
      : { size: tone === 'note' ? 9 : 9.5, bold: false };
  }

  paragraph(text: string, tone?: 'strong' | 'note'): void {
    const { size, bold } = this.textStyle(tone);
    const lines = this.lines(text, size, bold);
    const lineHeight = size * PT * 1.3;
    this.doc.setTextColor(...(tone === 'note' ? DARK : BLACK));
    for (const line of lines) {
      this.ensure(lineHeight);
      this.doc.text(line, PAGE.margin, this.y + size * PT);
      this.y += lineHeight;
    }
    this.doc.setTextColor(0, 0, 0);
    this.y += 2.5;
  }

  /** The autotable options for a table or a list of fields. */
  private options(block: Exclude<ReportBlock, { kind: 'text' }>, startY: number): UserOptions {
    const base: UserOptions = {
      startY,
      margin: { left: PAGE.margin, right: PAGE.margin, top: PAGE.top, bottom: PAGE.bottom },
      tableWidth: USABLE.width,
      styles: {
        font: FONT,
        fontSize: 8.5,
        cellPadding: 1.6,
        overflow: 'linebreak',
        valign: 'top',
        textColor: 20,
        lineColor: 200,
        lineWidth: 0.1,
      },
      headStyles: { font: FONT, fontStyle: 'bold', fillColor: BRAND, textColor: 255 },
      theme: 'grid',
      showHead: 'everyPage',
      rowPageBreak: 'avoid',
    };
    if (block.kind === 'fields')
      return {
        ...base,
        head: block.title
          ? [[{ content: block.title, colSpan: 2, styles: { fontSize: 9.5 } }]]
          : [],
        showHead: block.title ? 'everyPage' : 'never',
        body: block.fields.map((f) => [
          { content: f.label, styles: { fontStyle: 'bold', fillColor: 244 } },
          cellDef(f.empty ? { text: f.value, empty: true } : { text: f.value }),
        ]),
        columnStyles: {
          0: { cellWidth: USABLE.width * 0.36 },
          1: { cellWidth: USABLE.width * 0.64 },
        },
      };
    const total = block.widths.reduce((s, w) => s + w, 0);
    return {
      ...base,
      head: [block.head],
      body: block.rows.map((row) => row.map(cellDef)),
      columnStyles: Object.fromEntries(
        block.widths.map((w, i) => [i, { cellWidth: (USABLE.width * w) / total }]),
      ),
    };
  }

  /** Height a block needs to start (its head and first row) or, kept together, to be whole. */
  private need(table: Table, whole: boolean): number {
    const head = table.getHeadHeight(table.columns);
    const rows = whole ? table.body : table.body.slice(0, 1);
    return head + rows.reduce((s, r) => s + r.height, 0);
  }

  /** What must fit below a heading so that it never stands alone at the foot of a page. */
  lead(block: ReportBlock | undefined): number {
    if (!block) return 0;
    if (block.kind === 'text') {
      const { size, bold } = this.textStyle(block.tone);
      return Math.min(2, this.lines(block.text, size, bold).length) * size * PT * 1.3;
    }
    const whole = !!block.keepTogether;
    // Only what must fit is laid out: the whole block when it is kept together, else its first row.
    const first: ReportBlock =
      whole || block.kind === 'fields' ? block : { ...block, rows: block.rows.slice(0, 1) };
    const measured = __createTable(this.doc, this.options(first, PAGE.top));
    const need = this.need(measured, whole);
    return whole && need > USABLE.height ? this.need(measured, false) : need;
  }

  block(block: ReportBlock): void {
    if (block.kind === 'text') {
      this.paragraph(block.text, block.tone);
      return;
    }
    let table = __createTable(this.doc, this.options(block, this.y));
    const whole = !!block.keepTogether && this.need(table, true) <= USABLE.height;
    if (this.y + this.need(table, whole) > this.limit && this.y > PAGE.top) {
      this.newPage();
      table = __createTable(this.doc, this.options(block, this.y));
    }
    __drawTable(this.doc, table);
    this.y = (table.finalY ?? this.y) + 4;
  }
}

/** The first block a part shows: its own, or its first sub-part's. */
function firstBlock(p: ReportPart): ReportBlock | undefined {
  return p.blocks[0] ?? (p.parts[0] ? firstBlock(p.parts[0]) : undefined);
}

/** Headings from `p` down to its first block: they must all fit with it. */
function leadHeadings(w: Writer, p: ReportPart, level: Level): number {
  const own = w.headingHeight(p.heading, level);
  const child = p.parts[0];
  if (p.blocks.length > 0 || !child) return own;
  return own + leadHeadings(w, child, level === 1 ? 2 : 3);
}

function renderPart(
  w: Writer,
  p: ReportPart,
  level: Level,
  parent: ReturnType<jsPDF['outline']['add']> | null,
): void {
  if (level === 1) {
    if (w.y > PAGE.top) w.newPage();
  } else w.ensure(Math.min(USABLE.height, leadHeadings(w, p, level) + w.lead(firstBlock(p))));
  const node = w.doc.outline.add(parent, p.heading, {
    pageNumber: w.doc.getNumberOfPages(),
  });
  w.heading(p.heading, level);
  for (const b of p.blocks) w.block(b);
  for (const child of p.parts) renderPart(w, child, level === 1 ? 2 : 3, node);
}

function cover(w: Writer, m: ReportModel): void {
  const { doc } = w;
  w.y = 34;
  doc
    .setFont(FONT, 'bold')
    .setFontSize(22)
    .setTextColor(...BRAND);
  for (const line of doc.splitTextToSize(m.cover.title, USABLE.width) as string[]) {
    doc.text(line, PAGE.margin, w.y);
    w.y += 10;
  }
  doc.outline.add(null, m.cover.title, { pageNumber: 1 });
  w.y += 4;
  doc.setTextColor(0, 0, 0);
  doc.setFont(FONT, 'bold').setFontSize(16);
  for (const line of doc.splitTextToSize(m.organisation, USABLE.width) as string[]) {
    doc.text(line, PAGE.margin, w.y);
    w.y += 7.5;
  }
  w.y += 2;
  w.paragraph(m.saqEdition);
  w.block({ kind: 'fields', fields: m.cover.fields });
  for (const note of m.cover.notes) w.paragraph(note);
}

/** Running header, footer and the DRAFT mark, on every page once the pages are laid out. */
function decorate(doc: jsPDF, m: ReportModel): void {
  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i);
    doc.setFont(FONT, 'bold').setFontSize(9);
    const draftWidth = m.draft ? doc.getTextWidth(m.page.draft) + 4 : 0;
    if (m.draft) {
      doc.setTextColor(190, 0, 0);
      doc.text(m.page.draft, PAGE.width - PAGE.margin, 12, { align: 'right' });
    }
    doc.setFont(FONT, 'normal').setFontSize(8).setTextColor(90, 90, 90);
    // A long name is cut to fit, never the SAQ's name or DRAFT.
    const rest = m.page.running.replace(m.organisation, '');
    const name = fitted(doc, m.organisation, USABLE.width - draftWidth - doc.getTextWidth(rest));
    doc.text(m.page.running.replace(m.organisation, name), PAGE.margin, 12);
    doc.setDrawColor(200, 200, 200).setLineWidth(0.2);
    doc.line(PAGE.margin, 14, PAGE.width - PAGE.margin, 14);
    const pageOf = m.page.pageOf.replace('{page}', String(i)).replace('{pages}', String(pages));
    doc.text(pageOf, PAGE.width - PAGE.margin, PAGE.height - 10, { align: 'right' });
    doc.text(
      fitted(doc, m.page.notOfficial, USABLE.width - doc.getTextWidth(pageOf) - 4),
      PAGE.margin,
      PAGE.height - 10,
    );
    if (m.draft) {
      doc.saveGraphicsState();
      doc.setGState(new GState({ opacity: 0.12 }));
      doc.setFont(FONT, 'bold').setFontSize(110).setTextColor(200, 0, 0);
      doc.text(m.page.draft, PAGE.width / 2, PAGE.height / 2 + 20, { align: 'center', angle: 45 });
      doc.restoreGraphicsState();
    }
    doc.setTextColor(0, 0, 0);
  }
}

/**
 * The model as the PDF prints it: every text in NFC, and any character the fonts cannot draw shown
 * as � (the export warns about those first; see font-coverage.ts).
 */
function printableModel(m: ReportModel): ReportModel {
  return JSON.parse(JSON.stringify(m), (_key, value: unknown) =>
    typeof value === 'string' ? printable(value) : value,
  ) as ReportModel;
}

/** Builds the PDF and returns its bytes. `fonts` must draw the model's text (see fontSetFor). */
export function renderPdf(model: ReportModel, fonts: Fonts): ArrayBuffer {
  const m = printableModel(model);
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  doc.addFileToVFS('NotoSans-Regular.ttf', fonts.regular);
  doc.addFileToVFS('NotoSans-Bold.ttf', fonts.bold);
  doc.addFont('NotoSans-Regular.ttf', FONT, 'normal');
  doc.addFont('NotoSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
  doc.setProperties({
    title: m.title,
    subject: m.saqEdition,
    author: m.organisation,
    creator: 'OpenSAQ',
    keywords: 'PCI DSS, SAQ, self-assessment',
  });
  doc.setLanguage('en-GB');
  const w = new Writer(doc);
  cover(w, m);
  for (const section of m.sections) renderPart(w, section, 1, null);
  decorate(doc, m);
  return doc.output('arraybuffer');
}
