/**
 * What is on screen and not yet stored, by assessment: the open assessment while its saves fail
 * (storage full, site data cleared). "Save a copy to a file" takes these instead of the older stored
 * copies, so the file holds what the user typed. Kept in this tab's memory only.
 */
import type { Assessment } from '@/domain/assessment/model';

const held = new Map<string, Assessment>();

/** Holds the on-screen copy of an assessment whose latest changes are not stored. */
export function holdUnsaved(a: Assessment): void {
  held.set(a.id, a);
}

/** Its changes are stored now (or it was closed without changes): nothing to hold. */
export function releaseUnsaved(id: string): void {
  held.delete(id);
}

/** The on-screen copies not yet stored. */
export function unsavedCopies(): Assessment[] {
  return [...held.values()];
}
