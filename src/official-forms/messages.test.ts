import { describe, expect, it } from 'vitest';
import { readEditions, readFieldMap } from '../domain/official-forms/content.node';
import { mapFields } from '../domain/official-forms/field-map';
import { recogniseFields } from '../domain/official-forms/recognise';
import { targetInfo } from '../domain/official-forms/targets';
import { editionName, emptyLine, failureText, recognitionText } from './messages';

const editions = readEditions();
const byId = (id: string) => editions.find((e) => e.id === id)!;

describe('official-forms messages', () => {
  it('names editions as a reader would say them', () => {
    expect(editionName(byId('aoc-a-v4.0.1-r1-en'))).toBe(
      'Attestation of Compliance (AOC) for SAQ A, PCI DSS v4.0.1 r1',
    );
    expect(editionName(byId('saq-d-merchant-v4.0.1-es'))).toBe(
      'SAQ D for Merchants, PCI DSS v4.0.1, Latin-American Spanish edition',
    );
  });

  it('says what a file is, and what was expected when it is the wrong one', () => {
    const found = byId('aoc-a-ep-v4.0.1-en');
    const expected = [byId('saq-a-v4.0.1-r1-en'), byId('aoc-a-v4.0.1-r1-en')];
    const text = failureText(
      {
        code: 'wrong-saq',
        recognition: { status: 'recognised', edition: found, match: 'exact' },
        expected,
      },
      'A',
    );
    expect(text).toBe(
      'This is the Attestation of Compliance (AOC) for SAQ A-EP, PCI DSS v4.0.1, but this assessment is for SAQ A. Use: SAQ A, PCI DSS v4.0.1 r1 (file PCIDSSv4_0_1SAQAr1.docx) or Attestation of Compliance (AOC) for SAQ A, PCI DSS v4.0.1 r1 (file PCIDSSv401AOCforSAQAr1.docx).',
    );
    expect(
      recognitionText({ status: 'unknown', code: 'unknown-layout', fieldCount: 3 }, expected),
    ).toMatch(
      /^OpenSAQ does not recognise this document\..*needs: SAQ A, PCI DSS v4\.0\.1 r1 \(file/,
    );
    expect(
      recognitionText({ status: 'unsupported', edition: byId('aoc-d-sp-v4.0.1-r1-en') }),
    ).toMatch(/for SAQ D for Service Providers.*OpenSAQ cannot fill it/);
  });

  it('words every question a map can leave empty, with no placeholder left over', () => {
    const leftovers = new Set<string>();
    for (const e of editions.filter((x) => x.supported !== false))
      for (const f of mapFields(readFieldMap(e.id))) {
        const info = targetInfo(f.to);
        if (!info) continue;
        const line = emptyLine({
          part: info.part,
          question: info.question,
          params: { ...info.params, ids: '1.1', count: '2' },
          code: 'no-answer',
        });
        if (/[{}]/.test(line.question) || line.question === info.question)
          leftovers.add(info.question);
      }
    expect([...leftovers]).toEqual([]);
    expect(
      emptyLine({ part: 'section2', question: 'row', params: { id: '8.3.6' }, code: 'no-answer' }),
    ).toEqual({
      part: 'Section 2, the requirements',
      question: 'Requirement 8.3.6',
      reason: 'no answer in OpenSAQ yet.',
    });
  });

  it('recognises the fields of a map without the file (sanity check of the shared fingerprints)', () => {
    const r = recogniseFields(mapFields(readFieldMap('saq-b-v4.0.1-en')), editions);
    expect(r.status === 'recognised' && editionName(r.edition)).toBe('SAQ B, PCI DSS v4.0.1');
  });
});
