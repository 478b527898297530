import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readEditions, readFieldMap, readSaq, readWords } from './content.node';
import { fillOfficialForm, recogniseForm } from './engine';
import type { FieldMap } from './field-map';
import { editionsFor, recogniseFields } from './recognise';
import { buildSyntheticForm, syntheticDocumentXml } from './synthetic-docx';
import { completeAssessment } from './test-assessment';

const editions = readEditions();
const supported = editions.filter((e) => e.supported !== false);
const docx = (documentXml: string) => zipSync({ 'word/document.xml': strToU8(documentXml) });

describe('recognising an official form', () => {
  it('recognises every supported edition exactly, from its fields alone', () => {
    const wrong = supported.flatMap((e) => {
      const r = recogniseForm(buildSyntheticForm(readFieldMap(e.id)), editions);
      return r.status === 'recognised' && r.edition.id === e.id && r.match === 'exact'
        ? []
        : [`${e.id}: ${JSON.stringify(r)}`];
    });
    expect(wrong).toEqual([]);
  }, 30_000);

  it('recognises a copy whose field names were changed by the same order of boxes', () => {
    const map = readFieldMap('aoc-a-v4.0.1-r1-en');
    const renamed: FieldMap = {
      ...map,
      parts: map.parts.map((p) => ({
        ...p,
        fields: p.fields.map((f) => (f.kind === 'ghost' ? f : { ...f, name: 'Renamed' })),
      })),
    };
    const r = recogniseForm(buildSyntheticForm(renamed), editions);
    expect(r).toMatchObject({
      status: 'recognised',
      match: 'layout',
      edition: { id: 'aoc-a-v4.0.1-r1-en' },
    });
  });

  it('prefers the English edition, or the assessment’s SAQ, when a layout fits several', () => {
    const map = readFieldMap('saq-c-v4.0.1-es');
    const fields = map.parts.flatMap((p) => p.fields).map((f) => ({ ...f, name: 'x' }));
    expect(recogniseFields(fields, editions)).toMatchObject({ edition: { id: 'saq-c-v4.0.1-en' } });
  });

  it('says when a file is not a Word document, has no form fields, or is unknown', () => {
    expect(recogniseForm(strToU8('%PDF-1.7 not a zip'), editions)).toEqual({
      status: 'unknown',
      code: 'not-docx',
      fieldCount: 0,
    });
    expect(recogniseForm(zipSync({ 'other.xml': strToU8('<x/>') }), editions)).toMatchObject({
      code: 'not-docx',
    });
    expect(
      recogniseForm(docx('<w:document><w:body><w:p/></w:body></w:document>'), editions),
    ).toEqual({
      status: 'unknown',
      code: 'no-form-fields',
      fieldCount: 0,
    });
    const partial: FieldMap = {
      id: 'x',
      parts: readFieldMap('aoc-a-v4.0.1-r1-en').parts.slice(0, 3),
    };
    expect(recogniseForm(docx(syntheticDocumentXml(partial)), editions)).toEqual({
      status: 'unknown',
      code: 'unknown-layout',
      fieldCount: 22,
    });
  });

  it('names the editions an SAQ needs: its SAQ and its AOC, English first', () => {
    expect(editionsFor('A', editions).map((e) => e.id)).toEqual([
      'saq-a-v4.0.1-r1-en',
      'aoc-a-v4.0.1-r1-en',
      'saq-a-v4.0.1-r1-es',
    ]);
    expect(editionsFor('D-SP', editions)).toEqual([]);
  });
});

describe('filling checks the file against the assessment', () => {
  const saq = readSaq('A');
  const request = (bytes: Uint8Array) => ({
    fileName: 'form.docx',
    bytes,
    assessment: completeAssessment(saq),
    saq,
    editions,
    loadMap: async (id: string) => readFieldMap(id),
    words: readWords(),
    now: new Date('2026-11-23T09:00:00Z'),
  });

  it('refuses another SAQ’s form, naming the one it found and the ones it expected', async () => {
    const out = await fillOfficialForm(
      request(buildSyntheticForm(readFieldMap('aoc-a-ep-v4.0.1-en'))),
    );
    expect(out).toMatchObject({
      ok: false,
      code: 'wrong-saq',
      recognition: { status: 'recognised', edition: { id: 'aoc-a-ep-v4.0.1-en' } },
    });
    expect(!out.ok && out.expected.map((e) => e.id)).toEqual([
      'saq-a-v4.0.1-r1-en',
      'aoc-a-v4.0.1-r1-en',
      'saq-a-v4.0.1-r1-es',
    ]);
  });

  it('gives unknown files a clear code and the expected editions', async () => {
    const out = await fillOfficialForm(request(strToU8('not a docx')));
    expect(out).toMatchObject({ ok: false, code: 'not-docx' });
    expect(!out.ok && out.expected).toHaveLength(3);
  });

  it('fills a copy recognised by its layout only, and says so', async () => {
    const map = readFieldMap('aoc-a-v4.0.1-r1-en');
    const renamed: FieldMap = {
      ...map,
      parts: map.parts.map((p) => ({
        ...p,
        fields: p.fields.map((f) => (f.kind === 'ghost' ? f : { ...f, name: 'Renamed' })),
      })),
    };
    const out = await fillOfficialForm(request(buildSyntheticForm(renamed)));
    expect(out.ok && [out.form.match, out.form.edition.id]).toEqual([
      'layout',
      'aoc-a-v4.0.1-r1-en',
    ]);
    expect(out.ok && out.form.written).toBeGreaterThan(100);
  });

  it('names the output after the input, the organisation and the date', async () => {
    const r = request(buildSyntheticForm(readFieldMap('aoc-a-v4.0.1-r1-en')));
    const out = await fillOfficialForm({ ...r, fileName: 'PCIDSSv401AOCforSAQAr1.docx' });
    expect(out.ok && out.form.fileName).toBe(
      'PCIDSSv401AOCforSAQAr1_Friends-of-the-Library_2026-11-23.docx',
    );
  });
});
