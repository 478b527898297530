import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import { openDB, unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '@/domain/assessment/model';
import { StorageError } from '@/domain/files/errors';
import { closeDatabase, DB_NAME, database } from './db';
import { closeEventChannel, onStorageEvent, type StorageEvent } from './events';
import {
  createAssessments,
  deleteAssessment,
  duplicateAssessment,
  getAssessment,
  importAssessments,
  listAssessments,
  listSetAside,
  putAssessment,
  readAssessment,
  reconnect,
  renameAssessment,
  resetStoreForTests,
  retrySetAside,
  saveAssessment,
  storageMode,
} from './assessment-store';

const sample = (id: string, updatedAt: string): Assessment => ({
  id,
  format: 1,
  organisation: 'Café Solidarité',
  channels: ['ecommerce'],
  saq: 'A',
  saqEdition: 'v4.0.1 r1',
  contentVersion: '1',
  rows: { '3.1.1': { response: 'not-applicable' } },
  dropped: {},
  groupsDone: [],
  createdAt: updatedAt,
  updatedAt,
});
const NOW = new Date('2026-11-22T10:00:00Z');
const at = (minute: number) => `2026-11-22T10:${String(minute).padStart(2, '0')}:00.000Z`;
const answer = (a: Assessment, id: string, notes: string, minute: number): Assessment => ({
  ...a,
  rows: { ...a.rows, [id]: { ...a.rows[id], notes } },
  updatedAt: at(minute),
});

let events: StorageEvent[] = [];
let stop: () => void = () => undefined;
beforeEach(() => {
  events = [];
  const stops = (
    [
      'assessments.changed',
      'storage.deleted',
      'storage.memory-only',
      'storage.reconnected',
      'storage.upgrade-elsewhere',
    ] as const
  ).map((type) => onStorageEvent(type, (e) => events.push(e)));
  stop = () => stops.forEach((s) => s());
});

afterEach(async () => {
  stop();
  closeEventChannel();
  resetStoreForTests();
  await closeDatabase();
  await new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase(DB_NAME);
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  });
});

/** Puts a raw record in, bypassing every check, as an older version or a damaged disk might. */
async function putRaw(record: unknown): Promise<void> {
  const db = await database();
  const tx = unwrap(db).transaction('assessments', 'readwrite');
  tx.objectStore('assessments').put(record);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('the raw write failed'));
  });
}

const causes = () =>
  events.flatMap((e) =>
    e.type === 'assessments.changed' ? [`${e.cause}:${e.ids.join(',')}`] : [],
  );

describe('assessment store', () => {
  it('keeps incomplete rows exactly, and lists the newest first', async () => {
    await putAssessment(sample('one', '2026-01-01T00:00:00Z'));
    await putAssessment(sample('two', '2026-02-01T00:00:00Z'));
    await closeDatabase();
    expect((await listAssessments()).map((a) => a.id)).toEqual(['two', 'one']);
    expect((await getAssessment('one'))?.rows['3.1.1']).toEqual({ response: 'not-applicable' });
  });

  it('upgrades a version 1 database (interviews only) and keeps its data', async () => {
    await closeDatabase();
    indexedDB.deleteDatabase(DB_NAME);
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('interviews', { keyPath: 'id' });
      },
    });
    await v1.put('interviews', {
      id: 'current',
      format: 1,
      answers: {},
      stepId: 'role',
      phase: 'asking',
      updatedAt: 'x',
    });
    v1.close();
    const db = await database();
    // The single interview of old becomes one of the per-organisation interviews (version 4).
    expect(await db.getAll('interviews')).toMatchObject([{ format: 2, stepId: 'role' }]);
    await putAssessment(sample('three', '2026-03-01T00:00:00Z'));
    expect(await getAssessment('three')).toBeDefined();
    expect(db.objectStoreNames.contains('setAside')).toBe(true);
  });
});

describe('saves that merge onto the latest stored copy', () => {
  it('two tabs answering different rows of one assessment both keep their answers', async () => {
    const loaded = sample('a', at(0));
    await putAssessment(loaded);
    const tabA = answer(loaded, '12.8.1', 'typed in tab A', 1);
    const tabB = answer(loaded, '2.2.2', 'typed in tab B', 2);
    await Promise.all([
      saveAssessment(tabA, { base: loaded }),
      saveAssessment(tabB, { base: loaded }),
    ]);
    const stored = await getAssessment('a');
    expect(stored?.rows['12.8.1']?.notes).toBe('typed in tab A');
    expect(stored?.rows['2.2.2']?.notes).toBe('typed in tab B');
    expect(stored?.rows['3.1.1']).toEqual({ response: 'not-applicable' });
  });

  it('the same row in two tabs: the later answer wins, and each save returns what is stored', async () => {
    const loaded = sample('a', at(0));
    await putAssessment(loaded);
    await saveAssessment(answer(loaded, '3.1.1', 'first', 1), { base: loaded });
    const returned = await saveAssessment(answer(loaded, '3.1.1', 'second', 2), { base: loaded });
    expect(returned.rows['3.1.1']).toEqual({ response: 'not-applicable', notes: 'second' });
    expect((await getAssessment('a'))?.rows['3.1.1']?.notes).toBe('second');
    expect(causes()).toEqual(['save:a', 'save:a', 'save:a']);
  });

  it('never writes what a file could not carry back: the write is refused, nothing changes', async () => {
    const loaded = sample('a', at(0));
    await putAssessment(loaded);
    const long = answer(loaded, '3.1.1', 'x'.repeat(20_001), 1);
    await expect(saveAssessment(long, { base: loaded })).rejects.toMatchObject({
      code: 'over-limit',
      params: { where: 'rows > 3.1.1 > notes', length: 20_001, limit: 20_000 },
    });
    expect((await getAssessment('a'))?.rows['3.1.1']?.notes).toBeUndefined();
  });

  it('an assessment no longer stored is not silently re-created; kept on request', async () => {
    const loaded = sample('a', at(0));
    await putAssessment(loaded);
    await deleteAssessment('a');
    const edited = answer(loaded, '3.1.1', 'typed after it was deleted elsewhere', 1);
    await expect(saveAssessment(edited, { base: loaded })).rejects.toMatchObject({
      code: 'vanished',
    });
    expect(await getAssessment('a')).toBeUndefined();
    await saveAssessment(edited, { base: loaded, recreate: true });
    expect((await getAssessment('a'))?.rows['3.1.1']?.notes).toBe(
      'typed after it was deleted elsewhere',
    );
  });
});

describe('records read back are checked', () => {
  it('a record that cannot be read is set aside: kept, listed with the reason, never returned', async () => {
    await putAssessment(sample('good', at(0)));
    await putRaw({ ...sample('bad', at(1)), decision: { reasons: 'not a list' } });
    expect((await listAssessments()).map((a) => a.id)).toEqual(['good']);
    const aside = await listSetAside();
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({
      organisation: 'Café Solidarité',
      problem: { code: 'invalid', where: 'decision > status' },
      record: { id: 'bad', decision: { reasons: 'not a list' } },
    });
    expect(await readAssessment('bad')).toEqual({ kind: 'missing' });
    expect(causes()).toContain('set-aside:bad');
    // It does not read with this version either: it stays aside.
    expect(await retrySetAside(aside[0]?.key ?? '')).toBe(false);
  });

  it('older records are brought forward; text over the limit opens and is listed', async () => {
    const { format: _f, dropped: _d, ...old } = sample('old', at(0));
    void [_f, _d];
    await putRaw({ ...old, rows: { '3.1.1': { notes: 'x'.repeat(20_010) } } });
    const read = await readAssessment('old');
    expect(read.kind).toBe('found');
    if (read.kind !== 'found') return;
    expect(read.assessment).toMatchObject({ format: 1, dropped: {} });
    expect(read.overLimit.map((o) => o.where)).toEqual(['rows > 3.1.1 > notes']);
  });
});

describe('writes in one transaction', () => {
  it('starting several assessments is all or nothing, and a retry adds nothing twice', async () => {
    const a = sample('a', at(0));
    const b = sample('b', at(0));
    const bad = { ...sample('c', at(0)), organisation: 'x'.repeat(201) };
    await expect(createAssessments([a, b, bad])).rejects.toBeInstanceOf(StorageError);
    expect(await listAssessments()).toEqual([]);
    await createAssessments([a, b]);
    await createAssessments([a, b]);
    expect((await listAssessments()).map((x) => x.id).sort()).toEqual(['a', 'b']);
    await expect(createAssessments([{ ...a, organisation: 'Another' }])).rejects.toMatchObject({
      code: 'id-taken',
    });
  });

  it('an import is all or nothing; running it again never makes duplicates', async () => {
    const here = sample('here', at(0));
    await putAssessment(here);
    const copy = { id: 'copy-1', organisation: 'Café Solidarité (imported)' };
    const items = [
      { incoming: sample('fresh', at(1)), action: 'new' as const },
      { incoming: { ...here, organisation: 'Twin' }, action: 'new' as const, copy },
      { incoming: answer(here, '12.8.1', 'volunteer', 2), action: 'merge' as const },
    ];
    const broken = [
      ...items,
      {
        incoming: answer(sample('x', at(3)), '3.1.1', 'y'.repeat(20_001), 3),
        action: 'new' as const,
      },
    ];
    await expect(importAssessments(broken, NOW)).rejects.toMatchObject({ code: 'over-limit' });
    expect((await listAssessments()).map((a) => a.id)).toEqual(['here']);

    const first = await importAssessments(items, NOW);
    expect(first.map((o) => o.result)).toEqual(['added', 'added-copy', 'merged']);
    expect(first[2]?.plan?.parts[0]).toEqual({ part: 'rows', added: 1, conflicts: 0, same: 1 });
    const again = await importAssessments(items, NOW);
    expect(again.map((o) => o.result)).toEqual(['already-there', 'already-there', 'merged']);
    const ids = (await listAssessments()).map((a) => a.id).sort();
    expect(ids).toEqual(['copy-1', 'fresh', 'here']);
    expect((await getAssessment('here'))?.rows['12.8.1']?.notes).toBe('volunteer');
  });

  it('a merge is worked out on the latest stored copy, keeping what another tab wrote meanwhile', async () => {
    const here = sample('here', at(0));
    await putAssessment(here);
    await saveAssessment(answer(here, '2.2.2', 'typed in another tab', 1), { base: here });
    await importAssessments(
      [{ incoming: answer(here, '12.8.1', 'from the file', 2), action: 'merge' }],
      NOW,
    );
    const stored = await getAssessment('here');
    expect(stored?.rows['2.2.2']?.notes).toBe('typed in another tab');
    expect(stored?.rows['12.8.1']?.notes).toBe('from the file');
  });

  it('an import says what it did: replace, merge or import', async () => {
    const a = sample('a', at(0));
    await putAssessment(a);
    await importAssessments([{ incoming: answer(a, '2.2.2', 'x', 1), action: 'replace' }], NOW);
    await importAssessments([{ incoming: answer(a, '12.8.1', 'y', 2), action: 'merge' }], NOW);
    await importAssessments(
      [
        { incoming: sample('b', at(3)), action: 'new' },
        { incoming: answer(a, '12.8.2', 'z', 3), action: 'merge' },
      ],
      NOW,
    );
    expect(causes()).toEqual(['save:a', 'replace:a', 'merge:a', 'import:b,a']);
  });

  it('rename, duplicate and delete work on the latest copy and tell every tab', async () => {
    const a = sample('a', at(0));
    await putAssessment(a);
    await saveAssessment(answer(a, '2.2.2', 'newer', 1), { base: a });
    await renameAssessment('a', 'Renamed', NOW);
    const copy = await duplicateAssessment('a', {
      id: 'b',
      organisation: 'Renamed (copy)',
      now: NOW,
    });
    expect(copy.rows['2.2.2']?.notes).toBe('newer');
    await duplicateAssessment('a', { id: 'b', organisation: 'Renamed (copy)', now: NOW });
    await deleteAssessment('a');
    expect((await listAssessments()).map((x) => [x.id, x.organisation])).toEqual([
      ['b', 'Renamed (copy)'],
    ]);
    expect(causes()).toEqual([
      'save:a',
      'save:a',
      'rename:a',
      'duplicate:b',
      'duplicate:b',
      'delete:a',
    ]);
  });
});

describe('when storage fails', () => {
  it('storage full: the write fails with "quota" and nothing is half-written', async () => {
    await putAssessment(sample('a', at(0)));
    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      await expect(
        createAssessments([sample('b', at(1)), sample('c', at(1))]),
      ).rejects.toMatchObject({
        code: 'quota',
      });
    } finally {
      full.mockRestore();
    }
    expect((await listAssessments()).map((a) => a.id)).toEqual(['a']);
    await createAssessments([sample('b', at(1))]);
    expect(await getAssessment('b')).toBeDefined();
  });

  it('the database deleted from another tab is said so (not "saved work is safe"), and the next write reopens it', async () => {
    const a = sample('a', at(0));
    await putAssessment(a);
    await new Promise<void>((resolve) => {
      indexedDB.deleteDatabase(DB_NAME).onsuccess = () => resolve();
    });
    expect(events.map((e) => e.type)).toContain('storage.deleted');
    expect(events.find((e) => e.type === 'storage.deleted')).toMatchObject({ by: 'other-tab' });
    expect(events.map((e) => e.type)).not.toContain('storage.upgrade-elsewhere');
    await expect(
      saveAssessment(answer(a, '3.1.1', 'on screen', 1), { base: a }),
    ).rejects.toMatchObject({
      code: 'vanished',
    });
    expect(events.map((e) => e.type)).toContain('storage.reconnected');
    await saveAssessment(answer(a, '3.1.1', 'on screen', 1), { base: a, recreate: true });
    expect((await getAssessment('a'))?.rows['3.1.1']?.notes).toBe('on screen');
  });

  it('site data cleared (the browser closes the connection): said so, and trying again works', async () => {
    await putAssessment(sample('a', at(0)));
    // fake-indexeddb types its parameter as the class, not an instance: the cast only fixes that.
    forceCloseDatabase(
      unwrap(await database()) as unknown as Parameters<typeof forceCloseDatabase>[0],
    );
    expect(events.find((e) => e.type === 'storage.deleted')).toMatchObject({ by: 'browser' });
    await putAssessment(sample('b', at(1)));
    expect((await listAssessments()).map((x) => x.id).sort()).toEqual(['a', 'b']);
  });

  it('a newer version in another tab: this tab steps aside and its writes fail without losing work to memory', async () => {
    await putAssessment(sample('a', at(0)));
    const newer = await openDB(DB_NAME, 99);
    newer.close();
    expect(events.map((e) => e.type)).toContain('storage.upgrade-elsewhere');
    await expect(putAssessment(sample('b', at(1)))).rejects.toMatchObject({
      name: 'SupplantedError',
    });
    expect(storageMode()).toBe('browser');
  });

  it('a browser that refuses IndexedDB keeps the work in the tab, says so, and moves it in once it opens', async () => {
    await closeDatabase();
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      await putAssessment(sample('a', at(0)));
      expect(storageMode()).toBe('memory');
      expect(events.map((e) => e.type)).toContain('storage.memory-only');
      expect((await getAssessment('a'))?.id).toBe('a');
      expect(await reconnect()).toBe('memory');
    } finally {
      indexedDB.open = open;
    }
    expect(await reconnect()).toBe('browser');
    expect(causes()).toContain('reconnect:a');
    await closeDatabase();
    expect((await listAssessments()).map((x) => x.id)).toEqual(['a']);
  });
});
