/**
 * What to do with each assessment of a file being opened: the plan the user reviews and then
 * applies (`importAssessments` in src/storage). Ids of copies are chosen here, once, so that
 * applying the same plan twice (a retry, a second click) never makes two copies.
 */
import type { Assessment } from '../assessment/model';
import { defaultChoices, planMerge, type MergeContext, type MergePlan, type Side } from './merge';

export type ImportAction = 'new' | 'replace' | 'merge' | 'skip';

/** One assessment of a file to import, and what to do with it. */
export interface ImportItem {
  incoming: Assessment;
  action: ImportAction;
  /**
   * When an assessment with the same id is already here: the id and name a separate copy would
   * get (used when the action is 'new').
   */
  copy?: { id: string; organisation: string };
  /** For 'merge': the side each difference takes (ours when none is chosen). */
  choices?: Readonly<Record<string, Side>>;
}

export interface PlannedImport {
  items: ImportItem[];
  /** For each assessment already here, how a merge would go (by the file's id). */
  merges: ReadonlyMap<string, MergePlan>;
}

/**
 * The default plan: an assessment already here is merged (each difference taking the newer side
 * when that is known, else ours); a new one is added.
 */
export function planImport(
  incoming: readonly Assessment[],
  existing: readonly Assessment[],
  options: {
    /** A fresh id for a copy. */
    newId: () => string;
    /** The name of a separate copy, e.g. "Name (imported)" in the user's words. */
    copyName: (a: Assessment) => string;
    merge?: MergeContext;
  },
): PlannedImport {
  const here = new Map(existing.map((a) => [a.id, a]));
  const merges = new Map<string, MergePlan>();
  const items = incoming.map((a): ImportItem => {
    const ours = here.get(a.id);
    if (!ours) return { incoming: a, action: 'new' };
    const plan = planMerge(ours, a, options.merge);
    merges.set(a.id, plan);
    return {
      incoming: a,
      action: 'merge',
      choices: defaultChoices(plan),
      copy: { id: options.newId(), organisation: options.copyName(a) },
    };
  });
  return { items, merges };
}
