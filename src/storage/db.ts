/**
 * The browser database: IndexedDB through idb. Schema-versioned; every upgrade step is kept so a
 * browser with an old database is brought forward one version at a time.
 *
 * The connection is never kept once it is lost: when the database is deleted under the tab (site
 * data cleared, or another tab deleting it) or a newer version of the app upgrades it, the tab lets
 * go, says so on the event bus, and the next call opens afresh, so "Try again" works once storage is
 * back instead of failing until a reload.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Assessment } from '@/domain/assessment/model';
import type { InterviewAnswers, InterviewPhase } from '@/domain/eligibility/journey';
import type { RecordProblem } from '@/domain/files/record';
import { announce } from './events';

export const DB_NAME = 'opensaq';
export const DB_VERSION = 4;

/**
 * An interview as stored: domain data plus where the user was, versioned. Format 1 was the one
 * interview the browser kept (id `current`); format 2 is one interview per organisation.
 */
export interface InterviewRecord {
  id: string;
  /** Format version of this record, for migrations of the data itself. */
  format: 1 | 2;
  /** Format 2: whose interview this is; empty until the person names it. */
  organisation?: string;
  answers: InterviewAnswers;
  stepId: string;
  phase: InterviewPhase;
  /** Format 2: the questions visited before `stepId`, oldest first (for "Back"). */
  history?: string[];
  createdAt?: string;
  updatedAt: string;
}

/** The id the single interview of format 1 was kept under. */
export const FORMAT_1_INTERVIEW_ID = 'current';

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

type UpgradeTransaction = IDBPTransaction<
  OpenSaqDb,
  ('interviews' | 'assessments' | 'setAside')[],
  'versionchange'
>;

/**
 * The name the single interview of older versions gets: the organisation of an assessment started
 * from exactly these answers (the newest), else the only organisation this browser has, else none.
 */
export function organisationOfOldInterview(
  answers: unknown,
  assessments: readonly Pick<Assessment, 'organisation' | 'interview' | 'createdAt'>[],
): string {
  const key = JSON.stringify(answers);
  const newestFirst = [...assessments].sort((x, y) => y.createdAt.localeCompare(x.createdAt));
  const started = newestFirst.find((a) => a.interview && JSON.stringify(a.interview) === key);
  if (started) return started.organisation;
  const names = new Set(assessments.map((a) => a.organisation));
  return names.size === 1 ? ([...names][0] ?? '') : '';
}

const UPGRADES: ((db: IDBPDatabase<OpenSaqDb>, tx: UpgradeTransaction) => void | Promise<void>)[] =
  [
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
    // 3 -> 4: one interview per organisation. The single interview kept so far becomes one of them,
    // named after its organisation where the assessments tell it, under an id of its own.
    async (_db, tx) => {
      const interviews = tx.objectStore('interviews');
      const old = await interviews.get(FORMAT_1_INTERVIEW_ID);
      if (!old) return;
      const assessments = await tx.objectStore('assessments').getAll();
      await interviews.put({
        ...old,
        id: crypto.randomUUID(),
        format: 2,
        organisation: organisationOfOldInterview(old.answers, assessments),
        history: [],
        createdAt: old.updatedAt,
      });
      await interviews.delete(FORMAT_1_INTERVIEW_ID);
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
    upgrade(db, oldVersion, _newVersion, tx) {
      // One step after another, inside the upgrade's transaction: a step that reads and rewrites
      // records finishes before the next begins, and a failure aborts the whole upgrade.
      // Steps run at once while they are synchronous (creating stores), chained once one is not.
      let chain: Promise<void> | undefined;
      for (let v = oldVersion; v < DB_VERSION; v++) {
        const step = UPGRADES[v];
        if (!step) continue;
        if (chain) chain = chain.then(() => step(db, tx));
        else chain = step(db, tx) ?? undefined;
      }
      void chain?.catch(() => {
        try {
          tx.abort();
        } catch {
          // Already finished: nothing to undo.
        }
      });
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
