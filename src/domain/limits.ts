/**
 * The limits of what OpenSAQ keeps: one table, used where text is typed (the fields' `maxLength` and
 * their visible count), where assessments are written (the store refuses what a file could not carry)
 * and where files are read. The same numbers on both sides mean the app never writes what it cannot
 * read back.
 *
 * The file limits come from measuring what real use produces (`npm run bench -- --only=backup`):
 * a consultant's 1,000 assessments of a usual mix make a 23 MB backup, 200 fully answered SAQ D
 * assessments with 700-character notes on every row make 41 MB (55 MB protected with a passphrase).
 * The limits below are twice that, so both fit with room, protected or not.
 */

/** A text box: notes, reasons, descriptions. */
export const TEXT_MAX = 20_000;
/** A one-line field: names, owners, phone numbers. */
export const SHORT_TEXT_MAX = 500;
/** The organisation's name. */
export const ORGANISATION_MAX = 200;
/** An assessment's id (a UUID when the app makes it; files may carry others). */
export const ID_MAX = 100;

/** The largest file OpenSAQ reads or writes: 128 MiB (the largest measured backup is 55 MB). */
export const MAX_FILE_BYTES = 128 * 1024 * 1024;
/** Assessments in one file: twice the 1,000 of the measured consultant's backup. */
export const MAX_ASSESSMENTS_PER_FILE = 2_000;
/**
 * One assessment, written as JSON, in characters: 8 MiB. A fully answered SAQ D with 700-character
 * notes on every row is about 0.2 MB; 253 rows each with a 20,000-character note is 5 MB. Any one
 * assessment within this limit always fits in a file on its own, so it can always be saved and reopened.
 */
export const MAX_ASSESSMENT_CHARS = 8 * 1024 * 1024;
/**
 * How deeply a file's JSON may nest. OpenSAQ's own files nest 7 levels; anything much deeper is
 * not one of ours and is refused before it is parsed.
 */
export const MAX_JSON_DEPTH = 64;

/** Key stretching for passphrase-protected files (PBKDF2-SHA-256): what we write and what we accept. */
export const PBKDF2_ITERATIONS = 600_000;
export const PBKDF2_MIN_ITERATIONS = 100_000;
export const PBKDF2_MAX_ITERATIONS = 10_000_000;

export type TextKind = 'text' | 'short' | 'organisation';

export const TEXT_LIMITS: Readonly<Record<TextKind, number>> = {
  text: TEXT_MAX,
  short: SHORT_TEXT_MAX,
  organisation: ORGANISATION_MAX,
};

/**
 * Every text field an assessment keeps, by where it lives, and its kind. `row.*` are the answer
 * fields of a requirement row, `ccw.*` the compensating controls worksheet, `section1.*`,
 * `section3.*` and `part4.*` the attestation's parts; list items (locations, products, providers)
 * are named by their field.
 */
export const FIELD_KINDS = {
  organisation: 'organisation',
  'row.followUpOwner': 'short',
  'row.followUpNote': 'text',
  'row.notes': 'text',
  'row.naReason': 'text',
  'row.notTestedWhat': 'text',
  'row.notTestedWhy': 'text',
  'row.remediationAction': 'text',
  'row.remediationOwner': 'short',
  'row.legalExplanation': 'text',
  'ccw.constraints': 'text',
  'ccw.definition': 'text',
  'ccw.objective': 'text',
  'ccw.risk': 'text',
  'ccw.validation': 'text',
  'ccw.maintenance': 'text',
  'section1.companyName': 'short',
  'section1.dba': 'short',
  'section1.mailingAddress': 'text',
  'section1.website': 'short',
  'section1.contact.name': 'short',
  'section1.contact.title': 'short',
  'section1.contact.phone': 'short',
  'section1.contact.email': 'short',
  'section1.isaNames': 'short',
  'section1.qsaCompany': 'short',
  'section1.qsaAddress': 'text',
  'section1.qsaWebsite': 'short',
  'section1.qsaLeadName': 'short',
  'section1.qsaPhone': 'short',
  'section1.qsaEmail': 'short',
  'section1.qsaCertificate': 'short',
  'section1.excludedChannels': 'text',
  'section1.channelDescriptions': 'text',
  'section1.environment': 'text',
  'section1.locations': 'short',
  'section1.products': 'short',
  'section1.providers': 'short',
  'section1.scanVendor': 'short',
  'section1.rescans': 'text',
  'section1.scanReportsKept': 'short',
  'section3.signatoryName': 'short',
  'section3.signatoryTitle': 'short',
  'section3.qsaInvolvement': 'text',
  'section3.isaInvolvement': 'text',
  'part4.actions': 'text',
} as const satisfies Record<string, TextKind>;

export type LimitedField = keyof typeof FIELD_KINDS;

/** The most characters a field may hold (the `maxLength` of its input). */
export function fieldLimit(field: LimitedField): number {
  return TEXT_LIMITS[FIELD_KINDS[field]];
}

/**
 * From how many characters a field shows its count ("18,000 of 20,000"): 90% of the limit, so
 * the count appears well before typing stops, and never clutters ordinary answers.
 */
export function nearLimitAt(limit: number): number {
  return Math.floor(limit * 0.9);
}

export interface LengthStatus {
  length: number;
  limit: number;
  remaining: number;
  /** Show the count: the text is at or past `nearLimitAt(limit)`. */
  near: boolean;
  /** Longer than the limit (pasted text before the input trimmed it, or an old value). */
  over: boolean;
}

/** How a value stands against a limit, for the visible count beside a field. */
export function lengthStatus(value: string, limit: number): LengthStatus {
  return {
    length: value.length,
    limit,
    remaining: limit - value.length,
    near: value.length >= nearLimitAt(limit),
    over: value.length > limit,
  };
}

/** `lengthStatus` for one of the assessment's fields. */
export function fieldLengthStatus(field: LimitedField, value: string): LengthStatus {
  return lengthStatus(value, fieldLimit(field));
}
