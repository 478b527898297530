/**
 * The import flow's edges: leaving at any step, progress that belongs to no step, and events that
 * arrive while the import runs. The main journeys are in import-flow.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { cleanAssessment } from '@/domain/assessment/test-fixtures';
import { ImportError } from '@/domain/files/errors';
import { makeFile } from '@/domain/files/opensaq-file';
import {
  copyName,
  importStep,
  initialImport,
  type ImportEvent,
  type ImportState,
  type PlanContext,
} from './import-flow';

const NOW = new Date('2026-12-02T10:00:00Z');
const plan = (): PlanContext => {
  let n = 0;
  return { newId: () => `copy-${++n}`, copyName: (a) => copyName(a, 200), merge: { now: NOW } };
};
const ours = cleanAssessment({ id: 'ours', organisation: 'Les Amis' });
const file = makeFile([{ ...ours, updatedAt: NOW.toISOString() }], 'everything', '0.1.0', '1', NOW);

const run = (events: ImportEvent[], from: ImportState = initialImport) =>
  events.reduce(importStep, from);

const reading = run([{ type: 'file.chosen', name: 'a.opensaq.json' }]);
const asking = run([{ type: 'file.protected' }], reading);
const review = run([{ type: 'file.opened', file, existing: [ours], plan: plan() }], reading);
const importing = run([{ type: 'import.started' }], review);

describe('the import flow at its edges', () => {
  it('fixtures: reading, asking for the passphrase, the review and the import running', () => {
    expect([reading, asking, review, importing].map((s) => s.step)).toEqual([
      'reading',
      'passphrase',
      'review',
      'review',
    ]);
    expect(importing).toMatchObject({ importing: true });
  });

  it('cancel goes back to choosing a file from every step, forgetting the last outcome', () => {
    for (const state of [reading, asking, review, importing])
      expect(importStep(state, { type: 'cancel' })).toBe(initialImport);
  });

  it('progress shows while reading, and while a passphrase is tried, never before', () => {
    const progress = { phase: 'decrypting', done: 1, total: 2 } as const;
    expect(importStep(asking, { type: 'progress', progress })).toBe(asking);
    const opening = importStep(asking, { type: 'passphrase.submitted' });
    expect(importStep(opening, { type: 'progress', progress })).toMatchObject({ progress });
    expect(importStep(review, { type: 'progress', progress })).toBe(review);
    expect(importStep(initialImport, { type: 'progress', progress })).toBe(initialImport);
  });

  it('a passphrase or a file outcome that arrives out of turn changes nothing', () => {
    expect(importStep(reading, { type: 'passphrase.submitted' })).toBe(reading);
    expect(importStep(review, { type: 'file.protected' })).toBe(review);
    expect(importStep(review, { type: 'file.failed', error: new ImportError('not-json') })).toBe(
      review,
    );
    expect(
      importStep(initialImport, { type: 'file.opened', file, existing: [], plan: plan() }),
    ).toBe(initialImport);
    expect(importStep(initialImport, { type: 'import.started' })).toBe(initialImport);
    expect(importStep(initialImport, { type: 'import.done', outcomes: [] })).toBe(initialImport);
  });

  it('while the import runs, another tab’s write and the user’s choices wait', () => {
    expect(importStep(importing, { type: 'existing.changed', existing: [], plan: plan() })).toBe(
      importing,
    );
    expect(
      importStep(importing, { type: 'plan.choice', id: 'ours', key: '12.8.1', side: 'theirs' }),
    ).toBe(importing);
  });

  it('a new file chosen mid-way starts again from reading it', () => {
    expect(importStep(review, { type: 'file.chosen', name: 'b.opensaq.json' })).toEqual({
      step: 'reading',
      name: 'b.opensaq.json',
      progress: null,
    });
  });
});
