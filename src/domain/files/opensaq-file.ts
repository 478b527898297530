/**
 * The `.opensaq.json` file: how assessments travel between laptops, volunteers and backups.
 * Versioned; validated with the schema before anything is touched; optionally passphrase-protected
 * with WebCrypto (AES-GCM, key from PBKDF2-SHA-256). Pure apart from WebCrypto, which Node has too.
 */
import type { Assessment, RowAnswer } from '../assessment/model';
import type { SaqId } from '../eligibility/saq-catalog';
import { z } from '../../lib/zod';
import { assessmentSchema } from './assessment-schema';

export const FILE_FORMAT = 'opensaq';
export const ENCRYPTED_FORMAT = 'opensaq-encrypted';
export const FILE_VERSION = 1;
/** The app version recorded in every file it writes. */
export const APP_VERSION = '0.1.0';
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const PBKDF2_ITERATIONS = 600_000;

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

const fileSchema = z.strictObject({
  format: z.literal(FILE_FORMAT),
  version: z.number().int().min(1),
  appVersion: z.string().max(50),
  contentVersion: z.string().max(50),
  exportedAt: z.string().max(40),
  scope: z.enum(['everything', 'assessment', 'groups']),
  assessments: z.array(assessmentSchema).max(500),
});

const envelopeSchema = z.strictObject({
  format: z.literal(ENCRYPTED_FORMAT),
  version: z.literal(1),
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(100_000).max(10_000_000),
    salt: z.string().max(100),
  }),
  cipher: z.strictObject({ name: z.literal('AES-GCM'), iv: z.string().max(100) }),
  data: z.string().max(MAX_FILE_BYTES * 2),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export type ImportErrorCode =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'forbidden-key'
  | 'not-opensaq'
  | 'newer-version'
  | 'invalid'
  | 'unknown-requirement'
  | 'wrong-passphrase';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse that refuses keys which could tamper with objects' prototypes. */
function safeParse(text: string): unknown {
  let forbidden: string | null = null;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN.has(key)) forbidden = key;
      return v;
    });
  } catch {
    throw new ImportError(
      'not-json',
      'This file is not readable: it is not a JSON file, or it is incomplete or damaged (for example cut short while copying).',
    );
  }
  if (forbidden)
    throw new ImportError(
      'forbidden-key',
      `This file contains a key named "${forbidden}", which OpenSAQ never writes. It was not imported, to keep your data safe.`,
    );
  return value;
}

function describeIssue(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'its contents do not match the expected format';
  const where = first.path.length ? first.path.map(String).join(' > ') : 'the file';
  return `${where}: ${first.message}`;
}

export type Parsed =
  { kind: 'file'; file: OpenSaqFile } | { kind: 'encrypted'; envelope: Envelope };

/**
 * Reads a file's text: an OpenSAQ file, or a passphrase-protected one still to decrypt. Throws an
 * ImportError with a message naming what is wrong; never changes anything.
 */
export function parseFileText(
  text: string,
  knownIds?: (saq: SaqId) => ReadonlySet<string> | undefined,
): Parsed {
  if (new TextEncoder().encode(text).length > MAX_FILE_BYTES)
    throw new ImportError(
      'too-large',
      'This file is larger than 10 MB, far more than any OpenSAQ export. It was not imported.',
    );
  if (!text.trim()) throw new ImportError('empty', 'This file is empty.');
  const data = safeParse(text);
  const head = z.object({ format: z.string(), version: z.number() }).safeParse(data);
  if (!head.success || (head.data.format !== FILE_FORMAT && head.data.format !== ENCRYPTED_FORMAT))
    throw new ImportError(
      'not-opensaq',
      'This is not an OpenSAQ file. Choose a file exported from OpenSAQ (its name ends in .opensaq.json).',
    );
  if (head.data.version > FILE_VERSION)
    throw new ImportError(
      'newer-version',
      `This file was made by a newer version of OpenSAQ (file format ${head.data.version}; this app reads up to ${FILE_VERSION}). Update OpenSAQ, then import it again.`,
    );
  if (head.data.format === ENCRYPTED_FORMAT) {
    const env = envelopeSchema.safeParse(data);
    if (!env.success)
      throw new ImportError(
        'invalid',
        `This protected file is damaged: ${describeIssue(env.error)}.`,
      );
    return { kind: 'encrypted', envelope: env.data };
  }
  const file = fileSchema.safeParse(migrate(data));
  if (!file.success)
    throw new ImportError(
      'invalid',
      `This file could not be imported: ${describeIssue(file.error)}.`,
    );
  if (knownIds)
    for (const a of file.data.assessments) {
      const known = knownIds(a.saq);
      if (!known) continue;
      const unknown = [...Object.keys(a.rows), ...Object.keys(a.dropped)].filter(
        (id) => !known.has(id),
      );
      if (unknown.length > 0)
        throw new ImportError(
          'unknown-requirement',
          `The assessment "${a.organisation}" has answers for requirements that no SAQ has (${unknown.slice(0, 5).join(', ')}). It was not imported.`,
        );
    }
  return { kind: 'file', file: file.data as unknown as OpenSaqFile };
}

/** Brings older file versions forward, one version at a time. Version 1 is the first. */
function migrate(data: unknown): unknown {
  return data;
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

export function serialise(file: OpenSaqFile): string {
  return JSON.stringify(file, null, 1);
}

const b64 = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function deriveKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
  usage: KeyUsage,
): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/** Protects a file's text with a passphrase: AES-GCM, key from PBKDF2-SHA-256 (600,000 iterations). */
export async function encrypt(
  text: string,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations, 'encrypt');
  const data = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: iv as BufferSource },
      key,
      new TextEncoder().encode(text),
    ),
  );
  const envelope: Envelope = {
    format: ENCRYPTED_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: b64(salt) },
    cipher: { name: 'AES-GCM', iv: b64(iv) },
    data: b64(data),
  };
  return JSON.stringify(envelope);
}

/** The protected file's text, or ImportError('wrong-passphrase'). */
export async function decrypt(envelope: Envelope, passphrase: string): Promise<string> {
  try {
    const key = await deriveKey(
      passphrase,
      unb64(envelope.kdf.salt),
      envelope.kdf.iterations,
      'decrypt',
    );
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: unb64(envelope.cipher.iv) as BufferSource },
      key,
      unb64(envelope.data) as BufferSource,
    );
    return new TextDecoder().decode(plain);
  } catch {
    throw new ImportError(
      'wrong-passphrase',
      'That passphrase does not open this file. Check it and try again: nothing has been changed.',
    );
  }
}

export interface Conflict {
  id: string;
  ours: RowAnswer;
  theirs: RowAnswer;
  /** Which side changed it last, by the row's own time stamp. */
  newer: 'ours' | 'theirs' | 'unknown';
}

export interface MergePlan {
  /** Rows only in the incoming file: they are added. */
  added: string[];
  /** Rows in both that differ. */
  conflicts: Conflict[];
  /** Rows equal on both sides. */
  same: number;
}

const comparable = (r: RowAnswer) => JSON.stringify({ ...r, updatedAt: undefined });

/** How a volunteer's file would merge into the assessment, keyed by requirement id. */
export function planMerge(ours: Assessment, theirs: Assessment): MergePlan {
  const added: string[] = [];
  const conflicts: Conflict[] = [];
  let same = 0;
  for (const [id, t] of Object.entries(theirs.rows)) {
    const o = ours.rows[id];
    if (!o) added.push(id);
    else if (comparable(o) === comparable(t)) same += 1;
    else
      conflicts.push({
        id,
        ours: o,
        theirs: t,
        newer:
          !o.updatedAt || !t.updatedAt
            ? 'unknown'
            : t.updatedAt > o.updatedAt
              ? 'theirs'
              : t.updatedAt < o.updatedAt
                ? 'ours'
                : 'unknown',
      });
  }
  return { added, conflicts, same };
}

/** Applies a merge: added rows come in; each conflict takes the side chosen for it. */
export function applyMerge(
  ours: Assessment,
  theirs: Assessment,
  choices: Record<string, 'ours' | 'theirs'>,
  now: string,
): Assessment {
  const plan = planMerge(ours, theirs);
  const rows = { ...ours.rows };
  for (const id of plan.added) rows[id] = theirs.rows[id] as RowAnswer;
  for (const c of plan.conflicts) if (choices[c.id] === 'theirs') rows[c.id] = c.theirs;
  return { ...ours, rows, updatedAt: now };
}

/** What replacing an assessment with the file's version would change, row by row. */
export function replacementPreview(
  ours: Assessment,
  theirs: Assessment,
): { changed: number; added: number; removed: number } {
  const ids = new Set([...Object.keys(ours.rows), ...Object.keys(theirs.rows)]);
  let changed = 0;
  let added = 0;
  let removed = 0;
  for (const id of ids) {
    const o = ours.rows[id];
    const t = theirs.rows[id];
    if (!o && t) added += 1;
    else if (o && !t) removed += 1;
    else if (o && t && comparable(o) !== comparable(t)) changed += 1;
  }
  return { changed, added, removed };
}
