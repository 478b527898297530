import { describe, expect, it } from 'vitest';
import { sampleContent, sampleSaqD } from '../../../scripts/sample-assessment';
import type { Assessment } from '../assessment/model';
import {
  buildReport,
  fileSafe,
  outline,
  type ReportBlock,
  type ReportCell,
  type ReportModel,
  type ReportPart,
} from './report-model';

const NOW = new Date('2026-11-22T10:00:00Z');

/** The part with this id, anywhere in the record. */
function partOf(m: ReportModel, id: string): ReportPart {
  const find = (parts: readonly ReportPart[]): ReportPart | undefined => {
    for (const p of parts) {
      if (p.id === id) return p;
      const inner = find(p.parts);
      if (inner) return inner;
    }
    return undefined;
  };
  const found = find(m.sections);
  if (!found) throw new Error(`no part ${id}`);
  return found;
}

const tables = (p: ReportPart) =>
  p.blocks.filter((b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table');
const fieldsOf = (p: ReportPart) => p.blocks.flatMap((b) => (b.kind === 'fields' ? b.fields : []));
const texts = (p: ReportPart) => p.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
/** The row of a table whose first cell is `first`. */
const rowStarting = (p: ReportPart, first: string): ReportCell[] | undefined =>
  tables(p)
    .flatMap((t) => t.rows)
    .find((r) => r[0]?.text === first);

/** Every string in the model. */
function allText(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * The sample made complete: every row answered, Sections 1 and 3 filled, dates relative to today so
 * that date rules see a plausible calendar.
 */
function completed(): {
  assessment: Assessment;
  content: ReturnType<typeof sampleSaqD>['content'];
} {
  const { assessment, content } = sampleSaqD();
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const rows = Object.fromEntries(
    Object.entries(assessment.rows).map(([id, r]) => [
      id,
      r.dontKnow
        ? { response: 'in-place' as const }
        : r.remediationDate
          ? { ...r, remediationDate: day(120) }
          : r,
    ]),
  );
  return {
    content,
    assessment: {
      ...assessment,
      rows,
      completedAt: day(0),
      section1: {
        ...assessment.section1,
        companyName: 'Fondation Éloïse & Zoë Brontë',
        contact: { name: 'Zoë Brontë', email: 'zoe@example.org' },
        usesValidatedProducts: 'no',
        channelDescriptions: { ecommerce: 'Our own checkout.', moto: 'Staff key phone gifts.' },
        scanVendor: 'ScanSafe Ltd',
        scanDates: [day(-280), day(-190), day(-100), day(-10)],
      },
      section3: {
        acknowledgements: ['completed-per-instructions', 'fair-results', 'maintain-controls'],
        signatoryName: 'Zoë Brontë',
        signatoryTitle: 'Treasurer',
        signatoryDate: day(0),
        targetDate: day(150),
      },
    },
  };
}

describe('report model', () => {
  const { assessment, content } = sampleSaqD();
  const m = buildReport(assessment, content, NOW);

  it('follows the official order: Sections 1 to 3 with their parts, then our supplement', () => {
    const top = outline(m).filter((o) => o.depth === 1);
    expect(top.map((o) => o.id)).toEqual(['s1', 's2', 's3', 'supplement']);
    expect(m.sections.map((s) => !!s.supplement)).toEqual([false, false, false, true]);
    const children = (id: string) => partOf(m, id).parts.map((p) => p.id);
    // SAQ D has no Part 2h; 2g sits inside Section 1.
    expect(children('s1')).toEqual(['1a', '1b', '2a', '2b', '2c', '2d', '2e', '2f', '2g']);
    expect(children('s2')).toEqual([
      ...['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'].map((n) => `req-${n}`),
      'A',
      'B',
      'C',
      'D',
    ]);
    expect(children('A')).toEqual(['A1', 'A2', 'A3']);
    expect(children('s3')).toEqual(['3', '3a', '3b', '3c', '3d', '4']);
    expect(children('supplement')).toEqual(['why', 'scans', 'actions', 'followups']);
  });

  it('puts Part 2h after 2g for the other SAQs, and marks the appendices they do not use', () => {
    const saqA: Assessment = { ...assessment, saq: 'A', rows: {}, section1: {}, section3: {} };
    const a = buildReport(saqA, sampleContent('a'), NOW);
    expect(
      partOf(a, 's1')
        .parts.map((p) => p.id)
        .slice(-2),
    ).toEqual(['2g', '2h']);
    expect(partOf(a, '2h').heading).toBe('Part 2h: Eligibility to complete SAQ A');
    expect(texts(partOf(a, 'A2'))).toEqual(['Not used for SAQ A.']);
    expect(texts(partOf(a, 'D'))).toEqual(['Not used for SAQ A.']);
    expect(a.sections[1]?.heading).toBe('Section 2: Self-Assessment Questionnaire A');
    // Nothing answered: every eligibility criterion is "not confirmed yet", never "No".
    const marks = tables(partOf(a, '2h')).flatMap((t) => t.rows.map((r) => r[1]));
    expect(marks.every((c) => c?.text === 'Not confirmed yet' && c.empty)).toBe(true);
  });

  it('names each part once, with the official part numbers', () => {
    const headings = outline(m).map((o) => o.heading);
    expect(headings).toContain('Part 1a: Assessed merchant');
    expect(headings).toContain('Part 2g: Summary of assessment');
    expect(headings).toContain('Appendix A2: Old encryption on terminals');
    expect(headings).toContain('Part 4: Action plan for non-compliant requirements');
    expect(headings.filter((h) => /Appendix A2.*Appendix A2/i.test(h))).toEqual([]);
    expect(allText(m)).not.toMatch(/Appendix A2: Appendix A2/i);
    expect(rowStarting(partOf(m, '2g'), 'Appendix A2: Old encryption on terminals')).toBeDefined();
    // Part 4 has the number in its own column: the description does not repeat it.
    expect(rowStarting(partOf(m, '4'), '1')?.[1]?.text).toBe('Firewalls and network controls');
    expect(rowStarting(partOf(m, '4'), 'A2')?.[1]?.text).toBe('Old encryption on terminals');
  });

  it('is a draft that says "Not finished" and what it would be, never "Compliant"', () => {
    expect(m.draft).toBe(true);
    expect(m.missing).toBeGreaterThan(0);
    expect(m.status.shown).toBe(
      'Not finished: as it stands it would be Non-Compliant (Partial assessment)',
    );
    expect(m.page.draft).toBe('DRAFT');
    expect(m.page.running).toBe('Fondation Éloïse & Zoë Brontë · SAQ D for Merchants');
    // Part 3: none of the official statuses is selected while not finished.
    const status = tables(partOf(m, '3')).find((t) => t.label === 'Compliance status');
    expect(status?.rows.map((r) => r[1]?.text)).toEqual([
      'Not answered yet',
      'Not answered yet',
      'Not answered yet',
    ]);
    expect(texts(partOf(m, '3'))[0]).toBe(
      'Based on the results in SAQ D for Merchants (Section 2), which is not complete yet, so it has no completion date.',
    );
  });

  it('once complete: no DRAFT, the completion date in Sections 2 and 3, the status selected', () => {
    const done = completed();
    const c = buildReport(done.assessment, done.content, NOW);
    expect(c.missing).toBe(0);
    expect(c.draft).toBe(false);
    const date = done.assessment.completedAt ?? '';
    expect(c.status.shown).toBe('Non-Compliant (Partial assessment)');
    expect(fieldsOf(partOf(c, 's2'))).toEqual([
      { label: 'Self-assessment completion date', value: date },
      { label: 'Any requirement not met because of a legal constraint', value: 'Yes' },
    ]);
    expect(texts(partOf(c, '3'))[0]).toBe(
      `Based on the results in SAQ D for Merchants (Section 2), dated ${date}.`,
    );
    const status = tables(partOf(c, '3')).find((t) => t.label === 'Compliance status');
    expect(status?.rows.map((r) => r[1]?.text)).toEqual([
      'Not selected',
      'Selected',
      'Not selected',
    ]);
  });

  it('keeps "No" and "not answered" apart', () => {
    const c2 = fieldsOf(partOf(m, '2c'));
    expect(c2.find((f) => f.label === 'Segmentation used to reduce scope')).toEqual({
      label: 'Segmentation used to reduce scope',
      value: 'No',
    });
    expect(fieldsOf(partOf(m, '2e'))[0]).toMatchObject({ value: 'Not answered yet', empty: true });
    // The second provider said "no" to card data and nothing about managing components.
    const host = rowStarting(partOf(m, '2f'), 'Hébergement Rhône');
    expect(host?.slice(2).map((c) => [c.text, !!c.empty])).toEqual([
      ['No', false],
      ['Not answered yet', true],
      ['Not answered yet', true],
    ]);
    const f = fieldsOf(partOf(m, '2f'));
    expect(f.map((x) => x.value)).toEqual(['Yes', 'Not answered yet', 'Yes']);
    // Part 4: a group with rows Not in Place is NO; one with open rows only is not YES.
    const open: Assessment = {
      ...assessment,
      rows: { ...assessment.rows, '1.2.4': {}, '1.4.4': { response: 'in-place' } },
    };
    const p4 = (x: Assessment, id: string) =>
      rowStarting(partOf(buildReport(x, content, NOW), '4'), id)?.[2];
    expect(p4(assessment, '1')?.text).toBe('NO');
    expect(p4(open, '1')).toEqual({ text: 'Not answered yet', empty: true });
    expect(p4(assessment, 'A2')?.text).toBe('YES');
  });

  it('says whose signature the official AOC needs, and draws no signature field', () => {
    const b = partOf(m, '3b');
    expect(texts(b)[0]).toMatch(/executive officer signs/);
    expect(fieldsOf(b).map((f) => f.label)).toEqual(["Executive officer's name", 'Title', 'Date']);
    expect(allText(partOf(m, 's3'))).not.toMatch(/Signature of/i);
    expect(texts(partOf(m, '3c'))).toEqual(['No QSA was involved.']);
  });

  it('has every row in order, with placeholders and open rows marked as ours', () => {
    const ids = [
      ...m.sections[1]!.parts.filter((p) => p.id.startsWith('req-')),
      partOf(m, 'A2'),
    ].flatMap((p) => tables(p).flatMap((t) => t.rows.map((r) => r[0]?.text)));
    const expected = content.saq.groups.flatMap((g) => g.rows.map((r) => r.id));
    expect(ids.filter((id) => expected.includes(id ?? ''))).toEqual(expected);
    expect(rowStarting(partOf(m, 'req-3'), '3.3.3')?.[2]).toEqual({
      text: 'Not for merchants',
      empty: true,
    });
    const open = rowStarting(partOf(m, 'req-6'), '6.4.3');
    expect(open?.[2]).toEqual({ text: 'Not answered yet', empty: true });
    expect(open?.[3]?.text).toMatch(/ · Don't know yet \(Sam at the web agency will find out\)$/);
  });

  it('fills the appendices from the rows: a worksheet per CCW row, kept together', () => {
    const b = partOf(m, 'B').blocks;
    expect(b).toHaveLength(1);
    expect(b[0]).toMatchObject({
      kind: 'fields',
      keepTogether: true,
      title: expect.stringMatching(/^Worksheet for requirement 8\.4\.2: /),
    });
    const na = Object.values(assessment.rows).filter((r) => r.response === 'not-applicable').length;
    expect(tables(partOf(m, 'C'))[0]?.rows).toHaveLength(na);
    expect(tables(partOf(m, 'D'))[0]?.rows.map((r) => r[0]?.text)).toEqual(['11.4.1']);
    expect(tables(partOf(m, '3')).find((t) => t.label.startsWith('How the legal'))?.rows).toEqual([
      [
        { text: '12.10.1' },
        { text: 'A court order bars us from contacting one former supplier named in the plan.' },
      ],
    ]);
  });

  it('lists 20 action items and the follow-ups in the supplement, not in the official parts', () => {
    expect(tables(partOf(m, 'actions'))[0]?.rows).toHaveLength(20);
    expect(tables(partOf(m, 'followups'))[0]?.rows).toEqual([
      [
        { text: '6.4.3' },
        { text: 'Sam at the web agency' },
        { text: 'Ask which scripts the donation page loads and how they are approved.' },
      ],
    ]);
    const official = outline(m).filter(
      (o) => !['supplement', 'why', 'scans', 'actions', 'followups'].includes(o.id),
    );
    expect(official.map((o) => o.heading).join('\n')).not.toMatch(
      /Why SAQ|scans|action list|follow-ups/i,
    );
    expect(
      outline(m)
        .slice(-5)
        .map((o) => o.id),
    ).toEqual(['supplement', 'why', 'scans', 'actions', 'followups']);
  });

  it('names the SAQ with its edition, and the file', () => {
    expect(m.saqEdition).toBe('SAQ D for Merchants, PCI DSS v4.0.1 (October 2024)');
    expect(m.title).toBe('SAQ D for Merchants completion record: Fondation Éloïse & Zoë Brontë');
    expect(m.fileName).toBe('SAQ-D-for-Merchants_Fondation-Eloise-Zoe-Bronte_2026-11-22.pdf');
  });

  it('is a draft when marked complete while something is still missing', () => {
    expect(buildReport({ ...assessment, completedAt: '2026-11-22' }, content, NOW).draft).toBe(
      true,
    );
  });

  it('makes safe file names', () => {
    expect(fileSafe('Café “Zoë” / <script>')).toBe('Cafe-Zoe-script');
    expect(fileSafe('***')).toBe('organisation');
    expect(fileSafe('Quỹ Học bổng Nguyễn Thị Định')).toBe('Quy-Hoc-bong-Nguyen-Thi-Dinh');
    expect(fileSafe('Fundacja Łódź & Straße')).toBe('Fundacja-Lodz-Strasse');
    expect(fileSafe('Благотворительный фонд «Надежда»')).toBe('Благотворительный-фонд-Надежда');
    expect(fileSafe('Ελληνική Εταιρεία')).toBe('Ελληνική-Εταιρεία');
    expect([...fileSafe('Ж'.repeat(80))]).toHaveLength(60);
  });
});
