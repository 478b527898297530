import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment/model';
import { closeDatabase, DB_NAME, database } from './db';
import {
  deleteAssessment,
  getAssessment,
  listAssessments,
  putAssessment,
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

afterEach(async () => {
  for (const a of await listAssessments()) await deleteAssessment(a.id);
  await closeDatabase();
});

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
    expect(await db.get('interviews', 'current')).toMatchObject({ stepId: 'role' });
    await putAssessment(sample('three', '2026-03-01T00:00:00Z'));
    expect(await getAssessment('three')).toBeDefined();
  });
});
