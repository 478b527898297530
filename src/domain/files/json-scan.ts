/**
 * Finds the parts of a large JSON file without parsing it all at once: the members of its top-level
 * object, and the elements of one array member (the assessments, or a protected file's segments).
 * Each part is then parsed on its own with `JSON.parse`, so a 40 MB file is read in small slices.
 *
 * On the way it refuses what OpenSAQ never writes: keys that could tamper with prototypes
 * (`__proto__`, `constructor`, `prototype`), nesting deeper than MAX_JSON_DEPTH (a hostile file, not
 * a damaged one) and a top-level key given twice. It checks the punctuation between the parts;
 * `JSON.parse` of each part checks the rest, so the file as a whole is valid JSON exactly when every
 * part parses.
 */
import { MAX_JSON_DEPTH } from '../limits';
import { ImportError } from './errors';
import type { Progress } from './slices';

export interface Range {
  start: number;
  end: number;
}

export interface TopObject {
  /** Each member's value, as a range of the text, by key. */
  members: Map<string, Range>;
  /** The elements of the array under a split key, when it is an array. */
  elements: Range[] | null;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
/** Longest key token that could still decode to a forbidden key (each character escaped as \uXXXX). */
const LONGEST_FORBIDDEN_TOKEN = 'constructor'.length * 6;

const notJson = () => new ImportError('not-json');
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDelimiter = (c: number) =>
  isSpace(c) ||
  c === COMMA ||
  c === COLON ||
  c === LBRACE ||
  c === RBRACE ||
  c === LBRACKET ||
  c === RBRACKET ||
  c === QUOTE ||
  Number.isNaN(c);

export function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The index just after the string that starts at `i` (which is a quote). */
function stringEnd(text: string, i: number): number {
  let from = i + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) throw notJson();
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return q + 1;
    from = q + 1;
  }
}

/** The string token from `start` to `end`, decoded. */
function decodeString(text: string, start: number, end: number): string {
  const inner = text.slice(start + 1, end - 1);
  if (!inner.includes('\\')) return inner;
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    throw notJson();
  }
}

function checkKey(text: string, start: number, end: number): void {
  if (end - start - 2 > LONGEST_FORBIDDEN_TOKEN) return;
  const key = decodeString(text, start, end);
  if (FORBIDDEN.has(key)) throw new ImportError('forbidden-key', { key });
}

/**
 * The index just after the JSON value starting at or after `start`, inside `depth` containers.
 * Checks nesting and keys on the way; the value's own grammar is left to `JSON.parse`.
 */
export function skipValue(text: string, start: number, depth: number): number {
  let i = skipSpace(text, start);
  let level = 0;
  for (;;) {
    if (i >= text.length) throw notJson();
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (level === 0) return end;
      if (text.charCodeAt(skipSpace(text, end)) === COLON) checkKey(text, i, end);
      i = end;
    } else if (c === LBRACE || c === LBRACKET) {
      level++;
      if (depth + level > MAX_JSON_DEPTH)
        throw new ImportError('too-deep', { max: MAX_JSON_DEPTH });
      i++;
    } else if (c === RBRACE || c === RBRACKET) {
      if (level === 0) throw notJson();
      level--;
      i++;
      if (level === 0) return i;
    } else if (isSpace(c) || c === COMMA || c === COLON) {
      if (level === 0) throw notJson();
      i++;
    } else {
      // A number or a literal: up to the next delimiter.
      let j = i + 1;
      while (j < text.length && !isDelimiter(text.charCodeAt(j))) j++;
      if (level === 0) return j;
      i = j;
    }
  }
}

/** Parses one part of the text found by the scan. */
export function parsePart(text: string, range: Range): unknown {
  try {
    return JSON.parse(text.slice(range.start, range.end));
  } catch {
    throw notJson();
  }
}

/**
 * Scans the top-level object, yielding after each element of an array under one of `splitKeys`. Returns null
 * when the text is not a JSON object at all (the caller tells "not JSON" from "not ours").
 */
export function* scanTopObject(
  text: string,
  splitKeys: ReadonlySet<string>,
): Generator<Progress, TopObject | null> {
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== LBRACE) return null;
  const members = new Map<string, Range>();
  let elements: Range[] | null = null;
  const progress = (at: number): Progress => ({ phase: 'parsing', done: at, total: text.length });
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === RBRACE) i++;
  else
    for (;;) {
      if (text.charCodeAt(i) !== QUOTE) throw notJson();
      const keyEnd = stringEnd(text, i);
      const key = decodeString(text, i, keyEnd);
      if (FORBIDDEN.has(key)) throw new ImportError('forbidden-key', { key });
      if (members.has(key)) throw new ImportError('duplicate-key', { key });
      i = skipSpace(text, keyEnd);
      if (text.charCodeAt(i) !== COLON) throw notJson();
      const start = skipSpace(text, i + 1);
      if (splitKeys.has(key) && text.charCodeAt(start) === LBRACKET) {
        elements = [];
        i = skipSpace(text, start + 1);
        if (text.charCodeAt(i) === RBRACKET) i++;
        else
          for (;;) {
            const end = skipValue(text, i, 2);
            elements.push({ start: i, end });
            yield progress(end);
            i = skipSpace(text, end);
            const c = text.charCodeAt(i);
            if (c === COMMA) i = skipSpace(text, i + 1);
            else if (c === RBRACKET) {
              i++;
              break;
            } else throw notJson();
          }
      } else {
        i = skipValue(text, start, 1);
        yield progress(i);
      }
      members.set(key, { start, end: i });
      i = skipSpace(text, i);
      const c = text.charCodeAt(i);
      if (c === COMMA) i = skipSpace(text, i + 1);
      else if (c === RBRACE) {
        i++;
        break;
      } else throw notJson();
    }
  if (skipSpace(text, i) !== text.length) throw notJson();
  return { members, elements };
}

/**
 * For text that is not a JSON object: whether it is JSON at all (then it is simply not an OpenSAQ
 * file), checking its depth first so that nothing deep reaches the parser.
 */
export function isJsonValue(text: string): boolean {
  try {
    const end = skipValue(text, 0, 0);
    if (skipSpace(text, end) !== text.length) return false;
    JSON.parse(text);
    return true;
  } catch (e) {
    if (e instanceof ImportError && e.code !== 'not-json') throw e;
    return false;
  }
}
