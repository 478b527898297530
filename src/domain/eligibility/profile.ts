import { EQUIPMENT, MOTO_CAPTURES, PAYMENT_PAGES } from '../../lib/vocabulary';
import { z } from '../../lib/zod';

/** A yes/no question where people may genuinely not know. */
export const answerSchema = z.enum(['yes', 'no', 'unsure']);
export type Answer = z.infer<typeof answerSchema>;

export const equipmentSchema = z.enum(EQUIPMENT);
export type Equipment = z.infer<typeof equipmentSchema>;

export const paymentPageSchema = z.enum(PAYMENT_PAGES);
export type PaymentPage = z.infer<typeof paymentPageSchema>;

export const scriptProtectionSchema = z.enum([
  'own-controls',
  'provider-confirmed',
  'none',
  'unsure',
]);
export type ScriptProtection = z.infer<typeof scriptProtectionSchema>;

export const websiteHostSchema = z.enum([
  'self-managed',
  'pci-compliant-provider',
  'other-provider',
  'unsure',
]);
export type WebsiteHost = z.infer<typeof websiteHostSchema>;

export const motoCaptureSchema = z.enum(MOTO_CAPTURES);
export type MotoCapture = z.infer<typeof motoCaptureSchema>;

export const ecommerceSetupSchema = z.object({
  label: z.string().max(200).optional(),
  paymentPage: paymentPageSchema,
  scriptProtection: scriptProtectionSchema.optional(),
  websiteHost: websiteHostSchema.optional(),
});
export type EcommerceSetup = z.infer<typeof ecommerceSetupSchema>;

/**
 * What a piece of equipment's eligibility criteria ask beyond the equipment itself. An answer that is
 * missing counts as "not sure": the engine never assumes what was not asked.
 */
const equipmentFollowUps = {
  /** P2PE and SPoC: the solution is on the Council's list of validated solutions. */
  listed: answerSchema.optional(),
  /**
   * B, B-IP, C, C-VT, SPoC: the device (or the payment channel) is not connected to the
   * organisation's other systems; segmentation may achieve it where the criterion allows.
   */
  isolatedDevice: answerSchema.optional(),
  /** C and C-VT: one location, not connected to other premises (a laptop carried to events is not). */
  singleLocation: answerSchema.optional(),
};

export const motoSetupSchema = z.object({
  label: z.string().max(200).optional(),
  capture: motoCaptureSchema,
  terminal: equipmentSchema.optional(),
  ...equipmentFollowUps,
});
export type MotoSetup = z.infer<typeof motoSetupSchema>;

export const cardPresentSetupSchema = z.object({
  label: z.string().max(200).optional(),
  equipment: equipmentSchema,
  ...equipmentFollowUps,
});
export type CardPresentSetup = z.infer<typeof cardPresentSetupSchema>;

export const annualCardTransactionsSchema = z.enum([
  'under-20k',
  '20k-to-1m',
  '1m-to-6m',
  'over-6m',
  'unsure',
]);
export type AnnualCardTransactions = z.infer<typeof annualCardTransactionsSchema>;

/** Service providers: transactions stored, processed or sent for others in a year (Visa's level 1 starts at 300,000). */
export const serviceProviderTransactionsSchema = z.enum(['under-300k', 'over-300k', 'unsure']);
export type ServiceProviderTransactions = z.infer<typeof serviceProviderTransactionsSchema>;

export const receivesAccountDataSchema = z.enum(['no', 'unsolicited-deleted', 'yes', 'unsure']);

/** Everything the decision engine needs to know about how an organisation takes card payments. */
export const paymentProfileSchema = z.object({
  role: z.enum(['merchant', 'service-provider', 'both']),
  annualCardTransactions: annualCardTransactionsSchema.optional(),
  /** Asked of service providers only. */
  serviceProviderTransactions: serviceProviderTransactionsSchema.optional(),
  storesAccountDataElectronically: answerSchema,
  receivesAccountDataElectronically: receivesAccountDataSchema,
  keepsPaperWithCardData: answerSchema,
  /** 'no' means "not confirmed yet". */
  thirdPartiesConfirmedCompliant: answerSchema,
  /** Do different channels share computers or networks? */
  channelsShareSystems: answerSchema.optional(),
  ecommerce: z.array(ecommerceSetupSchema),
  moto: z.array(motoSetupSchema),
  cardPresent: z.array(cardPresentSetupSchema),
});
export type PaymentProfile = z.infer<typeof paymentProfileSchema>;
