/** The format of everything under content/: Zod schemas, and the types that come from them. */
import {
  CHANNELS,
  EQUIPMENT,
  MERCHANT_SAQ_IDS,
  MOTO_CAPTURES,
  PAYMENT_PAGES,
  RESPONSES,
} from '../lib/vocabulary';
import { z } from '../lib/zod';

export const responseSchema = z.enum(RESPONSES);
export type ResponseOption = z.infer<typeof responseSchema>;

const text = z.string().trim().min(1);

export const fullEntrySchema = z.strictObject({
  id: text,
  title: text.max(90),
  asks: text,
  howToCheck: z.array(text).min(1),
  evidence: z.array(text).min(1),
  nonprofitContext: text,
  notApplicable: z.strictObject({ when: text, explain: text }).nullable(),
  terms: z.array(text),
  futureDated: z.enum(['whole', 'one-bullet']).nullable(),
  /**
   * The official passages behind this entry's scope and Not Applicable rules, one per rule
   * ("N/A with a redirect: SAQ A-EP 6.4.3, SAQ Completion Guidance"). References, never quotations.
   */
  sources: z.array(text).min(1).optional(),
  /**
   * For each bullet of the requirement (numbered from 1 as in PCI DSS) that some SAQ leaves blank:
   * phrases of this entry that ask for that bullet. The content check makes sure the shared text
   * contains one, and that no SAQ that leaves the bullet blank shows a text containing any.
   */
  bulletPhrases: z.record(z.string().regex(/^[1-9]\d*$/), z.array(text).min(1)).optional(),
});
export type FullEntry = z.infer<typeof fullEntrySchema>;

/**
 * How one SAQ shows a requirement where its edition edits it (a bullet left blank, a note removed,
 * a completion guidance of its own): only the fields that differ from the shared entry, and the
 * passage that makes the SAQ differ.
 */
export const entryOverrideSchema = fullEntrySchema
  .omit({ id: true, sources: true, bulletPhrases: true })
  .partial()
  .extend({
    /** The official passage: SAQ, row, and bullet, applicability note or completion guidance. */
    source: text,
    /** Bullets of the requirement this SAQ leaves blank (numbered from 1 as in PCI DSS). */
    blankBullets: z.array(z.number().int().min(1)).min(1).optional(),
  });
export type EntryOverride = z.infer<typeof entryOverrideSchema>;

/** The fields of an override that replace the shared entry's. */
export const OVERRIDABLE_FIELDS = [
  'title',
  'asks',
  'howToCheck',
  'evidence',
  'nonprofitContext',
  'notApplicable',
  'terms',
  'futureDated',
] as const satisfies readonly (keyof EntryOverride)[];

export const placeholderEntrySchema = z.strictObject({
  id: text,
  /** Who answers the row instead of a merchant; "customized-approach": nobody in an SAQ. */
  placeholder: z.enum(['service-provider', 'issuer', 'customized-approach']),
  title: text,
  asks: text,
});
export type PlaceholderEntry = z.infer<typeof placeholderEntrySchema>;

export const requirementEntrySchema = z.union([placeholderEntrySchema, fullEntrySchema]);
export type RequirementEntry = z.infer<typeof requirementEntrySchema>;

export const requirementFileSchema = z.strictObject({
  principal: z.string().regex(/^(\d{1,2}|A2)(,(\d{1,2}|A2))*$/),
  entries: z.array(requirementEntrySchema).min(1),
});
export type RequirementFile = z.infer<typeof requirementFileSchema>;

export const saqRowSchema = z.strictObject({
  id: text,
  /** What this SAQ says about the row, in our words, shown beside the entry. */
  note: text.optional(),
  /** The official passage behind the note (SAQ, row, applicability note or completion guidance). */
  source: text.optional(),
  notForMerchants: z.literal(true).optional(),
});
export type SaqRow = z.infer<typeof saqRowSchema>;

export const saqFileSchema = z.strictObject({
  id: z.enum(MERCHANT_SAQ_IDS),
  name: text,
  title: text,
  edition: text,
  published: z.string().regex(/^\d{4}-\d{2}$/),
  pciDssVersion: z.literal('4.0.1'),
  inForceFrom: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  responses: z.array(responseSchema).min(4),
  channels: z.array(z.enum(CHANNELS)).min(1),
  eligibility: z.array(
    z.strictObject({
      id: text,
      channel: z.enum(['any', ...CHANNELS]),
      text,
      /**
       * `embedded-form`: the criterion applies only to a page that embeds the provider's form
       * (SAQ A's script criterion; FAQ 1588: not to a redirect or fully outsourced payments).
       */
      appliesTo: z.enum(['embedded-form']).optional(),
    }),
  ),
  groups: z
    .array(
      z.strictObject({
        principal: z.string(),
        /** What this SAQ says about the whole principal requirement (its scope), in our words. */
        note: text.optional(),
        /** The official passage behind the group's note. */
        source: text.optional(),
        rows: z.array(saqRowSchema).min(1),
      }),
    )
    .min(1),
  /** Rows the official SAQ prints as "intentionally left blank" (no response boxes), after `after`. */
  blankRows: z.array(z.strictObject({ id: text, after: text })).optional(),
  /** Requirements this SAQ shows differently from the shared entry, by row id. */
  overrides: z.record(z.string(), entryOverrideSchema).optional(),
});
export type SaqContent = z.infer<typeof saqFileSchema>;

export const glossarySchema = z.strictObject({
  terms: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9-]+$/),
      term: text,
      aliases: z.array(text),
      definition: text,
      example: text.optional(),
    }),
  ),
});
export type Glossary = z.infer<typeof glossarySchema>;
export type GlossaryTerm = Glossary['terms'][number];

export const referenceIdsSchema = z.object({
  saqs: z.record(
    z.string(),
    z.object({
      edition: z.string(),
      count: z.number().int(),
      ids: z.array(z.string()),
      notForMerchants: z.array(z.string()).optional(),
      blankRows: z.array(z.object({ id: z.string(), after: z.string() })).optional(),
      /** Bullets the SAQ leaves blank or leaves out, by row id (numbered from 1 as in PCI DSS). */
      blankBullets: z.record(z.string(), z.array(z.number().int().min(1))).optional(),
    }),
  ),
  principalRequirements: z.record(z.string(), z.string()),
});
export type ReferenceIds = z.infer<typeof referenceIdsSchema>;

export function isPlaceholder(entry: RequirementEntry): entry is PlaceholderEntry {
  return 'placeholder' in entry;
}

export const questionSchema = z.strictObject({
  id: text,
  kind: z.enum(['radio', 'checkbox', 'picker']),
  title: text,
  hint: text.optional(),
  options: z.array(z.strictObject({ value: text, label: text, hint: text.optional() })),

  help: z.array(text).min(1),
  howToTell: z.array(text).optional(),
});
export type Question = z.infer<typeof questionSchema>;

export const questionsFileSchema = z.strictObject({ questions: z.array(questionSchema) });
export type QuestionsFile = z.infer<typeof questionsFileSchema>;

export const criteriaFileSchema = z.strictObject({
  about: text,
  saqs: z.record(z.string(), z.array(text).min(1)),
});
export type CriteriaFile = z.infer<typeof criteriaFileSchema>;

export const principalRequirementsSchema = z.strictObject({
  goals: z.array(z.strictObject({ id: text, title: text, principals: z.array(text).min(1) })),
  principals: z.array(z.strictObject({ id: text, title: text, summary: text })),
});
export type PrincipalRequirements = z.infer<typeof principalRequirementsSchema>;

/** A catalog entry's setup: the interview answer it settles (the rest is asked as usual). */
const processorSetupSchema = z.union([
  z.strictObject({ paymentPage: z.enum(PAYMENT_PAGES) }),
  z.strictObject({ capture: z.enum(MOTO_CAPTURES) }),
  z.strictObject({ equipment: z.enum(EQUIPMENT) }),
]);

export const processorSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: text,
  seenAs: text,
  group: z.enum(['civicrm', 'donation-tool', 'giving-platform', 'reader', 'non-card']),
  channel: z.enum([...CHANNELS, 'none']),
  setup: processorSetupSchema.nullable(),
  cardDataReachesServer: z.enum(['no', 'yes', 'depends']),
  usualSaq: z.array(z.enum(MERCHANT_SAQ_IDS)),
  summary: text,
  conditions: text,
  caveats: z.string(),
  confidence: z.enum(['high', 'medium', 'low']),
  sources: z.array(text),
});
export type Processor = z.infer<typeof processorSchema>;

export const processorChoiceSchema = z.strictObject({
  id: text,
  name: text,
  question: text,
  help: text,
  options: z.array(z.strictObject({ label: text, processor: text })).min(2),
});
export type ProcessorChoice = z.infer<typeof processorChoiceSchema>;

export const processorCatalogSchema = z.strictObject({
  processors: z.array(processorSchema).min(1),
  choices: z.array(processorChoiceSchema),
});
export type ProcessorCatalog = z.infer<typeof processorCatalogSchema>;
