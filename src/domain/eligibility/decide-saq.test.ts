import { beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { decideSaq, type PaymentProfile, type SaqDecision, type SaqId } from './decide-saq';
import { SAQ_FACTS } from './saq-catalog';
import {
  baseProfile,
  CARD_PRESENT_VARIANTS,
  ECOMMERCE_VARIANTS,
  enumerateProfiles,
  MOTO_VARIANTS,
} from './test-profiles';

const p = baseProfile;

interface Case {
  name: string;
  profile: PaymentProfile;
  status: SaqDecision['status'];
  saq?: SaqId;
  candidates?: SaqId[];
  separate?: boolean;
  escalations?: SaqDecision['escalations'];
  /** Role "both": the SAQ for the organisation's own card payments. */
  merchantSaq?: SaqId;
}

const cases: Case[] = [
  // Online: the payment page decides.
  {
    name: 'full redirect (PayPal Standard style)',
    profile: p({ ecommerce: [{ paymentPage: 'redirect' }] }),
    status: 'decided',
    saq: 'A',
  },
  {
    name: 'no own website: payment links by email',
    profile: p({ ecommerce: [{ paymentPage: 'no-own-website' }] }),
    status: 'decided',
    saq: 'A',
  },
  {
    name: 'iframe with own script controls',
    profile: p({ ecommerce: [{ paymentPage: 'iframe', scriptProtection: 'own-controls' }] }),
    status: 'decided',
    saq: 'A',
  },
  {
    name: 'iframe with provider confirmation',
    profile: p({ ecommerce: [{ paymentPage: 'iframe', scriptProtection: 'provider-confirmed' }] }),
    status: 'decided',
    saq: 'A',
  },
  {
    name: 'iframe without protection, self-managed server',
    profile: p({
      ecommerce: [{ paymentPage: 'iframe', scriptProtection: 'none', websiteHost: 'self-managed' }],
    }),
    status: 'decided',
    saq: 'A-EP',
  },
  {
    name: 'iframe without protection, compliant host',
    profile: p({
      ecommerce: [
        { paymentPage: 'iframe', scriptProtection: 'none', websiteHost: 'pci-compliant-provider' },
      ],
    }),
    status: 'decided',
    saq: 'A-EP',
  },
  {
    name: 'iframe without protection on shared hosting',
    profile: p({
      ecommerce: [
        { paymentPage: 'iframe', scriptProtection: 'none', websiteHost: 'other-provider' },
      ],
    }),
    status: 'decided',
    saq: 'D-Merchant',
  },
  {
    name: 'iframe without protection, host unknown',
    profile: p({
      ecommerce: [{ paymentPage: 'iframe', scriptProtection: 'none', websiteHost: 'unsure' }],
    }),
    status: 'needs-review',
    candidates: ['A-EP', 'D-Merchant'],
  },
  {
    name: 'iframe, script protection unknown, compliant host',
    profile: p({
      ecommerce: [
        {
          paymentPage: 'iframe',
          scriptProtection: 'unsure',
          websiteHost: 'pci-compliant-provider',
        },
      ],
    }),
    status: 'needs-review',
    candidates: ['A', 'A-EP'],
  },
  {
    name: 'iframe, script protection unknown, shared hosting',
    profile: p({
      ecommerce: [
        { paymentPage: 'iframe', scriptProtection: 'unsure', websiteHost: 'other-provider' },
      ],
    }),
    status: 'needs-review',
    candidates: ['A', 'D-Merchant'],
  },
  {
    name: 'direct post, compliant host',
    profile: p({
      ecommerce: [{ paymentPage: 'direct-post', websiteHost: 'pci-compliant-provider' }],
    }),
    status: 'decided',
    saq: 'A-EP',
  },
  {
    name: 'direct post, shared hosting',
    profile: p({ ecommerce: [{ paymentPage: 'direct-post', websiteHost: 'other-provider' }] }),
    status: 'decided',
    saq: 'D-Merchant',
  },
  {
    name: 'JavaScript form, self-managed',
    profile: p({ ecommerce: [{ paymentPage: 'js-form', websiteHost: 'self-managed' }] }),
    status: 'decided',
    saq: 'A-EP',
  },
  {
    name: 'JavaScript form, host unknown',
    profile: p({ ecommerce: [{ paymentPage: 'js-form', websiteHost: 'unsure' }] }),
    status: 'needs-review',
    candidates: ['A-EP', 'D-Merchant'],
  },
  {
    name: 'card details through own server (legacy iATS)',
    profile: p({ ecommerce: [{ paymentPage: 'own-server' }] }),
    status: 'decided',
    saq: 'D-Merchant',
  },
  {
    name: 'payment page unknown',
    profile: p({ ecommerce: [{ paymentPage: 'unsure' }] }),
    status: 'needs-review',
    candidates: ['A', 'A-EP', 'D-Merchant'],
  },
  {
    name: 'giving platform is the merchant',
    profile: p({ ecommerce: [{ paymentPage: 'platform-is-merchant' }] }),
    status: 'out-of-scope',
  },
  { name: 'no channels at all', profile: p(), status: 'out-of-scope' },
  // Electronic card data.
  {
    name: 'own server + storage unknown is still D',
    profile: p({
      storesAccountDataElectronically: 'unsure',
      ecommerce: [{ paymentPage: 'own-server' }],
    }),
    status: 'decided',
    saq: 'D-Merchant',
  },
  {
    name: 'redirect but card numbers stored in a spreadsheet',
    profile: p({
      storesAccountDataElectronically: 'yes',
      ecommerce: [{ paymentPage: 'redirect' }],
    }),
    status: 'decided',
    saq: 'D-Merchant',
  },
  {
    name: 'redirect, storage unknown',
    profile: p({
      storesAccountDataElectronically: 'unsure',
      ecommerce: [{ paymentPage: 'redirect' }],
    }),
    status: 'needs-review',
    candidates: ['A', 'D-Merchant'],
  },
  {
    name: 'redirect, card numbers taken by email',
    profile: p({
      receivesAccountDataElectronically: 'yes',
      ecommerce: [{ paymentPage: 'redirect' }],
    }),
    status: 'decided',
    saq: 'D-Merchant',
  },
  {
    name: 'redirect, unsolicited emails deleted (FAQ 1157)',
    profile: p({
      receivesAccountDataElectronically: 'unsolicited-deleted',
      ecommerce: [{ paymentPage: 'redirect' }],
    }),
    status: 'decided',
    saq: 'A',
  },
  // Provider compliance: a criterion of A, A-EP and C-VT only (their eligibility criteria).
  {
    name: 'redirect, provider compliance not confirmed',
    profile: p({ thirdPartiesConfirmedCompliant: 'no', ecommerce: [{ paymentPage: 'redirect' }] }),
    status: 'needs-review',
    candidates: ['A', 'D-Merchant'],
  },
  {
    name: 'dial-out terminal does not need provider compliance',
    profile: p({
      thirdPartiesConfirmedCompliant: 'no',
      cardPresent: [{ equipment: 'imprint-or-dial-out', isolatedDevice: 'yes' }],
    }),
    status: 'decided',
    saq: 'B',
  },
  {
    name: 'P2PE rests on the listing, not on provider compliance (P2PE criteria)',
    profile: p({
      thirdPartiesConfirmedCompliant: 'unsure',
      cardPresent: [{ equipment: 'p2pe-listed', listed: 'yes' }],
    }),
    status: 'decided',
    saq: 'P2PE',
  },
  {
    name: 'SPoC rests on the listing, not on provider compliance (SPoC criteria)',
    profile: p({
      thirdPartiesConfirmedCompliant: 'no',
      cardPresent: [{ equipment: 'mobile-reader', listed: 'yes', isolatedDevice: 'yes' }],
    }),
    status: 'decided',
    saq: 'SPoC',
  },
  {
    name: 'C-VT needs the virtual terminal provider confirmed compliant (C-VT criteria)',
    profile: p({
      thirdPartiesConfirmedCompliant: 'no',
      moto: [{ capture: 'virtual-terminal', isolatedDevice: 'yes', singleLocation: 'yes' }],
    }),
    status: 'needs-review',
    candidates: ['C-VT', 'D-Merchant'],
  },
  // Phone and mail gifts.
  {
    name: 'phone gifts handled by the provider',
    profile: p({ moto: [{ capture: 'provider-handles' }] }),
    status: 'decided',
    saq: 'A',
  },
  {
    name: 'virtual terminal on an isolated PC at one location',
    profile: p({
      moto: [{ capture: 'virtual-terminal', isolatedDevice: 'yes', singleLocation: 'yes' }],
    }),
    status: 'decided',
    saq: 'C-VT',
  },
  {
    name: 'virtual terminal on a laptop carried to events: not one location (C-VT criteria)',
    profile: p({
      moto: [{ capture: 'virtual-terminal', isolatedDevice: 'yes', singleLocation: 'no' }],
    }),
    status: 'decided',
    saq: 'D-Merchant',
  },
  {
    name: 'virtual terminal, location not asked: C-VT is never assumed',
    profile: p({ moto: [{ capture: 'virtual-terminal', isolatedDevice: 'yes' }] }),
    status: 'needs-review',
    candidates: ['C-VT', 'D-Merchant'],
  },
  {
    name: 'virtual terminal on the office PC',
    profile: p({ moto: [{ capture: 'virtual-terminal', isolatedDevice: 'no' }] }),
    status: 'decided',
    saq: 'D-Merchant',
  },
  {
    name: 'virtual terminal, isolation unknown',
    profile: p({ moto: [{ capture: 'virtual-terminal', isolatedDevice: 'unsure' }] }),
    status: 'needs-review',
    candidates: ['C-VT', 'D-Merchant'],
  },
  {
    name: 'staff type phone gifts into the donation form',
    profile: p({ moto: [{ capture: 'staff-use-online-form' }] }),
    status: 'decided',
    saq: 'D-Merchant',
  },
  {
    name: 'phone gifts into own system',
    profile: p({ moto: [{ capture: 'own-system' }] }),
    status: 'decided',
    saq: 'D-Merchant',
  },
  {
    name: 'phone gifts keyed into a listed P2PE terminal (P2PE allows MOTO)',
    profile: p({ moto: [{ capture: 'payment-terminal', terminal: 'p2pe-listed', listed: 'yes' }] }),
    status: 'decided',
    saq: 'P2PE',
  },
  {
    name: 'phone gifts keyed into a dial-out terminal on its own line',
    profile: p({
      moto: [
        { capture: 'payment-terminal', terminal: 'imprint-or-dial-out', isolatedDevice: 'yes' },
      ],
    }),
    status: 'decided',
    saq: 'B',
  },
  {
    name: 'phone gifts keyed into an IP terminal kept off other systems',
    profile: p({
      moto: [
        { capture: 'payment-terminal', terminal: 'standalone-ip-terminal', isolatedDevice: 'yes' },
      ],
    }),
    status: 'decided',
    saq: 'B-IP',
  },
  {
    name: 'phone gifts into a SPoC app: SPoC excludes phone orders',
    profile: p({ moto: [{ capture: 'payment-terminal', terminal: 'spoc-listed' }] }),
    status: 'decided',
    saq: 'D-Merchant',
  },
  {
    name: 'phone gifts into an isolated POS at one store',
    profile: p({
      moto: [
        {
          capture: 'payment-terminal',
          terminal: 'pos-system',
          isolatedDevice: 'yes',
          singleLocation: 'yes',
        },
      ],
    }),
    status: 'decided',
    saq: 'C',
  },
  {
    name: 'phone gifts capture unknown',
    profile: p({ moto: [{ capture: 'unsure' }] }),
    status: 'needs-review',
  },
  // Card present: isolation is asked wherever a criterion needs it, and never assumed.
  {
    name: 'dial-out terminal on its own phone line (B criteria)',
    profile: p({ cardPresent: [{ equipment: 'imprint-or-dial-out', isolatedDevice: 'yes' }] }),
    status: 'decided',
    saq: 'B',
  },
  {
    name: 'dial-out terminal also connected to a computer',
    profile: p({ cardPresent: [{ equipment: 'imprint-or-dial-out', isolatedDevice: 'no' }] }),
    status: 'decided',
    saq: 'D-Merchant',
  },
  {
    name: 'dial-out terminal, connection not asked: B is never assumed',
    profile: p({ cardPresent: [{ equipment: 'imprint-or-dial-out' }] }),
    status: 'needs-review',
    candidates: ['B', 'D-Merchant'],
  },
  {
    name: 'cellular standalone terminal kept off other systems is B-IP (B-IP criteria)',
    profile: p({ cardPresent: [{ equipment: 'standalone-ip-terminal', isolatedDevice: 'yes' }] }),
    status: 'decided',
    saq: 'B-IP',
  },
  {
    name: 'IP terminal on the office network, not segmented',
    profile: p({ cardPresent: [{ equipment: 'standalone-ip-terminal', isolatedDevice: 'no' }] }),
    status: 'decided',
    saq: 'D-Merchant',
  },
  {
    name: 'IP terminal, isolation unknown',
    profile: p({
      cardPresent: [{ equipment: 'standalone-ip-terminal', isolatedDevice: 'unsure' }],
    }),
    status: 'needs-review',
    candidates: ['B-IP', 'D-Merchant'],
  },
  {
    name: 'P2PE solution on the Council list',
    profile: p({ cardPresent: [{ equipment: 'p2pe-listed', listed: 'yes' }] }),
    status: 'decided',
    saq: 'P2PE',
  },
  {
    name: 'P2PE solution not on the list: judged as an ordinary terminal',
    profile: p({ cardPresent: [{ equipment: 'p2pe-listed', listed: 'no' }] }),
    status: 'needs-review',
    candidates: ['B-IP', 'D-Merchant'],
  },
  {
    name: 'P2PE listing unknown',
    profile: p({ cardPresent: [{ equipment: 'p2pe-listed', listed: 'unsure' }] }),
    status: 'needs-review',
    candidates: ['P2PE', 'B-IP', 'D-Merchant'],
  },
  {
    name: 'reader from a listed SPoC solution, kept off other systems',
    profile: p({
      cardPresent: [{ equipment: 'mobile-reader', listed: 'yes', isolatedDevice: 'yes' }],
    }),
    status: 'decided',
    saq: 'SPoC',
  },
  {
    name: 'older profiles: spoc-listed reads as a listed reader',
    profile: p({ cardPresent: [{ equipment: 'spoc-listed', isolatedDevice: 'yes' }] }),
    status: 'decided',
    saq: 'SPoC',
  },
  {
    name: 'listed SPoC reader on the office network (SPoC criteria)',
    profile: p({
      cardPresent: [{ equipment: 'mobile-reader', listed: 'yes', isolatedDevice: 'no' }],
    }),
    status: 'decided',
    saq: 'D-Merchant',
  },
  {
    name: 'phone-paired reader, listing unknown',
    profile: p({ cardPresent: [{ equipment: 'mobile-reader', isolatedDevice: 'yes' }] }),
    status: 'needs-review',
    candidates: ['SPoC', 'D-Merchant'],
  },
  {
    name: 'phone-paired reader not listed: no SAQ, the acquirer or facilitator decides',
    profile: p({ cardPresent: [{ equipment: 'mobile-reader', listed: 'no' }] }),
    status: 'needs-review',
    candidates: ['D-Merchant'],
    escalations: ['no-saq-for-setup'],
  },
  {
    name: 'tap to pay on a phone: not SPoC (needs an SCRP), no SAQ, acquirer decides',
    profile: p({ cardPresent: [{ equipment: 'tap-to-pay-phone' }] }),
    status: 'needs-review',
    candidates: ['D-Merchant'],
    escalations: ['no-saq-for-setup'],
  },
  {
    name: 'isolated POS system at one store (C criteria)',
    profile: p({
      cardPresent: [{ equipment: 'pos-system', isolatedDevice: 'yes', singleLocation: 'yes' }],
    }),
    status: 'decided',
    saq: 'C',
  },
  {
    name: 'isolated POS system linking several premises',
    profile: p({
      cardPresent: [{ equipment: 'pos-system', isolatedDevice: 'yes', singleLocation: 'no' }],
    }),
    status: 'decided',
    saq: 'D-Merchant',
  },
  {
    name: 'POS system on the office network',
    profile: p({ cardPresent: [{ equipment: 'pos-system', isolatedDevice: 'no' }] }),
    status: 'decided',
    saq: 'D-Merchant',
  },
  {
    name: 'card-present virtual terminal, isolated at one location',
    profile: p({
      cardPresent: [
        { equipment: 'virtual-terminal', isolatedDevice: 'yes', singleLocation: 'yes' },
      ],
    }),
    status: 'decided',
    saq: 'C-VT',
  },
  {
    name: 'equipment unknown',
    profile: p({ cardPresent: [{ equipment: 'unsure' }] }),
    status: 'needs-review',
  },
  {
    name: 'dial-out and IP terminals in one channel: B-IP or D, the acquirer decides',
    profile: p({
      cardPresent: [
        { equipment: 'imprint-or-dial-out', isolatedDevice: 'yes' },
        { equipment: 'standalone-ip-terminal', isolatedDevice: 'yes' },
      ],
    }),
    status: 'needs-review',
    candidates: ['B-IP', 'D-Merchant'],
  },
  // Several channels and setups.
  {
    name: 'two online forms: redirect + JavaScript form',
    profile: p({
      ecommerce: [
        { paymentPage: 'redirect' },
        { paymentPage: 'js-form', websiteHost: 'pci-compliant-provider' },
      ],
    }),
    status: 'decided',
    saq: 'A-EP',
  },
  {
    name: 'two redirects',
    profile: p({ ecommerce: [{ paymentPage: 'redirect' }, { paymentPage: 'redirect' }] }),
    status: 'decided',
    saq: 'A',
  },
  {
    name: 'online redirect + listed P2PE at the gala, separate systems',
    profile: p({
      ecommerce: [{ paymentPage: 'redirect' }],
      cardPresent: [{ equipment: 'p2pe-listed', listed: 'yes' }],
    }),
    status: 'decided',
    saq: 'D-Merchant',
    separate: true,
  },
  {
    name: 'online redirect + P2PE sharing systems',
    profile: p({
      channelsShareSystems: 'yes',
      ecommerce: [{ paymentPage: 'redirect' }],
      cardPresent: [{ equipment: 'p2pe-listed', listed: 'yes' }],
    }),
    status: 'decided',
    saq: 'D-Merchant',
    separate: false,
  },
  {
    name: 'redirect + provider phone line: both A',
    profile: p({
      ecommerce: [{ paymentPage: 'redirect' }],
      moto: [{ capture: 'provider-handles' }],
    }),
    status: 'decided',
    saq: 'A',
    separate: false,
  },
  {
    name: 'A-EP online + A phone: A-EP is online only',
    profile: p({
      ecommerce: [{ paymentPage: 'direct-post', websiteHost: 'self-managed' }],
      moto: [{ capture: 'provider-handles' }],
    }),
    status: 'decided',
    saq: 'D-Merchant',
    separate: true,
  },
  {
    name: 'P2PE terminal for events and phone gifts',
    profile: p({
      moto: [{ capture: 'payment-terminal', terminal: 'p2pe-listed', listed: 'yes' }],
      cardPresent: [{ equipment: 'p2pe-listed', listed: 'yes' }],
    }),
    status: 'decided',
    saq: 'P2PE',
  },
  {
    name: 'IP terminal in the office and listed P2PE at events',
    profile: p({
      cardPresent: [
        { equipment: 'standalone-ip-terminal', isolatedDevice: 'yes' },
        { equipment: 'p2pe-listed', listed: 'yes' },
      ],
    }),
    status: 'decided',
    saq: 'D-Merchant',
  },
  {
    name: 'redirect + office-PC virtual terminal: no separate SAQs with D',
    profile: p({
      ecommerce: [{ paymentPage: 'redirect' }],
      moto: [{ capture: 'virtual-terminal', isolatedDevice: 'no' }],
    }),
    status: 'decided',
    saq: 'D-Merchant',
    separate: false,
  },
  {
    name: 'platform-merchant online + redirect online',
    profile: p({
      ecommerce: [{ paymentPage: 'platform-is-merchant' }, { paymentPage: 'redirect' }],
    }),
    status: 'decided',
    saq: 'A',
  },
  // Role and volume.
  {
    name: 'service provider under the level 1 threshold',
    profile: p({ role: 'service-provider', serviceProviderTransactions: 'under-300k' }),
    status: 'decided',
    saq: 'D-SP',
  },
  {
    name: 'service provider over 300,000 transactions: on-site assessment (brand rules)',
    profile: p({ role: 'service-provider', serviceProviderTransactions: 'over-300k' }),
    status: 'needs-review',
    candidates: [],
    escalations: ['service-provider-onsite'],
  },
  {
    name: 'service provider, volume unknown',
    profile: p({ role: 'service-provider', serviceProviderTransactions: 'unsure' }),
    status: 'needs-review',
    escalations: ['service-provider-onsite'],
  },
  {
    name: 'merchant and service provider: D-SP for the services, A for its own donations',
    profile: p({
      role: 'both',
      serviceProviderTransactions: 'under-300k',
      ecommerce: [{ paymentPage: 'redirect' }],
    }),
    status: 'decided',
    saq: 'D-SP',
    merchantSaq: 'A',
  },
  {
    name: 'merchant and service provider, own payments open: needs review',
    profile: p({
      role: 'both',
      serviceProviderTransactions: 'under-300k',
      ecommerce: [{ paymentPage: 'unsure' }],
    }),
    status: 'needs-review',
    saq: 'D-SP',
  },
  {
    name: 'over 6 million transactions: a Report on Compliance, no SAQ (brand rules)',
    profile: p({ annualCardTransactions: 'over-6m', ecommerce: [{ paymentPage: 'redirect' }] }),
    status: 'needs-review',
    candidates: [],
    escalations: ['roc-required'],
  },
  {
    name: '1 to 6 million transactions still decides',
    profile: p({ annualCardTransactions: '1m-to-6m', ecommerce: [{ paymentPage: 'redirect' }] }),
    status: 'decided',
    saq: 'A',
  },
  {
    name: 'card data through the web server is D, whatever reads the card (iATS SWIPE)',
    profile: p({ ecommerce: [{ paymentPage: 'own-server' }] }),
    status: 'decided',
    saq: 'D-Merchant',
  },
];

describe('decideSaq: decision table', () => {
  it.each(cases)(
    '$name',
    ({ profile, status, saq, candidates, separate, escalations, merchantSaq }) => {
      const decision = decideSaq(profile);
      expect(decision.status).toBe(status);
      if (saq) expect(decision.saq).toBe(saq);
      if (candidates) expect(decision.candidates).toEqual(candidates);
      if (separate !== undefined) expect(decision.separateSaqsPossible).toBe(separate);
      expect(decision.escalations).toEqual(escalations ?? []);
      if (merchantSaq) expect(decision.merchant?.saq).toBe(merchantSaq);
    },
  );

  it('has at least 40 named cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it('names the next steps that settle a needs-review', () => {
    const d = decideSaq(
      p({
        ecommerce: [{ paymentPage: 'iframe', scriptProtection: 'unsure', websiteHost: 'unsure' }],
      }),
    );
    expect(d.nextSteps.map((s) => s.code)).toEqual(
      expect.arrayContaining(['ask-provider-scripts', 'ask-web-host']),
    );
    const aoc = decideSaq(
      p({ thirdPartiesConfirmedCompliant: 'no', ecommerce: [{ paymentPage: 'redirect' }] }),
    );
    expect(aoc.nextSteps.map((s) => s.code)).toContain('get-aoc');
    const level2 = decideSaq(
      p({ annualCardTransactions: '1m-to-6m', ecommerce: [{ paymentPage: 'redirect' }] }),
    );
    expect(level2.nextSteps.map((s) => s.code)).toContain('level-2');
  });

  it('reports per-channel SAQs with their labels', () => {
    const d = decideSaq(
      p({
        ecommerce: [{ label: 'Donate page', paymentPage: 'redirect' }],
        cardPresent: [{ label: 'Gala', equipment: 'p2pe-listed', listed: 'yes' }],
      }),
    );
    expect(d.perChannel).toEqual([
      {
        channel: 'ecommerce',
        label: 'Donate page',
        status: 'decided',
        saq: 'A',
        candidates: ['A'],
      },
      {
        channel: 'cardPresent',
        label: 'Gala',
        status: 'decided',
        saq: 'P2PE',
        candidates: ['P2PE'],
      },
    ]);
  });

  it('cites the answer behind each setup reason', () => {
    const d = decideSaq(
      p({ ecommerce: [{ paymentPage: 'iframe', scriptProtection: 'provider-confirmed' }] }),
    );
    expect(d.reasons).toContainEqual(
      expect.objectContaining({
        code: 'iframe-provider-confirmed',
        field: 'ecommerce.0.scriptProtection',
        source: { kind: 'faq', id: 1588 },
      }),
    );
  });

  it('throws a ZodError on an invalid profile', () => {
    expect(() => decideSaq({ ...p(), role: 'bank' } as unknown as PaymentProfile)).toThrow(
      ZodError,
    );
    expect(() =>
      decideSaq({ ...p(), ecommerce: [{ paymentPage: 'magic' }] } as unknown as PaymentProfile),
    ).toThrow(ZodError);
  });
});

function admits(covering: SaqId, saq: SaqId): boolean {
  return (
    covering === saq ||
    covering === 'D-Merchant' ||
    covering === 'D-SP' ||
    (covering === 'A-EP' && saq === 'A')
  );
}

/** Generous: the enumeration and the checks take seconds on a busy two-core machine. */
const INVARIANT_TIMEOUT_MS = 120_000;

/**
 * Invariants over every enumerated profile. The profiles are decided once (beforeAll); each
 * invariant collects the profiles that break it and asserts once on that list, so that a failure
 * names the first offenders and a pass costs one assertion, not tens of thousands.
 */
describe('decideSaq: invariants over the enumerated profile space', () => {
  let all: { profile: PaymentProfile; decision: SaqDecision }[] = [];

  beforeAll(() => {
    all = [...enumerateProfiles()].map((profile) => ({ profile, decision: decideSaq(profile) }));
  }, INVARIANT_TIMEOUT_MS);

  /** The first few offenders, as JSON, for a readable failure. */
  function offenders<T>(items: T[], breaks: (item: T) => boolean): string[] {
    return items
      .filter(breaks)
      .slice(0, 5)
      .map((item) => JSON.stringify(item));
  }

  it('enumerates tens of thousands of profiles', () => {
    expect(all.length).toBeGreaterThan(20_000);
  });

  it(
    'electronic storage always means SAQ D',
    () => {
      expect(
        offenders(
          all,
          ({ profile, decision }) =>
            profile.storesAccountDataElectronically === 'yes' &&
            decision.status !== 'out-of-scope' &&
            decision.saq !== 'D-Merchant',
        ),
      ).toEqual([]);
    },
    INVARIANT_TIMEOUT_MS,
  );

  it(
    'the covering SAQ admits every per-channel SAQ',
    () => {
      expect(
        offenders(all, ({ decision }) => {
          const covering = decision.saq;
          return (
            covering !== undefined &&
            decision.perChannel.some((c) => c.saq !== undefined && !admits(covering, c.saq))
          );
        }),
      ).toEqual([]);
    },
    INVARIANT_TIMEOUT_MS,
  );

  it(
    'needs-review exactly when more than one SAQ is still possible or only the acquirer can settle it',
    () => {
      expect(
        offenders(
          all,
          ({ decision }) =>
            (decision.status === 'needs-review') !==
              (decision.candidates.length > 1 || decision.escalations.length > 0) ||
            (decision.status === 'decided') !==
              (decision.candidates.length === 1 && decision.escalations.length === 0) ||
            decision.perChannel.some(
              (c) =>
                c.status === 'needs-review' &&
                c.candidates.length <= 1 &&
                !decision.escalations.includes('no-saq-for-setup'),
            ),
        ),
      ).toEqual([]);
    },
    INVARIANT_TIMEOUT_MS,
  );

  it(
    'never names an SAQ whose criteria were not all answered yes',
    () => {
      // A decided SAQ B, B-IP, C, C-VT, P2PE or SPoC means its follow-ups were asked and answered.
      const asked = (s: { listed?: string; isolatedDevice?: string; singleLocation?: string }) => ({
        listed: s.listed === 'yes',
        apart: s.isolatedDevice === 'yes',
        place: s.singleLocation === 'yes',
      });
      expect(
        offenders(all, ({ profile, decision }) =>
          decision.perChannel.some((c) => {
            if (c.status !== 'decided' || !c.saq) return false;
            const setups =
              c.channel === 'cardPresent'
                ? profile.cardPresent
                : c.channel === 'moto'
                  ? profile.moto
                  : [];
            return setups.some((s) => {
              const a = asked(s);
              switch (c.saq) {
                case 'B':
                case 'B-IP':
                case 'SPoC':
                  return !a.apart;
                case 'C':
                case 'C-VT':
                  return !a.apart || !a.place;
                case 'P2PE':
                  return !a.listed;
                default:
                  return false;
              }
            });
          }),
        ),
      ).toEqual([]);
    },
    INVARIANT_TIMEOUT_MS,
  );

  it(
    'every decided channel has a reason with a source',
    () => {
      expect(
        offenders(all, ({ decision }) =>
          decision.perChannel.some(
            (channel) =>
              channel.status === 'decided' &&
              !decision.reasons.some((r) => r.channel === channel.channel && r.source.kind),
          ),
        ),
      ).toEqual([]);
    },
    INVARIANT_TIMEOUT_MS,
  );

  it(
    'separate SAQs are never offered with D or shared systems',
    () => {
      expect(
        offenders(
          all,
          ({ profile, decision }) =>
            decision.separateSaqsPossible &&
            (profile.channelsShareSystems !== 'no' ||
              decision.perChannel.some((c) => c.saq === 'D-Merchant') ||
              new Set(decision.perChannel.map((c) => c.saq)).size < 2),
        ),
      ).toEqual([]);
    },
    INVARIANT_TIMEOUT_MS,
  );

  it(
    'adding a setup never shortens the covering SAQ',
    () => {
      const rows = (s: SaqId) => SAQ_FACTS[s].rows;
      // Every 211th decided profile, each extended by every possible second setup of each channel.
      const sample = all
        .filter(({ decision }) => decision.status === 'decided' && decision.saq !== 'D-SP')
        .filter((_, i) => i % 211 === 0);
      expect(sample.length).toBeGreaterThan(50);
      const shortened: string[] = [];
      for (const { profile, decision } of sample) {
        const before = rows(decision.saq as SaqId);
        const extended: PaymentProfile[] = [
          ...ECOMMERCE_VARIANTS.map((e) => ({ ...profile, ecommerce: [...profile.ecommerce, e] })),
          ...MOTO_VARIANTS.map((m) => ({ ...profile, moto: [...profile.moto, m] })),
          ...CARD_PRESENT_VARIANTS.map((c) => ({
            ...profile,
            cardPresent: [...profile.cardPresent, c],
          })),
        ];
        for (const more of extended) {
          for (const candidate of decideSaq(more).candidates) {
            if (rows(candidate) < before && shortened.length < 5)
              shortened.push(`${JSON.stringify(more)} -> ${candidate}`);
          }
        }
      }
      expect(shortened).toEqual([]);
    },
    INVARIANT_TIMEOUT_MS,
  );
});
