import { afterEach, describe, expect, it, vi } from 'vitest';
import { BenchReport, budgetFor, formatFigure, onlyFilter } from './budgets';

describe('the bench budgets', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('gives every figure the issue budgets, and none to the rest', () => {
    expect(budgetFor('first-page-js-gzip')).toEqual({ limit: 150, kind: 'max' });
    expect(budgetFor('render-280-rows')).toEqual({ limit: 1050, kind: 'max' });
    expect(budgetFor('lighthouse-requirement-page-mobile-performance')).toEqual({
      limit: 85,
      kind: 'min',
    });
    expect(budgetFor('lighthouse-home-desktop-accessibility')).toEqual({ limit: 100, kind: 'min' });
    expect(budgetFor('fill-official-saq-d')).toEqual({ limit: 2000, kind: 'max' });
    expect(budgetFor('chunk-official-forms-worker-gzip')).toEqual({ limit: 30, kind: 'max' });
    expect(budgetFor('fill-official-saq-d-first')).toBeUndefined();
    expect(budgetFor('first-page-css-gzip')).toBeUndefined();
    expect(budgetFor('answer-click-to-frame-p50')).toBeUndefined();
  });

  it('--only= keeps the figures whose names start with one of the terms', () => {
    const wanted = onlyFilter(['node', 'bench.ts', '--only=answer-click,render-280']);
    expect(wanted('answer-click-to-frame-p95')).toBe(true);
    expect(wanted('render-280-rows')).toBe(true);
    expect(wanted('pdf-export-saq-d')).toBe(false);
    // A term in the middle of a name does not match.
    expect(onlyFilter(['--only=task'])('longest-long-task')).toBe(false);
    expect(onlyFilter([])('anything')).toBe(true);
  });

  it('prints met or MISSED beside a budgeted figure and fails --check on a miss', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    const report = new BenchReport(() => true);
    report.add('autosave-saq-d', 3, 'ms');
    report.add('longest-long-task', 140, 'ms');
    report.add('lighthouse-home-mobile-performance', 85, 'points');
    report.add('first-page-css-gzip', 3, 'KB');
    expect(lines).toEqual([
      'autosave-saq-d: 3 ms  (budget ≤ 20 ms: met)',
      'longest-long-task: 140 ms  (budget ≤ 100 ms: MISSED)',
      'lighthouse-home-mobile-performance: 85 points  (budget ≥ 85 points: met)',
      'first-page-css-gzip: 3 KB',
    ]);
    report.finish(true);
    expect(lines.at(-1)).toBe('budgets: 2 of 3 met; missed: longest-long-task');
    expect(process.exitCode).toBe(1);
  });

  it('treats a figure that could not be measured as missed', () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const report = new BenchReport(() => true);
    report.add('render-280-rows', NaN, 'ms');
    expect(formatFigure(report.figures[0]!)).toContain('MISSED');
    report.finish(false);
    expect(process.exitCode).toBeUndefined();
  });
});
