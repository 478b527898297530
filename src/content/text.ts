/**
 * Sentences the app shows, kept in `content/text/*.json` so the content checks (reading grade, copied
 * text, placeholders) see them and a non-programmer can fix them. Code returns codes and values; the
 * view (or a view model) looks the sentence up here and fills its `{placeholders}`.
 */
import { z } from '../lib/zod';
import type { FillParams } from './fill';

/** A table of sentences by code; `{name}` marks a value filled in at run time. */
export const textTableSchema = z.record(
  z
    .string()
    .regex(
      /^[a-z0-9][A-Za-z0-9.-]*$/,
      'a code is letters, digits, dots and dashes, starting lower-case',
    ),
  z.string().trim().min(1),
);
export type TextTable = Readonly<Record<string, string>>;

export type TextParams = FillParams;

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** The placeholder names a sentence uses, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

export { fillText as fill, say } from './fill';
