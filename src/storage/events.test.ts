import { afterEach, describe, expect, it } from 'vitest';
import {
  announce,
  closeEventChannel,
  onStorageEvent,
  readBroadcast,
  TAB_ID,
  type EventOf,
} from './events';

const CHANNEL = 'opensaq-storage';

/** The next message a channel receives. */
const nextMessage = (channel: BroadcastChannel) =>
  new Promise<unknown>((resolve) => {
    channel.addEventListener('message', (e: MessageEvent<unknown>) => resolve(e.data), {
      once: true,
    });
  });

afterEach(() => closeEventChannel());

describe('the storage event bus', () => {
  it('tells this tab at once and the other tabs by broadcast, typed', async () => {
    const here: EventOf<'assessments.changed'>[] = [];
    onStorageEvent('assessments.changed', (e) => here.push(e));
    const otherTab = new BroadcastChannel(CHANNEL);
    const there = nextMessage(otherTab);
    announce({ type: 'assessments.changed', ids: ['a'], cause: 'merge' });
    expect(here).toEqual([
      { type: 'assessments.changed', ids: ['a'], cause: 'merge', fromOtherTab: false },
    ]);
    expect(await there).toEqual({
      tab: TAB_ID,
      event: { type: 'assessments.changed', ids: ['a'], cause: 'merge' },
    });
    otherTab.close();
  });

  it('hears other tabs, and ignores messages it cannot read (another version of the app)', async () => {
    const heard: EventOf<'assessments.changed'>[] = [];
    // A last, readable message: once it is heard, every message before it has been handled (one
    // sender's messages arrive in order).
    const last = new Promise<void>((resolve) =>
      onStorageEvent('assessments.changed', (e) => {
        heard.push(e);
        if (e.ids.includes('last')) resolve();
      }),
    );
    const otherTab = new BroadcastChannel(CHANNEL);
    otherTab.postMessage({
      tab: 'other',
      event: { type: 'assessments.changed', ids: ['b'], cause: 'save' },
    });
    otherTab.postMessage({ id: 'b', updatedAt: 'x', tab: 'old-version' });
    otherTab.postMessage({
      tab: 'other',
      event: { type: 'assessments.changed', ids: ['c'], cause: 'shredded' },
    });
    otherTab.postMessage({
      tab: 'other',
      event: { type: 'assessments.changed', ids: ['last'], cause: 'save' },
    });
    await last;
    expect(heard).toEqual([
      { type: 'assessments.changed', ids: ['b'], cause: 'save', fromOtherTab: true },
      { type: 'assessments.changed', ids: ['last'], cause: 'save', fromOtherTab: true },
    ]);
    otherTab.close();
  });

  it('keeps storage troubles to this tab, and stops when asked', () => {
    const deleted: unknown[] = [];
    const stop = onStorageEvent('storage.deleted', (e) => deleted.push(e));
    announce({ type: 'storage.deleted', by: 'browser' });
    stop();
    announce({ type: 'storage.deleted', by: 'other-tab' });
    expect(deleted).toEqual([{ type: 'storage.deleted', by: 'browser', fromOtherTab: false }]);
  });
});

describe('readBroadcast', () => {
  it('reads a write another tab announced, and nothing else', () => {
    const event = { type: 'assessments.changed', ids: ['a', 'b'], cause: 'save' };
    expect(readBroadcast({ tab: 't1', event })).toEqual({ tab: 't1', event });
    expect(readBroadcast(null)).toBeNull();
    expect(readBroadcast({ tab: 1, event })).toBeNull();
    expect(readBroadcast({ tab: 't1', event: { ...event, cause: 'explode' } })).toBeNull();
    expect(readBroadcast({ tab: 't1', event: { ...event, ids: ['a', 2] } })).toBeNull();
    expect(readBroadcast({ tab: 't1', event: { ...event, type: 'storage.deleted' } })).toBeNull();
    expect(
      readBroadcast({
        tab: 't1',
        event: { ...event, ids: Array.from({ length: 10_001 }, String) },
      }),
    ).toBeNull();
  });
});
