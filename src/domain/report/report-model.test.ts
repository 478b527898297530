import { describe, expect, it } from 'vitest';
import { sampleSaqD } from '../../../scripts/sample-assessment';
import { buildReport, fileSafe } from './report-model';

const NOW = new Date('2026-11-22T10:00:00Z');

describe('report model', () => {
  const { assessment, content } = sampleSaqD();
  const m = buildReport(assessment, content, NOW);

  it('names the SAQ with its edition, and the file', () => {
    expect(m.saqEdition).toBe('SAQ D for Merchants, PCI DSS v4.0.1 (October 2024)');
    expect(m.fileName).toBe('SAQ-D-for-Merchants_Fondation-Eloise-Zoe-Bronte_2026-11-22.pdf');
  });

  it('is a draft with the computed status while things are missing', () => {
    expect(m.draft).toBe(true);
    expect(m.missing).toBeGreaterThan(0);
    expect(m.status.label).toBe('Non-Compliant');
    expect(m.status.scope).toBe('full');
  });

  it('has every row in order, placeholders shown as such', () => {
    const ids = m.groups.flatMap((g) => g.rows.map((r) => r.id));
    expect(ids).toHaveLength(253);
    expect(ids.slice(0, 2)).toEqual(['1.1.1', '1.1.2']);
    const placeholder = m.groups.flatMap((g) => g.rows).find((r) => r.id === '3.3.3');
    expect(placeholder).toMatchObject({ response: 'Not for merchants', placeholder: true });
  });

  it('counts appendices and the summary table from the rows', () => {
    const na = Object.values(assessment.rows).filter((r) => r.response === 'not-applicable').length;
    expect(m.appendixC).toHaveLength(na);
    expect(m.appendixB).toEqual([]);
    expect(m.appendixD).toEqual([]);
    expect(m.summary).toHaveLength(13);
    expect(m.summary.every((s) => s.used['in-place'])).toBe(true);
  });

  it('lists 20 action items and a NO line per principal requirement that has one', () => {
    expect(m.actionList).toHaveLength(20);
    const no = m.part4.filter((l) => !l.compliant);
    expect(no.length).toBeGreaterThan(0);
    for (const line of no) expect(line.actions).toMatch(/Put .* in place/);
    expect(m.part4).toHaveLength(13);
  });

  it('is complete (no DRAFT) only when marked complete and nothing is missing', () => {
    expect(buildReport({ ...assessment, completedAt: '2026-11-22' }, content, NOW).draft).toBe(
      true,
    );
  });

  it('makes safe file names', () => {
    expect(fileSafe('Café “Zoë” / <script>')).toBe('Cafe-Zoe-script');
    expect(fileSafe('***')).toBe('organisation');
  });
});
