/**
 * The browser database: IndexedDB through idb. Schema-versioned; every upgrade step is kept so a
 * browser with an old database is brought forward one version at a time.
 *
 * The connection is never kept once it is lost: when the database is deleted under the tab (site
 * data cleared, or another tab deleting it) or a newer version of the app upgrades it, the tab lets
 * go, says so on the event bus, and the next call opens afresh, so "Try again" works once storage is
 * back instead of failing until a reload.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Assessment } from '@/domain/assessment/model';
import type { InterviewAnswers, InterviewPhase } from '@/domain/eligibility/journey';
import type { RecordProblem } from '@/domain/files/record';
import { announce } from './events';

export const DB_NAME = 'opensaq';
export const DB_VERSION = 3;

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

/**
 * A stored assessment that could not be read back: kept as it was, out of the way of the pages,
 * until the user saves it to a file or deletes it.
 */
export interface SetAsideRecord {
  /** Its own key (a record may be set aside more than once). */
  key: string;
  /** The key it had among the assessments. */
  storeKey: IDBValidKey;
  /** Its organisation's name, when it has a readable one. */
  organisation: string | null;
  record: unknown;
  problem: RecordProblem;
  setAsideAt: string;
}

export interface OpenSaqDb extends DBSchema {
  interviews: { key: string; value: InterviewRecord };
  assessments: { key: string; value: Assessment; indexes: { updatedAt: string } };
  setAside: { key: string; value: SetAsideRecord };
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
  // 2 -> 3: assessments set aside because they could not be read back.
  (db) => {
    db.createObjectStore('setAside', { keyPath: 'key' });
  },
];

export type Db = IDBPDatabase<OpenSaqDb>;

let opening: Promise<Db> | undefined;
/** The connection was lost (deleted, closed by the browser): the next open says it is back. */
let lost = false;
/** A newer version of the app took the database over: this tab must reload, not reopen. */
let supplanted = false;
/** Whether the database ever opened in this tab (a browser that never allows it is another story). */
let everOpened = false;

function forget(attempt: Promise<Db>): void {
  if (opening === attempt) opening = undefined;
}

export class SupplantedError extends Error {
  constructor() {
    super('A newer version of OpenSAQ has upgraded the database in another tab: reload this page.');
    this.name = 'SupplantedError';
  }
}

export function database(): Promise<Db> {
  if (supplanted) return Promise.reject(new SupplantedError());
  if (opening) return opening;
  const attempt: Promise<Db> = openDB<OpenSaqDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let v = oldVersion; v < DB_VERSION; v++) UPGRADES[v]?.(db);
    },
    // Another tab asks for the database: a newer version to upgrade it, or (no new version) to
    // delete it. Either way step aside at once so it is not left hanging; only the first keeps
    // the saved work.
    blocking(_current, wanted) {
      forget(attempt);
      void attempt.then((db) => db.close());
      if (wanted === null) {
        lost = true;
        announce({ type: 'storage.deleted', by: 'other-tab' });
      } else {
        supplanted = true;
        announce({ type: 'storage.upgrade-elsewhere' });
      }
    },
    // The browser closed the connection itself: site data cleared, or the disk gone.
    terminated() {
      forget(attempt);
      lost = true;
      announce({ type: 'storage.deleted', by: 'browser' });
    },
  });
  opening = attempt;
  attempt.then(
    () => {
      everOpened = true;
      if (lost) {
        lost = false;
        announce({ type: 'storage.reconnected' });
      }
    },
    () => forget(attempt),
  );
  return attempt;
}

/** Whether this tab has had the database open (else a failure means the browser refuses it). */
export function databaseEverOpened(): boolean {
  return everOpened;
}

/** Lets go of a connection that failed mid-use (closing, closed), so the next call reopens. */
export function dropConnection(): void {
  const current = opening;
  opening = undefined;
  void current?.then(
    (db) => db.close(),
    () => undefined,
  );
}

/** For tests: forget the open connection so the next call opens afresh. */
export async function closeDatabase(): Promise<void> {
  const db = await opening?.catch(() => undefined);
  db?.close();
  opening = undefined;
  lost = false;
  supplanted = false;
  everOpened = false;
}
