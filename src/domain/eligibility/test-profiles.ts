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
const ISOLATION = ['yes', 'no', 'unsure'] as const;
const EQUIPMENT: Equipment[] = [
  'imprint-or-dial-out',
  'standalone-ip-terminal',
  'p2pe-listed',
  'spoc-listed',
  'mobile-reader',
  'tap-to-pay-phone',
  'pos-system',
  'virtual-terminal',
  'unsure',
];

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

type EquipmentVariant = { equipment: Equipment; isolatedDevice?: 'yes' | 'no' | 'unsure' };

function equipmentVariants(): EquipmentVariant[] {
  return EQUIPMENT.flatMap((equipment): EquipmentVariant[] =>
    equipment === 'pos-system' || equipment === 'virtual-terminal'
      ? ISOLATION.map((isolatedDevice) => ({ equipment, isolatedDevice }))
      : [{ equipment }],
  );
}

export const CARD_PRESENT_VARIANTS: CardPresentSetup[] = equipmentVariants();

export const MOTO_VARIANTS: MotoSetup[] = [
  { capture: 'provider-handles' },
  { capture: 'staff-use-online-form' },
  { capture: 'own-system' },
  { capture: 'unsure' },
  ...ISOLATION.map((isolatedDevice) => ({ capture: 'virtual-terminal' as const, isolatedDevice })),
  ...equipmentVariants().map(({ equipment, isolatedDevice }) => ({
    capture: 'payment-terminal' as const,
    terminal: equipment,
    ...(isolatedDevice ? { isolatedDevice } : {}),
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
