/**
 * Main-thread side of the official forms: hands the user's .docx files to the worker (started on
 * first use) and gets back what each file is, or the filled files. Nothing leaves the browser.
 */
import type { Assessment } from '../domain/assessment/model';
import type { FilledForm, FillFailure } from '../domain/official-forms/engine';
import type { Edition, Recognition } from '../domain/official-forms/recognise';
import type { FillOptions, FormSaq } from '../domain/official-forms/values';
import type { FormFile, RecognisedFile, WorkerRequest, WorkerResponse } from './protocol';

export type { RecognisedFile };

let worker: Worker | undefined;
let next = 0;
/** Requests sent to the current worker and not yet answered. */
const pending = new Map<
  number,
  { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void }
>();

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;

/**
 * Stops a worker that failed (it could not start, or a request threw in it) and fails what it still
 * had to answer. The next request starts a fresh one: a crashed worker answers nothing, and some
 * browsers remember a failed module import for the worker's lifetime (Chromium retries it).
 */
function retire(w: Worker, error: Error): void {
  w.terminate();
  if (worker !== w) return;
  worker = undefined;
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

function start(): Worker {
  const w = new Worker(new URL('./official-forms.worker.ts', import.meta.url), { type: 'module' });
  w.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const p = pending.get(event.data.id);
    if (!p) return;
    pending.delete(event.data.id);
    if ('error' in event.data) {
      const error = new Error(event.data.error);
      p.reject(error);
      retire(w, error);
    } else p.resolve(event.data);
  });
  w.addEventListener('error', (e) => {
    e.preventDefault();
    retire(w, new Error(e.message || 'The official-forms worker failed to start.'));
  });
  return w;
}

function ask<R extends WorkerResponse>(
  request: Distribute<WorkerRequest>,
  transfer: Transferable[],
): Promise<R> {
  worker ??= start();
  const w = worker;
  const id = ++next;
  return new Promise<R>((resolve, reject) => {
    pending.set(id, { resolve: (r) => resolve(r as R), reject });
    w.postMessage({ ...request, id }, transfer);
  });
}

/** A file as the page has it: a File from a drop or a picker, or name and bytes. */
export type InputFile = File | { name: string; bytes: ArrayBuffer | Uint8Array };

async function toFormFile(file: InputFile): Promise<FormFile> {
  if ('arrayBuffer' in file) return { name: file.name, bytes: await file.arrayBuffer() };
  const bytes = file.bytes instanceof Uint8Array ? file.bytes.slice().buffer : file.bytes.slice(0);
  return { name: file.name, bytes };
}

/**
 * What each file is, before filling (to show "This is the AOC for SAQ A" as soon as files are
 * dropped). With the assessment's `saq`: whether each file fits it, and the editions it needs.
 */
export async function recogniseOfficialForms(
  files: readonly InputFile[],
  saq?: string,
): Promise<RecognisedFile[]> {
  const formFiles = await Promise.all(files.map(toFormFile));
  const response = await ask<Extract<WorkerResponse, { op: 'recognise' }>>(
    { op: 'recognise', files: formFiles, ...(saq ? { saq } : {}) },
    formFiles.map((f) => f.bytes),
  );
  return response.results;
}

export type FilledFile =
  | ({ name: string; ok: true; blob: Blob } & Omit<FilledForm, 'bytes'>)
  | {
      name: string;
      ok: false;
      code: FillFailure;
      recognition: Recognition;
      expected: Edition[];
    };

export interface FillOfficialFormsInput {
  files: readonly InputFile[];
  assessment: Assessment;
  /** The assessment's SAQ content (its outline and eligibility criteria). */
  saq: FormSaq;
  /** Today, for the output file names (default: now). */
  now?: Date;
  options?: FillOptions;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Fills each file from the assessment: a filled .docx, or why not, per file, in order. */
export async function fillOfficialForms(input: FillOfficialFormsInput): Promise<FilledFile[]> {
  const formFiles = await Promise.all(input.files.map(toFormFile));
  const response = await ask<Extract<WorkerResponse, { op: 'fill' }>>(
    {
      op: 'fill',
      files: formFiles,
      assessment: input.assessment,
      saq: input.saq,
      now: (input.now ?? new Date()).toISOString(),
      ...(input.options ? { options: input.options } : {}),
    },
    formFiles.map((f) => f.bytes),
  );
  return response.results.map(({ name, outcome }): FilledFile => {
    if (!outcome.ok) return { name, ...outcome };
    const { bytes, ...form } = outcome.form;
    return { name, ok: true, blob: new Blob([bytes], { type: DOCX }), ...form };
  });
}
