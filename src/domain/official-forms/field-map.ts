/** A field map: for each form field of one edition, in order, which part of an assessment it is. */
import type { FieldKind } from './fields';

export interface MapField {
  /** A target name (see targets.ts), or `none` for a field OpenSAQ never writes. */
  to: string;
  kind: FieldKind;
  name?: string;
  default?: string;
  maxLength?: number;
  /** Short fingerprint of the label text beside the field in the Council's file (never the text). */
  label?: string;
}

export interface FieldMap {
  /** The edition's id, as in editions.json. */
  id: string;
  /** The fields, grouped by official part, in document order. */
  parts: { part: string; fields: MapField[] }[];
}

/** The map's fields in document order. */
export function mapFields(map: FieldMap): MapField[] {
  return map.parts.flatMap((p) => p.fields);
}
