import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase } from './db';
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
});
