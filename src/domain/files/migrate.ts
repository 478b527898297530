/**
 * Bringing older data forward, one version at a time, before it is checked. The same steps serve
 * files (by the file's `version`) and the records kept in IndexedDB (by each assessment's `format`),
 * so an old backup and an old browser database both open in today's app.
 *
 * Version 0 is everything from before files and records carried their own version: no `version` in
 * the file's header (or 0), no `format` on an assessment. Such data lacks the header's `appVersion`,
 * `contentVersion` and `scope`, and an assessment's `channels`, `dropped`, `groupsDone`,
 * `saqEdition` and `contentVersion`, which version 1 made required; the step fills them in with the
 * values that mean "nothing recorded". A later version adds its step to each list below.
 */

/** The file format this app writes. */
export const FILE_VERSION = 1;
/** The assessment record format this app writes (`Assessment.format`). */
export const RECORD_FORMAT = 1;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Header steps: index n brings a version-n header to version n + 1. */
const HEADER_STEPS: readonly ((h: Json) => Json)[] = [
  (h) => ({
    appVersion: 'unknown',
    contentVersion: 'unknown',
    scope: 'everything',
    ...h,
    version: 1,
  }),
];

/** Assessment steps: index n brings a format-n record to format n + 1. */
const ASSESSMENT_STEPS: readonly ((a: Json) => Json)[] = [
  (a) => ({
    channels: [],
    dropped: {},
    groupsDone: [],
    saqEdition: '',
    contentVersion: '',
    ...a,
    format: 1,
  }),
];

/** The version a file's header says it has (0 when it says none). */
export function headerVersion(header: unknown): number {
  if (!isObject(header) || header['version'] === undefined) return 0;
  return typeof header['version'] === 'number' ? header['version'] : NaN;
}

/** A file's header (everything but the assessments) at FILE_VERSION; anything else is left as it is. */
export function migrateHeader(header: unknown): unknown {
  if (!isObject(header)) return header;
  let h = header;
  for (let v = headerVersion(h); v >= 0 && v < FILE_VERSION; v++) h = HEADER_STEPS[v]?.(h) ?? h;
  return h;
}

/** The format an assessment record says it has (0 when it says none). */
export function recordFormat(record: unknown): number {
  if (!isObject(record) || record['format'] === undefined) return 0;
  return typeof record['format'] === 'number' ? record['format'] : NaN;
}

/** An assessment at RECORD_FORMAT; a newer or unreadable format is left for the schema to refuse. */
export function migrateAssessment(record: unknown): unknown {
  if (!isObject(record)) return record;
  let a = record;
  for (let v = recordFormat(a); v >= 0 && v < RECORD_FORMAT; v++) a = ASSESSMENT_STEPS[v]?.(a) ?? a;
  return a;
}
