/** Assessments in IndexedDB. The store is the truth: drafts are saved whatever their state. */
import type { Assessment } from '@/domain/assessment/model';
import { clearHadData, markHadData } from './backup-log';

import { database } from './db';

export async function listAssessments(): Promise<Assessment[]> {
  const db = await database();
  const all = await db.getAll('assessments');
  return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function getAssessment(id: string): Promise<Assessment | undefined> {
  const db = await database();
  return db.get('assessments', id);
}

export async function putAssessment(a: Assessment): Promise<void> {
  const db = await database();
  await db.put('assessments', a);
  markHadData();
}

export async function deleteAssessment(id: string): Promise<void> {
  const db = await database();
  await db.delete('assessments', id);
  if ((await db.count('assessments')) === 0) clearHadData();
}

/** A fresh id for a new assessment (random, so two laptops never collide). */
export function newAssessmentId(): string {
  return crypto.randomUUID();
}
