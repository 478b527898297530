/**
 * Checks of a filled form, shared by the tests and the developer's verify script: what lies outside
 * the fields, whether the markup still nests properly, and whether a file's labels are where its map
 * says.
 */
import { mapFields, type FieldMap } from './field-map';
import { listFormFields, shapeOf, type FormField } from './fields';
import { fnv1a32 } from './text';

/** The document with every field's editable parts (its ffData and its result runs) cut out. */
export function outsideFields(xml: string): string {
  const cuts = listFormFields(xml).flatMap((f) => [
    ...(f.ffData ? [f.ffData] : []),
    ...(f.separate ? [{ start: f.separate.end, end: f.end.start }] : []),
  ]);
  cuts.sort((x, y) => x.start - y.start);
  let out = '';
  let p = 0;
  for (const cut of cuts) {
    out += xml.slice(p, cut.start);
    p = cut.end;
  }
  return out + xml.slice(p);
}

/** The text a reader sees outside the form fields. */
export function textOutsideFields(xml: string): string {
  return [...outsideFields(xml).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('');
}

/** The first element that does not close in order, or null when every element nests properly. */
export function unbalancedElement(xml: string): string | null {
  const stack: string[] = [];
  const tag =
    /<(\/?)([\w:.-]+)[^>]*?(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const name = m[2];
    if (!name || m[3]) continue;
    if (m[1]) {
      if (stack.pop() !== name) return name;
    } else stack.push(name);
  }
  return stack.length ? (stack[stack.length - 1] ?? null) : null;
}

export interface MapComparison {
  /** Fields whose kind, name, default or maximum length differ from the map's. */
  shapeDifferences: number[];
  labelsChecked: number;
  /** Fields whose label hash differs from the map's. */
  labelDifferences: number[];
}

/** How a document's fields compare with a map: shapes, and labels where the map has them. */
export function compareWithMap(fields: readonly FormField[], map: FieldMap): MapComparison {
  const mapped = mapFields(map);
  const result: MapComparison = { shapeDifferences: [], labelsChecked: 0, labelDifferences: [] };
  const count = Math.max(fields.length, mapped.length);
  for (let i = 0; i < count; i++) {
    const f = fields[i];
    const m = mapped[i];
    if (!f || !m || shapeOf(f) !== shapeOf(m)) result.shapeDifferences.push(i);
    if (f && m?.label) {
      result.labelsChecked += 1;
      if (fnv1a32(f.label) !== m.label) result.labelDifferences.push(i);
    }
  }
  return result;
}
