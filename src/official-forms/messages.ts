/**
 * The official-forms feature's sentences, from content/official-forms/messages.json, for the codes
 * the engine returns. The page shows these; it never builds its own.
 */
import type { FilledForm, FillFailure } from '../domain/official-forms/engine';
import type { Edition, Recognition } from '../domain/official-forms/recognise';
import type { EmptyItem } from '../domain/official-forms/values';
import messages from '../../content/official-forms/messages.json';

type Params = Readonly<Record<string, string | number | undefined>>;

/** Fills `{name}` placeholders; unknown ones are left as they are. */
export function format(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined ? whole : String(value);
  });
}

const lookup = (table: Readonly<Record<string, string>>, key: string) => table[key] ?? key;

/** "Attestation of Compliance (AOC) for SAQ A, PCI DSS v4.0.1 r1". */
export function editionName(e: Edition): string {
  return format(messages.edition, {
    document: format(messages.documents[e.document], { saq: lookup(messages.saqNames, e.saq) }),
    version: e.version,
    revision: e.revision ? format(messages.revision, { revision: e.revision }) : '',
    language: lookup(messages.languages, e.language),
  });
}

/** "SAQ A, PCI DSS v4.0.1 r1 (file PCIDSSv4_0_1SAQAr1.docx) or ..." */
export function expectedList(expected: readonly Edition[]): string {
  return expected
    .map((e) =>
      format(messages.recognition['expected-item'], {
        edition: editionName(e),
        file: e.councilFile,
      }),
    )
    .join(messages.recognition['expected-joiner']);
}

/** What a dropped file is, in a sentence. */
export function recognitionText(r: Recognition, expected: readonly Edition[] = []): string {
  if (r.status === 'recognised')
    return format(messages.recognition[r.match === 'exact' ? 'recognised' : 'recognised-layout'], {
      edition: editionName(r.edition),
    });
  if (r.status === 'unsupported')
    return format(messages.recognition.unsupported, { edition: editionName(r.edition) });
  return format(messages.recognition[r.code], { expected: expectedList(expected) });
}

/** Why a file was not filled, in a sentence (`saq` is the assessment's SAQ id). */
export function failureText(
  failure: { code: FillFailure; recognition: Recognition; expected: readonly Edition[] },
  saq: string,
): string {
  const { code, recognition, expected } = failure;
  if (code === 'wrong-saq' && recognition.status === 'recognised')
    return format(messages.recognition['wrong-saq'], {
      found: editionName(recognition.edition),
      saq: lookup(messages.saqNames, saq),
      expected: expectedList(expected),
    });
  if (
    code === 'unsupported' ||
    code === 'not-docx' ||
    code === 'no-form-fields' ||
    code === 'unknown-layout'
  )
    return recognitionText(recognition, expected);
  return messages.recognition[code];
}

export interface EmptyLine {
  /** "Part 1a, your organisation". */
  part: string;
  /** "Name you trade under (DBA)". */
  question: string;
  /** "no answer in OpenSAQ yet." */
  reason: string;
}

/** One thing left empty, in words, with its official part. */
export function emptyLine(item: EmptyItem): EmptyLine {
  return {
    part: lookup(messages.parts, item.part),
    question: format(lookup(messages.questions, item.question), item.params),
    reason: format(lookup(messages.empty, item.code), item.params),
  };
}

/** What the page says about a filled form: a summary line, the draft warning, and notes. */
export function filledSummary(form: Omit<FilledForm, 'bytes'>): string[] {
  const question = (n: { question: string; params: Record<string, string> }) =>
    format(lookup(messages.questions, n.question), n.params);
  return [
    format(messages.result.filled, { written: form.written, edition: editionName(form.edition) }),
    ...(form.draft ? [messages.result.draft] : []),
    ...form.truncated.map((t) =>
      format(messages.result.truncated, { question: question(t), max: t.maxLength }),
    ),
    ...form.skipped.map((s) => format(messages.result.skipped, { question: question(s) })),
  ];
}

/** The sentence before the list of what was left empty. */
export const EMPTY_INTRO = messages.result['empty-intro'];
