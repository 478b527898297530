import { describe, expect, it } from 'vitest';
import { listFormFields } from './fields';
import { fillFields } from './fill';
import { outsideFields, textOutsideFields, unbalancedElement } from './inspect';
import { fieldXml } from './synthetic-docx';

const xml = `<?xml version="1.0"?><w:body><w:p><w:r><w:t>Name: </w:t></w:r>${fieldXml({ to: 'x', kind: 'text', name: 'T' })}</w:p><w:p><w:r><w:t>Tick</w:t></w:r>${fieldXml({ to: 'x', kind: 'checkbox', name: 'C', default: '0' })}</w:p></w:body>`;

describe('inspecting a filled form', () => {
  it('sees only the fields change when they are filled', () => {
    const [text, box] = listFormFields(xml);
    const out = fillFields(xml, [
      { field: text!, value: { text: 'Ada' } },
      { field: box!, value: { checked: true } },
    ]).xml;
    expect(out).not.toBe(xml);
    expect(outsideFields(out)).toBe(outsideFields(xml));
    expect(textOutsideFields(out)).toBe('Name: Tick');
  });

  it('notices a change outside the fields', () => {
    const changed = xml.replace('<w:t>Tick</w:t>', '<w:t>Tock</w:t>');
    expect(textOutsideFields(changed)).not.toBe(textOutsideFields(xml));
  });

  it('notices markup that no longer nests', () => {
    expect(unbalancedElement(xml)).toBeNull();
    expect(unbalancedElement(xml.replace('</w:p>', ''))).toBe('w:body');
    expect(unbalancedElement('<a><b></a></b>')).toBe('a');
  });
});
