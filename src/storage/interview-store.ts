/** Saves and restores the interview draft. The store is the truth; validation never blocks a save. */
import {
  emptyAnswers,
  type InterviewAnswers,
  type InterviewPhase,
} from '@/domain/eligibility/journey';
import { database, type InterviewRecord } from './db';

export const CURRENT_INTERVIEW = 'current';

export interface InterviewDraft {
  answers: InterviewAnswers;
  stepId: string;
  phase: InterviewPhase;
}

export async function saveInterview(draft: InterviewDraft, id = CURRENT_INTERVIEW): Promise<void> {
  const db = await database();
  const record: InterviewRecord = { id, format: 1, ...draft, updatedAt: new Date().toISOString() };
  await db.put('interviews', record);
}

/** The saved draft, or null when there is none (or it is unreadable: then the user starts afresh). */
export async function loadInterview(
  id = CURRENT_INTERVIEW,
): Promise<(InterviewDraft & { updatedAt: string }) | null> {
  const db = await database();
  const record = await db.get('interviews', id);
  if (!record || record.format !== 1) return null;
  return {
    answers: { ...emptyAnswers(), ...record.answers },
    stepId: record.stepId,
    phase: record.phase,
    updatedAt: record.updatedAt,
  };
}

export async function deleteInterview(id = CURRENT_INTERVIEW): Promise<void> {
  const db = await database();
  await db.delete('interviews', id);
}
