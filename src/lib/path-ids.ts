/**
 * Assessment ids in addresses. The app makes UUIDs, but a file may carry any id up to 100 characters:
 * `a/b` would add a path segment, `x?y` start a query, and `..` or `.` are removed by the browser's
 * own URL rules (even written `%2E%2E`). So an id goes into a path as letters, digits, `-` and `_`,
 * everything else written `~` plus four hex digits of its UTF-16 code unit: one segment, always the
 * same id back. UUIDs and other plain ids read the same as before.
 */

const PLAIN = /^[A-Za-z0-9_-]$/;
/** Segments that name a page of their own beside the ids (`/assessments/new`). */
const RESERVED = new Set(['new']);

const escaped = (id: string, i: number) => `~${id.charCodeAt(i).toString(16).padStart(4, '0')}`;

/** The id as one safe path segment: `/assessments/${encodeIdForPath(id)}`. */
export function encodeIdForPath(id: string): string {
  let out = '';
  for (let i = 0; i < id.length; i++) {
    const ch = id[i] ?? '';
    out += PLAIN.test(ch) ? ch : escaped(id, i);
  }
  // An assessment whose id is `new` must not open the page that starts one.
  return RESERVED.has(out) ? escaped(id, 0) + out.slice(1) : out;
}

/**
 * The id from a path segment (a route parameter, already percent-decoded by the router or not);
 * null when the segment is not one `encodeIdForPath` writes, so the page can say "not found".
 */
export function decodeIdFromPath(segment: string): string | null {
  if (!/^(?:[A-Za-z0-9_-]|~[0-9a-f]{4})+$/.test(segment)) return null;
  return segment.replace(/~([0-9a-f]{4})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
