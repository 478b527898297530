import { describe, expect, it } from 'vitest';
import { listFormFields } from './fields';
import { fillFields } from './fill';
import { fieldXml } from './synthetic-docx';

const doc = (...fields: string[]) =>
  `<w:body>${fields.map((f, i) => `<w:p><w:r><w:t>Label ${i}</w:t></w:r>${f}</w:p>`).join('')}</w:body>`;
const text = fieldXml({ to: 'x', kind: 'text', name: 'Text1' });
const limited = fieldXml({ to: 'x', kind: 'text', name: 'Short', maxLength: 5 });
const box = fieldXml({ to: 'x', kind: 'checkbox', name: 'Check1', default: '0' });

describe('fillFields', () => {
  it('writes text with escaping, line breaks and tabs, keeping the run formatting and bookmarks', () => {
    const xml = doc(text);
    const [field] = listFormFields(xml);
    const out = fillFields(xml, [
      { field: field!, value: { text: 'A & B <C>\nSecond line\tTabbed' } },
    ]);
    expect(out.written).toBe(1);
    const [after] = listFormFields(out.xml);
    expect(after!.result).toBe('A & B <C>\nSecond line\tTabbed');
    expect(out.xml).toContain(
      '<w:t xml:space="preserve">A &amp; B &lt;C&gt;</w:t><w:br/><w:t xml:space="preserve">Second line</w:t><w:tab/>',
    );
    expect(out.xml).toContain('<w:rFonts w:cs="Arial"/>');
    expect(out.xml).toContain('<w:bookmarkEnd');
  });

  it('drops characters XML cannot hold, so no answer can break the document', () => {
    const xml = doc(text);
    const [field] = listFormFields(xml);
    const out = fillFields(xml, [{ field: field!, value: { text: 'ok\u0000\u0007\ud800 fine' } }]);
    expect(listFormFields(out.xml)[0]!.result).toBe('ok fine');
  });

  it('cuts text to the field’s maximum length and says so', () => {
    const xml = doc(limited);
    const [field] = listFormFields(xml);
    const out = fillFields(xml, [{ field: field!, value: { text: 'Zoë Brontë' } }]);
    expect(listFormFields(out.xml)[0]!.result).toBe('Zoë B');
    expect(out.truncated).toEqual([{ index: 0, maxLength: 5, length: 10 }]);
  });

  it('ticks and unticks boxes, and changes nothing when a box already says so', () => {
    const xml = doc(box, box);
    const fields = listFormFields(xml);
    const ticked = fillFields(xml, [
      { field: fields[0]!, value: { checked: true } },
      { field: fields[1]!, value: { checked: false } },
    ]);
    expect(listFormFields(ticked.xml).map((f) => f.checked)).toEqual([true, false]);
    expect(ticked.xml).toContain('<w:default w:val="0"/><w:checked/></w:checkBox>');
    expect(ticked.xml.length).toBe(xml.length + '<w:checked/>'.length);
    const again = listFormFields(ticked.xml);
    const unticked = fillFields(ticked.xml, [{ field: again[0]!, value: { checked: false } }]);
    expect(listFormFields(unticked.xml).map((f) => f.checked)).toEqual([false, false]);
  });

  it('changes nothing outside the edited fields', () => {
    const xml = doc(text, box, text);
    const fields = listFormFields(xml);
    const out = fillFields(xml, [
      { field: fields[0]!, value: { text: 'first' } },
      { field: fields[2]!, value: { text: 'third' } },
    ]);
    const start = fields[1]!.ffData!.start;
    const end = fields[1]!.end.end;
    const delta = out.xml.length - xml.length;
    const [f0] = listFormFields(out.xml);
    expect(out.xml.slice(0, fields[0]!.separate!.end)).toBe(xml.slice(0, fields[0]!.separate!.end));
    expect(f0!.result).toBe('first');
    // The tick box in the middle, and the text after the last field, are untouched.
    expect(out.xml.includes(xml.slice(start, end))).toBe(true);
    expect(out.xml.slice(-40)).toBe(xml.slice(-40));
    expect(delta).not.toBe(0);
  });

  it('leaves a field alone when its result holds markup it cannot edit safely', () => {
    const odd = text.replace(
      '<w:fldChar w:fldCharType="separate"/></w:r>',
      '<w:fldChar w:fldCharType="separate"/></w:r><w:hyperlink r:id="x"><w:r><w:t>link</w:t></w:r></w:hyperlink>',
    );
    const xml = doc(odd);
    const [field] = listFormFields(xml);
    const out = fillFields(xml, [{ field: field!, value: { text: 'value' } }]);
    expect(out.skipped).toEqual([{ index: 0, reason: 'layout' }]);
    expect(out.xml).toBe(xml);
  });

  it('never writes text into a tick box, or ticks a text field', () => {
    const xml = doc(text, box);
    const fields = listFormFields(xml);
    const out = fillFields(xml, [
      { field: fields[0]!, value: { checked: true } },
      { field: fields[1]!, value: { text: 'no' } },
    ]);
    expect(out.skipped.map((s) => s.reason)).toEqual(['kind', 'kind']);
    expect(out.xml).toBe(xml);
  });
});
