import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment/model';
import { planImport } from '@/domain/files/import-plan';
import { closeDatabase, DB_NAME } from './db';
import { closeEventChannel } from './events';
import {
  createAssessments,
  getAssessment,
  importAssessments,
  listAssessments,
  resetStoreForTests,
} from './assessment-store';
import { openBackup, saveBackup } from './backup';
import { holdUnsaved, releaseUnsaved } from './unsaved';

const at = '2026-11-22T10:00:00.000Z';
const sample = (id: string, notes = 'stored'): Assessment => ({
  id,
  format: 1,
  organisation: `Org ${id}`,
  channels: ['ecommerce'],
  saq: 'A',
  saqEdition: 'v4.0.1 r1',
  contentVersion: '1',
  rows: { '3.1.1': { response: 'not-applicable', naReason: notes } },
  dropped: {},
  groupsDone: [],
  createdAt: at,
  updatedAt: at,
});
const known = () => new Set(['3.1.1', '12.8.1']);
const FAST = 100_000;

afterEach(async () => {
  releaseUnsaved('a');
  closeEventChannel();
  resetStoreForTests();
  await closeDatabase();
  await new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase(DB_NAME);
    r.onsuccess = r.onerror = () => resolve();
  });
});

async function reopen(blob: Blob, passphrase?: string) {
  const opened = await openBackup(blob, known);
  if (opened.kind === 'file') return opened.file;
  return opened.open(passphrase ?? '');
}

describe('backups', () => {
  it('save and restore everything, with a passphrase, into an empty browser', async () => {
    await createAssessments([sample('a'), sample('b')]);
    const backup = await saveBackup({
      scope: 'everything',
      contentVersion: '1',
      passphrase: 'violet harbour',
      iterations: FAST,
    });
    expect(backup.count).toBe(2);
    expect(backup.bytes).toBe(backup.blob.size);
    await closeDatabase();
    indexedDB.deleteDatabase(DB_NAME);
    const file = await reopen(backup.blob, 'violet harbour');
    const { items } = planImport(file.assessments, await listAssessments(), {
      newId: () => 'never',
      copyName: (a) => a.organisation,
    });
    await importAssessments(items, new Date(at));
    expect((await listAssessments()).map((x) => x.id).sort()).toEqual(['a', 'b']);
  });

  it('a copy saved while the last changes are not stored holds what is on screen', async () => {
    await createAssessments([sample('a'), sample('b')]);
    holdUnsaved(sample('a', 'typed while the disk was full'));
    const backup = await saveBackup({
      scope: 'assessment',
      assessmentId: 'a',
      contentVersion: '1',
    });
    const file = await reopen(backup.blob);
    expect(file.assessments.map((x) => x.rows['3.1.1']?.naReason)).toEqual([
      'typed while the disk was full',
    ]);
    expect(backup.fromScreen).toEqual(['a']);
    expect((await getAssessment('a'))?.rows['3.1.1']?.naReason).toBe('stored');
  });

  it('when storage cannot be read at all, the copy holds what is on screen and says so', async () => {
    const open = indexedDB.open.bind(indexedDB);
    await createAssessments([sample('b')]);
    await closeDatabase();
    indexedDB.open = () => {
      throw new DOMException('gone', 'UnknownError');
    };
    try {
      const backup = await saveBackup({
        scope: 'everything',
        contentVersion: '1',
        unsaved: [sample('a', 'only on screen')],
      });
      const file = await reopen(backup.blob);
      expect(file.assessments.map((x) => x.id)).toEqual(['a']);
    } finally {
      indexedDB.open = open;
    }
  });

  it('a file that is not JSON text is refused before anything changes', async () => {
    await expect(
      openBackup(new Blob([new Uint8Array([0xff, 0xfe, 0x00])]), known),
    ).rejects.toMatchObject({ code: 'not-json' });
  });
});
