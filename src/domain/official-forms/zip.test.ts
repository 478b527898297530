import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, readEntry, readZip, replaceEntries, ZipError } from './zip';

const sample = () =>
  zipSync(
    {
      'a.txt': strToU8('first part'),
      'word/document.xml': strToU8('<w:document>old</w:document>'),
      'media/image.bin': new Uint8Array([1, 2, 3, 4, 5]),
    },
    { level: 9, mtime: new Date('2025-01-02T03:04:05') },
  );

describe('zip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(strToU8('123456789')).toString(16)).toBe('cbf43926');
  });

  it('reads the entries and their contents', () => {
    const zip = readZip(sample());
    expect(zip.entries.map((e) => e.name)).toEqual([
      'a.txt',
      'word/document.xml',
      'media/image.bin',
    ]);
    const doc = zip.entries[1]!;
    expect(new TextDecoder().decode(readEntry(zip, doc))).toBe('<w:document>old</w:document>');
  });

  it('replaces one entry and copies every other one byte for byte', () => {
    const bytes = sample();
    const zip = readZip(bytes);
    const out = replaceEntries(
      zip,
      new Map([['word/document.xml', strToU8('<w:document>new</w:document>')]]),
    );
    const again = readZip(out);
    expect(again.entries.map((e) => e.name)).toEqual(zip.entries.map((e) => e.name));
    for (const name of ['a.txt', 'media/image.bin']) {
      const before = zip.entries.find((e) => e.name === name)!;
      const after = again.entries.find((e) => e.name === name)!;
      expect(out.subarray(after.localOffset, after.endOffset)).toEqual(
        bytes.subarray(before.localOffset, before.endOffset),
      );
    }
    // Another ZIP reader agrees.
    const files = unzipSync(out);
    expect(new TextDecoder().decode(files['word/document.xml'])).toBe(
      '<w:document>new</w:document>',
    );
    expect([...files['media/image.bin']!]).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses what is not a ZIP', () => {
    expect(() => readZip(strToU8('just some text, not a zip at all'))).toThrow(ZipError);
    const cut = sample().subarray(0, 40);
    expect(() => readZip(cut)).toThrow(ZipError);
  });
});
