import { describe, expect, it } from 'vitest';
import { cleanAssessment, IN_PLACE } from '@/domain/assessment/test-fixtures';
import type { Assessment } from '@/domain/assessment/model';
import { ImportError, StorageError } from '@/domain/files/errors';
import { makeFile, type OpenSaqFile } from '@/domain/files/opensaq-file';
import type { ImportOutcome } from '@/storage/assessment-store';
import {
  copyName,
  importStep,
  initialImport,
  outcomeLines,
  percentOf,
  reviewView,
  type ImportEvent,
  type ImportState,
  type PlanContext,
} from './import-flow';

const NOW = new Date('2026-12-02T10:00:00Z');

/** A plan context whose copies get ids copy-1, copy-2... */
function planContext(): PlanContext {
  let n = 0;
  return {
    newId: () => `copy-${++n}`,
    copyName: (a) => copyName(a, 200),
    merge: { now: NOW },
  };
}

const base = cleanAssessment({ id: 'ours', organisation: 'Les Amis' });
const ours: Assessment = {
  ...base,
  rows: { ...base.rows, '12.8.1': { ...IN_PLACE, updatedAt: '2026-11-01T10:00:00.000Z' } },
};
/** The file's copy of ours: 12.8.1 answered differently (newer), 12.10.1 new here. */
const theirs: Assessment = {
  ...ours,
  rows: {
    ...Object.fromEntries(Object.entries(ours.rows).filter(([id]) => id !== '12.10.1')),
    '12.8.1': { response: 'not-in-place', notes: 'No list yet', updatedAt: NOW.toISOString() },
  },
  updatedAt: NOW.toISOString(),
};
const stranger = cleanAssessment({ id: 'new-one', organisation: 'Choir of Leeds', rows: {} });
const file: OpenSaqFile = makeFile([theirs, stranger], 'everything', '0.1.0', '1', NOW);

function run(events: ImportEvent[], from: ImportState = initialImport): ImportState {
  return events.reduce(importStep, from);
}

function reviewOf(existing: Assessment[] = [{ ...ours, rows: { ...ours.rows } }]) {
  const state = run([
    { type: 'file.chosen', name: 'backup.opensaq.json' },
    { type: 'file.opened', file, existing, plan: planContext() },
  ]);
  if (state.step !== 'review') throw new Error(`expected the review, got ${state.step}`);
  return state;
}

describe('opening a file: what the Files page shows next', () => {
  it('a plain file: reading with its progress, then the review with a plan for each assessment', () => {
    const reading = run([
      { type: 'file.chosen', name: 'backup.opensaq.json' },
      { type: 'progress', progress: { phase: 'checking', done: 1, total: 4 } },
    ]);
    expect(reading).toMatchObject({ step: 'reading', name: 'backup.opensaq.json' });
    expect(reading.step === 'reading' && percentOf(reading.progress)).toBe(25);
    const review = reviewOf();
    // Already here: merged, the newer side of each difference chosen; a separate copy's id and
    // name chosen once. Not here: added.
    expect(review.items.map((i) => [i.incoming.id, i.action])).toEqual([
      ['ours', 'merge'],
      ['new-one', 'new'],
    ]);
    expect(review.items[0]?.choices).toEqual({ '12.8.1': 'theirs' });
    expect(review.items[0]?.copy).toEqual({ id: 'copy-1', organisation: 'Les Amis (imported)' });
  });

  it('a protected file asks for the passphrase; a wrong one asks again, the right one opens it', () => {
    const asked = run([
      { type: 'file.chosen', name: 'secret.opensaq.json' },
      { type: 'file.protected' },
    ]);
    expect(asked).toMatchObject({ step: 'passphrase', opening: false, error: null });
    const wrong = new ImportError('wrong-passphrase');
    const again = run(
      [
        { type: 'passphrase.submitted' },
        { type: 'progress', progress: { phase: 'decrypting', done: 5, total: 10 } },
        { type: 'file.failed', error: wrong },
      ],
      asked,
    );
    expect(again).toMatchObject({ step: 'passphrase', opening: false, error: wrong });
    const opened = run(
      [
        { type: 'passphrase.submitted' },
        { type: 'file.opened', file, existing: [], plan: planContext() },
      ],
      again,
    );
    expect(opened).toMatchObject({ step: 'review', name: 'secret.opensaq.json' });
  });

  it('a file refused while reading goes back to choosing one, saying why', () => {
    const error = new ImportError('not-json');
    expect(
      run([
        { type: 'file.chosen', name: 'x.json' },
        { type: 'file.failed', error },
      ]),
    ).toEqual({ ...initialImport, error });
  });

  it('choices are kept as the user makes them; a late event from an old step changes nothing', () => {
    const review = reviewOf();
    const chosen = run(
      [
        { type: 'plan.action', id: 'new-one', action: 'skip' },
        { type: 'plan.choice', id: 'ours', key: '12.8.1', side: 'ours' },
        { type: 'progress', progress: { phase: 'checking', done: 1, total: 1 } },
        { type: 'file.protected' },
      ],
      review,
    );
    expect(chosen.step === 'review' && chosen.items.map((i) => i.action)).toEqual([
      'merge',
      'skip',
    ]);
    expect(chosen.step === 'review' && chosen.items[0]?.choices).toEqual({ '12.8.1': 'ours' });
  });

  it('another tab writes during the review: the plan is worked out again, the user’s choices and the copy’s id kept', () => {
    const review = run(
      [
        { type: 'plan.choice', id: 'ours', key: '12.8.1', side: 'ours' },
        { type: 'plan.action', id: 'new-one', action: 'skip' },
      ],
      reviewOf(),
    );
    // Another tab answered 2.2.2 differently from the file, and added "Choir of Leeds" itself.
    const changedHere = {
      ...ours,
      rows: {
        ...ours.rows,
        '12.8.2': { response: 'not-applicable' as const, naReason: 'No router.' },
      },
    };
    const after = run(
      [{ type: 'existing.changed', existing: [changedHere, stranger], plan: planContext() }],
      review,
    );
    if (after.step !== 'review') throw new Error('expected the review');
    expect(after.replanned).toBe(true);
    const [first, second] = after.items;
    expect(first?.choices).toEqual({ '12.8.1': 'ours', '12.8.2': 'ours' });
    expect(first?.copy?.id).toBe('copy-1');
    expect(second?.action).toBe('skip');
    // Deleted here meanwhile: a merge or a replace has nothing to go into, so it is added.
    const gone = run(
      [
        { type: 'plan.action', id: 'ours', action: 'replace' },
        { type: 'existing.changed', existing: [], plan: planContext() },
      ],
      reviewOf(),
    );
    expect(gone.step === 'review' && gone.items[0]?.action).toBe('new');
  });

  it('an import refused by the browser keeps the plan to try again; one that worked says what it did', () => {
    const review = reviewOf();
    const started = importStep(review, { type: 'import.started' });
    expect(started).toMatchObject({ importing: true });
    // While it runs, nothing can change the plan.
    expect(importStep(started, { type: 'plan.action', id: 'new-one', action: 'skip' })).toBe(
      started,
    );
    const refused = importStep(started, {
      type: 'import.failed',
      error: new StorageError('quota'),
    });
    expect(refused).toMatchObject({ step: 'review', importing: false, items: review.items });
    const outcomes: ImportOutcome[] = [
      { id: 'ours', storedId: 'ours', organisation: 'Les Amis', result: 'merged' },
      { id: 'new-one', storedId: 'new-one', organisation: 'Choir of Leeds', result: 'added' },
    ];
    const done = run([{ type: 'import.started' }, { type: 'import.done', outcomes }], refused);
    expect(done).toMatchObject({ step: 'pick', error: null, outcomes });
    expect(done.step === 'pick' && outcomeLines(done.outcomes ?? [], done.imported)).toEqual([
      "Merged the file's answers into Les Amis.",
      'Added Choir of Leeds (SAQ D for Merchants).',
    ]);
  });

  it('the review says what the file brings in, part by part, and each difference in words', () => {
    const [merge, added] = reviewView(reviewOf(), [ours]);
    expect(merge?.question).toBe('This assessment is already in this browser. What should happen?');
    expect(merge?.options.map((o) => o.value)).toEqual(['merge', 'replace', 'new', 'skip']);
    expect(merge?.options[2]?.label).toBe('Add it as a separate copy, named Les Amis (imported)');
    expect(merge?.bringsIn?.[0]).toMatch(/^Answers: 0 new, 1 different, \d+ the same\.$/);
    expect(merge?.conflicts).toEqual([
      {
        key: '12.8.1',
        label: '12.8.1: ours "In Place" or the file\'s "Not in Place, No list yet"',
        hint: "The file's is newer.",
        side: 'theirs',
      },
    ]);
    expect(added?.options.map((o) => o.value)).toEqual(['new', 'skip']);
    expect(added?.bringsIn).toBeNull();
    // The same file again, once merged: nothing new.
    const same = makeFile([ours], 'assessment', '0.1.0', '1', NOW);
    const state = run([
      { type: 'file.chosen', name: 'same.json' },
      { type: 'file.opened', file: same, existing: [ours], plan: planContext() },
    ]);
    if (state.step !== 'review') throw new Error('expected the review');
    expect(reviewView(state, [ours])[0]?.bringsIn).toEqual([
      expect.stringMatching(/^Answers: 0 new, 0 different, \d+ the same\.$/),
      expect.stringMatching(/^Section 1/),
      expect.stringMatching(/^Section 3/),
    ]);
    // Replace: what it would change.
    const replacing = importStep(reviewOf(), {
      type: 'plan.action',
      id: 'ours',
      action: 'replace',
    });
    if (replacing.step !== 'review') throw new Error('expected the review');
    expect(reviewView(replacing, [ours])[0]?.replacing).toBe(
      'Replacing changes 1 answers, adds 0 and removes 1.',
    );
  });

  it('a copy’s name stays within the limit of a name', () => {
    const long = { ...ours, organisation: 'x'.repeat(200) };
    const name = copyName(long, 200);
    expect(name.length).toBeLessThanOrEqual(200);
    expect(name.endsWith(' (imported)')).toBe(true);
    expect(copyName({ ...ours, organisation: 'Les Amis' }, 200)).toBe('Les Amis (imported)');
  });

  it('progress never goes past 100%, and shows 0% before any is known', () => {
    expect(percentOf(null)).toBe(0);
    expect(percentOf({ phase: 'reading', done: 5, total: 0 })).toBe(0);
    expect(percentOf({ phase: 'reading', done: 12, total: 10 })).toBe(100);
  });
});
