import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, database } from './db';
import { deleteInterview, loadInterview, saveInterview } from './interview-store';

afterEach(async () => {
  await deleteInterview();
  await closeDatabase();
});

describe('interview store', () => {
  it('returns null when nothing is saved', async () => {
    expect(await loadInterview()).toBeNull();
  });

  it('keeps the answers, the step and the phase across a reopen', async () => {
    await saveInterview({
      answers: {
        role: 'merchant',
        channels: ['ecommerce'],
        ecommerce: [{ paymentPage: 'iframe' }],
        moto: [],
        cardPresent: [],
      },
      stepId: 'online-1-script-protection',
      phase: 'asking',
    });
    await closeDatabase();
    const back = await loadInterview();
    expect(back).toMatchObject({
      answers: {
        role: 'merchant',
        channels: ['ecommerce'],
        ecommerce: [{ paymentPage: 'iframe' }],
      },
      stepId: 'online-1-script-protection',
      phase: 'asking',
    });
    expect(Date.parse(back?.updatedAt ?? '')).not.toBeNaN();
  });

  it('overwrites the draft on each save', async () => {
    const base = {
      answers: { ecommerce: [], moto: [], cardPresent: [] },
      phase: 'asking' as const,
    };
    await saveInterview({ ...base, stepId: 'role' });
    await saveInterview({ ...base, stepId: 'channels' });
    expect((await loadInterview())?.stepId).toBe('channels');
  });

  it('an unreadable draft is kept aside, not deleted, and the interview starts afresh', async () => {
    const db = await database();
    await db.put('interviews', {
      id: 'current',
      format: 1,
      answers: { ecommerce: 'not a list', moto: [], cardPresent: [] } as never,
      stepId: 'role',
      phase: 'asking',
      updatedAt: 'x',
    });
    expect(await loadInterview()).toBeNull();
    const kept = (await db.getAll('interviews')).filter((r) => r.id.startsWith('unreadable-'));
    expect(kept).toHaveLength(1);
    expect(kept[0]?.answers).toMatchObject({ ecommerce: 'not a list' });
    for (const r of kept) await db.delete('interviews', r.id);
  });
});
