/**
 * A deploy under an open tab: the tab still runs the old build, whose route modules and chunks are
 * gone from the server (no service worker keeps them). The next page it opens fails to load; instead
 * of an error page, the tab reloads once, onto the new build, after the open assessment has written
 * what is typed (`settleSaves`). A failure right after such a reload is shown, never reloaded again.
 */

/** Whether an error is the browser failing to fetch a module or one of its files. */
export function isMissingFileError(error: unknown): boolean {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS|Loading (?:CSS )?chunk \S+ failed|is not a valid JavaScript MIME type/i.test(
    message,
  );
}

const KEY = 'opensaq.reloaded-after-deploy';
/** A second missing file within this time of the reload is a real problem, not a deploy. */
export const RELOAD_GUARD_MS = 60_000;

type Flags = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * Whether to reload now, and if so, notes it: at most once a minute per tab (sessionStorage), so a
 * build that stays broken shows its error instead of reloading forever. Without sessionStorage
 * (blocked) it never reloads.
 */
export function claimReload(flags: Flags | null, now: number): boolean {
  if (!flags) return false;
  try {
    const last = Number(flags.getItem(KEY) ?? 0);
    if (Number.isFinite(last) && now - last >= 0 && now - last < RELOAD_GUARD_MS) return false;
    flags.setItem(KEY, String(now));
    return true;
  } catch {
    return false;
  }
}

function sessionFlags(): Flags | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

const decided = new WeakMap<object, boolean>();

/** For one route error: reload (true, decided once per error) or show it. */
export function shouldReloadFor(error: unknown): boolean {
  if (!isMissingFileError(error)) return false;
  const key = typeof error === 'object' && error !== null ? error : { error };
  let verdict = decided.get(key);
  if (verdict === undefined) {
    verdict = claimReload(sessionFlags(), Date.now());
    decided.set(key, verdict);
  }
  return verdict;
}

const writes = new Set<Promise<unknown>>();

/** Keeps track of a write of typed work, so a reload waits for it. */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
  writes.add(write);
  void write.then(
    () => writes.delete(write),
    () => writes.delete(write),
  );
  return write;
}

/** Resolves once every write under way has finished (or failed). */
export async function settleWrites(): Promise<void> {
  await Promise.allSettled([...writes]);
}
