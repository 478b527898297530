/** Saves and restores the interview draft. The store is the truth; validation never blocks a save. */
import {
  emptyAnswers,
  type InterviewAnswers,
  type InterviewPhase,
} from '@/domain/eligibility/journey';
import { interviewAnswersSchema } from '@/domain/files/record-schemas';
import { z } from '@/lib/zod';
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

const draftSchema = z.object({
  format: z.literal(1),
  answers: interviewAnswersSchema,
  stepId: z.string().max(100),
  phase: z.enum(['asking', 'checking', 'result']),
  updatedAt: z.string().max(40),
});

/**
 * The saved draft, checked, or null when there is none. An unreadable one (another version's, or
 * damaged) is kept under another id, never deleted, and the user starts afresh.
 */
export async function loadInterview(
  id = CURRENT_INTERVIEW,
): Promise<(InterviewDraft & { updatedAt: string }) | null> {
  const db = await database();
  const record = await db.get('interviews', id);
  if (!record) return null;
  const checked = draftSchema.safeParse({
    ...record,
    answers: { ...emptyAnswers(), ...record.answers },
  });
  if (!checked.success) {
    await db.put('interviews', { ...record, id: `unreadable-${Date.now()}-${id}` });
    await db.delete('interviews', id);
    return null;
  }
  return {
    answers: checked.data.answers,
    stepId: checked.data.stepId,
    phase: checked.data.phase,
    updatedAt: checked.data.updatedAt,
  };
}

export async function deleteInterview(id = CURRENT_INTERVIEW): Promise<void> {
  const db = await database();
  await db.delete('interviews', id);
}
