/**
 * The format of content/official-forms/: the editions OpenSAQ recognises, one field map per
 * supported edition, and the feature's messages. Validated by the content test; the app's worker
 * only casts (it never loads Zod).
 */
import type { FieldMap } from './field-map';
import type { Edition } from './recognise';
import type { FormWords } from './values';
import { z } from '../../lib/zod';

const hash = z.string().regex(/^[0-9a-f]{8}$/);
const text = z.string().trim().min(1);
const kind = z.enum(['text', 'checkbox', 'dropdown', 'ghost']);

export const editionSchema = z.strictObject({
  id: z.string().regex(/^(saq|aoc)-[a-z0-9-]+-v\d+\.\d+\.\d+(-r\d+)?-[a-z]{2}$/),
  document: z.enum(['saq', 'aoc']),
  saq: z.enum(['A', 'A-EP', 'B', 'B-IP', 'C', 'C-VT', 'P2PE', 'SPoC', 'D-Merchant', 'D-SP']),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  revision: z
    .string()
    .regex(/^r\d+$/)
    .optional(),
  language: z.enum(['en', 'es']),
  councilFile: z.string().regex(/^[\w.-]+\.docx$/),
  fields: z.number().int().positive(),
  shapeHash: hash,
  kindHash: hash,
  supported: z.literal(false).optional(),
});

export const editionsFileSchema = z.strictObject({ editions: z.array(editionSchema).min(1) });

export const mapFieldSchema = z.strictObject({
  to: z.string().regex(/^[\w.+-]+$/),
  kind,
  name: z.string().optional(),
  default: z.string().optional(),
  maxLength: z.number().int().positive().optional(),
  label: hash.optional(),
});

export const fieldMapSchema = z.strictObject({
  id: z.string(),
  parts: z
    .array(z.strictObject({ part: z.string(), fields: z.array(mapFieldSchema).min(1) }))
    .min(1),
});

const wordsSchema = z.strictObject({
  notApplicable: text,
  draft: text,
  channels: z.strictObject({ ecommerce: text, moto: text, cardPresent: text }),
});

export const officialFormsMessagesSchema = z.strictObject({
  documents: z.strictObject({ saq: text, aoc: text }),
  saqNames: z.record(z.string(), text),
  languages: z.record(z.string(), z.string()),
  edition: text,
  revision: text,
  recognition: z.record(z.string(), text),
  result: z.record(z.string(), text),
  empty: z.record(z.string(), text),
  parts: z.record(z.string(), text),
  questions: z.record(z.string(), text),
  words: z.record(z.string(), wordsSchema),
});
export type OfficialFormsMessages = z.infer<typeof officialFormsMessagesSchema>;

// The domain's own types and the schemas' must agree: this stops compiling when they drift.
type Agrees<A, B> = A extends B ? true : never;
export type SchemaMatchesDomain = [
  Agrees<z.infer<typeof editionSchema>, Edition>,
  Agrees<z.infer<typeof fieldMapSchema>, FieldMap>,
  Agrees<z.infer<typeof wordsSchema>, FormWords>,
];
