import { describe, expect, it } from 'vitest';
import { answersDigest, changedSinceCompletion, markComplete, reopenIfChanged } from './completion';
import type { Assessment } from './model';
import { updateRow } from './rules';
import { cleanAssessment, na, outline, TODAY, withSection1 } from './test-fixtures';

const NOW = '2026-12-02T09:00:00.000Z';
const LATER = '2026-12-05T15:30:00.000Z';

function completed(): Assessment {
  const result = markComplete(outline(), cleanAssessment(), NOW, TODAY);
  if (!result.ok) throw new Error('the clean assessment should complete');
  return result.assessment;
}

describe('marking complete', () => {
  it('refuses while the review lists anything, and says what', () => {
    const result = markComplete(outline(), withSection1({ locations: [] }), NOW, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.items.map((i) => i.code)).toEqual(['s1.locations']);
  });

  it('records the moment, the local day and a fingerprint of the answers', () => {
    const a = completed();
    expect(a).toMatchObject({ completedAt: NOW, completedOn: TODAY, updatedAt: NOW });
    expect(a.completedDigest).toBe(answersDigest(cleanAssessment()));
    expect(changedSinceCompletion(a)).toBe(false);
  });
});

describe('the fingerprint of the answers', () => {
  it('ignores save times, key order and emptied text', () => {
    const a = cleanAssessment();
    const reordered: Assessment = {
      ...a,
      rows: Object.fromEntries(Object.entries(a.rows).reverse()),
      section1: Object.fromEntries(Object.entries(a.section1 ?? {}).reverse()),
    };
    expect(answersDigest(reordered)).toBe(answersDigest(a));
    expect(answersDigest({ ...a, updatedAt: LATER })).toBe(answersDigest(a));
    const touched = updateRow(a, '3.1.1', { response: 'in-place' }, LATER);
    expect(answersDigest(touched)).toBe(answersDigest(a));
    expect(answersDigest(withSection1({ dba: '' }, a))).toBe(answersDigest(a));
  });

  it('changes with any answer', () => {
    const a = cleanAssessment();
    expect(answersDigest(updateRow(a, '3.1.1', { notes: 'x' }, NOW))).not.toBe(answersDigest(a));
    expect(answersDigest(withSection1({ dba: 'Friends' }, a))).not.toBe(answersDigest(a));
    expect(answersDigest({ ...a, part4: { '3': { date: '2027-01-01' } } })).not.toBe(
      answersDigest(a),
    );
  });
});

describe('reopening on change', () => {
  it('clears the completion and keeps a note when an answer changes', () => {
    const before = completed();
    const after = updateRow(before, '3.1.1', na('We keep no card data on paper.'), LATER);
    const saved = reopenIfChanged(before, after, LATER);
    expect(saved.completedAt).toBeUndefined();
    expect(saved.completedOn).toBeUndefined();
    expect(saved.completedDigest).toBeUndefined();
    expect(saved.reopened).toEqual([{ at: LATER, completedAt: NOW, completedOn: TODAY }]);
    expect(saved.rows['3.1.1']?.response).toBe('not-applicable');
  });

  it('keeps every reopening', () => {
    const first = reopenIfChanged(
      completed(),
      withSection1({ dba: 'Friends' }, completed()),
      LATER,
    );
    const again = markComplete(outline(), first, LATER, '2026-12-05');
    if (!again.ok) throw new Error('should complete again');
    const second = reopenIfChanged(
      again.assessment,
      withSection1({ dba: 'Friends of the Park' }, again.assessment),
      '2026-12-06T10:00:00.000Z',
    );
    expect(second.reopened?.map((r) => r.completedAt)).toEqual([NOW, LATER]);
  });

  it('leaves it complete when nothing the record says has changed', () => {
    const before = completed();
    const after = {
      ...updateRow(before, '3.1.1', { response: 'in-place' }, LATER),
      updatedAt: LATER,
    };
    expect(reopenIfChanged(before, after, LATER)).toBe(after);
  });

  it('leaves a new completion, and an assessment that was not complete, alone', () => {
    const draft = cleanAssessment();
    const done = completed();
    expect(reopenIfChanged(draft, done, NOW)).toBe(done);
    const edited = withSection1({ dba: 'Friends' }, draft);
    expect(reopenIfChanged(draft, edited, NOW)).toBe(edited);
  });
});
