/**
 * The interviews kept in this browser, one per organisation. The store is the truth; validation
 * never blocks a save, and a save merges into the stored record (the name given in another tab is
 * kept).
 */
import {
  emptyAnswers,
  type InterviewAnswers,
  type InterviewPhase,
} from '@/domain/eligibility/journey';
import { interviewAnswersSchema } from '@/domain/files/record-schemas';
import { z } from '@/lib/zod';
import { database, type InterviewRecord } from './db';

/** Where an interview is: its answers, the step on screen, the phase and the steps visited. */
export interface InterviewDraft {
  answers: InterviewAnswers;
  stepId: string;
  phase: InterviewPhase;
  history: string[];
}

/** An interview as the pages see it: the draft, whose it is and when it was saved. */
export interface SavedInterview extends InterviewDraft {
  id: string;
  /** The organisation's name; empty until the person names it. */
  organisation: string;
  createdAt: string;
  updatedAt: string;
}

export const MAX_ORGANISATION_LENGTH = 200;

export function newInterviewId(): string {
  return crypto.randomUUID();
}

const recordSchema = z.object({
  id: z.string().max(200),
  format: z.union([z.literal(1), z.literal(2)]),
  organisation: z.string().max(MAX_ORGANISATION_LENGTH).optional(),
  answers: interviewAnswersSchema,
  stepId: z.string().max(100),
  phase: z.enum(['asking', 'checking', 'result']),
  history: z.array(z.string().max(100)).max(500).optional(),
  createdAt: z.string().max(40).optional(),
  updatedAt: z.string().max(40),
});

/** A stored record as the pages see it, or null when it cannot be read. */
function read(record: InterviewRecord): SavedInterview | null {
  const checked = recordSchema.safeParse({
    ...record,
    answers: { ...emptyAnswers(), ...record.answers },
  });
  if (!checked.success) return null;
  const r = checked.data;
  return {
    id: r.id,
    organisation: r.organisation ?? '',
    answers: r.answers,
    stepId: r.stepId,
    phase: r.phase,
    history: r.history ?? [],
    createdAt: r.createdAt ?? r.updatedAt,
    updatedAt: r.updatedAt,
  };
}

const isSetAside = (id: string) => id.startsWith('unreadable-');

/** Starts a new interview for `organisation` (empty: not named yet) and saves it. */
export async function createInterview(
  organisation: string,
  now = new Date(),
): Promise<SavedInterview> {
  const db = await database();
  const at = now.toISOString();
  const record: InterviewRecord = {
    id: newInterviewId(),
    format: 2,
    organisation: organisation.trim().slice(0, MAX_ORGANISATION_LENGTH),
    answers: emptyAnswers(),
    stepId: 'role',
    phase: 'asking',
    history: [],
    createdAt: at,
    updatedAt: at,
  };
  await db.put('interviews', record);
  return {
    id: record.id,
    organisation: record.organisation ?? '',
    answers: record.answers,
    stepId: record.stepId,
    phase: record.phase,
    history: [],
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * Saves where interview `id` is. The name and the creation date come from the stored record (or,
 * for an interview not saved yet, from `organisation`), read and written in one transaction.
 */
export async function saveInterview(
  id: string,
  draft: InterviewDraft,
  organisation = '',
): Promise<void> {
  const db = await database();
  const tx = db.transaction('interviews', 'readwrite');
  const stored = await tx.store.get(id);
  const now = new Date().toISOString();
  await tx.store.put({
    id,
    format: 2,
    organisation: stored?.organisation ?? organisation,
    ...draft,
    createdAt: stored?.createdAt ?? stored?.updatedAt ?? now,
    updatedAt: now,
  });
  await tx.done;
}

/** Gives interview `id` its organisation's name. */
export async function renameInterview(id: string, organisation: string): Promise<void> {
  const db = await database();
  const tx = db.transaction('interviews', 'readwrite');
  const stored = await tx.store.get(id);
  if (stored)
    await tx.store.put({
      ...stored,
      format: 2,
      organisation: organisation.trim().slice(0, MAX_ORGANISATION_LENGTH),
    });
  await tx.done;
}

/**
 * Interview `id`, checked, or null when there is none. An unreadable one (another version's, or
 * damaged) is kept under another id, never deleted, and the user starts afresh.
 */
export async function loadInterview(id: string): Promise<SavedInterview | null> {
  const db = await database();
  const record = await db.get('interviews', id);
  if (!record) return null;
  const shown = read(record);
  if (shown) return shown;
  const tx = db.transaction('interviews', 'readwrite');
  await tx.store.put({ ...record, id: `unreadable-${Date.now()}-${id}` });
  await tx.store.delete(id);
  await tx.done;
  return null;
}

/** Every readable interview kept here, the most recently saved first. */
export async function listInterviews(): Promise<SavedInterview[]> {
  const db = await database();
  const records = await db.getAll('interviews');
  return (
    records
      .filter((r) => !isSetAside(r.id))
      // A format 1 record left over (written by an older tab) reads as an unnamed interview.
      .flatMap((r) => {
        const shown = read(r);
        return shown ? [shown] : [];
      })
      .sort((x, y) => y.updatedAt.localeCompare(x.updatedAt))
  );
}

export async function deleteInterview(id: string): Promise<void> {
  const db = await database();
  await db.delete('interviews', id);
}
