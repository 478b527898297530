/** Profile builders and the enumerated profile space, shared by the engine's tests and benchmarks. */
import type {
  CardPresentSetup,
  EcommerceSetup,
  Equipment,
  MotoSetup,
  PaymentProfile,
} from './profile';

/** A merchant with no channels and every global answer at its simplest. */
export function baseProfile(overrides: Partial<PaymentProfile> = {}): PaymentProfile {
  return {
    role: 'merchant',
    annualCardTransactions: 'under-20k',
    storesAccountDataElectronically: 'no',
    receivesAccountDataElectronically: 'no',
    keepsPaperWithCardData: 'no',
    thirdPartiesConfirmedCompliant: 'yes',
    channelsShareSystems: 'no',
    ecommerce: [],
    moto: [],
    cardPresent: [],
    ...overrides,
  };
}

const HOSTS = ['self-managed', 'pci-compliant-provider', 'other-provider', 'unsure'] as const;
const ANSWERS = ['yes', 'no', 'unsure'] as const;

/** Every e-commerce setup the interview can produce (follow-ups only where they are asked). */
export const ECOMMERCE_VARIANTS: EcommerceSetup[] = [
  { paymentPage: 'platform-is-merchant' },
  { paymentPage: 'no-own-website' },
  { paymentPage: 'redirect' },
  { paymentPage: 'own-server' },
  { paymentPage: 'iframe', scriptProtection: 'own-controls' },
  { paymentPage: 'iframe', scriptProtection: 'provider-confirmed' },
  ...(['none', 'unsure'] as const).flatMap((scriptProtection) =>
    HOSTS.map((websiteHost) => ({ paymentPage: 'iframe' as const, scriptProtection, websiteHost })),
  ),
  ...(['direct-post', 'js-form', 'unsure'] as const).flatMap((paymentPage) =>
    HOSTS.map((websiteHost) => ({ paymentPage, websiteHost })),
  ),
];

type EquipmentVariant = Omit<CardPresentSetup, 'label'>;

/** Kept apart and at one location: the answers that matter, without every redundant pair. */
const APART_AND_ONE_PLACE = [
  { isolatedDevice: 'yes', singleLocation: 'yes' },
  { isolatedDevice: 'yes', singleLocation: 'no' },
  { isolatedDevice: 'yes', singleLocation: 'unsure' },
  { isolatedDevice: 'no', singleLocation: 'yes' },
  { isolatedDevice: 'unsure', singleLocation: 'yes' },
] as const;

/** A phone reader: listed in a SPoC solution, and kept apart (not asked when it is not listed). */
const READER = [
  { listed: 'no' },
  { listed: 'yes', isolatedDevice: 'yes' },
  { listed: 'yes', isolatedDevice: 'no' },
  { listed: 'unsure', isolatedDevice: 'yes' },
  { listed: 'yes', isolatedDevice: 'unsure' },
] as const;

/** Every equipment with the follow-ups the interview asks for it, in person or (`moto`) by phone. */
function equipmentVariants(moto: boolean): EquipmentVariant[] {
  const each = (equipment: Equipment, follow: readonly object[]): EquipmentVariant[] =>
    follow.map((f) => ({ equipment, ...f }));
  return [
    ...each(
      'imprint-or-dial-out',
      ANSWERS.map((isolatedDevice) => ({ isolatedDevice })),
    ),
    ...each(
      'standalone-ip-terminal',
      ANSWERS.map((isolatedDevice) => ({ isolatedDevice })),
    ),
    ...each(
      'p2pe-listed',
      ANSWERS.map((listed) => ({ listed })),
    ),
    // By phone, a reader means keying into the phone: D, with nothing more asked.
    ...each('mobile-reader', moto ? [{}] : READER),
    ...(moto ? [] : each('tap-to-pay-phone', [{}])),
    ...each('pos-system', APART_AND_ONE_PLACE),
    ...(moto ? [] : each('virtual-terminal', APART_AND_ONE_PLACE)),
    ...each('reader-on-own-system', [{}]),
    { equipment: 'unsure' },
  ];
}

export const CARD_PRESENT_VARIANTS: CardPresentSetup[] = equipmentVariants(false);

export const MOTO_VARIANTS: MotoSetup[] = [
  { capture: 'provider-handles' },
  { capture: 'staff-use-online-form' },
  { capture: 'own-system' },
  { capture: 'unsure' },
  ...APART_AND_ONE_PLACE.map((f) => ({ capture: 'virtual-terminal' as const, ...f })),
  ...equipmentVariants(true).map(({ equipment, ...follow }) => ({
    capture: 'payment-terminal' as const,
    terminal: equipment,
    ...follow,
  })),
];

/** Global answers worth crossing with every combination of setups. */
export const GLOBAL_VARIANTS: Partial<PaymentProfile>[] = [
  {},
  { storesAccountDataElectronically: 'yes' },
  { storesAccountDataElectronically: 'unsure' },
  { receivesAccountDataElectronically: 'unsure' },
  {
    receivesAccountDataElectronically: 'unsolicited-deleted',
    thirdPartiesConfirmedCompliant: 'no',
  },
  { channelsShareSystems: 'yes', thirdPartiesConfirmedCompliant: 'unsure' },
];

/** Every profile with at most one setup per channel, crossed with the global variants. */
export function* enumerateProfiles(): Generator<PaymentProfile> {
  const orNone = <T>(list: T[]): (T | undefined)[] => [undefined, ...list];
  for (const globals of GLOBAL_VARIANTS)
    for (const e of orNone(ECOMMERCE_VARIANTS))
      for (const m of orNone(MOTO_VARIANTS))
        for (const c of orNone(CARD_PRESENT_VARIANTS))
          yield baseProfile({
            ...globals,
            ecommerce: e ? [e] : [],
            moto: m ? [m] : [],
            cardPresent: c ? [c] : [],
          });
}
