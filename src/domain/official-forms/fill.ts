/**
 * Writes values into form fields by editing document.xml as a string. Only two places change, per
 * field: a checkbox's `<w:checkBox>` state inside its `<w:ffData>`, and a text field's result runs
 * between its `separate` and `end` field characters. Every other byte stays as it was.
 */
import type { FormField } from './fields';
import { escapeXmlText } from './text';

export type FieldValue = { text: string } | { checked: boolean };

export interface FieldEdit {
  field: FormField;
  value: FieldValue;
}

export interface FillFieldsResult {
  xml: string;
  /** Text fields whose value was cut to the field's maximum length. */
  truncated: { index: number; maxLength: number; length: number }[];
  /** Fields whose markup this code does not edit safely (left as they were). */
  skipped: { index: number; reason: 'layout' | 'kind' }[];
  /** How many fields were written. */
  written: number;
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

const RUN = /<w:r\b[^>]*>[\s\S]*?<\/w:r>|<w:r\/>/y;
/** What may sit between result runs and is kept in place (bookmarks, proofing and permission marks). */
const KEPT = /<w:(?:bookmarkStart|bookmarkEnd|proofErr|permStart|permEnd)\b[^>]*\/>|\s+/y;

/** The run (`<w:r ...>...</w:r>`) around a position, or undefined when it is not inside one. */
function runAround(xml: string, at: number): { start: number; end: number } | undefined {
  let start = xml.lastIndexOf('<w:r', at);
  // Skip <w:rPr>, <w:rFonts> and other elements whose names start with "r".
  while (start >= 0 && !/^<w:r[\s>]/.test(xml.slice(start, start + 5)))
    start = xml.lastIndexOf('<w:r', start - 1);
  if (start < 0) return undefined;
  const end = xml.indexOf('</w:r>', at);
  if (end < 0) return undefined;
  return { start, end: end + '</w:r>'.length };
}

/** Text as runs: `<w:t>` pieces with `<w:br/>` for line breaks and `<w:tab/>` for tabs. */
function runContent(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((piece) => (piece ? `<w:t xml:space="preserve">${escapeXmlText(piece)}</w:t>` : ''))
        .join('<w:tab/>'),
    )
    .join('<w:br/>');
}

function textSplice(xml: string, f: FormField, text: string): Splice | undefined {
  if (!f.separate) return undefined;
  const sepRun = runAround(xml, f.separate.start);
  const endRun = runAround(xml, f.end.start);
  if (!sepRun || !endRun || sepRun.end > endRun.start) return undefined;
  // The separate and end runs must hold nothing but their field character (and run properties).
  const bare = (run: { start: number; end: number }) =>
    !/<w:(?:t|br|tab|cr|instrText|drawing|pict)\b/.test(xml.slice(run.start, run.end));
  if (!bare(sepRun) || !bare(endRun)) return undefined;
  const kept: string[] = [];
  let rPr: string | undefined;
  let p = sepRun.end;
  while (p < endRun.start) {
    RUN.lastIndex = p;
    const run = RUN.exec(xml);
    if (run && run.index === p) {
      rPr ??= /^<w:r\b[^>]*>\s*(<w:rPr>[\s\S]*?<\/w:rPr>)/.exec(run[0])?.[1] ?? '';
      p += run[0].length;
      continue;
    }
    KEPT.lastIndex = p;
    const keep = KEPT.exec(xml);
    if (keep && keep.index === p) {
      kept.push(keep[0]);
      p += keep[0].length;
      continue;
    }
    return undefined;
  }
  rPr ??=
    /^<w:r\b[^>]*>\s*(<w:rPr>[\s\S]*?<\/w:rPr>)/.exec(xml.slice(sepRun.start, sepRun.end))?.[1] ??
    '';
  const content = runContent(text);
  const run = content ? `<w:r>${rPr}${content}</w:r>` : '';
  return { start: sepRun.end, end: endRun.start, text: run + kept.join('') };
}

function checkboxSplice(xml: string, f: FormField, checked: boolean): Splice | undefined {
  if (!f.ffData) return undefined;
  const ff = xml.slice(f.ffData.start, f.ffData.end);
  const box = /<w:checkBox\b[^>]*?(\/>|>([\s\S]*?)<\/w:checkBox>)/.exec(ff);
  if (!box) return undefined;
  const at = f.ffData.start + box.index;
  if (box[1] === '/>')
    return {
      start: at,
      end: at + box[0].length,
      text: `<w:checkBox><w:sizeAuto/>${checked ? '<w:checked/>' : '<w:checked w:val="0"/>'}</w:checkBox>`,
    };
  const inner = box[2] ?? '';
  const innerStart = at + box[0].indexOf('>') + 1;
  const current = /<w:checked\b[^>]*\/>/.exec(inner);
  const element = checked ? '<w:checked/>' : '<w:checked w:val="0"/>';
  if (current)
    return {
      start: innerStart + current.index,
      end: innerStart + current.index + current[0].length,
      text: element,
    };
  if (f.checked === checked) return { start: innerStart, end: innerStart, text: '' };
  // w:checked comes after w:size/w:sizeAuto and w:default in the schema's order.
  const after = /<w:default\b[^>]*\/>|<w:sizeAuto\b[^>]*\/>|<w:size\b[^>]*\/>/g;
  let insertAt = innerStart;
  for (let m = after.exec(inner); m; m = after.exec(inner))
    insertAt = innerStart + m.index + m[0].length;
  return { start: insertAt, end: insertAt, text: element };
}

/** Applies the edits (at most one per field) and returns the new document.xml. */
export function fillFields(xml: string, edits: readonly FieldEdit[]): FillFieldsResult {
  const splices: Splice[] = [];
  const result: FillFieldsResult = { xml, truncated: [], skipped: [], written: 0 };
  for (const { field, value } of edits) {
    let splice: Splice | undefined;
    if ('checked' in value) {
      if (field.kind !== 'checkbox') {
        result.skipped.push({ index: field.index, reason: 'kind' });
        continue;
      }
      splice = checkboxSplice(xml, field, value.checked);
    } else {
      if (field.kind !== 'text') {
        result.skipped.push({ index: field.index, reason: 'kind' });
        continue;
      }
      let text = value.text;
      const chars = [...text];
      if (field.maxLength && chars.length > field.maxLength) {
        result.truncated.push({
          index: field.index,
          maxLength: field.maxLength,
          length: chars.length,
        });
        text = chars.slice(0, field.maxLength).join('');
      }
      splice = textSplice(xml, field, text);
    }
    if (!splice) {
      result.skipped.push({ index: field.index, reason: 'layout' });
      continue;
    }
    splices.push(splice);
    result.written += 1;
  }
  splices.sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let p = 0;
  for (const s of splices) {
    out.push(xml.slice(p, s.start), s.text);
    p = s.end;
  }
  out.push(xml.slice(p));
  result.xml = out.join('');
  return result;
}
