/**
 * The app's vocabulary: every enumerated value that content, rules and storage share, defined once.
 * Content schemas, the decision engine's Zod schemas, the assessment model and the file schema all
 * build on these lists, so a value is added or renamed in one place.
 */

/** The SAQ types the engine can name. */
export const SAQ_IDS = [
  'A',
  'A-EP',
  'B',
  'B-IP',
  'C',
  'C-VT',
  'P2PE',
  'SPoC',
  'D-Merchant',
  'D-SP',
] as const;
export type SaqId = (typeof SAQ_IDS)[number];

/** The merchant SAQs OpenSAQ has questionnaire content for (every SAQ but D for Service Providers). */
export const MERCHANT_SAQ_IDS = [
  'A',
  'A-EP',
  'B',
  'B-IP',
  'C',
  'C-VT',
  'P2PE',
  'SPoC',
  'D-Merchant',
] as const satisfies readonly SaqId[];
export type MerchantSaqId = (typeof MERCHANT_SAQ_IDS)[number];

/** The payment channels, in the order the app always lists them. */
export const CHANNELS = ['ecommerce', 'moto', 'cardPresent'] as const;
export type ChannelKind = (typeof CHANNELS)[number];

/** The SAQ responses, in the order the official forms print them. */
export const RESPONSES = [
  'in-place',
  'in-place-ccw',
  'not-applicable',
  'not-tested',
  'not-in-place',
] as const;
export type Response = (typeof RESPONSES)[number];

/** How an online payment page takes card details. */
export const PAYMENT_PAGES = [
  'platform-is-merchant',
  'no-own-website',
  'redirect',
  'iframe',
  'direct-post',
  'js-form',
  'own-server',
  'unsure',
] as const;

/** How card details from phone and post gifts are taken. */
export const MOTO_CAPTURES = [
  'provider-handles',
  'virtual-terminal',
  'staff-use-online-form',
  'payment-terminal',
  'own-system',
  'unsure',
] as const;

/**
 * What takes the card: one piece of equipment (or the way cards are keyed).
 * - `p2pe-listed`: terminals sold as a P2PE solution; whether the solution is on the Council's list
 *   is a question of its own.
 * - `mobile-reader`: a card reader paired with a phone or tablet; whether it is part of a listed
 *   SPoC solution is a question of its own.
 * - `spoc-listed`: kept so older profiles stay valid; it reads as `mobile-reader`, listed.
 * - `reader-on-own-system`: a reader attached to a computer whose card data passes through the
 *   organisation's own website or software (such as a USB swipe reader posting through CiviCRM).
 */
export const EQUIPMENT = [
  'imprint-or-dial-out',
  'standalone-ip-terminal',
  'p2pe-listed',
  'spoc-listed',
  'mobile-reader',
  'tap-to-pay-phone',
  'pos-system',
  'virtual-terminal',
  'reader-on-own-system',
  'unsure',
] as const;

/** A yes/no question where people may genuinely not know. */
export const ANSWERS = ['yes', 'no', 'unsure'] as const;

/** What the organisation does with card payments. */
export const ROLES = ['merchant', 'service-provider', 'both'] as const;

/** How the page around an embedded payment form is protected against script attacks. */
export const SCRIPT_PROTECTIONS = ['own-controls', 'provider-confirmed', 'none', 'unsure'] as const;

/** Who runs the server the website is on (SAQ A-EP's hosting criterion). */
export const WEBSITE_HOSTS = [
  'self-managed',
  'pci-compliant-provider',
  'other-provider',
  'unsure',
] as const;

/** Card payments a year (merchant levels are counted per card brand). */
export const ANNUAL_CARD_TRANSACTIONS = [
  'under-20k',
  '20k-to-1m',
  '1m-to-6m',
  'over-6m',
  'unsure',
] as const;

/** Service providers: transactions handled for others in a year (Visa's level 1 starts at 300,000). */
export const SERVICE_PROVIDER_TRANSACTIONS = ['under-300k', 'over-300k', 'unsure'] as const;

/** Whether card numbers reach the organisation electronically. */
export const RECEIVES_ACCOUNT_DATA = ['no', 'unsolicited-deleted', 'yes', 'unsure'] as const;
