/**
 * Assessments in IndexedDB. The store is the truth: drafts are saved whatever their state.
 * When the browser refuses IndexedDB altogether (some private windows, blocked site data), the
 * assessments are kept in this tab's memory instead, and `storageMode()` says so, so the app can
 * tell the user to save a file before closing the tab. Nothing typed is silently dropped.
 */
import type { Assessment } from '@/domain/assessment/model';
import { clearHadData, markHadData } from './backup-log';
import { database } from './db';

type Mode = 'browser' | 'memory';
let mode: Mode = 'browser';
const memory = new Map<string, Assessment>();

/** Where assessments are kept now: in the browser's database, or only in this tab's memory. */
export function storageMode(): Mode {
  return mode;
}

async function db() {
  if (mode === 'memory') return null;
  try {
    return await database();
  } catch {
    mode = 'memory';
    if (typeof window !== 'undefined') window.dispatchEvent(new Event('opensaq:storage-memory'));
    return null;
  }
}

const newestFirst = (list: Assessment[]) =>
  list.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

export async function listAssessments(): Promise<Assessment[]> {
  const d = await db();
  return newestFirst(d ? await d.getAll('assessments') : [...memory.values()]);
}

export async function getAssessment(id: string): Promise<Assessment | undefined> {
  const d = await db();
  return d ? d.get('assessments', id) : memory.get(id);
}

export async function putAssessment(a: Assessment): Promise<void> {
  const d = await db();
  if (!d) {
    memory.set(a.id, structuredClone(a));
    return;
  }
  await d.put('assessments', a);
  markHadData();
}

export async function deleteAssessment(id: string): Promise<void> {
  const d = await db();
  if (!d) {
    memory.delete(id);
    return;
  }
  await d.delete('assessments', id);
  if ((await d.count('assessments')) === 0) clearHadData();
}

/** A fresh id for a new assessment (random, so two laptops never collide). */
export function newAssessmentId(): string {
  return crypto.randomUUID();
}
