import { z } from '../../lib/zod';

/** A yes/no question where people may genuinely not know. */
export const answerSchema = z.enum(['yes', 'no', 'unsure']);
export type Answer = z.infer<typeof answerSchema>;

/** What takes the card: one piece of equipment (or the way cards are keyed). */
export const equipmentSchema = z.enum([
  'imprint-or-dial-out',
  'standalone-ip-terminal',
  'p2pe-listed',
  'spoc-listed',
  'mobile-reader',
  'tap-to-pay-phone',
  'pos-system',
  'virtual-terminal',
  'unsure',
]);
export type Equipment = z.infer<typeof equipmentSchema>;

export const paymentPageSchema = z.enum([
  'platform-is-merchant',
  'no-own-website',
  'redirect',
  'iframe',
  'direct-post',
  'js-form',
  'own-server',
  'unsure',
]);
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

export const motoCaptureSchema = z.enum([
  'provider-handles',
  'virtual-terminal',
  'staff-use-online-form',
  'payment-terminal',
  'own-system',
  'unsure',
]);
export type MotoCapture = z.infer<typeof motoCaptureSchema>;

export const ecommerceSetupSchema = z.object({
  label: z.string().max(200).optional(),
  paymentPage: paymentPageSchema,
  scriptProtection: scriptProtectionSchema.optional(),
  websiteHost: websiteHostSchema.optional(),
});
export type EcommerceSetup = z.infer<typeof ecommerceSetupSchema>;

export const motoSetupSchema = z.object({
  label: z.string().max(200).optional(),
  capture: motoCaptureSchema,
  terminal: equipmentSchema.optional(),
  isolatedDevice: answerSchema.optional(),
});
export type MotoSetup = z.infer<typeof motoSetupSchema>;

export const cardPresentSetupSchema = z.object({
  label: z.string().max(200).optional(),
  equipment: equipmentSchema,
  isolatedDevice: answerSchema.optional(),
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

export const receivesAccountDataSchema = z.enum(['no', 'unsolicited-deleted', 'yes', 'unsure']);

/** Everything the decision engine needs to know about how an organisation takes card payments. */
export const paymentProfileSchema = z.object({
  role: z.enum(['merchant', 'service-provider', 'both']),
  annualCardTransactions: annualCardTransactionsSchema.optional(),
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
