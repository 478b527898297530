/**
 * Which official document a file is, from its form fields alone: the sequence of field kinds and
 * their properties (name, default, maximum length), fingerprinted. Labels and the reader's text are
 * not needed, so the same code recognises the Council's file and the synthetic test fixtures.
 */
import { KIND_LETTER, shapeOf, type FieldKind } from './fields';
import { fnv1a32 } from './text';

/** One known edition of an official document (content/official-forms/editions.json). */
export interface Edition {
  id: string;
  document: 'saq' | 'aoc';
  /** The SAQ it belongs to (`D-SP` for the service-provider edition OpenSAQ only names). */
  saq: string;
  version: string;
  revision?: string;
  language: string;
  /** The Council's own file name for this edition. */
  councilFile: string;
  fields: number;
  /** Fingerprint of every field's shape, in order. */
  shapeHash: string;
  /** Fingerprint of the kinds alone (text, tick box, list), ghost fields left out. */
  kindHash: string;
  /** False for editions OpenSAQ recognises but does not fill. */
  supported?: boolean;
}

export type Recognition =
  | { status: 'recognised'; edition: Edition; match: 'exact' | 'layout' }
  | { status: 'unsupported'; edition: Edition }
  | {
      status: 'unknown';
      code: 'not-docx' | 'no-form-fields' | 'unknown-layout';
      fieldCount: number;
    };

export interface Fingerprint {
  fields: number;
  shapeHash: string;
  kindHash: string;
}

type Shaped = { kind: FieldKind; name?: string; default?: string; maxLength?: number };

/** The fingerprint of a list of fields (a document's, or a field map's). */
export function fingerprint(fields: readonly Shaped[]): Fingerprint {
  return {
    fields: fields.length,
    shapeHash: fnv1a32(fields.map(shapeOf).join('\n')),
    kindHash: fnv1a32(
      fields
        .filter((f) => f.kind !== 'ghost')
        .map((f) => KIND_LETTER[f.kind])
        .join(''),
    ),
  };
}

/**
 * The edition whose fields are exactly these (`exact`), or whose fields are of the same kinds in the
 * same order with other names or defaults (`layout`: a copy saved by another program, say). Among
 * several layout matches, those for `preferSaq` come first, then English.
 */
export function recogniseFields(
  fields: readonly Shaped[],
  editions: readonly Edition[],
  preferSaq?: string,
): Recognition {
  if (fields.length === 0) return { status: 'unknown', code: 'no-form-fields', fieldCount: 0 };
  const print = fingerprint(fields);
  const found = (edition: Edition, match: 'exact' | 'layout'): Recognition =>
    edition.supported === false
      ? { status: 'unsupported', edition }
      : { status: 'recognised', edition, match };
  const exact = editions.find((e) => e.shapeHash === print.shapeHash && e.fields === print.fields);
  if (exact) return found(exact, 'exact');
  const layout = editions
    .filter((e) => e.kindHash === print.kindHash)
    .sort(
      (a, b) =>
        Number(b.saq === preferSaq) - Number(a.saq === preferSaq) ||
        Number(b.language === 'en') - Number(a.language === 'en'),
    )[0];
  if (layout) return found(layout, 'layout');
  return { status: 'unknown', code: 'unknown-layout', fieldCount: fields.length };
}

/** The editions OpenSAQ fills for an SAQ: the SAQ itself and its attestation, English first. */
export function editionsFor(saq: string, editions: readonly Edition[]): Edition[] {
  return editions
    .filter((e) => e.saq === saq && e.supported !== false)
    .sort(
      (a, b) =>
        Number(b.language === 'en') - Number(a.language === 'en') ||
        (a.document === b.document ? 0 : a.document === 'saq' ? -1 : 1),
    );
}
