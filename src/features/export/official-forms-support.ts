/**
 * The half of the official-forms page that loads on demand: the worker's client (the worker itself
 * starts only when the first file arrives), the engine's sentences and the editions OpenSAQ knows.
 * Kept out of the assessment pages' chunk; it turns the engine's codes into what the page shows.
 */
import type { Assessment } from '@/domain/assessment/model';
import { editionsFor, type Edition } from '@/domain/official-forms/recognise';
import type { FormSaq } from '@/domain/official-forms/values';
import {
  editionName,
  emptyLine,
  failureText,
  filledSummary,
  recognitionText,
} from '@/official-forms/messages';
import {
  fillOfficialForms,
  recogniseOfficialForms,
  type RecognisedFile,
} from '@/official-forms/official-forms';
import editionsFile from '../../../content/official-forms/editions.json';

// Validated by the content test (src/domain/official-forms/content.test.ts); the page never loads Zod.
const EDITIONS = editionsFile.editions as Edition[];

/** A form this assessment needs, named as the Council names it, with the Council's file name. */
export interface ExpectedForm {
  document: Edition['document'];
  language: string;
  edition: string;
  file: string;
}

/** The forms that fit an SAQ: its SAQ and its AOC in English first, then other languages. */
export function expectedForms(saq: string): ExpectedForm[] {
  return editionsFor(saq, EDITIONS).map((e) => ({
    document: e.document,
    language: e.language,
    edition: editionName(e),
    file: e.councilFile,
  }));
}

/** What a picked file turned out to be, in a sentence, and whether it is one of this SAQ's forms. */
export interface FileCheck {
  fits: boolean;
  document?: Edition['document'];
  text: string;
}

function describe(r: RecognisedFile, saq: string): FileCheck {
  const expected = r.expected ?? editionsFor(saq, EDITIONS);
  const { recognition } = r;
  if (recognition.status === 'recognised' && r.fits)
    return {
      fits: true,
      document: recognition.edition.document,
      text: recognitionText(recognition, expected),
    };
  if (recognition.status === 'recognised')
    return { fits: false, text: failureText({ code: 'wrong-saq', recognition, expected }, saq) };
  return { fits: false, text: recognitionText(recognition, expected) };
}

/** Recognises files in the worker, against the assessment's SAQ. */
export async function checkFiles(files: readonly File[], saq: string): Promise<FileCheck[]> {
  const results = await recogniseOfficialForms(files, saq);
  return results.map((r) => describe(r, saq));
}

export interface EmptyGroup {
  part: string;
  items: { question: string; reason: string }[];
}

export interface FilledView {
  /** The picked file's name. */
  name: string;
  /** The filled file's new name (organisation and date added). */
  fileName: string;
  blob: Blob;
  edition: string;
  draft: boolean;
  /** What was written, the DRAFT note, anything shortened or skipped. */
  summary: string[];
  /** What was left empty, grouped by official part in the form's order. */
  empty: EmptyGroup[];
}

export interface FillView {
  filled: FilledView[];
  notFilled: { name: string; reason: string }[];
}

/** Groups the left-empty lines by their official part, in the order the parts first appear. */
function byPart(lines: readonly { part: string; question: string; reason: string }[]) {
  const groups = new Map<string, EmptyGroup>();
  for (const { part, question, reason } of lines) {
    const group = groups.get(part) ?? { part, items: [] };
    group.items.push({ question, reason });
    groups.set(part, group);
  }
  return [...groups.values()];
}

/** Fills the files in the worker from the assessment; a draft is filled with its DRAFT note. */
export async function fillForms(
  files: readonly File[],
  assessment: Assessment,
  saq: FormSaq,
): Promise<FillView> {
  const results = await fillOfficialForms({ files, assessment, saq });
  const view: FillView = { filled: [], notFilled: [] };
  for (const r of results) {
    if (r.ok)
      view.filled.push({
        name: r.name,
        fileName: r.fileName,
        blob: r.blob,
        edition: editionName(r.edition),
        draft: r.draft,
        summary: filledSummary(r),
        empty: byPart(r.empty.map(emptyLine)),
      });
    else view.notFilled.push({ name: r.name, reason: failureText(r, saq.id) });
  }
  return view;
}
