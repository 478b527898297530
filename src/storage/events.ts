/**
 * What happens to the stored work, as typed events: every write that changes assessments, and the
 * storage's own troubles. Listeners in this tab hear every event; writes also go to the other tabs
 * of the app (BroadcastChannel), so each refreshes what it shows. Messages from other tabs are
 * checked before use: another tab may run another version of the app.
 */

/** Why assessments changed. */
export const CHANGE_CAUSES = [
  'save',
  'create',
  'import',
  'merge',
  'replace',
  'rename',
  'change-saq',
  'duplicate',
  'delete',
  'restore',
  'set-aside',
  'reconnect',
] as const;
export type ChangeCause = (typeof CHANGE_CAUSES)[number];

export type StorageEvent =
  /** Assessments were written or deleted (in this tab or another). */
  | { type: 'assessments.changed'; ids: string[]; cause: ChangeCause }
  /** The browser refuses its database: work is kept in this tab only (was `opensaq:storage-memory`). */
  | { type: 'storage.memory-only' }
  /**
   * A newer version of the app, in another tab, needs to upgrade the database: this tab has stepped
   * aside and must reload. Saved work is safe (was `opensaq:reload-needed`).
   */
  | { type: 'storage.upgrade-elsewhere' }
  /**
   * The database was deleted under this tab: by another tab (`by: 'other-tab'`) or by the browser,
   * for instance when site data is cleared (`by: 'browser'`). Saved work is gone from this browser;
   * what is on screen is not saved.
   */
  | { type: 'storage.deleted'; by: 'other-tab' | 'browser' }
  /** The database opened again after a failure or a deletion. */
  | { type: 'storage.reconnected' };

export type StorageEventType = StorageEvent['type'];
export type EventOf<K extends StorageEventType> = Extract<StorageEvent, { type: K }> & {
  /** True when another tab of the app made the change. */
  fromOtherTab: boolean;
};

/**
 * This tab, so that it does not act on its own broadcasts twice. (Not `crypto.randomUUID()`, which
 * only exists in secure contexts: the app must still start, and say why it cannot save, over plain
 * HTTP.)
 */
export const TAB_ID = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) =>
  b.toString(16).padStart(2, '0'),
).join('');

const CHANNEL_NAME = 'opensaq-storage';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * A write announced by another tab, or null when the message is not one (another version of the
 * app, or anything else on the channel). Checked by hand: this module is loaded by every page,
 * which must not load Zod.
 */
export function readBroadcast(
  data: unknown,
): { tab: string; event: Extract<StorageEvent, { type: 'assessments.changed' }> } | null {
  if (!isRecord(data) || typeof data['tab'] !== 'string' || !isRecord(data['event'])) return null;
  const { type, ids, cause } = data['event'];
  if (type !== 'assessments.changed') return null;
  if (!Array.isArray(ids) || ids.length > 10_000) return null;
  const strings = ids.filter((id): id is string => typeof id === 'string');
  if (strings.length !== ids.length) return null;
  const known = CHANGE_CAUSES.find((c) => c === cause);
  if (!known) return null;
  return { tab: data['tab'], event: { type, ids: strings, cause: known } };
}

type Listener = (event: StorageEvent & { fromOtherTab: boolean }) => void;
const listeners = new Set<Listener>();

let channel: BroadcastChannel | null | undefined;
function getChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
  channel?.addEventListener('message', (e: MessageEvent<unknown>) => {
    const message = readBroadcast(e.data);
    if (!message || message.tab === TAB_ID) return;
    deliver({ ...message.event, fromOtherTab: true });
  });
  return channel;
}

function deliver(event: StorageEvent & { fromOtherTab: boolean }): void {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch (e) {
      console.error('A storage event listener failed', e);
    }
  }
}

/** Tells this tab's listeners, and for writes the other tabs too. */
export function announce(event: StorageEvent): void {
  deliver({ ...event, fromOtherTab: false });
  if (event.type === 'assessments.changed') getChannel()?.postMessage({ tab: TAB_ID, event });
}

/** Listens for one type of event; returns the function that stops listening. */
export function onStorageEvent<K extends StorageEventType>(
  type: K,
  listener: (event: EventOf<K>) => void,
): () => void {
  getChannel();
  const wrapped: Listener = (event) => {
    if (event.type === type) listener(event as EventOf<K>);
  };
  listeners.add(wrapped);
  return () => listeners.delete(wrapped);
}

/** For tests: closes the channel so the process can end. */
export function closeEventChannel(): void {
  channel?.close();
  channel = undefined;
  listeners.clear();
}
