/**
 * Fills one official form (the user's own copy of a Council SAQ or AOC, .docx) from an assessment:
 * open the file, recognise the edition, check it belongs to the assessment's SAQ, work out each
 * field's value from the field map, edit only the fields, and write the file back.
 * Pure: no DOM, no network; runs in a Web Worker and under Node.
 */
import { localIsoDay } from '../assessment/dates';
import type { Assessment } from '../assessment/model';
import { fileSafe } from '../report/file-safe';
import { mapFields, type FieldMap } from './field-map';
import { listFormFields, type FormField } from './fields';
import { fillFields, type FieldEdit } from './fill';
import { editionsFor, recogniseFields, type Edition, type Recognition } from './recognise';
import { targetInfo } from './targets';
import {
  formValues,
  type EmptyItem,
  type FillOptions,
  type FormSaq,
  type FormWords,
} from './values';
import {
  readEntry,
  readZip,
  replaceEntries,
  ZipError,
  type ZipArchive,
  type ZipEntry,
} from './zip';

const DOCUMENT = 'word/document.xml';

export interface OpenedForm {
  zip: ZipArchive;
  entry: ZipEntry;
  xml: string;
  fields: FormField[];
}

/** The .docx's main part and its form fields, or null when the bytes are not a Word document. */
export function openForm(bytes: Uint8Array): OpenedForm | null {
  try {
    const zip = readZip(bytes);
    const entry = zip.entries.find((e) => e.name === DOCUMENT);
    if (!entry) return null;
    const xml = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      readEntry(zip, entry),
    );
    return { zip, entry, xml, fields: listFormFields(xml) };
  } catch (error) {
    if (error instanceof ZipError || error instanceof TypeError) return null;
    throw error;
  }
}

/** Which edition a file is (`preferSaq` settles the rare ties between look-alike copies). */
export function recogniseForm(
  bytes: Uint8Array,
  editions: readonly Edition[],
  preferSaq?: string,
): Recognition {
  const opened = openForm(bytes);
  if (!opened) return { status: 'unknown', code: 'not-docx', fieldCount: 0 };
  return recogniseFields(opened.fields, editions, preferSaq);
}

/** What a form says, field by field (for tests, the browser tests and the verify script). */
export function readForm(
  bytes: Uint8Array,
): { kind: FormField['kind']; name: string; text: string; checked?: boolean }[] | null {
  const opened = openForm(bytes);
  if (!opened) return null;
  return opened.fields.map((f) => ({
    kind: f.kind,
    name: f.name,
    text: f.result,
    ...(f.checked === undefined ? {} : { checked: f.checked }),
  }));
}

/** `PCIDSSv401AOCforSAQAr1.docx` → `PCIDSSv401AOCforSAQAr1_Org-Name_2026-11-22.docx`. */
export function filledFileName(original: string, organisation: string, date: string): string {
  const stem = original.replace(/\.docx$/i, '') || 'form';
  return `${stem}_${fileSafe(organisation)}_${date}.docx`;
}

export interface FillRequest {
  fileName: string;
  bytes: Uint8Array;
  assessment: Assessment;
  saq: FormSaq;
  editions: readonly Edition[];
  /** The field map of an edition (loaded on demand in the app). */
  loadMap: (id: string) => Promise<FieldMap>;
  /** The words OpenSAQ writes, by language (`en`, `es`). */
  words: Readonly<Record<string, FormWords>>;
  now: Date;
  options?: FillOptions;
}

/** A field OpenSAQ could not write as asked, with its place in the form. */
export interface FieldNote {
  part: string;
  question: string;
  params: Record<string, string>;
}

export interface FilledForm {
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
  edition: Edition;
  match: 'exact' | 'layout';
  draft: boolean;
  /** How many fields were written. */
  written: number;
  /** What was left empty, in document order, then what the form had no room for. */
  empty: EmptyItem[];
  /** Answers shortened to a field's maximum length. */
  truncated: (FieldNote & { maxLength: number; length: number })[];
  /** Fields whose markup could not be edited safely (left as they were). */
  skipped: FieldNote[];
}

export type FillFailure =
  | 'not-docx'
  | 'no-form-fields'
  | 'unknown-layout'
  | 'unsupported'
  | 'wrong-saq'
  | 'draft-refused'
  | 'map-mismatch';

export type FillOutcome =
  | { ok: true; form: FilledForm }
  | {
      ok: false;
      code: FillFailure;
      recognition: Recognition;
      /** The editions this assessment needs (for "wrong-saq" and unknown files). */
      expected: Edition[];
    };

/** Fills one form. Never throws for a bad file: the outcome says what went wrong. */
export async function fillOfficialForm(request: FillRequest): Promise<FillOutcome> {
  const { assessment, saq, editions } = request;
  const expected = editionsFor(saq.id, editions);
  const fail = (code: FillFailure, recognition: Recognition): FillOutcome => ({
    ok: false,
    code,
    recognition,
    expected,
  });
  const opened = openForm(request.bytes);
  if (!opened) return fail('not-docx', { status: 'unknown', code: 'not-docx', fieldCount: 0 });
  const recognition = recogniseFields(opened.fields, editions, saq.id);
  if (recognition.status === 'unknown') return fail(recognition.code, recognition);
  if (recognition.status === 'unsupported') return fail('unsupported', recognition);
  const { edition, match } = recognition;
  if (edition.saq !== saq.id) return fail('wrong-saq', recognition);

  const map = await request.loadMap(edition.id);
  const docFields = opened.fields.filter((f) => f.kind !== 'ghost');
  const mapped = mapFields(map).filter((f) => f.kind !== 'ghost');
  if (docFields.length !== mapped.length || docFields.some((f, i) => f.kind !== mapped[i]?.kind))
    return fail('map-mismatch', recognition);

  const words = request.words[edition.language] ?? request.words.en;
  if (!words) throw new Error(`No words for ${edition.language}`);
  const values = formValues(
    {
      assessment,
      saq,
      words,
      today: localIsoDay(request.now),
      ...(request.options ? { options: request.options } : {}),
    },
    mapped.map((f) => f.to),
  );
  if (values.draft && request.options?.draft === 'refuse')
    return fail('draft-refused', recognition);

  const edits: FieldEdit[] = [];
  const empty: EmptyItem[] = [];
  const seen = new Set<string>();
  docFields.forEach((field, i) => {
    const target = mapped[i]?.to ?? 'none';
    const info = targetInfo(target);
    if (!info) return;
    const value = values.resolve(target);
    if (!value) return;
    if ('empty' in value) {
      const item: EmptyItem = {
        part: info.part,
        question: info.question,
        params: { ...info.params, ...value.params },
        code: value.empty,
      };
      const key = JSON.stringify(item);
      if (!seen.has(key)) {
        seen.add(key);
        empty.push(item);
      }
      return;
    }
    edits.push({ field, value });
  });
  const note = (index: number): FieldNote => {
    const at = docFields.findIndex((f) => f.index === index);
    const info = targetInfo(mapped[at]?.to ?? '');
    return info
      ? { part: info.part, question: info.question, params: info.params }
      : { part: '', question: '', params: {} };
  };
  const filled = fillFields(opened.xml, edits);
  const bytes = replaceEntries(
    opened.zip,
    new Map([[DOCUMENT, new TextEncoder().encode(filled.xml)]]),
  );
  // The user's own day, not UTC's: a file saved late in the evening is named after that day.
  const date = localIsoDay(request.now);
  return {
    ok: true,
    form: {
      fileName: filledFileName(request.fileName, assessment.organisation, date),
      bytes,
      edition,
      match,
      draft: values.draft,
      written: filled.written,
      empty: [...empty, ...values.overflow],
      truncated: filled.truncated.map((t) => ({
        ...note(t.index),
        maxLength: t.maxLength,
        length: t.length,
      })),
      skipped: filled.skipped.map((s) => note(s.index)),
    },
  };
}
