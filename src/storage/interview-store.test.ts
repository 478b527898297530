import 'fake-indexeddb/auto';
import { deleteDB, openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase, database, DB_NAME, organisationOfOldInterview } from './db';
import {
  createInterview,
  deleteInterview,
  listInterviews,
  loadInterview,
  renameInterview,
  saveInterview,
} from './interview-store';

const answers = {
  role: 'merchant' as const,
  channels: ['ecommerce' as const],
  ecommerce: [{ paymentPage: 'iframe' as const }],
  moto: [],
  cardPresent: [],
};

beforeEach(async () => {
  await closeDatabase();
  await deleteDB(DB_NAME);
});

afterEach(async () => {
  vi.useRealTimers();
  await closeDatabase();
});

describe('interview store', () => {
  it('returns null for an interview it does not have, and an empty list', async () => {
    expect(await loadInterview('nope')).toBeNull();
    expect(await listInterviews()).toEqual([]);
  });

  it('keeps one interview per organisation: answers, step, phase and history across a reopen', async () => {
    // Only the clock is faked: each write gets its own time, so "latest first" is certain.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-30T10:00:00.000Z'));
    const park = await createInterview('Friends of the Park');
    const gala = await createInterview('Gala Trust');
    vi.setSystemTime(new Date('2026-11-30T10:05:00.000Z'));
    await saveInterview(park.id, {
      answers,
      stepId: 'online-1-script-protection',
      phase: 'asking',
      history: ['role', 'processors', 'channels', 'online-1-payment-page'],
    });
    await closeDatabase();
    const back = await loadInterview(park.id);
    expect(back).toMatchObject({
      organisation: 'Friends of the Park',
      answers: { role: 'merchant', ecommerce: [{ paymentPage: 'iframe' }] },
      stepId: 'online-1-script-protection',
      phase: 'asking',
      history: ['role', 'processors', 'channels', 'online-1-payment-page'],
    });
    expect(Date.parse(back?.updatedAt ?? '')).not.toBeNaN();
    // The other organisation's interview is untouched, and the latest saved comes first.
    expect((await loadInterview(gala.id))?.answers.role).toBeUndefined();
    expect((await listInterviews()).map((i) => i.organisation)).toEqual([
      'Friends of the Park',
      'Gala Trust',
    ]);
  });

  it('a save keeps the name given meanwhile (another tab renamed it)', async () => {
    const i = await createInterview('');
    await renameInterview(i.id, '  Harbour Hospice  ');
    await saveInterview(i.id, { answers, stepId: 'channels', phase: 'asking', history: [] });
    expect((await loadInterview(i.id))?.organisation).toBe('Harbour Hospice');
  });

  it('a first save of an interview names it', async () => {
    await saveInterview('fresh', { answers, stepId: 'role', phase: 'asking', history: [] }, 'Oak');
    expect((await loadInterview('fresh'))?.organisation).toBe('Oak');
  });

  it('deletes one interview and leaves the others', async () => {
    const a = await createInterview('A Trust');
    const b = await createInterview('B Trust');
    await deleteInterview(a.id);
    expect((await listInterviews()).map((i) => i.id)).toEqual([b.id]);
  });

  it('an unreadable interview is kept aside, not deleted, and is not listed', async () => {
    const db = await database();
    await db.put('interviews', {
      id: 'broken',
      format: 2,
      organisation: 'Broken Ltd',
      answers: { ecommerce: 'not a list', moto: [], cardPresent: [] } as never,
      stepId: 'role',
      phase: 'asking',
      updatedAt: 'x',
    });
    expect(await loadInterview('broken')).toBeNull();
    const kept = (await db.getAll('interviews')).filter((r) => r.id.startsWith('unreadable-'));
    expect(kept).toHaveLength(1);
    expect(kept[0]?.answers).toMatchObject({ ecommerce: 'not a list' });
    expect(await listInterviews()).toEqual([]);
  });
});

describe('upgrade to one interview per organisation (version 3 to 4)', () => {
  /** A version 3 database as the previous release left it: one interview under `current`. */
  async function version3(assessments: object[]) {
    const db = await openDB(DB_NAME, 3, {
      upgrade(d) {
        d.createObjectStore('interviews', { keyPath: 'id' });
        d.createObjectStore('assessments', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        d.createObjectStore('setAside', { keyPath: 'key' });
      },
    });
    await db.put('interviews', {
      id: 'current',
      format: 1,
      answers,
      stepId: 'online-1-script-protection',
      phase: 'asking',
      updatedAt: '2026-11-01T10:00:00.000Z',
    });
    for (const a of assessments) await db.put('assessments', a);
    db.close();
  }

  it('moves the single interview to an id of its own, named after its assessment', async () => {
    await version3([
      { id: 'a1', organisation: 'Other Org', createdAt: '2026-10-01', updatedAt: '2026-10-01' },
      {
        id: 'a2',
        organisation: 'Friends of the Park',
        interview: answers,
        createdAt: '2026-11-02',
        updatedAt: '2026-11-02',
      },
    ]);
    const [only, ...rest] = await listInterviews();
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      organisation: 'Friends of the Park',
      answers: { role: 'merchant', ecommerce: [{ paymentPage: 'iframe' }] },
      stepId: 'online-1-script-protection',
      phase: 'asking',
      history: [],
      createdAt: '2026-11-01T10:00:00.000Z',
    });
    expect(only?.id).not.toBe('current');
    const db = await database();
    expect(await db.get('interviews', 'current')).toBeUndefined();
    expect(db.version).toBe(4);
    // The assessments are untouched.
    expect((await db.getAll('assessments')).map((a) => a.id)).toEqual(['a1', 'a2']);
  });

  it('leaves the name empty when the assessments do not tell it', async () => {
    await version3([]);
    expect((await listInterviews()).map((i) => i.organisation)).toEqual(['']);
  });

  it('names it from the assessments: the one started from it, else the only organisation', () => {
    const a = (organisation: string, createdAt: string, interview?: unknown) => ({
      organisation,
      createdAt,
      ...(interview ? { interview: interview as never } : {}),
    });
    expect(
      organisationOfOldInterview(answers, [
        a('Old', '2025-01-01', answers),
        a('New', '2026-01-01', answers),
        a('Other', '2027-01-01'),
      ]),
    ).toBe('New');
    expect(organisationOfOldInterview(answers, [a('Solo', '2026-01-01')])).toBe('Solo');
    expect(organisationOfOldInterview(answers, [a('X', '1'), a('Y', '2')])).toBe('');
  });
});
