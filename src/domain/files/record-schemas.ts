/**
 * Schemas of the interview answers and the decision an assessment keeps as its record of "why this
 * SAQ". They were once checked only as "some JSON object", which let files through that crashed the
 * report page, or carried megabytes of nesting into every later backup. Now every field is typed and
 * every list bounded, and the compile-time checks below keep the schemas and the domain types equal.
 */
import { z } from '../../lib/zod';
import type { RecordedDecision } from '../eligibility/decide-saq';
import type { InterviewAnswers } from '../eligibility/journey';
import {
  annualCardTransactionsSchema,
  answerSchema,
  equipmentSchema,
  motoCaptureSchema,
  paymentPageSchema,
  receivesAccountDataSchema,
  scriptProtectionSchema,
  serviceProviderTransactionsSchema,
  websiteHostSchema,
} from '../eligibility/profile';
import { SAQ_IDS } from '../eligibility/saq-catalog';
import { SHORT_TEXT_MAX } from '../limits';

/** Setups per channel: far more than any organisation describes (the interview asks one at a time). */
export const MAX_SETUPS = 50;

const channelSchema = z.enum(['ecommerce', 'moto', 'cardPresent']);
const role = z.enum(['merchant', 'service-provider', 'both']);
const yesNo = z.enum(['yes', 'no']);
const short = z.string().max(SHORT_TEXT_MAX);
/** A step id such as `ecommerce-2-payment-page`. */
const stepId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);

const boundedRecord = <V extends z.ZodType>(key: z.ZodString, value: V, max: number) =>
  z.record(key, value).refine((r) => Object.keys(r).length <= max, `at most ${max} entries`);

export const interviewAnswersSchema = z.strictObject({
  role: role.optional(),
  serviceProviderTransactions: serviceProviderTransactionsSchema.optional(),
  processors: z.array(z.string().max(100)).max(100).optional(),
  prefilledBy: boundedRecord(stepId, short, 500).optional(),
  processorNames: z.array(short).max(100).optional(),
  channels: z.array(channelSchema).max(3).optional(),
  ecommerce: z
    .array(
      z.strictObject({
        paymentPage: paymentPageSchema.optional(),
        scriptProtection: scriptProtectionSchema.optional(),
        websiteHost: websiteHostSchema.optional(),
        another: yesNo.optional(),
      }),
    )
    .max(MAX_SETUPS)
    .default([]),
  moto: z
    .array(
      z.strictObject({
        capture: motoCaptureSchema.optional(),
        terminal: equipmentSchema.optional(),
        listed: answerSchema.optional(),
        isolatedDevice: answerSchema.optional(),
        singleLocation: answerSchema.optional(),
        another: yesNo.optional(),
      }),
    )
    .max(MAX_SETUPS)
    .default([]),
  cardPresent: z
    .array(
      z.strictObject({
        equipment: equipmentSchema.optional(),
        listed: answerSchema.optional(),
        isolatedDevice: answerSchema.optional(),
        singleLocation: answerSchema.optional(),
        another: yesNo.optional(),
      }),
    )
    .max(MAX_SETUPS)
    .default([]),
  storesAccountDataElectronically: answerSchema.optional(),
  receivesAccountDataElectronically: receivesAccountDataSchema.optional(),
  keepsPaperWithCardData: answerSchema.optional(),
  thirdPartiesConfirmedCompliant: answerSchema.optional(),
  channelsShareSystems: answerSchema.optional(),
  annualCardTransactions: annualCardTransactionsSchema.optional(),
});

const saqId = z.enum(SAQ_IDS);
const status = z.enum(['decided', 'needs-review', 'out-of-scope']);
const code = z.string().max(100);
/** A sentence the engine wrote (the longest today is about 250 characters). */
const sentence = z.string().max(2_000);

const sourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('eligibility'), saq: saqId }),
  z.strictObject({ kind: z.literal('faq'), id: z.number().int().min(0).max(100_000) }),
  z.strictObject({ kind: z.literal('requirement'), id: z.string().max(40) }),
  z.strictObject({ kind: z.literal('aoc'), part: z.string().max(40) }),
  z.strictObject({ kind: z.literal('brand-rules') }),
]);

const perChannelSchema = z
  .array(
    z.strictObject({
      channel: channelSchema,
      label: short.optional(),
      status,
      saq: saqId.optional(),
      candidates: z.array(saqId).max(SAQ_IDS.length),
    }),
  )
  .max(3 * MAX_SETUPS);

const merchantDecisionSchema = z.strictObject({
  status,
  saq: saqId.optional(),
  candidates: z.array(saqId).max(SAQ_IDS.length),
  perChannel: perChannelSchema,
  separateSaqsPossible: z.boolean(),
});

export const decisionSchema = merchantDecisionSchema.extend({
  reasons: z
    .array(
      z.strictObject({
        code,
        text: sentence,
        params: boundedRecord(z.string().max(40), z.string().max(SHORT_TEXT_MAX), 20).optional(),
        source: sourceSchema,
        channel: channelSchema.optional(),
        setupIndex: z.number().int().min(0).max(MAX_SETUPS).optional(),
        field: z.string().max(100).optional(),
      }),
    )
    .max(500),
  nextSteps: z.array(z.strictObject({ code, text: sentence })).max(100),
  /** Decisions recorded before escalations existed have none. */
  escalations: z
    .array(z.enum(['roc-required', 'no-saq-for-setup', 'service-provider-onsite']))
    .max(3)
    .default([]),
  merchant: merchantDecisionSchema.optional(),
});

// The schemas and the domain types must describe the same data: a change to one that the other
// does not follow fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type InterviewSchemaMatchesType = Assert<
  Same<z.output<typeof interviewAnswersSchema>, InterviewAnswers>
>;
export type DecisionSchemaMatchesType = Assert<
  Same<z.output<typeof decisionSchema>, RecordedDecision>
>;
