/**
 * Backups: "save a copy to a file" and "open a file", for a consultant's thousand assessments as
 * for one, without freezing the page. The work goes a slice at a time and reports progress; the
 * stored copies are read in batches, and what is on screen but not yet stored (`unsaved.ts`) takes
 * their place, so a file saved while storage fails holds what the user typed.
 */
import type { Assessment } from '@/domain/assessment/model';
import { ImportError } from '@/domain/files/errors';
import {
  APP_VERSION,
  makeFile,
  onlyGroups,
  openProtected,
  readFileText,
  writeFile,
  type Envelope,
  type KnownIds,
  type OpenSaqFile,
} from '@/domain/files/opensaq-file';
import { Slicer, type SliceOptions } from '@/domain/files/slices';
import { MAX_FILE_BYTES } from '@/domain/limits';
import { listAssessments, readAssessment } from './assessment-store';
import { recordBackup } from './backup-log';
import { unsavedCopies } from './unsaved';

export interface SaveBackupOptions extends SliceOptions {
  scope: OpenSaqFile['scope'];
  /** The assessment, for 'assessment' and 'groups'. */
  assessmentId?: string;
  /** The principal requirements, for 'groups'. */
  groups?: readonly string[];
  /**
   * On-screen copies not yet stored (besides those held with `holdUnsaved`): they replace the
   * stored copies with the same id, or join them when not stored at all.
   */
  unsaved?: readonly Assessment[];
  passphrase?: string;
  contentVersion: string;
  now?: Date;
  /** For tests only: files are protected with PBKDF2_ITERATIONS. */
  iterations?: number;
}

export interface SavedBackup {
  blob: Blob;
  bytes: number;
  /** Assessments in the file. */
  count: number;
  /** Ids whose copy came from the screen rather than from storage. */
  fromScreen: string[];
  /** Storage could not be read: the file holds only what was on screen. */
  storageUnreadable: boolean;
}

async function storedCopies(options: SaveBackupOptions): Promise<Assessment[]> {
  if (options.scope === 'everything') return listAssessments();
  if (!options.assessmentId) return [];
  const read = await readAssessment(options.assessmentId);
  return read.kind === 'found' ? [read.assessment] : [];
}

/**
 * Writes a backup file (everything, one assessment, or some groups of one), optionally protected.
 * Fails with an ImportError when the file could not be opened again ('backup-too-large',
 * 'too-many-assessments', 'invalid' or 'over-limit' naming the place), never writing such a file.
 */
export async function saveBackup(options: SaveBackupOptions): Promise<SavedBackup> {
  const now = options.now ?? new Date();
  const screen = new Map<string, Assessment>();
  for (const a of [...unsavedCopies(), ...(options.unsaved ?? [])]) screen.set(a.id, a);
  let stored: Assessment[] = [];
  let storageUnreadable = false;
  try {
    stored = await storedCopies(options);
  } catch (e) {
    if (screen.size === 0) throw e;
    storageUnreadable = true;
  }
  const byId = new Map(stored.map((a) => [a.id, a]));
  const wanted = (id: string) => options.scope === 'everything' || id === options.assessmentId;
  const fromScreen: string[] = [];
  for (const [id, a] of screen)
    if (wanted(id)) {
      byId.set(id, a);
      fromScreen.push(id);
    }
  let list = [...byId.values()];
  if (options.scope === 'groups') list = list.map((a) => onlyGroups(a, options.groups ?? []));
  const file = makeFile(list, options.scope, APP_VERSION, options.contentVersion, now);
  const written = await writeFile(file, {
    ...options,
    ...(options.passphrase !== undefined ? { passphrase: options.passphrase } : {}),
  });
  if (options.scope === 'everything' && !storageUnreadable) recordBackup(now);
  return {
    blob: new Blob(written.parts as BlobPart[], { type: 'application/json' }),
    bytes: written.bytes,
    count: list.length,
    fromScreen,
    storageUnreadable,
  };
}

/** A file's text, read and decoded a chunk at a time. */
async function readBlobText(blob: Blob, slicer: Slicer): Promise<string> {
  if (blob.size > MAX_FILE_BYTES)
    throw new ImportError('too-large', { megabytes: MAX_FILE_BYTES / 1024 / 1024 });
  const reader = blob.stream().getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  let done = 0;
  try {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      done += chunk.value.length;
      parts.push(decoder.decode(chunk.value, { stream: true }));
      await slicer.tick({ phase: 'reading', done, total: blob.size });
    }
    parts.push(decoder.decode());
  } catch (e) {
    if (e instanceof TypeError) throw new ImportError('not-json');
    throw e;
  }
  return parts.join('');
}

export type OpenedBackup =
  | { kind: 'file'; file: OpenSaqFile }
  | {
      kind: 'protected';
      envelope: Envelope;
      /** Opens it: ImportError 'wrong-passphrase', 'damaged-protected', 'nested-protection'... */
      open: (passphrase: string, options?: SliceOptions) => Promise<OpenSaqFile>;
    };

/**
 * Reads a chosen file without changing anything: every assessment in it migrated and checked.
 * A protected file comes back to be opened with its passphrase.
 */
export async function openBackup(
  blob: Blob,
  knownIds?: KnownIds,
  options: SliceOptions = {},
): Promise<OpenedBackup> {
  const slicer = new Slicer(options);
  const text = await readBlobText(blob, slicer);
  const parsed = await readFileText(text, knownIds, options);
  if (parsed.kind === 'file') return parsed;
  return {
    kind: 'protected',
    envelope: parsed.envelope,
    open: (passphrase, more = {}) =>
      openProtected(parsed.envelope, passphrase, knownIds, { ...options, ...more }),
  };
}
