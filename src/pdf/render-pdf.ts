/**
 * Renders a report model as a PDF completion record with jsPDF and jspdf-autotable. Formats only:
 * every decision was made when the model was built. Runs in a Web Worker (see pdf.worker.ts).
 */
import { GState, jsPDF } from 'jspdf';

import { autoTable, type RowInput } from 'jspdf-autotable';
import { RESPONSE_NAMES } from '../domain/report/names';
import type { ReportModel } from '../domain/report/report-model';

export interface Fonts {
  regular: string;
  bold: string;
}

const PAGE = { width: 210, height: 297, margin: 18, top: 22, bottom: 20 };
const FONT = 'NotoSans';
const BRAND: [number, number, number] = [29, 78, 137];

class Writer {
  y = PAGE.top;
  constructor(readonly doc: jsPDF) {}

  private room(height: number): void {
    if (this.y + height > PAGE.height - PAGE.bottom) {
      this.doc.addPage();
      this.y = PAGE.top;
    }
  }

  heading(text: string, level: 1 | 2 | 3 = 1, outline = true): void {
    const size = level === 1 ? 16 : level === 2 ? 13 : 11;
    this.room(size * 0.8 + 8);
    this.y += level === 1 ? 4 : 3;
    const [r, g, b] = level === 1 ? BRAND : [0, 0, 0];
    this.doc.setFont(FONT, 'bold').setFontSize(size).setTextColor(r, g, b);
    const lines = this.doc.splitTextToSize(text, PAGE.width - 2 * PAGE.margin) as string[];
    this.doc.text(lines, PAGE.margin, this.y);
    if (outline && level <= 2)
      this.doc.outline.add(null, text, { pageNumber: this.doc.getNumberOfPages() });
    this.y += lines.length * size * 0.42 + 3;
    this.doc.setTextColor(0, 0, 0);
  }

  paragraph(text: string, opts: { size?: number; bold?: boolean; gap?: number } = {}): void {
    const size = opts.size ?? 10;
    this.doc.setFont(FONT, opts.bold ? 'bold' : 'normal').setFontSize(size);
    const lines = this.doc.splitTextToSize(text, PAGE.width - 2 * PAGE.margin) as string[];
    const lineHeight = size * 0.45;
    for (const line of lines) {
      this.room(lineHeight);
      this.doc.text(line, PAGE.margin, this.y);
      this.y += lineHeight;
    }
    this.y += opts.gap ?? 2;
  }

  table(
    head: string[],
    body: RowInput[],
    columnStyles: Record<number, { cellWidth?: number | 'auto' | 'wrap' }> = {},
  ): void {
    autoTable(this.doc, {
      head: [head],
      body,
      startY: this.y,
      margin: { left: PAGE.margin, right: PAGE.margin, top: PAGE.top, bottom: PAGE.bottom },
      styles: { font: FONT, fontSize: 8.5, cellPadding: 1.6, overflow: 'linebreak', valign: 'top' },
      headStyles: { font: FONT, fontStyle: 'bold', fillColor: BRAND, textColor: 255 },
      showHead: 'everyPage',
      rowPageBreak: 'auto',
      columnStyles,
    });
    const finalY = (this.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable
      ?.finalY;
    this.y = (finalY ?? this.y) + 5;
  }

  fields(fields: { label: string; value: string }[]): void {
    if (fields.length === 0) {
      this.paragraph('None given.');
      return;
    }
    this.table(
      ['Field', 'Entry'],
      fields.map((f) => [f.label, f.value]),
      { 0: { cellWidth: 55 } },
    );
  }
}

function cover(w: Writer, m: ReportModel): void {
  const { doc } = w;
  w.y = 40;
  doc
    .setFont(FONT, 'bold')
    .setFontSize(22)
    .setTextColor(...BRAND);
  doc.text('PCI DSS self-assessment', PAGE.margin, w.y);
  w.y += 10;
  doc.text('completion record', PAGE.margin, w.y);
  doc.outline.add(null, 'Cover', { pageNumber: 1 });
  w.y += 16;
  doc.setTextColor(0, 0, 0);
  w.paragraph(m.organisation, { size: 16, bold: true, gap: 4 });
  w.paragraph(m.saqEdition, { size: 12, gap: 6 });
  w.fields([
    {
      label: 'Status',
      value: `${m.status.label}${m.status.scope ? ` (${m.status.scope === 'full' ? 'Full' : 'Partial'} assessment)` : ''}`,
    },
    {
      label: 'Completed',
      value: m.completedAt
        ? m.completedAt.slice(0, 10)
        : `Not complete: ${m.missing} items still missing (DRAFT)`,
    },
    { label: 'Record generated', value: m.generatedAt.slice(0, 16).replace('T', ' ') },
    { label: 'OpenSAQ content version', value: m.contentVersion },
  ]);
  w.paragraph(
    'This is not the official form. It records your answers in the same order and with the same part numbers as the official SAQ and Attestation of Compliance (AOC), so that you can copy each entry across.',
    { gap: 3 },
  );
  w.paragraph(
    "Download the official SAQ and AOC from the PCI Security Standards Council's document library. Your organisation's executive officer signs the official AOC, which you send to your acquirer or payment provider with anything else they ask for (such as quarterly scan reports).",
  );
}

/** Builds the PDF and returns its bytes. */
export function renderPdf(m: ReportModel, fonts: Fonts): ArrayBuffer {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  doc.addFileToVFS('NotoSans-Regular.ttf', fonts.regular);
  doc.addFileToVFS('NotoSans-Bold.ttf', fonts.bold);
  doc.addFont('NotoSans-Regular.ttf', FONT, 'normal');
  doc.addFont('NotoSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
  doc.setProperties({
    title: `${m.saqName} completion record: ${m.organisation}`,
    subject: m.saqEdition,
    author: m.organisation,
    creator: 'OpenSAQ',
    keywords: 'PCI DSS, SAQ, self-assessment',
  });
  doc.setLanguage('en-GB');
  const w = new Writer(doc);
  cover(w, m);

  doc.addPage();
  w.y = PAGE.top;
  w.heading(`Why ${m.saqName}`);
  if (m.why.answers.length > 0)
    w.table(
      ['Question', 'Your answer'],
      m.why.answers.map((a) => [a.question, a.answer]),
      { 0: { cellWidth: 85 } },
    );
  if (m.why.reasons.length > 0)
    w.table(
      ['Reason', 'Source'],
      m.why.reasons.map((r) => [r.text, r.source]),
      { 1: { cellWidth: 45 } },
    );
  if (m.why.answers.length === 0 && m.why.reasons.length === 0)
    w.paragraph('This assessment was started without the interview.');

  w.heading('Section 1: Assessment information');
  for (const part of m.section1) {
    w.heading(part.part === 'ASV' ? part.title : `Part ${part.part}: ${part.title}`, 3, false);
    w.fields(part.fields);
  }
  if (m.eligibility.length > 0) {
    w.heading('Part 2h: Eligibility to complete this SAQ', 3, false);
    w.table(
      ['Eligibility criterion', 'Confirmed'],
      m.eligibility.map((e) => [e.text, e.confirmed ? 'Yes' : 'No']),
      { 1: { cellWidth: 25 } },
    );
  }

  w.heading('Part 2g: Summary of assessment');
  w.table(
    ['Requirement', ...m.responses.map((r) => RESPONSE_NAMES[r])],
    m.summary.map((s) => [
      `${s.principal === 'A2' ? 'Appendix A2' : `Requirement ${s.principal}`}: ${s.title}`,
      ...m.responses.map((r) => (s.used[r] ? 'X' : '')),
    ]),
    { 0: { cellWidth: 70 } },
  );

  w.heading('Section 2: Self-assessment questionnaire');
  for (const g of m.groups) {
    w.heading(
      `${g.principal === 'A2' ? 'Appendix A2' : `Requirement ${g.principal}`}: ${g.title}`,
      2,
    );
    w.table(
      ['PCI DSS', 'Requirement', 'Response', 'Notes'],
      g.rows.map((r) => [r.id, r.title, r.response, r.notes]),
      { 0: { cellWidth: 18 }, 1: { cellWidth: 62 }, 2: { cellWidth: 30 } },
    );
  }

  w.heading('Appendix B: Compensating controls worksheets');
  if (m.appendixB.length === 0) w.paragraph('Not used: no requirement is In Place with CCW.');
  for (const b of m.appendixB) {
    w.heading(`Requirement ${b.id}`, 3, false);
    w.fields(b.fields);
  }
  w.heading('Appendix C: Requirements Not Applicable');
  if (m.appendixC.length === 0) w.paragraph('None.');
  else
    w.table(
      ['Requirement', 'Reason it is not applicable'],
      m.appendixC.map((c) => [c.id, c.reason]),
      { 0: { cellWidth: 28 } },
    );
  if (m.responses.includes('not-tested')) {
    w.heading('Appendix D: Requirements Not Tested');
    if (m.appendixD.length === 0) w.paragraph('None: this is a full assessment.');
    else
      w.table(
        ['Requirement', 'What was not tested', 'Why'],
        m.appendixD.map((d) => [d.id, d.what, d.why]),
        { 0: { cellWidth: 28 } },
      );
  }

  w.heading('Section 3: Validation and attestation');
  w.paragraph(
    `Status: ${m.status.label}${m.status.scope ? ` (${m.status.scope === 'full' ? 'Full' : 'Partial'} assessment)` : ''}`,
    { bold: true, size: 12 },
  );
  for (const r of m.status.reasons) w.paragraph(`• ${r}`);
  if (m.section3.targetDate)
    w.paragraph(`Target date for compliance: ${m.section3.targetDate}`, { bold: true });
  if (m.legalExceptions.length > 0) {
    w.heading('Legal exceptions', 3, false);
    w.table(
      ['Requirement', 'How the legal constraint prevents it'],
      m.legalExceptions.map((l) => [l.id, l.explanation]),
      { 0: { cellWidth: 28 } },
    );
  }
  w.heading('Part 3a: Acknowledgements', 3, false);
  w.table(
    ['Acknowledgement', 'Confirmed'],
    m.section3.acknowledgements.map((k) => [k.text, k.confirmed ? 'Yes' : 'No']),
    { 1: { cellWidth: 25 } },
  );
  w.heading('Part 3b: Merchant attestation', 3, false);
  w.table(
    ['', ''],
    m.section3.signatory.map((s) => [s.label, s.value]),
    { 0: { cellWidth: 70 } },
  );
  w.heading('Parts 3c and 3d: Assessor involvement', 3, false);
  w.fields([
    { label: 'QSA involvement', value: m.section3.qsaInvolvement },
    { label: 'ISA involvement', value: m.section3.isaInvolvement },
  ]);

  w.heading('Part 4: Action plan for non-compliant requirements');
  w.table(
    ['Requirement', 'Compliant', 'Remediation date and actions'],
    m.part4.map((l) => [
      `${l.principal === 'A2' ? 'Appendix A2' : `Requirement ${l.principal}`}: ${l.title}`,
      l.compliant ? 'YES' : 'NO',
      l.compliant ? '' : `${l.date || 'Date to be set'}: ${l.actions}`,
    ]),
    { 0: { cellWidth: 60 }, 1: { cellWidth: 22 } },
  );
  if (m.actionList.length > 0) {
    w.heading('Detailed action list', 3, false);
    w.table(
      ['Requirement', 'Action', 'Who', 'By'],
      m.actionList.map((a) => [a.id, a.action, a.owner, a.date]),
      { 0: { cellWidth: 24 }, 2: { cellWidth: 30 }, 3: { cellWidth: 24 } },
    );
  }
  if (m.followUps.length > 0) {
    w.heading('Open follow-ups ("don\'t know yet")');
    w.table(
      ['Requirement', 'Who will find out', 'What to ask or check'],
      m.followUps.map((f) => [f.id, f.owner, f.note]),
      { 0: { cellWidth: 24 } },
    );
  }

  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i);
    doc.setFont(FONT, 'normal').setFontSize(8).setTextColor(90, 90, 90);
    if (i > 1)
      doc.text(`${m.organisation} · ${m.saqName}${m.draft ? ' · DRAFT' : ''}`, PAGE.margin, 12);
    doc.text(`Page ${i} of ${pages}`, PAGE.width - PAGE.margin, PAGE.height - 10, {
      align: 'right',
    });
    doc.text('OpenSAQ completion record, not the official form', PAGE.margin, PAGE.height - 10);
    if (m.draft) {
      doc.saveGraphicsState();
      doc.setGState(new GState({ opacity: 0.12 }));
      doc.setFont(FONT, 'bold').setFontSize(110).setTextColor(200, 0, 0);
      doc.text('DRAFT', PAGE.width / 2, PAGE.height / 2 + 20, { align: 'center', angle: 45 });
      doc.restoreGraphicsState();
    }
    doc.setTextColor(0, 0, 0);
  }
  return doc.output('arraybuffer');
}
