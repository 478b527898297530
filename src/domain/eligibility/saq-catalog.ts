/** The SAQ types the engine can name, with the facts the result page and the covering rule need. */

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

export type ChannelKind = 'ecommerce' | 'moto' | 'cardPresent';

/** The payment channels, in the order the app always lists them. */
export const CHANNELS: readonly ChannelKind[] = ['ecommerce', 'moto', 'cardPresent'];

/** The channels' names as the app shows them. */
export const CHANNEL_NAMES: Readonly<Record<ChannelKind, string>> = {
  ecommerce: 'Online',
  moto: 'Phone and post',
  cardPresent: 'In person',
};

export interface SaqFacts {
  id: SaqId;
  /** The name printed on the official document. */
  name: string;
  /** Our short description of who it is for. */
  forWhom: string;
  /** Edition of the official document the app's content follows. */
  edition: string;
  /** Requirement rows in Section 2 of the official SAQ (placeholders of SAQ D included). */
  rows: number;
  /** Payment channels the SAQ's eligibility criteria allow. */
  channels: readonly ChannelKind[];
  /** Whether confirming the providers' PCI DSS compliance is one of its eligibility criteria. */
  requiresProviderCompliance: boolean;
}

const ALL: readonly ChannelKind[] = ['ecommerce', 'moto', 'cardPresent'];

export const SAQ_FACTS: Readonly<Record<SaqId, SaqFacts>> = {
  A: {
    id: 'A',
    name: 'SAQ A',
    forWhom: 'Online or phone payments handed entirely to a PCI-compliant payment provider',
    edition: 'v4.0.1 Revision 1, January 2025',
    rows: 27,
    channels: ['ecommerce', 'moto'],
    requiresProviderCompliance: true,
  },
  'A-EP': {
    id: 'A-EP',
    name: 'SAQ A-EP',
    forWhom: 'Online payments where your own web page shapes the payment form',
    edition: 'v4.0.1, October 2024',
    rows: 139,
    channels: ['ecommerce'],
    requiresProviderCompliance: true,
  },
  B: {
    id: 'B',
    name: 'SAQ B',
    forWhom: 'Imprint machines or terminals that dial out over a phone line',
    edition: 'v4.0.1, October 2024',
    rows: 27,
    channels: ['cardPresent', 'moto'],
    requiresProviderCompliance: false,
  },
  'B-IP': {
    id: 'B-IP',
    name: 'SAQ B-IP',
    forWhom: 'Standalone approved terminals connected over the internet, mobile data or Wi-Fi',
    edition: 'v4.0.1, October 2024',
    rows: 50,
    channels: ['cardPresent', 'moto'],
    requiresProviderCompliance: false,
  },
  C: {
    id: 'C',
    name: 'SAQ C',
    forWhom:
      'A till or payment application connected to the internet, kept apart from other systems',
    edition: 'v4.0.1, October 2024',
    rows: 123,
    channels: ['cardPresent', 'moto'],
    requiresProviderCompliance: false,
  },
  'C-VT': {
    id: 'C-VT',
    name: 'SAQ C-VT',
    forWhom: "Card details typed into the provider's virtual terminal on one isolated computer",
    edition: 'v4.0.1, October 2024',
    rows: 54,
    channels: ['cardPresent', 'moto'],
    requiresProviderCompliance: true,
  },
  P2PE: {
    id: 'P2PE',
    name: 'SAQ P2PE',
    forWhom: 'Terminals from a PCI-listed point-to-point encryption (P2PE) solution only',
    edition: 'v4.0.1, October 2024',
    rows: 21,
    channels: ['cardPresent', 'moto'],
    requiresProviderCompliance: true,
  },
  SPoC: {
    id: 'SPoC',
    name: 'SAQ SPoC',
    forWhom: 'A phone or tablet with a card reader from a PCI-listed SPoC solution, in person only',
    edition: 'v4.0.1, October 2024',
    rows: 22,
    channels: ['cardPresent'],
    requiresProviderCompliance: true,
  },
  'D-Merchant': {
    id: 'D-Merchant',
    name: 'SAQ D for Merchants',
    forWhom: 'Every merchant that does not fit a shorter SAQ',
    edition: 'v4.0.1, October 2024',
    rows: 253,
    channels: ALL,
    requiresProviderCompliance: false,
  },
  'D-SP': {
    id: 'D-SP',
    name: 'SAQ D for Service Providers',
    forWhom: 'Service providers that a card brand allows to self-assess',
    edition: 'v4.0.1, January 2025',
    rows: 0,
    channels: ALL,
    requiresProviderCompliance: false,
  },
};

/** SAQs ordered from the shortest questionnaire to the longest (D-SP last: it is a different kind). */
export const SAQ_BY_LENGTH: readonly SaqId[] = [
  ...SAQ_IDS.filter((id) => id !== 'D-SP').sort(
    (a, b) => SAQ_FACTS[a].rows - SAQ_FACTS[b].rows || SAQ_IDS.indexOf(a) - SAQ_IDS.indexOf(b),
  ),
  'D-SP',
];
