/**
 * The official-form content as the worker needs it: the editions (small, bundled with the worker)
 * and each edition's field map, loaded on demand as its own chunk. Validated by the content test,
 * so it is only cast here: the worker never loads Zod.
 */
import type { FieldMap } from '../domain/official-forms/field-map';
import type { Edition } from '../domain/official-forms/recognise';
import type { FormWords } from '../domain/official-forms/values';
import editionsFile from '../../content/official-forms/editions.json';
import { words } from '../../content/official-forms/messages.json';

export const EDITIONS = editionsFile.editions as Edition[];
export const WORDS = words as Record<string, FormWords>;

const MAPS = import.meta.glob<FieldMap>(
  ['../../content/official-forms/*.json', '!**/editions.json', '!**/messages.json'],
  { import: 'default' },
);

export async function loadFieldMap(id: string): Promise<FieldMap> {
  const load = MAPS[`../../content/official-forms/${id}.json`];
  if (!load) throw new Error(`No field map for ${id}`);
  return load();
}
