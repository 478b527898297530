/**
 * Writes that merge: what one tab changed, put onto the latest stored copy, so that two tabs on one
 * assessment both keep their work. A change is the list of leaf values that differ between the copy
 * a tab started from (its base) and what it shows now; lists (groups done, channels, scan dates)
 * count as one value. Applied onto the latest copy, a tab's change replaces only what it changed:
 * different rows or fields in two tabs both stay, and the same field changed in both ends with the
 * later save.
 */
import type { Assessment, RowAnswer } from '../assessment/model';

type Path = readonly string[];
/** One changed value; `value` undefined means the key was removed. */
export interface Change {
  path: Path;
  value: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => same(a[k], b[k]));
  }
  return false;
}

/** The leaf values that differ from `base` to `next` (unchanged branches are skipped by identity). */
export function diff(base: unknown, next: unknown, path: Path = [], out: Change[] = []): Change[] {
  if (base === next) return out;
  // A new object (a row answered for the first time) counts field by field, so that two tabs
  // starting the same row with different fields both keep theirs.
  if (base === undefined && isObject(next)) base = {};
  if (isObject(base) && isObject(next)) {
    for (const key of new Set([...Object.keys(base), ...Object.keys(next)]))
      diff(base[key], next[key], [...path, key], out);
    return out;
  }
  if (!same(base, next)) out.push({ path, value: next });
  return out;
}

function setIn(target: unknown, path: Path, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const source = isObject(target) ? target : {};
  const inner = setIn(source[head], rest, value);
  // Keys keep their order; a removed value leaves no key behind (stored rows never carry empty keys).
  const entries = Object.entries(source);
  const at = entries.findIndex(([k]) => k === head);
  if (inner === undefined) {
    if (at >= 0) entries.splice(at, 1);
  } else if (at >= 0) entries[at] = [head, inner];
  else entries.push([head, inner]);
  return Object.fromEntries(entries);
}

/** `target` with the changes applied (a new object; `target` is not changed). */
export function applyChanges<T>(target: T, changes: readonly Change[]): T {
  let out: unknown = target;
  for (const c of changes) out = setIn(out, c.path, c.value);
  // Each change puts a value from a copy of the same type at the path it had there.
  return out as T;
}

/**
 * This tab's work since `base`, put onto `latest`. A row this tab changed that another tab has
 * since moved aside (a change of SAQ put it in `dropped`) is changed where it now is.
 */
export function rebaseAssessment(
  base: Assessment,
  local: Assessment,
  latest: Assessment,
): Assessment {
  if (base === local) return latest;
  const changes = diff(base, local).map((c): Change => {
    const [part, id, ...rest] = c.path;
    if (
      part === 'rows' &&
      id !== undefined &&
      !latest.rows[id] &&
      latest.dropped[id] &&
      base.rows[id]
    )
      return { path: ['dropped', id, ...rest], value: c.value };
    return c;
  });
  const result = applyChanges(latest, changes);
  // The stamp never goes back: the later of the two copies' times.
  return Date.parse(latest.updatedAt) > Date.parse(result.updatedAt)
    ? { ...result, updatedAt: latest.updatedAt }
    : result;
}

/** Whether two copies hold the same data (key order and undefined keys aside). */
export function sameData(a: Assessment | RowAnswer, b: Assessment | RowAnswer): boolean {
  return same(a, b);
}

function share(prev: unknown, next: unknown): unknown {
  if (prev === next) return prev;
  if (Array.isArray(prev) && Array.isArray(next)) {
    const out = next.map((v, i) => share(prev[i], v));
    return out.length === prev.length && out.every((v, i) => v === prev[i]) ? prev : out;
  }
  if (isObject(prev) && isObject(next)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(prev).length;
    const entries = keys.map((k): [string, unknown] => {
      const own = Object.hasOwn(prev, k);
      const v = share(own ? prev[k] : undefined, next[k]);
      if (!own || v !== prev[k]) same = false;
      return [k, v];
    });
    // fromEntries makes own keys whatever their name (`__proto__` included).
    return same ? prev : Object.fromEntries(entries);
  }
  return next;
}

/**
 * `next`, with every part that equals `prev`'s being `prev`'s own object. A copy read back from the
 * database is all new objects; shown as it is, every row on the page would draw again after each
 * save. Shared, only what changed draws again (and is checked again before the next write).
 */
export function shareUnchanged<T>(prev: T, next: T): T {
  // Every shared part is equal to the part of `next` it stands for, so the result is a `T`.
  return share(prev, next) as T;
}
