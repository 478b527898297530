/**
 * Word's legacy form fields (FORMTEXT, FORMCHECKBOX, FORMDROPDOWN) found by scanning the text of
 * word/document.xml: no DOM, so positions are exact and the filler can edit the string in place.
 *
 * A field is `<w:fldChar w:fldCharType="begin">` (holding `<w:ffData>`), an instruction run
 * (` FORMTEXT `), `separate`, the result runs (what the reader sees), and `end`. Fields nest (a TOC
 * holds PAGEREF fields); only form fields are listed, in document order.
 */
import { decodeXml, normaliseLabel } from './text';

export type FieldKind = 'text' | 'checkbox' | 'dropdown' | 'ghost';

export interface FormField {
  /** Position among the document's form fields, from 0. */
  index: number;
  /** `ghost`: a form field without `<w:ffData>` (left over in some Council files): Word shows no box. */
  kind: FieldKind;
  name: string;
  default?: string;
  maxLength?: number;
  /** The text beside the field: the same paragraph's text before it, or the last paragraph with text. */
  label: string;
  /** The `<w:ffData>` element, when there is one. */
  ffData?: { start: number; end: number };
  /** The `separate` and `end` fldChar elements (`separate` is missing when the field has no result). */
  separate?: { start: number; end: number };
  end: { start: number; end: number };
  /** The result as a reader sees it (line breaks as \n). */
  result: string;
  /** For a checkbox: whether it is ticked (`w:checked`, else `w:default`). */
  checked?: boolean;
}

// One pass over the tokens that matter: field characters, instructions, text, breaks, paragraph ends.
const TOKEN =
  /<w:fldChar\b([^>]*?)(?:\/>|>([\s\S]*?)<\/w:fldChar>)|<w:instrText\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:instrText>)|<w:t(?:\s[^>]*)?(?:\/>|>([^<]*)<\/w:t>)|<w:br\b[^>]*\/>|<w:cr\/>|<w:tab\/>|<\/w:p>/g;

interface Open {
  begin: number;
  ffData?: { start: number; end: number; xml: string };
  instr: string;
  separate?: { start: number; end: number };
  inResult: boolean;
  result: string;
  label: string;
}

/** The value of `<w:NAME w:val="..."/>` inside a piece of XML. */
export function valOf(xml: string, element: string): string | undefined {
  const m = new RegExp(`<w:${element}\\b[^>]*?w:val="([^"]*)"`).exec(xml);
  return m ? decodeXml(m[1] ?? '') : undefined;
}

function isOn(value: string | undefined): boolean {
  return value === undefined || value === '1' || value === 'true' || value === 'on';
}

/** Every form field of a document.xml, in order. */
export function listFormFields(xml: string): FormField[] {
  const fields: FormField[] = [];
  const stack: Open[] = [];
  let paragraph = '';
  let lastLabel = '';
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const token = m[0];
    const top = stack[stack.length - 1];
    if (token.startsWith('<w:fldChar')) {
      const type = /w:fldCharType="(\w+)"/.exec(m[1] ?? '')?.[1];
      if (type === 'begin') {
        const inner = m[2] ?? '';
        const ffAt = inner.indexOf('<w:ffData');
        const open: Open = {
          begin: m.index,
          instr: '',
          inResult: false,
          result: '',
          label: normaliseLabel(paragraph) || lastLabel,
        };
        if (ffAt >= 0) {
          // The ffData element sits inside the fldChar element: find its exact span in the file.
          const start = m.index + token.indexOf('<w:ffData');
          const close = token.indexOf('</w:ffData>');
          const end = close >= 0 ? m.index + close + '</w:ffData>'.length : start;
          open.ffData = { start, end, xml: xml.slice(start, end) };
        }
        stack.push(open);
      } else if (type === 'separate' && top) {
        top.separate = { start: m.index, end: m.index + token.length };
        top.inResult = true;
      } else if (type === 'end' && top) {
        stack.pop();
        const outer = stack[stack.length - 1];
        if (outer?.inResult) outer.result += top.result;
        const keyword = top.instr.trim().split(/\s+/)[0]?.toUpperCase() ?? '';
        if (keyword === 'FORMTEXT' || keyword === 'FORMCHECKBOX' || keyword === 'FORMDROPDOWN')
          fields.push(toField(fields.length, top, { start: m.index, end: m.index + token.length }));
      }
    } else if (token.startsWith('<w:instrText')) {
      if (top && !top.inResult) top.instr += decodeXml(m[3] ?? '');
    } else if (token === '</w:p>') {
      if (top?.inResult) top.result += '\n';
      else if (!top) {
        const label = normaliseLabel(paragraph);
        if (label) lastLabel = label;
        paragraph = '';
      }
    } else if (/^<w:t[\s>/]/.test(token)) {
      const text = decodeXml(m[4] ?? '');
      if (top?.inResult) top.result += text;
      else if (!top) paragraph += text;
    } else if (top?.inResult) {
      top.result += token.startsWith('<w:tab') ? '\t' : '\n';
    }
  }
  return fields;
}

function toField(index: number, open: Open, end: { start: number; end: number }): FormField {
  const ff = open.ffData?.xml ?? '';
  const kind: FieldKind = !open.ffData
    ? 'ghost'
    : ff.includes('<w:checkBox')
      ? 'checkbox'
      : ff.includes('<w:ddList')
        ? 'dropdown'
        : 'text';
  const field: FormField = {
    index,
    kind,
    name: open.ffData ? (valOf(ff, 'name') ?? '') : '',
    label: open.label,
    end,
    result: open.result.replace(/\n$/, ''),
  };
  if (open.ffData) field.ffData = { start: open.ffData.start, end: open.ffData.end };
  if (open.separate) field.separate = open.separate;
  if (kind === 'checkbox') {
    const box = /<w:checkBox\b[^>]*?(?:\/>|>[\s\S]*?<\/w:checkBox>)/.exec(ff)?.[0] ?? '';
    const deflt = valOf(box, 'default');
    if (deflt !== undefined) field.default = deflt;
    const checked = /<w:checked\b([^>]*)\/>/.exec(box);
    field.checked = checked
      ? isOn(valOf(checked[0], 'checked'))
      : isOn(deflt) && deflt !== undefined;
  } else if (kind === 'text') {
    const input = /<w:textInput\b[^>]*?(?:\/>|>[\s\S]*?<\/w:textInput>)/.exec(ff)?.[0] ?? '';
    const deflt = valOf(input, 'default');
    if (deflt !== undefined) field.default = deflt;
    const max = Number(valOf(input, 'maxLength') ?? '0');
    if (max > 0) field.maxLength = max;
  }
  return field;
}

/** The letter recognition uses for a kind. */
export const KIND_LETTER: Record<FieldKind, string> = {
  text: 'T',
  checkbox: 'C',
  dropdown: 'D',
  ghost: 'G',
};

/** What identifies a field's shape: kind, name, default, maximum length (never its current value). */
export function shapeOf(f: {
  kind: FieldKind;
  name?: string;
  default?: string;
  maxLength?: number;
}): string {
  return [KIND_LETTER[f.kind], f.name ?? '', f.default ?? '', f.maxLength ?? ''].join('|');
}
