/**
 * Why a file was refused, as a code and the values its sentence needs. The sentences live in
 * `content/text/files.json` under `import.<code>`; the view fills them in (`fileErrorText` in
 * src/storage/file-text.ts).
 */

export const IMPORT_ERROR_CODES = [
  'too-large',
  'too-many-assessments',
  'assessment-too-large',
  'empty',
  'not-json',
  'too-deep',
  'forbidden-key',
  'duplicate-key',
  'not-opensaq',
  'newer-version',
  'invalid',
  'unknown-requirement',
  'duplicate-id',
  'wrong-passphrase',
  'wrong-passphrase-or-damaged',
  'damaged-protected',
  'iterations-out-of-range',
  'nested-protection',
  'passphrase-needed',
  'backup-too-large',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export type ImportErrorParams = Readonly<Record<string, string | number>>;

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly params: ImportErrorParams = {},
  ) {
    // The message is for developers and logs; users read the sentence for the code.
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'ImportError';
  }
}

export const STORAGE_ERROR_CODES = [
  'quota',
  'unavailable',
  'vanished',
  'over-limit',
  'assessment-too-large',
  'invalid',
  'id-taken',
  'deleted',
] as const;
export type StorageErrorCode = (typeof STORAGE_ERROR_CODES)[number];

/**
 * Why the browser's database did not take a write. Nothing was changed; what was on screen is still
 * there. The sentences are `storage.<code>` in `content/text/files.json`.
 */
export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    readonly params: ImportErrorParams = {},
    options?: { cause?: unknown },
  ) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`, options);
    this.name = 'StorageError';
  }
}
