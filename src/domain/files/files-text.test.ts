import { describe, expect, it } from 'vitest';
import { IMPORT_ERROR_CODES, ImportError, STORAGE_ERROR_CODES, StorageError } from './errors';
import { planMerge } from './merge';
import { fieldLengthStatus } from '../limits';
import type { Assessment } from '../assessment/model';
import {
  FILES_TEXT,
  fileErrorText,
  lengthText,
  mergeSummary,
  progressText,
  recordProblemText,
  setAsideText,
  storageErrorText,
} from './files-text';

describe('the words for files and storage', () => {
  it('has a sentence for every reason a file or a write is refused', () => {
    const missing = [
      ...IMPORT_ERROR_CODES.map((c) => `import.${c}`),
      ...STORAGE_ERROR_CODES.map((c) => `storage.${c}`),
    ].filter((code) => !FILES_TEXT[code]);
    expect(missing).toEqual([]);
  });

  it('fills the values in, with thousands separators', () => {
    expect(
      fileErrorText(
        new ImportError('iterations-out-of-range', {
          iterations: 20_000_000,
          min: 100_000,
          max: 10_000_000,
          writes: 600_000,
        }),
      ),
    ).toBe(
      'This protected file asks for 20,000,000 rounds of passphrase stretching. OpenSAQ accepts from 100,000 to 10,000,000 (it writes 600,000), so the file was not opened.',
    );
    expect(fileErrorText(new StorageError('quota'))).toMatch(/run out of space/);
    expect(fileErrorText(new Error('boom'))).toMatch(/\(Error: boom\)/);
    expect(progressText({ phase: 'checking', done: 1, total: 4 })).toBe(
      'Checking each assessment: 25%.',
    );
    expect(lengthText(fieldLengthStatus('row.notes', 'x'.repeat(18_500)))).toBe(
      '18,500 of 20,000 characters.',
    );
    expect(lengthText(fieldLengthStatus('row.notes', 'x'.repeat(20_003)))).toBe(
      '3 characters too many: the most is 20,000.',
    );
  });

  it('says what a merge brings in, part by part', () => {
    const a: Assessment = {
      id: 'a',
      format: 1,
      organisation: 'A',
      channels: [],
      saq: 'A',
      saqEdition: '',
      contentVersion: '',
      rows: {},
      dropped: {},
      groupsDone: [],
      createdAt: '2026-11-01T00:00:00Z',
      updatedAt: '2026-11-01T00:00:00Z',
    };
    const plan = planMerge(
      a,
      {
        ...a,
        organisation: 'B',
        groupsDone: ['3'],
        rows: { '3.1.1': { response: 'in-place' }, '9.9.9': { response: 'in-place' } },
      },
      { saqRows: () => new Set(['3.1.1']) },
    );
    const lines = mergeSummary(plan, 'SAQ A');
    expect(lines).toEqual([
      'Answers: 1 new, 0 different, 0 the same.',
      'Answers kept aside for requirements your questionnaire does not have: 1 new.',
      'Requirement groups marked as done: 1 more.',
      'Answers in the file for requirements that SAQ A does not have: 1 (9.9.9). They are kept aside, not added to your answers.',
      "Kept as it is here, though the file says otherwise: the organisation's name.",
    ]);
    for (const line of lines) expect(line).not.toMatch(/[{}]/);
  });

  it('says what is wrong with a record set aside, and whose it is when that can be read', () => {
    const invalid = {
      code: 'invalid',
      where: 'rows > 1.1.1',
      problem: 'expected an object',
    } as const;
    expect(recordProblemText(invalid)).toBe('rows > 1.1.1: expected an object');
    expect(
      recordProblemText({
        code: 'over-limit',
        path: [],
        where: 'notes',
        length: 20_001,
        limit: 20_000,
      }),
    ).toBe('notes is 20,001 characters long, more than the 20,000 OpenSAQ keeps');
    expect(recordProblemText({ code: 'assessment-too-large', megabytes: 8 })).toBe(
      'it is larger than 8 MB',
    );
    expect(setAsideText(invalid, 'Les Amis')).toMatch(
      /^Les Amis: this saved assessment could not be read \(rows > 1\.1\.1: expected an object\)\. It has been set aside/,
    );
    expect(setAsideText(invalid, null)).toMatch(/^An assessment with no readable name: /);
  });

  it('says why storage failed whatever was thrown, never as a file that could not be read', () => {
    expect(storageErrorText(new StorageError('quota'))).toMatch(/run out of space/);
    expect(storageErrorText(new Error('Connection is closing'))).toBe(
      'This browser refused to store your changes (Connection is closing). They are still on screen: do not close this tab. Try again, or save a copy to a file.',
    );
  });
});
