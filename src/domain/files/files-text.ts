/**
 * The sentences of files, backups and storage (`content/text/files.json`) for the codes the file
 * and storage layers return: they say what happened as a code and values, this fills in the words.
 */
import table from '../../../content/text/files.json';
import { ImportError, StorageError } from './errors';
import type { MergePlan } from './merge';
import type { RecordProblem } from './record';
import type { Progress } from './slices';
import type { LengthStatus } from '../limits';
import { fillText as fill, type FillParams as TextParams } from '../../content/fill';

export const FILES_TEXT: Readonly<Record<string, string>> = table;
export type FilesTextCode = keyof typeof table;

const number = new Intl.NumberFormat('en-GB');
/** Codes are lower case: `groupsDone` is `groups-done`. */
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const formatted = (params: Readonly<Record<string, string | number>>): TextParams =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? number.format(v) : v]),
  );

/** A sentence of the table, filled (numbers with thousands separators). */
export function sayFiles(
  code: FilesTextCode,
  params: Readonly<Record<string, string | number>> = {},
) {
  return fill(FILES_TEXT[code] ?? code, formatted(params));
}

/**
 * What went wrong, in words, for an ImportError (a file refused), a StorageError (a write refused)
 * or anything else thrown while reading a file.
 */
export function fileErrorText(error: unknown): string {
  if (error instanceof ImportError)
    return fill(FILES_TEXT[`import.${error.code}`] ?? error.code, formatted(error.params));
  if (error instanceof StorageError)
    return fill(FILES_TEXT[`storage.${error.code}`] ?? error.code, formatted(error.params));
  return sayFiles('import.unexpected', { detail: String(error) });
}

/** "Checking each assessment: 40%." for a progress report. */
export function progressText(progress: Progress): string {
  const percent = progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0;
  return fill(FILES_TEXT[`progress.${progress.phase}`] ?? progress.phase, { percent });
}

/** The visible count beside a field near its limit ("18,000 of 20,000 characters."). */
export function lengthText(status: LengthStatus): string {
  return status.over
    ? sayFiles('limit.over', { over: status.length - status.limit, limit: status.limit })
    : sayFiles('limit.count', { length: status.length, limit: status.limit });
}

/** What a merge brings in, part by part, and what it leaves as ours: one sentence each. */
export function mergeSummary(plan: MergePlan, saqName: string): string[] {
  const lines = plan.parts
    .filter((p) => p.added + p.conflicts + p.same > 0)
    .map((p) => fill(FILES_TEXT[`merge.part.${kebab(p.part)}`] ?? p.part, formatted({ ...p })));
  if (plan.outsideSaq.length > 0)
    lines.push(
      sayFiles('merge.outside-saq', {
        count: plan.outsideSaq.length,
        saq: saqName,
        ids: plan.outsideSaq.slice(0, 5).join(', '),
      }),
    );
  if (plan.kept.length > 0)
    lines.push(
      sayFiles('merge.kept', {
        parts: plan.kept.map((k) => FILES_TEXT[`merge.kept.${kebab(k)}`] ?? k).join(', '),
      }),
    );
  return lines;
}

/** What is wrong with a stored record, in a few words ("rows > 1.1.1 > notes: expected a string"). */
export function recordProblemText(problem: RecordProblem): string {
  const { code, ...params } = problem;
  const values = Object.fromEntries(
    Object.entries(params).filter(
      (e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number',
    ),
  );
  return fill(FILES_TEXT[`problem.${code}`] ?? code, formatted(values));
}

/** The sentence for an assessment set aside because it could not be read back. */
export function setAsideText(problem: RecordProblem, organisation: string | null): string {
  return sayFiles('storage.set-aside', {
    organisation: organisation ?? sayFiles('problem.unnamed'),
    problem: recordProblemText(problem),
  });
}

/** Why a write (or a read) of the browser's storage failed, in words, whatever was thrown. */
export function storageErrorText(error: unknown): string {
  if (error instanceof StorageError) return fileErrorText(error);
  const detail = error instanceof Error ? error.message : String(error);
  return fileErrorText(new StorageError('unavailable', { detail }));
}
