/** The SAQ types the engine can name, with the facts the result page and the covering rule need. */
import { SAQ_WORDS, say } from '../../content/words';
import { CHANNELS, SAQ_IDS, type ChannelKind, type SaqId } from '../../lib/vocabulary';

export { CHANNELS, SAQ_IDS, type ChannelKind, type SaqId } from '../../lib/vocabulary';

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
  /** Our short description of who it is for (content/text/saqs.json). */
  forWhom: string;
  /** Edition of the official document the app's content follows. */
  edition: string;
  /** Requirement rows in Section 2 of the official SAQ (placeholders of SAQ D included). */
  rows: number;
  /**
   * The rows a merchant answers: SAQ D's rows for service providers and issuers only, and 12.3.2
   * (customized approach, which no SAQ allows), have nothing to answer. Every count the app shows.
   */
  answerable: number;
  /** Payment channels the SAQ's eligibility criteria allow. */
  channels: readonly ChannelKind[];
  /**
   * Whether confirming the providers' PCI DSS compliance is one of its eligibility criteria: A and
   * A-EP (all processing outsourced to a compliant provider), C-VT (the virtual terminal is provided
   * and hosted by a compliant provider). Not B, B-IP, C, P2PE or SPoC.
   */
  requiresProviderCompliance: boolean;
  /** P2PE and SPoC: the solution must be on the Council's list of validated solutions. */
  requiresListedSolution: boolean;
}

const ALL: readonly ChannelKind[] = CHANNELS;

export const SAQ_FACTS: Readonly<Record<SaqId, SaqFacts>> = {
  A: {
    id: 'A',
    name: 'SAQ A',
    forWhom: say(SAQ_WORDS, 'for-whom.A'),
    edition: 'v4.0.1 Revision 1, January 2025',
    rows: 27,
    answerable: 27,
    channels: ['ecommerce', 'moto'],
    requiresProviderCompliance: true,
    requiresListedSolution: false,
  },
  'A-EP': {
    id: 'A-EP',
    name: 'SAQ A-EP',
    forWhom: say(SAQ_WORDS, 'for-whom.A-EP'),
    edition: 'v4.0.1, October 2024',
    rows: 139,
    answerable: 139,
    channels: ['ecommerce'],
    requiresProviderCompliance: true,
    requiresListedSolution: false,
  },
  B: {
    id: 'B',
    name: 'SAQ B',
    forWhom: say(SAQ_WORDS, 'for-whom.B'),
    edition: 'v4.0.1, October 2024',
    rows: 27,
    answerable: 27,
    channels: ['cardPresent', 'moto'],
    requiresProviderCompliance: false,
    requiresListedSolution: false,
  },
  'B-IP': {
    id: 'B-IP',
    name: 'SAQ B-IP',
    forWhom: say(SAQ_WORDS, 'for-whom.B-IP'),
    edition: 'v4.0.1, October 2024',
    rows: 50,
    answerable: 50,
    channels: ['cardPresent', 'moto'],
    requiresProviderCompliance: false,
    requiresListedSolution: false,
  },
  C: {
    id: 'C',
    name: 'SAQ C',
    forWhom: say(SAQ_WORDS, 'for-whom.C'),
    edition: 'v4.0.1, October 2024',
    rows: 123,
    answerable: 123,
    channels: ['cardPresent', 'moto'],
    requiresProviderCompliance: false,
    requiresListedSolution: false,
  },
  'C-VT': {
    id: 'C-VT',
    name: 'SAQ C-VT',
    forWhom: say(SAQ_WORDS, 'for-whom.C-VT'),
    edition: 'v4.0.1, October 2024',
    rows: 54,
    answerable: 54,
    channels: ['cardPresent', 'moto'],
    requiresProviderCompliance: true,
    requiresListedSolution: false,
  },
  P2PE: {
    id: 'P2PE',
    name: 'SAQ P2PE',
    forWhom: say(SAQ_WORDS, 'for-whom.P2PE'),
    edition: 'v4.0.1, October 2024',
    rows: 21,
    answerable: 21,
    channels: ['cardPresent', 'moto'],
    requiresProviderCompliance: false,
    requiresListedSolution: true,
  },
  SPoC: {
    id: 'SPoC',
    name: 'SAQ SPoC',
    forWhom: say(SAQ_WORDS, 'for-whom.SPoC'),
    edition: 'v4.0.1, October 2024',
    rows: 22,
    answerable: 22,
    channels: ['cardPresent'],
    requiresProviderCompliance: false,
    requiresListedSolution: true,
  },
  'D-Merchant': {
    id: 'D-Merchant',
    name: 'SAQ D for Merchants',
    forWhom: say(SAQ_WORDS, 'for-whom.D-Merchant'),
    edition: 'v4.0.1, October 2024',
    rows: 253,
    answerable: 233,
    channels: ALL,
    requiresProviderCompliance: false,
    requiresListedSolution: false,
  },
  'D-SP': {
    id: 'D-SP',
    name: 'SAQ D for Service Providers',
    forWhom: say(SAQ_WORDS, 'for-whom.D-SP'),
    edition: 'v4.0.1, January 2025',
    rows: 0,
    answerable: 0,
    channels: ALL,
    requiresProviderCompliance: false,
    requiresListedSolution: false,
  },
};

/** SAQs ordered from the shortest questionnaire to the longest (D-SP last: it is a different kind). */
export const SAQ_BY_LENGTH: readonly SaqId[] = [
  ...SAQ_IDS.filter((id) => id !== 'D-SP').sort(
    (a, b) => SAQ_FACTS[a].rows - SAQ_FACTS[b].rows || SAQ_IDS.indexOf(a) - SAQ_IDS.indexOf(b),
  ),
  'D-SP',
];
