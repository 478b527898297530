/**
 * Reads the official-form content from disk (Node only: tests, the verify script, the benchmark).
 * The app loads the same files through src/official-forms/maps.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FieldMap } from './field-map';
import type { Edition } from './recognise';
import type { FormSaq, FormWords } from './values';

const root = fileURLToPath(new URL('../../../content/', import.meta.url));
const json = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

/** SAQ ids and the names of their content files. */
export const SAQ_CONTENT_FILES: Readonly<Record<string, string>> = {
  A: 'a',
  'A-EP': 'a-ep',
  B: 'b',
  'B-IP': 'b-ip',
  C: 'c',
  'C-VT': 'c-vt',
  'D-Merchant': 'd-merchant',
  P2PE: 'p2pe',
  SPoC: 'spoc',
};

export const readEditions = (): Edition[] =>
  json<{ editions: Edition[] }>('official-forms/editions.json').editions;

export const readFieldMap = (id: string): FieldMap => json<FieldMap>(`official-forms/${id}.json`);

export const readWords = (): Record<string, FormWords> =>
  json<{ words: Record<string, FormWords> }>('official-forms/messages.json').words;

export type TestSaq = FormSaq & {
  name: string;
  channels: ('ecommerce' | 'moto' | 'cardPresent')[];
};

export function readSaq(id: string): TestSaq {
  const file = SAQ_CONTENT_FILES[id];
  if (!file) throw new Error(`No content for SAQ ${id}`);
  return json<TestSaq>(`saq/${file}.json`);
}
