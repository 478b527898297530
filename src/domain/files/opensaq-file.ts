/**
 * The `.opensaq.json` file: how assessments travel between laptops, volunteers and backups.
 * Versioned; every assessment in it is migrated and fully checked before anything is touched;
 * optionally passphrase-protected (see protect.ts). Large files are read and written a slice at a
 * time (see slices.ts), with the same code that reads small ones at once. Pure apart from WebCrypto,
 * which Node has too.
 */
import type { Assessment, RowAnswer } from '../assessment/model';
import type { SaqId } from '../eligibility/saq-catalog';
import { MAX_ASSESSMENT_CHARS, MAX_ASSESSMENTS_PER_FILE, MAX_FILE_BYTES } from '../limits';
import { z } from '../../lib/zod';
import type { assessmentSchema } from './assessment-schema';
import { stampSchema } from './dates';
import { ImportError } from './errors';
import { isJsonValue, parsePart, scanTopObject, type TopObject } from './json-scan';
import { FILE_VERSION, migrateAssessment, migrateHeader } from './migrate';
import { assessmentFileText, checkAssessment, type Issue } from './record';
import {
  ENCRYPTED_FORMAT,
  ENVELOPE_VERSION,
  protect,
  readEnvelope,
  unprotect,
  type Envelope,
} from './protect';
import { runAtOnce, runSliced, Slicer, type Progress, type SliceOptions } from './slices';

export { ImportError, type ImportErrorCode, type ImportErrorParams } from './errors';
export { ENCRYPTED_FORMAT, ENVELOPE_VERSION, samePassphrase, type Envelope } from './protect';
export { FILE_VERSION } from './migrate';
export { MAX_FILE_BYTES, PBKDF2_ITERATIONS } from '../limits';
export {
  applyMerge,
  defaultChoices,
  planMerge,
  replacementPreview,
  sameAnswer,
  sameValue,
  type Conflict,
  type FieldConflict,
  type MergeContext,
  type MergePlan,
} from './merge';

export const FILE_FORMAT = 'opensaq';
/** The app version recorded in every file it writes. */
export const APP_VERSION = '0.1.0';

export interface OpenSaqFile {
  format: typeof FILE_FORMAT;
  version: number;
  appVersion: string;
  contentVersion: string;
  exportedAt: string;
  /** What the file holds: everything, one assessment, or some requirement groups of one. */
  scope: 'everything' | 'assessment' | 'groups';
  assessments: Assessment[];
}

const headerSchema = z.strictObject({
  format: z.literal(FILE_FORMAT),
  version: z.number().int().min(1),
  appVersion: z.string().max(50),
  contentVersion: z.string().max(50),
  exportedAt: stampSchema,
  scope: z.enum(['everything', 'assessment', 'groups']),
});

// The schema and the domain type describe the same assessment, so the parsed value needs no cast.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type AssessmentSchemaMatchesType = Assert<
  Same<z.output<typeof assessmentSchema>, Assessment>
>;

/** The requirement ids an SAQ (or any SAQ) knows, to refuse answers to rows that do not exist. */
export type KnownIds = (saq: SaqId) => ReadonlySet<string> | undefined;

export type Parsed =
  { kind: 'file'; file: OpenSaqFile } | { kind: 'encrypted'; envelope: Envelope };

function describeIssue(issues: readonly Issue[]): { where: string; problem: string } {
  const first = issues[0];
  if (!first) return { where: 'the file', problem: 'not in the expected format' };
  return { where: first.path.map(String).join(' > ') || 'the file', problem: first.message };
}

const SPLIT_KEYS: ReadonlySet<string> = new Set(['assessments', 'segments']);

/** Reads a file's text, a unit at a time: the plain file checked, or the protected file's envelope. */
function* readText(text: string, knownIds?: KnownIds): Generator<Progress, Parsed> {
  // Characters never outnumber UTF-8 bytes, so this refuses no file within the limit.
  if (text.length > MAX_FILE_BYTES)
    throw new ImportError('too-large', { megabytes: MAX_FILE_BYTES / 1024 / 1024 });
  if (!text.trim()) throw new ImportError('empty');
  const top = yield* scanTopObject(text, SPLIT_KEYS);
  if (!top) throw new ImportError(isJsonValue(text) ? 'not-opensaq' : 'not-json');
  const member = (key: string) => {
    const range = top.members.get(key);
    return range ? parsePart(text, range) : undefined;
  };
  const format = member('format');
  const version = member('version');
  if (format !== FILE_FORMAT && format !== ENCRYPTED_FORMAT) throw new ImportError('not-opensaq');
  if (version !== undefined && (typeof version !== 'number' || !Number.isInteger(version)))
    throw new ImportError('not-opensaq');
  const supported = format === FILE_FORMAT ? FILE_VERSION : ENVELOPE_VERSION;
  if ((version ?? 0) > supported)
    throw new ImportError('newer-version', { version: version ?? 0, supported });
  if (format === ENCRYPTED_FORMAT) return { kind: 'encrypted', envelope: readEnvelope(text, top) };
  return { kind: 'file', file: yield* readPlain(text, top, knownIds) };
}

function* readPlain(
  text: string,
  top: TopObject,
  knownIds?: KnownIds,
): Generator<Progress, OpenSaqFile> {
  const raw: Record<string, unknown> = {};
  for (const [key, range] of top.members)
    if (key !== 'assessments') raw[key] = parsePart(text, range);
  const header = headerSchema.safeParse(migrateHeader(raw));
  if (!header.success) throw new ImportError('invalid', describeIssue(header.error.issues));
  const elements = top.elements;
  if (!elements)
    throw new ImportError('invalid', {
      where: 'assessments',
      problem: 'not a list of assessments',
    });
  if (elements.length > MAX_ASSESSMENTS_PER_FILE)
    throw new ImportError('too-many-assessments', {
      count: elements.length,
      max: MAX_ASSESSMENTS_PER_FILE,
    });
  const assessments: Assessment[] = [];
  const seen = new Map<string, string>();
  for (const [index, range] of elements.entries()) {
    const number = index + 1;
    if (range.end - range.start > MAX_ASSESSMENT_CHARS)
      throw new ImportError('assessment-too-large', {
        number,
        megabytes: MAX_ASSESSMENT_CHARS / 1024 / 1024,
      });
    const parsed = checkAssessment(migrateAssessment(parsePart(text, range)));
    if (!parsed.success) {
      const { where, problem } = describeIssue(parsed.issues);
      throw new ImportError('invalid', { where: `assessments > ${index} > ${where}`, problem });
    }
    const a = parsed.data;
    const first = seen.get(a.id);
    if (first !== undefined)
      throw new ImportError('duplicate-id', { id: a.id, first, second: a.organisation });
    seen.set(a.id, a.organisation);
    const known = knownIds?.(a.saq);
    if (known) {
      const unknown = [...Object.keys(a.rows), ...Object.keys(a.dropped)].filter(
        (id) => !known.has(id),
      );
      if (unknown.length > 0)
        throw new ImportError('unknown-requirement', {
          organisation: a.organisation,
          ids: unknown.slice(0, 5).join(', '),
        });
    }
    assessments.push(a);
    yield { phase: 'checking', done: number, total: elements.length };
  }
  return { ...header.data, format: FILE_FORMAT, assessments };
}

/**
 * Reads a file's text at once: an OpenSAQ file, or a passphrase-protected one still to open.
 * Throws an ImportError naming what is wrong; never changes anything.
 */
export function parseFileText(text: string, knownIds?: KnownIds): Parsed {
  return runAtOnce(readText(text, knownIds));
}

/** `parseFileText` in slices, reporting progress: for large files, without freezing the page. */
export function readFileText(
  text: string,
  knownIds?: KnownIds,
  options: SliceOptions = {},
): Promise<Parsed> {
  return runSliced(readText(text, knownIds), new Slicer(options));
}

/**
 * Opens a protected file with its passphrase and reads what it holds. ImportError
 * 'wrong-passphrase', 'damaged-protected' (with where), or 'nested-protection' when it holds
 * another protected file.
 */
export async function openProtected(
  envelope: Envelope,
  passphrase: string,
  knownIds?: KnownIds,
  options: SliceOptions = {},
): Promise<OpenSaqFile> {
  const slicer = new Slicer(options);
  const text = await unprotect(envelope, passphrase, slicer);
  const parsed = await runSliced(readText(text, knownIds), slicer);
  if (parsed.kind === 'encrypted') throw new ImportError('nested-protection');
  return parsed.file;
}

/** The protected file's text (for callers that read it themselves). */
export function decrypt(envelope: Envelope, passphrase: string): Promise<string> {
  return unprotect(envelope, passphrase, new Slicer());
}

export function makeFile(
  assessments: Assessment[],
  scope: OpenSaqFile['scope'],
  appVersion: string,
  contentVersion: string,
  now: Date,
): OpenSaqFile {
  return {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    appVersion,
    contentVersion,
    exportedAt: now.toISOString(),
    scope,
    assessments,
  };
}

/** Keeps only the given principal requirements' rows: a file to hand a volunteer. */
export function onlyGroups(a: Assessment, principals: readonly string[]): Assessment {
  const keep = (rows: Record<string, RowAnswer>) =>
    Object.fromEntries(
      Object.entries(rows).filter(([id]) => principals.includes(id.split('.')[0] ?? '')),
    );
  return {
    ...a,
    rows: keep(a.rows),
    dropped: {},
    groupsDone: a.groupsDone.filter((g) => principals.includes(g)),
  };
}

/**
 * The file's text in parts, one assessment each, exactly as `JSON.stringify(file, null, 1)` writes
 * it, handed to `sink` as it goes (so a large file is never held twice). Refuses (ImportError) an
 * assessment the reader would refuse: not valid, or too large.
 */
function* textParts(file: OpenSaqFile, sink: (part: string) => void): Generator<Progress, void> {
  if (file.assessments.length > MAX_ASSESSMENTS_PER_FILE)
    throw new ImportError('too-many-assessments', {
      count: file.assessments.length,
      max: MAX_ASSESSMENTS_PER_FILE,
    });
  const { assessments, ...rest } = file;
  const head = JSON.stringify({ ...rest, assessments: [] }, null, 1);
  if (assessments.length === 0) return sink(head);
  sink(`${head.slice(0, -'[]\n}'.length)}[\n`);
  for (const [index, a] of assessments.entries()) {
    const checked = checkAssessment(a);
    if (!checked.success) {
      const { where, problem } = describeIssue(checked.issues);
      throw new ImportError('invalid', { where: `assessments > ${index} > ${where}`, problem });
    }
    const text = assessmentFileText(a);
    if (text.length > MAX_ASSESSMENT_CHARS)
      throw new ImportError('assessment-too-large', {
        number: index + 1,
        megabytes: MAX_ASSESSMENT_CHARS / 1024 / 1024,
      });
    sink(index ? `,\n${text}` : text);
    yield { phase: 'serialising', done: index + 1, total: assessments.length };
  }
  sink('\n ]\n}');
}

export function serialise(file: OpenSaqFile): string {
  const parts: string[] = [];
  runAtOnce(textParts(file, (p) => parts.push(p)));
  return parts.join('');
}

export interface WrittenFile {
  /** The file's bytes, in parts (for a Blob). */
  parts: Uint8Array[];
  bytes: number;
}

/**
 * Writes a file, optionally protected, a slice at a time. Refuses (ImportError) what it could not
 * read back: an invalid or oversized assessment, too many assessments, or more than MAX_FILE_BYTES.
 * `iterations` is for tests only.
 */
export async function writeFile(
  file: OpenSaqFile,
  options: SliceOptions & { passphrase?: string; iterations?: number } = {},
): Promise<WrittenFile> {
  const slicer = new Slicer(options);
  const encoder = new TextEncoder();
  let parts: Uint8Array[] = [];
  await runSliced(
    textParts(file, (p) => parts.push(encoder.encode(p))),
    slicer,
  );
  if (options.passphrase !== undefined)
    parts = await protect(parts, options.passphrase, slicer, options.iterations);
  const bytes = parts.reduce((n, p) => n + p.length, 0);
  if (bytes > MAX_FILE_BYTES)
    throw new ImportError('backup-too-large', {
      megabytes: Math.ceil(bytes / 1024 / 1024),
      limit: MAX_FILE_BYTES / 1024 / 1024,
    });
  return { parts, bytes };
}

/** Protects a file's text with a passphrase (the whole text at once; `writeFile` for large files). */
export async function encrypt(
  text: string,
  passphrase: string,
  iterations?: number,
): Promise<string> {
  const parts = await protect(
    [new TextEncoder().encode(text)],
    passphrase,
    new Slicer(),
    iterations,
  );
  const decoder = new TextDecoder();
  return parts.map((p) => decoder.decode(p)).join('');
}
