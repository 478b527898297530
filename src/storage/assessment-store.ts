/**
 * Assessments in IndexedDB. The store is the truth: drafts are saved whatever their state.
 *
 * - Every record read back is migrated and checked (`checkStored`); one that cannot be read is set
 *   aside (kept, listed with the reason) instead of reaching a page.
 * - Every write is checked first (`writableProblem`): the store never keeps what a file could not
 *   carry back.
 * - Saves merge: what a tab changed since its base is put onto the latest stored copy inside one
 *   read-modify-write transaction, so two tabs on one assessment both keep their work.
 * - Imports, merges and starting several assessments happen in one transaction: all or nothing,
 *   and a retry after a failure (or a second click) never makes duplicates.
 * - Every write announces itself on the event bus (this tab and the others).
 *
 * When the browser refuses IndexedDB altogether (some private windows, blocked site data), the
 * assessments are kept in this tab's memory instead, `storageMode()` says so, and `reconnect()`
 * moves them into the database once it opens.
 */
import type { Assessment } from '@/domain/assessment/model';
import { StorageError } from '@/domain/files/errors';
import type { ImportItem } from '@/domain/files/import-plan';
import { applyMerge, planMerge, type MergeContext, type MergePlan } from '@/domain/files/merge';
import { rebaseAssessment, sameData } from '@/domain/files/patch';
import {
  checkStored,
  writableProblem,
  type OverLimit,
  type RecordProblem,
} from '@/domain/files/record';
import { Slicer } from '@/domain/files/slices';
import type { IDBPTransaction } from 'idb';
import { clearHadData, markHadData } from './backup-log';
import {
  database,
  databaseEverOpened,
  dropConnection,
  SupplantedError,
  type Db,
  type OpenSaqDb,
  type SetAsideRecord,
} from './db';
import { announce, type ChangeCause } from './events';

export type StorageMode = 'browser' | 'memory';
let mode: StorageMode = 'browser';
const memory = new Map<string, Assessment>();
const memorySetAside = new Map<string, SetAsideRecord>();

/** Where assessments are kept now: in the browser's database, or only in this tab's memory. */
export function storageMode(): StorageMode {
  return mode;
}

/** What a transaction can do with the assessments, in the database or in memory alike. */
interface Store {
  get(id: IDBValidKey): Promise<unknown>;
  /** Every record, a batch at a time (each batch is its own task, so the page stays responsive). */
  getAll(): Promise<unknown[]>;
  keys(): Promise<IDBValidKey[]>;
  put(a: Assessment): Promise<void>;
  delete(id: IDBValidKey): Promise<void>;
  setAside(entry: SetAsideRecord): Promise<void>;
  listSetAside(): Promise<SetAsideRecord[]>;
  removeSetAside(key: string): Promise<void>;
}

const BATCH = 16;

const STORES = ['assessments', 'setAside'] as const;
type Tx = IDBPTransaction<OpenSaqDb, ['assessments', 'setAside'], IDBTransactionMode>;
const refuse = () => Promise.reject(new Error('a read-only transaction cannot write'));

function reads(tx: Tx): Pick<Store, 'get' | 'getAll' | 'keys' | 'listSetAside'> {
  const assessments = tx.objectStore('assessments');
  return {
    get: (id) => assessments.get(id as string),
    async getAll() {
      const all: unknown[] = [];
      let after: string | undefined;
      for (;;) {
        const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
        const batch = await assessments.getAll(range, BATCH);
        all.push(...batch);
        const last = batch[batch.length - 1];
        if (batch.length < BATCH || !last) return all;
        after = last.id;
      }
    },
    keys: () => assessments.getAllKeys(),
    listSetAside: () => tx.objectStore('setAside').getAll(),
  };
}

function idbStore(db: Db, txMode: IDBTransactionMode): { tx: Tx; store: Store } {
  if (txMode === 'readonly') {
    const tx = db.transaction(STORES, 'readonly');
    const store: Store = {
      ...reads(tx),
      put: refuse,
      delete: refuse,
      setAside: refuse,
      removeSetAside: refuse,
    };
    return { tx, store };
  }
  const tx = db.transaction(STORES, 'readwrite');
  const assessments = tx.objectStore('assessments');
  const setAside = tx.objectStore('setAside');
  const store: Store = {
    ...reads(tx),
    put: async (a) => void (await assessments.put(a)),
    delete: (id) => assessments.delete(id as string),
    setAside: async (entry) => void (await setAside.put(entry)),
    removeSetAside: (key) => setAside.delete(key),
  };
  return { tx, store };
}

/** The memory store: changes are staged and kept only when the whole transaction succeeds. */
function memoryStore() {
  const staged = new Map(memory);
  const stagedAside = new Map(memorySetAside);
  const store: Store = {
    get: async (id) => structuredClone(staged.get(keyText(id))),
    getAll: async () => [...staged.values()].map((a) => structuredClone(a)),
    keys: async () => [...staged.keys()],
    put: async (a) => void staged.set(a.id, structuredClone(a)),
    delete: async (id) => void staged.delete(keyText(id)),
    setAside: async (entry) => void stagedAside.set(entry.key, entry),
    listSetAside: async () => [...stagedAside.values()],
    removeSetAside: async (key) => void stagedAside.delete(key),
  };
  const commit = () => {
    memory.clear();
    for (const [k, v] of staged) memory.set(k, v);
    memorySetAside.clear();
    for (const [k, v] of stagedAside) memorySetAside.set(k, v);
  };
  return { store, commit };
}

const isQuota = (e: unknown) =>
  e instanceof DOMException &&
  (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
const isClosed = (e: unknown) => e instanceof DOMException && e.name === 'InvalidStateError';

function asStorageError(e: unknown): unknown {
  if (e instanceof StorageError) return e;
  if (isQuota(e)) return new StorageError('quota', {}, { cause: e });
  if (e instanceof SupplantedError) return e;
  return new StorageError('unavailable', { detail: String(e) }, { cause: e });
}

/**
 * Runs `work` in one transaction over the assessments (and those set aside): every write in it
 * happens, or none. `work` must only wait on the store (waiting on anything else would let
 * IndexedDB commit the transaction early).
 */
async function transact<T>(
  txMode: IDBTransactionMode,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    if (mode === 'memory') {
      const { store, commit } = memoryStore();
      const result = await work(store);
      if (txMode === 'readwrite') commit();
      return result;
    }
    let db: Db;
    try {
      db = await database();
    } catch (e) {
      if (e instanceof SupplantedError || databaseEverOpened()) throw asStorageError(e);
      // The browser refuses IndexedDB outright: keep the work in this tab and say so.
      mode = 'memory';
      announce({ type: 'storage.memory-only' });
      continue;
    }
    let handle: ReturnType<typeof idbStore>;
    try {
      handle = idbStore(db, txMode);
    } catch (e) {
      // The connection closed under us (site data cleared): reopen once.
      if (attempt === 0 && isClosed(e)) {
        dropConnection();
        continue;
      }
      throw asStorageError(e);
    }
    try {
      const result = await work(handle.store);
      await handle.tx.done;
      return result;
    } catch (e) {
      try {
        handle.tx.abort();
      } catch {
        // Already finished or aborted: nothing was written.
      }
      await handle.tx.done.catch(() => undefined);
      throw asStorageError(e);
    }
  }
}

type Read =
  | { ok: true; assessment: Assessment; overLimit: OverLimit[] }
  | { ok: false; problem: RecordProblem };

const check = (raw: unknown): Read => checkStored(raw);

/** A store key as text (assessment ids are strings; a damaged record may have another key). */
const keyText = (key: IDBValidKey): string =>
  typeof key === 'string' || typeof key === 'number' ? String(key) : JSON.stringify(key);

const storeKeyOf = (raw: unknown): IDBValidKey =>
  typeof raw === 'object' && raw !== null && 'id' in raw ? (raw.id as IDBValidKey) : '';

function setAsideEntry(raw: unknown, problem: RecordProblem, now: Date): SetAsideRecord {
  const organisation =
    typeof raw === 'object' && raw !== null && 'organisation' in raw
      ? String(raw.organisation).slice(0, 200)
      : null;
  return {
    key: `${now.getTime()}-${Math.random().toString(36).slice(2)}`,
    storeKey: storeKeyOf(raw),
    organisation,
    record: raw,
    problem,
    setAsideAt: now.toISOString(),
  };
}

/** Moves unreadable records out of the assessments, unless they changed in the meantime. */
async function setAsideAll(bad: { raw: unknown; problem: RecordProblem }[]): Promise<void> {
  if (bad.length === 0) return;
  const moved: string[] = [];
  await transact('readwrite', async (s) => {
    for (const { raw, problem } of bad) {
      const key = storeKeyOf(raw);
      const current = await s.get(key);
      if (current === undefined || !sameRecord(current, raw)) continue;
      await s.setAside(setAsideEntry(raw, problem, new Date()));
      await s.delete(key);
      moved.push(keyText(key));
    }
  });
  if (moved.length > 0) announce({ type: 'assessments.changed', ids: moved, cause: 'set-aside' });
}

function sameRecord(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

const newestFirst = (list: Assessment[]) =>
  list.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

/**
 * Every assessment that can be read, newest first; those that cannot are set aside
 * (`listSetAside`). Checked in slices, so a thousand assessments do not freeze the page.
 */
export async function listAssessments(): Promise<Assessment[]> {
  const raws = await transact('readonly', (s) => s.getAll());
  const slicer = new Slicer();
  const good: Assessment[] = [];
  const bad: { raw: unknown; problem: RecordProblem }[] = [];
  for (const raw of raws) {
    const result = check(raw);
    if (result.ok) good.push(result.assessment);
    else bad.push({ raw, problem: result.problem });
    await slicer.tick();
  }
  await setAsideAll(bad);
  return newestFirst(good);
}

export type ReadResult =
  | {
      kind: 'found';
      assessment: Assessment;
      /** Texts longer than the limits (kept by an older version): to shorten before it can be saved. */
      overLimit: OverLimit[];
    }
  | { kind: 'missing' }
  | { kind: 'set-aside'; problem: RecordProblem };

/** One assessment, checked: found, missing, or set aside just now because it cannot be read. */
export async function readAssessment(id: string): Promise<ReadResult> {
  const raw = await transact('readonly', (s) => s.get(id));
  if (raw === undefined) return { kind: 'missing' };
  const result = check(raw);
  if (result.ok)
    return { kind: 'found', assessment: result.assessment, overLimit: result.overLimit };
  await setAsideAll([{ raw, problem: result.problem }]);
  return { kind: 'set-aside', problem: result.problem };
}

/** One assessment, or undefined when it is missing or cannot be read (then it is set aside). */
export async function getAssessment(id: string): Promise<Assessment | undefined> {
  const read = await readAssessment(id);
  return read.kind === 'found' ? read.assessment : undefined;
}

/** The latest readable copy inside a transaction; an unreadable one is set aside there. */
async function latestIn(s: Store, id: string): Promise<Assessment | undefined> {
  const raw = await s.get(id);
  if (raw === undefined) return undefined;
  const result = check(raw);
  if (result.ok) return result.assessment;
  await s.setAside(setAsideEntry(raw, result.problem, new Date()));
  await s.delete(id);
  return undefined;
}

function assertWritable(a: Assessment): void {
  const problem = writableProblem(a);
  if (!problem) return;
  const { code, ...params } = problem;
  throw new StorageError(
    code,
    Object.fromEntries(
      Object.entries(params).filter(
        (e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number',
      ),
    ),
  );
}

function written(ids: string[], cause: ChangeCause): void {
  if (mode === 'browser') markHadData();
  announce({ type: 'assessments.changed', ids, cause });
}

export interface SaveOptions {
  /**
   * The copy this tab's changes were made from. With it, only what changed since is written, onto
   * the latest stored copy (other tabs' changes stay); without it, `next` replaces what is stored.
   */
  base?: Assessment;
  cause?: ChangeCause;
  /**
   * Store it even though it is no longer stored (deleted in another tab, or site data cleared):
   * the user chose to keep what is on screen. Without it such a save fails with 'vanished'.
   */
  recreate?: boolean;
}

/**
 * Saves an assessment in one read-modify-write transaction and resolves with what is stored now,
 * which may hold other tabs' changes too (show it). Fails with a StorageError: 'vanished' (no
 * longer stored: see `recreate`), 'over-limit' or 'assessment-too-large' (it could not be read
 * back from a file), 'quota', 'unavailable'.
 */
export async function saveAssessment(
  next: Assessment,
  options: SaveOptions = {},
): Promise<Assessment> {
  const stored = await transact('readwrite', async (s) => {
    const latest = await latestIn(s, next.id);
    if (!latest && options.base && !options.recreate)
      throw new StorageError('vanished', { id: next.id });
    const result = latest && options.base ? rebaseAssessment(options.base, next, latest) : next;
    assertWritable(result);
    await s.put(result);
    return result;
  });
  written([next.id], options.cause ?? 'save');
  return stored;
}

/** Stores the assessment as it is, replacing any stored copy (no merge). */
export async function putAssessment(a: Assessment, cause: ChangeCause = 'save'): Promise<void> {
  await saveAssessment(a, { cause });
}

const withoutStamps = (a: Assessment) => ({ ...a, createdAt: '', updatedAt: '' });

/** Puts a new assessment unless it is already there (a retry); fails 'id-taken' for another one. */
async function putNew(s: Store, a: Assessment): Promise<'added' | 'already-there'> {
  const existing = await latestIn(s, a.id);
  if (existing) {
    if (sameData(withoutStamps(existing), withoutStamps(a))) return 'already-there';
    throw new StorageError('id-taken', { id: a.id });
  }
  assertWritable(a);
  await s.put(a);
  return 'added';
}

/**
 * Starts several assessments at once (one per channel), all or none. Calling it again with the
 * same assessments (a retry) adds nothing twice.
 */
export async function createAssessments(
  list: readonly Assessment[],
  cause: ChangeCause = 'create',
): Promise<void> {
  await transact('readwrite', async (s) => {
    for (const a of list) await putNew(s, a);
  });
  written(
    list.map((a) => a.id),
    cause,
  );
}

/** Puts a deleted assessment back (undo). */
export function restoreAssessment(a: Assessment): Promise<void> {
  return createAssessments([a], 'restore');
}

/** Renames the latest stored copy. */
export async function renameAssessment(
  id: string,
  organisation: string,
  now: Date,
): Promise<Assessment> {
  const result = await transact('readwrite', async (s) => {
    const latest = await latestIn(s, id);
    if (!latest) throw new StorageError('vanished', { id });
    const renamed = { ...latest, organisation, updatedAt: now.toISOString() };
    assertWritable(renamed);
    await s.put(renamed);
    return renamed;
  });
  written([id], 'rename');
  return result;
}

/**
 * Copies the latest stored copy under a new id and name. The caller chooses the id once, so a
 * retry never makes a second copy.
 */
export async function duplicateAssessment(
  id: string,
  copy: { id: string; organisation: string; now: Date },
): Promise<Assessment> {
  const result = await transact('readwrite', async (s) => {
    const latest = await latestIn(s, id);
    if (!latest) throw new StorageError('vanished', { id });
    const at = copy.now.toISOString();
    const duplicate = {
      ...latest,
      id: copy.id,
      organisation: copy.organisation,
      createdAt: at,
      updatedAt: at,
    };
    await putNew(s, duplicate);
    return duplicate;
  });
  written([copy.id], 'duplicate');
  return result;
}

export async function deleteAssessment(id: string): Promise<void> {
  const left = await transact('readwrite', async (s) => {
    await s.delete(id);
    return (await s.keys()).length;
  });
  if (left === 0 && mode === 'browser') clearHadData();
  announce({ type: 'assessments.changed', ids: [id], cause: 'delete' });
}

export interface ImportOutcome {
  /** The id in the file. */
  id: string;
  /** The id it is kept under here. */
  storedId: string;
  organisation: string;
  result: 'added' | 'added-copy' | 'replaced' | 'merged' | 'skipped' | 'already-there';
  /** For a merge: what it brought in, part by part. */
  plan?: MergePlan;
}

/**
 * Imports a file's assessments in one transaction: all or nothing. Merges are worked out on the
 * latest stored copies inside it. Running the same items again (a retry, a second click) changes
 * nothing more and reports 'already-there' for what came in the first time.
 */
export async function importAssessments(
  items: readonly ImportItem[],
  now: Date,
  context: MergeContext = {},
): Promise<ImportOutcome[]> {
  const at = now.toISOString();
  const outcomes = await transact('readwrite', async (s) => {
    const out: ImportOutcome[] = [];
    for (const item of items) {
      const a = item.incoming;
      const base = { id: a.id, organisation: a.organisation };
      if (item.action === 'skip') {
        out.push({ ...base, storedId: a.id, result: 'skipped' });
        continue;
      }
      const existing = await latestIn(s, a.id);
      if (!existing) {
        // Not here (or no longer): whatever the plan, it comes in as it is.
        const result = await putNew(s, { ...a, updatedAt: at });
        out.push({ ...base, storedId: a.id, result });
      } else if (item.action === 'new') {
        if (!item.copy) {
          // Planned as new, and now here: the same one (a retry) is fine, another is not.
          if (!sameData(withoutStamps(existing), withoutStamps(a)))
            throw new StorageError('id-taken', { id: a.id });
          out.push({ ...base, storedId: a.id, result: 'already-there' });
          continue;
        }
        const copy = { ...a, ...item.copy, updatedAt: at };
        const result = await putNew(s, copy);
        out.push({
          ...base,
          storedId: copy.id,
          result: result === 'added' ? 'added-copy' : result,
        });
      } else if (item.action === 'replace') {
        const replaced = { ...a, updatedAt: at };
        assertWritable(replaced);
        await s.put(replaced);
        out.push({ ...base, storedId: a.id, result: 'replaced' });
      } else {
        const plan = planMerge(existing, a, { ...context, now });
        const merged = applyMerge(existing, a, item.choices ?? {}, at, { ...context, now });
        assertWritable(merged);
        await s.put(merged);
        out.push({ ...base, storedId: a.id, result: 'merged', plan });
      }
    }
    return out;
  });
  const changed = outcomes.filter((o) => o.result !== 'skipped' && o.result !== 'already-there');
  const kinds = new Set(changed.map((o) => o.result));
  const cause: ChangeCause =
    kinds.size === 1 && kinds.has('merged')
      ? 'merge'
      : kinds.size === 1 && kinds.has('replaced')
        ? 'replace'
        : 'import';
  if (changed.length > 0)
    written(
      changed.map((o) => o.storedId),
      cause,
    );
  return outcomes;
}

/** An assessment set aside because it could not be read back. */
export interface SetAsideEntry {
  key: string;
  organisation: string | null;
  problem: RecordProblem;
  setAsideAt: string;
  /** The record exactly as it was stored (to save to a file). */
  record: unknown;
}

/** The assessments set aside, oldest first. */
export async function listSetAside(): Promise<SetAsideEntry[]> {
  const all = await transact('readonly', (s) => s.listSetAside());
  return all
    .map(({ key, organisation, problem, setAsideAt, record }) => ({
      key,
      organisation,
      problem,
      setAsideAt,
      record,
    }))
    .sort((a, b) => a.setAsideAt.localeCompare(b.setAsideAt));
}

/** Deletes a set-aside record for good (the user has saved it, or does not want it). */
export async function discardSetAside(key: string): Promise<void> {
  await transact('readwrite', (s) => s.removeSetAside(key));
}

/**
 * Tries a set-aside record again (after an update of the app, say): when it now reads, it is put
 * back among the assessments, unless one with its id is there. Resolves with whether it went back.
 */
export async function retrySetAside(key: string): Promise<boolean> {
  const back = await transact('readwrite', async (s) => {
    const entry = (await s.listSetAside()).find((e) => e.key === key);
    if (!entry) return null;
    const result = checkStored(entry.record);
    if (!result.ok || (await s.get(result.assessment.id)) !== undefined) return null;
    await s.put(result.assessment);
    await s.removeSetAside(key);
    return result.assessment.id;
  });
  if (back) written([back], 'restore');
  return back !== null;
}

/**
 * Tries the database again (after "storage full", site data cleared, or a browser that refused it).
 * Work kept in this tab's memory meanwhile is moved into it, in one transaction. Resolves with where
 * assessments are kept now.
 */
export async function reconnect(): Promise<StorageMode> {
  dropConnection();
  let db: Db;
  try {
    db = await database();
  } catch {
    return mode;
  }
  if (mode === 'memory') {
    const held = [...memory.values()];
    const tx = db.transaction('assessments', 'readwrite');
    for (const a of held) void tx.store.put(a);
    await tx.done;
    memory.clear();
    mode = 'browser';
    if (held.length > 0)
      written(
        held.map((a) => a.id),
        'reconnect',
      );
  }
  announce({ type: 'storage.reconnected' });
  return mode;
}

/** A fresh id for a new assessment (random, so two laptops never collide). */
export function newAssessmentId(): string {
  return crypto.randomUUID();
}

/** For tests: back to the browser database, with nothing held in memory. */
export function resetStoreForTests(): void {
  mode = 'browser';
  memory.clear();
  memorySetAside.clear();
}
