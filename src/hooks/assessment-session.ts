/**
 * The open assessment as the app gives it to a feature page: the data, its SAQ content, a way to
 * change it, and what the autosave knows. Route modules in src/app build it and pass it in, so
 * features never reach for each other or for the app.
 */
import type { RequirementEntry, SaqContent } from '@/content/schema';
import type { Assessment } from '@/domain/assessment/model';

export type SaveStatus = 'saved' | 'saving' | 'failed';

/** What the autosave knows, always true: the "saved" indicator shows exactly this. */
export interface SaveState {
  status: SaveStatus;
  /** Why the last save failed, in words; null when it did not. */
  error: string | null;
  /**
   * It is no longer stored (deleted in another tab, or the site data was cleared): what is on screen
   * can be kept in this browser again (`recreate`) or saved to a file.
   */
  gone: boolean;
  /** 'memory': the browser refused storage, so changes live only in this tab. */
  mode: 'browser' | 'memory';
  /** Tries to save again, reconnecting to the browser's storage first. */
  retry: () => void;
  /** Stores what is on screen again, though it was deleted. */
  recreate: () => void;
}

export interface AssessmentSession {
  assessment: Assessment;
  saq: SaqContent;
  entries: ReadonlyMap<string, RequirementEntry>;
  /** Applies a change; it is on screen at once and saved within a second. */
  update: (change: (a: Assessment) => Assessment) => void;
  save: SaveState;
}

type SectionKey = 'section1' | 'section3';
type SectionChange<S> = Partial<S> | ((current: S) => Partial<S>);

/**
 * Section 1 or 3 of the assessment, and a setter for it. Changes are worked out from the latest
 * saved section, not from this render's copy: quick successive edits (autofill, fast typing across
 * fields, ticking several boxes) never overwrite each other.
 */
export function sectionEditor<K extends SectionKey>(
  session: AssessmentSession,
  key: K,
): readonly [
  NonNullable<Assessment[K]>,
  (change: SectionChange<NonNullable<Assessment[K]>>) => void,
] {
  type S = NonNullable<Assessment[K]>;
  const set = (change: SectionChange<S>) =>
    session.update((a) => {
      const current: S = a[key] ?? {};
      const patch = typeof change === 'function' ? change(current) : change;
      return { ...a, [key]: { ...current, ...patch }, updatedAt: new Date().toISOString() };
    });
  return [session.assessment[key] ?? {}, set] as const;
}
