/**
 * The browser database: IndexedDB through idb. Schema-versioned; every upgrade step is kept so a
 * browser with an old database is brought forward one version at a time.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Assessment } from '@/domain/assessment/model';
import type { InterviewAnswers, InterviewPhase } from '@/domain/eligibility/journey';

export const DB_NAME = 'opensaq';
export const DB_VERSION = 2;

/** The interview draft as stored: domain data plus where the user was, versioned. */
export interface InterviewRecord {
  id: string;
  /** Format version of this record, for migrations of the data itself. */
  format: 1;
  answers: InterviewAnswers;
  stepId: string;
  phase: InterviewPhase;
  updatedAt: string;
}

interface OpenSaqDb extends DBSchema {
  interviews: { key: string; value: InterviewRecord };
  assessments: { key: string; value: Assessment; indexes: { updatedAt: string } };
}

const UPGRADES: ((db: IDBPDatabase<OpenSaqDb>) => void)[] = [
  // 0 -> 1: the interview drafts.
  (db) => {
    db.createObjectStore('interviews', { keyPath: 'id' });
  },
  // 1 -> 2: assessments.
  (db) => {
    const store = db.createObjectStore('assessments', { keyPath: 'id' });
    store.createIndex('updatedAt', 'updatedAt');
  },
];

let opening: Promise<IDBPDatabase<OpenSaqDb>> | undefined;

export function database(): Promise<IDBPDatabase<OpenSaqDb>> {
  opening ??= openDB<OpenSaqDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let v = oldVersion; v < DB_VERSION; v++) UPGRADES[v]?.(db);
    },
    // A newer version of the app, in another tab, needs to upgrade the database: step aside and
    // ask this tab's user to reload, instead of leaving the new version hanging.
    blocking() {
      void opening?.then((db) => db.close());
      opening = undefined;
      if (typeof window !== 'undefined') window.dispatchEvent(new Event('opensaq:reload-needed'));
    },
  });

  return opening;
}

/** For tests: forget the open connection so the next call opens afresh. */
export async function closeDatabase(): Promise<void> {
  const db = await opening;
  db?.close();
  opening = undefined;
}
