import { describe, expect, it } from 'vitest';
import { listFormFields, shapeOf } from './fields';
import { fieldXml } from './synthetic-docx';

const p = (inner: string) => `<w:p>${inner}</w:p>`;
const t = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

describe('listFormFields', () => {
  it('lists text fields, tick boxes and ghosts in order, with their properties and labels', () => {
    const xml =
      p(t('Organisation name:')) +
      p(fieldXml({ to: 'x', kind: 'text', name: 'Text1' })) +
      p(
        t('Date: ') +
          fieldXml({ to: 'x', kind: 'text', name: '', default: 'YYYY-MM-DD', maxLength: 10 }),
      ) +
      p(
        fieldXml({ to: 'x', kind: 'ghost' }) +
          fieldXml({ to: 'x', kind: 'checkbox', name: 'Check1', default: '0' }) +
          t(' Yes &amp; more'),
      );
    const fields = listFormFields(xml);
    expect(fields.map((f) => [f.kind, f.name, f.default, f.maxLength, f.label])).toEqual([
      ['text', 'Text1', undefined, undefined, 'organisation name:'],
      ['text', '', 'YYYY-MM-DD', 10, 'date:'],
      ['ghost', '', undefined, undefined, 'date:'],
      ['checkbox', 'Check1', '0', undefined, 'date:'],
    ]);
    expect(fields[0]!.result).toBe('\u2002'.repeat(5));
    expect(fields[1]!.result).toBe('YYYY-MM-DD');
    expect(fields[3]!.checked).toBe(false);
    expect(fields.map(shapeOf)).toEqual(['T|Text1||', 'T||YYYY-MM-DD|10', 'G|||', 'C|Check1|0|']);
  });

  it('reads a tick box as ticked from w:checked, or from its default', () => {
    const box = (inner: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="C"/><w:checkBox><w:sizeAuto/>${inner}</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const fields = listFormFields(
      p(box('<w:default w:val="0"/><w:checked/>')) +
        p(box('<w:default w:val="1"/>')) +
        p(box('<w:default w:val="1"/><w:checked w:val="0"/>')) +
        p(box('<w:default w:val="0"/><w:checked w:val="true"/>')),
    );
    expect(fields.map((f) => f.checked)).toEqual([true, true, false, true]);
  });

  it('skips other fields, even around form fields, and keeps their text out of labels', () => {
    const toc = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${t('Contents')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF x </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${t('7')}<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const fields = listFormFields(
      p(t('Before')) + p(toc) + p(fieldXml({ to: 'x', kind: 'text', name: 'T' })),
    );
    expect(fields).toHaveLength(1);
    expect(fields[0]!.label).toBe('before');
  });
});
