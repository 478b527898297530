import {
  ANNUAL_CARD_TRANSACTIONS,
  ANSWERS,
  EQUIPMENT,
  MOTO_CAPTURES,
  PAYMENT_PAGES,
  RECEIVES_ACCOUNT_DATA,
  ROLES,
  SCRIPT_PROTECTIONS,
  SERVICE_PROVIDER_TRANSACTIONS,
  WEBSITE_HOSTS,
} from '../../lib/vocabulary';
import { z } from '../../lib/zod';

/** A yes/no question where people may genuinely not know. */
export const answerSchema = z.enum(ANSWERS);
export type Answer = z.infer<typeof answerSchema>;

export const equipmentSchema = z.enum(EQUIPMENT);
export type Equipment = z.infer<typeof equipmentSchema>;

export const paymentPageSchema = z.enum(PAYMENT_PAGES);
export type PaymentPage = z.infer<typeof paymentPageSchema>;

export const scriptProtectionSchema = z.enum(SCRIPT_PROTECTIONS);
export type ScriptProtection = z.infer<typeof scriptProtectionSchema>;

export const websiteHostSchema = z.enum(WEBSITE_HOSTS);
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

export const annualCardTransactionsSchema = z.enum(ANNUAL_CARD_TRANSACTIONS);
export type AnnualCardTransactions = z.infer<typeof annualCardTransactionsSchema>;

/** Service providers: transactions stored, processed or sent for others in a year (Visa's level 1 starts at 300,000). */
export const serviceProviderTransactionsSchema = z.enum(SERVICE_PROVIDER_TRANSACTIONS);
export type ServiceProviderTransactions = z.infer<typeof serviceProviderTransactionsSchema>;

export const receivesAccountDataSchema = z.enum(RECEIVES_ACCOUNT_DATA);

/** Everything the decision engine needs to know about how an organisation takes card payments. */
export const paymentProfileSchema = z.object({
  role: z.enum(ROLES),
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
