/**
 * The decision engine: which PCI DSS Self-Assessment Questionnaire an organisation needs, and why.
 *
 * A pure function of a payment profile. Every setup (one online form, one terminal, one way of taking
 * phone gifts) gets the set of SAQs still possible for it; global answers (storage, emailed card
 * numbers, provider compliance) narrow or widen those sets; then the covering SAQ is worked out for
 * each channel and for the whole organisation over every combination the unknowns allow.
 * Facts and sources: content/README.md and the README section "Decision engine".
 */
import {
  paymentProfileSchema,
  type CardPresentSetup,
  type EcommerceSetup,
  type Equipment,
  type MotoSetup,
  type PaymentProfile,
} from './profile';
import { CHANNELS, SAQ_BY_LENGTH, SAQ_FACTS, type ChannelKind, type SaqId } from './saq-catalog';

export { paymentProfileSchema } from './profile';
export type { PaymentProfile, Answer, Equipment } from './profile';
export type { SaqId, ChannelKind } from './saq-catalog';

/** Where a reason comes from, so the user can check it. */
export type SourceRef =
  | { kind: 'eligibility'; saq: SaqId }
  | { kind: 'faq'; id: number }
  | { kind: 'requirement'; id: string }
  /** The attestation's part that records it (e.g. Part 2a, channels included and excluded). */
  | { kind: 'aoc'; part: string }
  /** The card brands' and acquirer's own rules (merchant levels), not a PCI SSC document. */
  | { kind: 'brand-rules' };

export type DecisionStatus = 'decided' | 'needs-review' | 'out-of-scope';

export interface Reason {
  code: string;
  text: string;
  source: SourceRef;
  /** The channel and setup this reason is about, when it is about one. */
  channel?: ChannelKind;
  setupIndex?: number;
  /** The profile answer that led to it, as a path such as `ecommerce.0.paymentPage`. */
  field?: string;
}

export interface NextStep {
  code: string;
  text: string;
}

export interface ChannelDecision {
  channel: ChannelKind;
  label?: string;
  status: DecisionStatus;
  saq?: SaqId;
  candidates: SaqId[];
}

export interface SaqDecision {
  status: DecisionStatus;
  /** When decided: the single SAQ that covers every channel. */
  saq?: SaqId;
  /** The SAQs still possible, shortest first (one when decided). */
  candidates: SaqId[];
  perChannel: ChannelDecision[];
  separateSaqsPossible: boolean;
  reasons: Reason[];
  nextSteps: NextStep[];
}

interface SetupOutcome {
  channel: ChannelKind;
  index: number;
  label?: string;
  outOfScope: boolean;
  candidates: Set<SaqId>;
}

const D: SaqId = 'D-Merchant';

class Collector {
  readonly reasons: Reason[] = [];
  private readonly steps = new Map<string, NextStep>();

  reason(reason: Reason): void {
    this.reasons.push(reason);
  }

  step(code: string, text: string): void {
    if (!this.steps.has(code)) this.steps.set(code, { code, text });
  }

  get nextSteps(): NextStep[] {
    return [...this.steps.values()];
  }
}

const STEP = {
  findPaymentPage:
    'Find out how your payment page hands card details to your provider (see "How can I tell?"). Your web volunteer, agency or payment provider can tell you.',
  askProviderScripts:
    'Ask your payment provider to confirm in writing that their embedded payment form protects your page against script attacks, as PCI FAQ 1588 describes, and follow their setup instructions.',
  askWebHost:
    'Ask your web host whether they are PCI DSS compliant for the hosting you use (for shared hosting, including Appendix A1), and ask for their Attestation of Compliance.',
  checkIsolation:
    'Check whether the computer or till used for payments is kept apart: used for nothing else and not on the same network as your other computers.',
  identifyEquipment:
    'Look at the terminal or device you use (make, model, and who supplied it) and check how it connects: phone line, internet, mobile data or Wi-Fi.',
  checkListing:
    'Ask your provider whether their card reader app is a PCI-listed SPoC solution, and whether they are a payment facilitator that validates PCI compliance for you. Ask your acquirer what they need from you.',
  checkStorage:
    'Check whether card numbers are kept anywhere on your computers or systems: spreadsheets, CRM notes, scanned forms, email folders, call recordings or backups.',
  checkEmail:
    'Check whether card numbers ever arrive by email, chat, web forms or scans, and whether you keep them.',
  getAoc:
    "Get your payment provider's current Attestation of Compliance (AOC), or find them on the card brands' lists of compliant service providers.",
  level1:
    'Talk to your acquirer: at this volume the card brands expect an on-site assessment by a Qualified Security Assessor (a Report on Compliance), not a self-assessment.',
  level2:
    "Ask your acquirer about the card brands' rules for level 2 merchants: some (Mastercard, for example) want the SAQ completed by trained staff (an ISA) or with a QSA.",
  countTransactions:
    "Find out roughly how many card payments you take a year (your provider's statements show it). Below 1 million a year the answer here does not change.",
  serviceProvider:
    "Ask the card brands or your customers' acquirers whether you are allowed to self-assess as a service provider. SAQ D for Service Providers is not covered by this tool.",
  acquirerConfirms:
    'Your acquirer (the bank or provider that gave you your merchant account) has the final word on which SAQ you file: show them this result.',
} as const;

function equipmentOutcome(
  equipment: Equipment,
  isolated: MotoSetup['isolatedDevice'],
  channel: ChannelKind,
  index: number,
  field: string,
  out: Collector,
): SaqId[] {
  const base = { channel, setupIndex: index };
  const moto = channel === 'moto';
  switch (equipment) {
    case 'imprint-or-dial-out':
      out.reason({
        ...base,
        field,
        code: 'equipment-dial-out',
        text: 'Cards are taken on an imprint machine or a terminal that dials out over a phone line, and nothing else: that is what SAQ B is for.',
        source: { kind: 'eligibility', saq: 'B' },
      });
      return ['B'];
    case 'standalone-ip-terminal':
      out.reason({
        ...base,
        field,
        code: 'equipment-ip-terminal',
        text: 'A standalone, PCI-approved terminal that connects over the internet, mobile data or Wi-Fi, and is not linked to your other systems, fits SAQ B-IP.',
        source: { kind: 'eligibility', saq: 'B-IP' },
      });
      return ['B-IP'];
    case 'p2pe-listed':
      out.reason({
        ...base,
        field,
        code: 'equipment-p2pe',
        text: 'Terminals from a point-to-point encryption (P2PE) solution that is currently on the PCI list fit SAQ P2PE, as long as you follow its instruction manual. "Encrypted reader" marketing alone is not enough.',
        source: { kind: 'eligibility', saq: 'P2PE' },
      });
      return ['P2PE'];
    case 'spoc-listed':
      if (moto) {
        out.reason({
          ...base,
          field,
          code: 'spoc-no-moto',
          text: 'SAQ SPoC covers cards presented in person only. Card details taken by phone or post and typed into the phone or tablet are outside it, which leaves SAQ D.',
          source: { kind: 'eligibility', saq: 'SPoC' },
        });
        return [D];
      }
      out.reason({
        ...base,
        field,
        code: 'equipment-spoc',
        text: 'A card reader paired with a phone or tablet that is part of a PCI-listed SPoC solution, used in person, fits SAQ SPoC.',
        source: { kind: 'eligibility', saq: 'SPoC' },
      });
      return ['SPoC'];
    case 'mobile-reader':
    case 'tap-to-pay-phone':
      if (moto) {
        out.reason({
          ...base,
          field,
          code: 'mobile-keyed-moto',
          text: 'Typing card details taken by phone into an app on a phone or tablet puts that device in scope: no shorter SAQ covers it, which leaves SAQ D.',
          source: { kind: 'eligibility', saq: 'SPoC' },
        });
        return [D];
      }
      out.reason({
        ...base,
        field,
        code: 'mobile-listing-unknown',
        text:
          equipment === 'mobile-reader'
            ? 'A reader paired with a phone or tablet is not a standalone terminal. Only a PCI-listed SPoC solution gets a short SAQ (SPoC); otherwise it is SAQ D, unless your provider validates compliance for you as a payment facilitator.'
            : 'There is no SAQ written for tap to pay on a phone. If your provider is a payment facilitator that validates for you, or the solution is PCI-listed, your acquirer may accept less; otherwise it is SAQ D.',
        source: { kind: 'eligibility', saq: 'SPoC' },
      });
      out.step('check-listing', STEP.checkListing);
      return ['SPoC', D];
    case 'pos-system':
      return isolatedOutcome('C', isolated, base, field, out, 'pos');
    case 'virtual-terminal':
      return isolatedOutcome('C-VT', isolated, base, field, out, 'vt');
    case 'unsure':
      out.reason({
        ...base,
        field,
        code: 'equipment-unknown',
        text: 'Without knowing the equipment, several SAQs are still possible.',
        source: { kind: 'aoc', part: '2e' },
      });
      out.step('identify-equipment', STEP.identifyEquipment);
      return moto
        ? ['B', 'B-IP', 'P2PE', 'C', 'C-VT', D]
        : ['B', 'B-IP', 'P2PE', 'SPoC', 'C', 'C-VT', D];
  }
}

function isolatedOutcome(
  saq: 'C' | 'C-VT',
  isolated: MotoSetup['isolatedDevice'],
  base: { channel: ChannelKind; setupIndex: number },
  field: string,
  out: Collector,
  kind: 'pos' | 'vt',
): SaqId[] {
  const what =
    kind === 'vt'
      ? "the provider's virtual terminal (a web page where staff type card details)"
      : 'a till or payment application';
  const isolatedField = field.replace(/\.(equipment|terminal|capture)$/, '.isolatedDevice');
  if (isolated === 'yes') {
    out.reason({
      ...base,
      field: isolatedField,
      code: `${kind}-isolated`,
      text: `Card details go through ${what} on a device kept apart from your other systems: that fits SAQ ${saq}.`,
      source: { kind: 'eligibility', saq },
    });
    return [saq];
  }
  if (isolated === 'no') {
    out.reason({
      ...base,
      field: isolatedField,
      code: `${kind}-not-isolated`,
      text: `Card details go through ${what} on a device that is also used for other work or shares a network with other computers. SAQ ${saq} needs it kept apart, so SAQ D applies.`,
      source: { kind: 'eligibility', saq },
    });
    return [D];
  }
  out.reason({
    ...base,
    field: isolatedField,
    code: `${kind}-isolation-unknown`,
    text: `SAQ ${saq} needs the device used for ${what} to be kept apart from your other systems. Until that is known, SAQ D is also possible.`,
    source: { kind: 'eligibility', saq },
  });
  out.step('check-isolation', STEP.checkIsolation);
  return [saq, D];
}

function aEpRoute(
  setup: EcommerceSetup,
  base: { channel: ChannelKind; setupIndex: number },
  out: Collector,
): SaqId[] {
  const field = `ecommerce.${base.setupIndex}.websiteHost`;
  switch (setup.websiteHost) {
    case 'self-managed':
      out.reason({
        ...base,
        field,
        code: 'host-self-managed',
        text: 'You run the web server yourselves, so SAQ A-EP covers it together with your payment page.',
        source: { kind: 'eligibility', saq: 'A-EP' },
      });
      return ['A-EP'];
    case 'pci-compliant-provider':
      out.reason({
        ...base,
        field,
        code: 'host-compliant',
        text: 'Your web host is PCI DSS compliant for the hosting you use, which SAQ A-EP requires.',
        source: { kind: 'eligibility', saq: 'A-EP' },
      });
      return ['A-EP'];
    case 'other-provider':
      out.reason({
        ...base,
        field,
        code: 'host-not-compliant',
        text: 'SAQ A-EP needs a web host that is itself PCI DSS compliant. Ordinary shared hosting is not, so SAQ D applies.',
        source: { kind: 'eligibility', saq: 'A-EP' },
      });
      return [D];
    default:
      out.reason({
        ...base,
        field,
        code: 'host-unknown',
        text: 'SAQ A-EP needs a web host that is itself PCI DSS compliant. Until you know, SAQ D is also possible.',
        source: { kind: 'eligibility', saq: 'A-EP' },
      });
      out.step('ask-web-host', STEP.askWebHost);
      return ['A-EP', D];
  }
}

function ecommerceOutcome(setup: EcommerceSetup, index: number, out: Collector): SaqId[] | null {
  const base = { channel: 'ecommerce' as const, setupIndex: index };
  const field = `ecommerce.${index}.paymentPage`;
  switch (setup.paymentPage) {
    case 'platform-is-merchant':
      out.reason({
        ...base,
        field,
        code: 'platform-is-merchant',
        text: 'The giving platform takes these payments in its own name, so it is the merchant for them and this channel is not part of your assessment. Record it as excluded in Part 2a.',
        source: { kind: 'aoc', part: '2a' },
      });
      return null;
    case 'no-own-website':
      out.reason({
        ...base,
        field,
        code: 'no-own-website',
        text: "Your own website is not part of the payment: donors pay on the provider's pages, for example through a link you email. That fits SAQ A, and the script condition does not apply.",
        source: { kind: 'faq', id: 1588 },
      });
      return ['A'];
    case 'redirect':
      out.reason({
        ...base,
        field,
        code: 'redirect',
        text: "Your site sends donors to the provider's own payment page (a redirect), and every part of that page comes from the provider. That fits SAQ A, and the script condition does not apply to redirects.",
        source: { kind: 'faq', id: 1588 },
      });
      return ['A'];
    case 'iframe': {
      const sfield = `ecommerce.${index}.scriptProtection`;
      if (
        setup.scriptProtection === 'own-controls' ||
        setup.scriptProtection === 'provider-confirmed'
      ) {
        out.reason({
          ...base,
          field: sfield,
          code: 'iframe-protected',
          text:
            setup.scriptProtection === 'own-controls'
              ? "The card fields sit in the provider's frame, and you protect the page around it against script attacks yourselves. That meets SAQ A's script condition."
              : "The card fields sit in the provider's frame, and the provider has confirmed in writing that their form protects your page against script attacks, set up as they instruct. That meets SAQ A's script condition.",
          source: { kind: 'faq', id: 1588 },
        });
        return ['A'];
      }
      if (setup.scriptProtection === 'none') {
        out.reason({
          ...base,
          field: sfield,
          code: 'iframe-unprotected',
          text: "The card fields sit in the provider's frame, but nothing yet protects the page around it against script attacks. SAQ A's script condition is not met, so SAQ A-EP's conditions apply.",
          source: { kind: 'faq', id: 1588 },
        });
        return aEpRoute(setup, base, out);
      }
      out.reason({
        ...base,
        field: sfield,
        code: 'iframe-script-unknown',
        text: "The card fields sit in the provider's frame. SAQ A also needs your page protected against script attacks, by your own controls or your provider's written confirmation. Until that is known, SAQ A-EP (or D) is also possible.",
        source: { kind: 'faq', id: 1588 },
      });
      out.step('ask-provider-scripts', STEP.askProviderScripts);
      return ['A', ...aEpRoute(setup, base, out)];
    }
    case 'direct-post':
      out.reason({
        ...base,
        field,
        code: 'direct-post',
        text: "Your own page builds the payment form and the donor's browser sends the card details straight to the provider (direct post). Your page is part of the payment, so SAQ A-EP's conditions apply.",
        source: { kind: 'faq', id: 1291 },
      });
      return aEpRoute(setup, base, out);
    case 'js-form':
      out.reason({
        ...base,
        field,
        code: 'js-form',
        text: "A script on your page builds the card fields, and the details go from the donor's browser to the provider. Your page shapes the form, so SAQ A-EP's conditions apply.",
        source: { kind: 'eligibility', saq: 'A-EP' },
      });
      return aEpRoute(setup, base, out);
    case 'own-server':
      out.reason({
        ...base,
        field,
        code: 'own-server',
        text: 'Card details pass through your own web server on their way to the provider. No shorter SAQ allows that, so SAQ D applies.',
        source: { kind: 'eligibility', saq: D },
      });
      return [D];
    case 'unsure':
      out.reason({
        ...base,
        field,
        code: 'payment-page-unknown',
        text: 'How your payment page works decides between SAQ A, A-EP and D. Until it is known, all three are possible.',
        source: { kind: 'faq', id: 1291 },
      });
      out.step('find-payment-page', STEP.findPaymentPage);
      return ['A', ...aEpRoute(setup, base, out)];
  }
}

function motoOutcome(setup: MotoSetup, index: number, out: Collector): SaqId[] {
  const base = { channel: 'moto' as const, setupIndex: index };
  const field = `moto.${index}.capture`;
  switch (setup.capture) {
    case 'provider-handles':
      out.reason({
        ...base,
        field,
        code: 'moto-provider-handles',
        text: 'Phone and mail gifts are handled by the provider (their phone system, call centre or a payment link) and your staff never type card numbers. That fits SAQ A.',
        source: { kind: 'eligibility', saq: 'A' },
      });
      return ['A'];
    case 'virtual-terminal':
      return isolatedOutcome('C-VT', setup.isolatedDevice, base, field, out, 'vt');
    case 'staff-use-online-form':
      out.reason({
        ...base,
        field,
        code: 'moto-online-form',
        text: "Staff type donors' card details into the online donation form on your own computers. Those computers then handle card data, which SAQ A does not allow, so SAQ D applies.",
        source: { kind: 'eligibility', saq: 'A' },
      });
      return [D];
    case 'own-system':
      out.reason({
        ...base,
        field,
        code: 'moto-own-system',
        text: 'Card details are entered into your own system. No shorter SAQ allows that, so SAQ D applies.',
        source: { kind: 'eligibility', saq: D },
      });
      return [D];
    case 'payment-terminal':
      return equipmentOutcome(
        setup.terminal ?? 'unsure',
        setup.isolatedDevice,
        'moto',
        index,
        `moto.${index}.terminal`,
        out,
      );
    case 'unsure':
      out.reason({
        ...base,
        field,
        code: 'moto-unknown',
        text: 'How phone and mail gifts are taken decides the SAQ for that channel. Until it is known, several are possible.',
        source: { kind: 'eligibility', saq: 'C-VT' },
      });
      out.step('identify-equipment', STEP.identifyEquipment);
      return ['A', 'B', 'B-IP', 'P2PE', 'C', 'C-VT', D];
  }
}

function cardPresentOutcome(setup: CardPresentSetup, index: number, out: Collector): SaqId[] {
  return equipmentOutcome(
    setup.equipment,
    setup.isolatedDevice,
    'cardPresent',
    index,
    `cardPresent.${index}.equipment`,
    out,
  );
}

/** Applies the answers that are about the organisation as a whole, not one setup. */
function applyGlobalAnswers(profile: PaymentProfile, setups: SetupOutcome[], out: Collector): void {
  const inScope = setups.filter((s) => !s.outOfScope);
  if (inScope.length === 0) return;

  const forceD = (code: string, text: string, field: string): void => {
    out.reason({ code, text, field, source: { kind: 'eligibility', saq: D } });
    for (const s of inScope) s.candidates = new Set([D]);
  };
  const allowD = (): void => {
    for (const s of inScope) s.candidates.add(D);
  };

  if (profile.storesAccountDataElectronically === 'yes') {
    forceD(
      'stores-electronically',
      'You keep card numbers electronically (for example in a spreadsheet, database, CRM or scanned forms). Every SAQ except D rules that out.',
      'storesAccountDataElectronically',
    );
  } else if (profile.storesAccountDataElectronically === 'unsure') {
    out.reason({
      code: 'storage-unknown',
      field: 'storesAccountDataElectronically',
      text: 'If card numbers are kept electronically anywhere, only SAQ D fits. Until that is known, SAQ D stays possible.',
      source: { kind: 'eligibility', saq: D },
    });
    out.step('check-storage', STEP.checkStorage);
    allowD();
  }

  if (profile.receivesAccountDataElectronically === 'yes') {
    forceD(
      'receives-electronically',
      'Card numbers reach you electronically and are used or kept (email, chat, web forms, scans or recordings). Every SAQ except D rules that out.',
      'receivesAccountDataElectronically',
    );
  } else if (profile.receivesAccountDataElectronically === 'unsolicited-deleted') {
    out.reason({
      code: 'unsolicited-deleted',
      field: 'receivesAccountDataElectronically',
      text: 'Card numbers that arrive without being asked for, and are deleted at once under a written procedure, do not by themselves rule out a shorter SAQ.',
      source: { kind: 'faq', id: 1157 },
    });
  } else if (profile.receivesAccountDataElectronically === 'unsure') {
    out.reason({
      code: 'receipt-unknown',
      field: 'receivesAccountDataElectronically',
      text: 'If card numbers reach you by email, chat or scans and are kept, only SAQ D fits. Until that is known, SAQ D stays possible.',
      source: { kind: 'eligibility', saq: D },
    });
    out.step('check-email', STEP.checkEmail);
    allowD();
  }

  if (profile.thirdPartiesConfirmedCompliant !== 'yes') {
    const affected = inScope.filter((s) =>
      [...s.candidates].some((saq) => SAQ_FACTS[saq].requiresProviderCompliance),
    );
    if (affected.length > 0) {
      const saqs = [...new Set(affected.flatMap((s) => [...s.candidates]))].filter(
        (saq) => SAQ_FACTS[saq].requiresProviderCompliance,
      );
      const first = saqs[0] ?? 'A';
      out.reason({
        code: 'provider-compliance-unconfirmed',
        field: 'thirdPartiesConfirmedCompliant',
        text: `${saqs.map((s) => SAQ_FACTS[s].name).join(', ')} can only be used once you have confirmed that your payment provider is PCI DSS compliant. This is usually quick to settle: ask them for their Attestation of Compliance.`,
        source: { kind: 'eligibility', saq: first },
      });
      out.step('get-aoc', STEP.getAoc);
      for (const s of affected) s.candidates.add(D);
    }
  }
}

/** The SAQs, shortest first, that cover every combination the setups' candidates allow. */
function coveringCandidates(setups: SetupOutcome[]): SaqId[] {
  // Fold the setups one by one, keeping only distinct partial combinations (SAQs used, channels
  // used): that is all the covering rule looks at, so the product never grows large.
  let states = new Map<string, { saqs: Set<SaqId>; channels: Set<ChannelKind> }>([
    ['', { saqs: new Set(), channels: new Set() }],
  ]);
  for (const setup of setups) {
    const next = new Map<string, { saqs: Set<SaqId>; channels: Set<ChannelKind> }>();
    for (const state of states.values()) {
      for (const saq of setup.candidates) {
        const saqs = new Set(state.saqs).add(saq);
        const channels = new Set(state.channels).add(setup.channel);
        const key = `${[...saqs].sort().join(',')}|${[...channels].sort().join(',')}`;
        if (!next.has(key)) next.set(key, { saqs, channels });
      }
    }
    states = next;
  }
  const result = new Set<SaqId>();
  for (const state of states.values()) result.add(cover(state.saqs, state.channels));
  return SAQ_BY_LENGTH.filter((saq) => result.has(saq));
}

/**
 * The shortest SAQ whose eligibility admits every setup: the setups' own SAQ when they all share one
 * that allows every channel involved, SAQ A-EP for online setups that mix A and A-EP, otherwise D.
 */
export function cover(saqs: ReadonlySet<SaqId>, channels: ReadonlySet<ChannelKind>): SaqId {
  const list = [...saqs];
  const only = list.length === 1 ? list[0] : undefined;
  if (only && [...channels].every((c) => SAQ_FACTS[only].channels.includes(c))) return only;
  if (list.every((s) => s === 'A' || s === 'A-EP') && [...channels].every((c) => c === 'ecommerce'))
    return 'A-EP';
  return D;
}

function channelLabel(profile: PaymentProfile, channel: ChannelKind): string | undefined {
  const setups: { label?: string | undefined }[] = profile[channel];
  const labels = setups.map((s) => s.label).filter((l): l is string => !!l);
  return labels.length > 0 ? labels.join(', ') : undefined;
}

function statusOf(candidates: SaqId[]): DecisionStatus {
  if (candidates.length === 0) return 'out-of-scope';
  return candidates.length === 1 ? 'decided' : 'needs-review';
}

/**
 * Works out which SAQ an organisation needs from its payment profile, per channel and overall, with
 * the reasons (each citing the eligibility criterion or FAQ behind it) and the next steps that settle
 * any open question.
 *
 * @throws ZodError when the profile does not match {@link paymentProfileSchema}.
 */
export function decideSaq(input: PaymentProfile): SaqDecision {
  const profile = paymentProfileSchema.parse(input);
  const out = new Collector();

  const setups: SetupOutcome[] = [];
  profile.ecommerce.forEach((s, i) => {
    const c = ecommerceOutcome(s, i, out);
    setups.push({
      channel: 'ecommerce',
      index: i,
      label: s.label,
      outOfScope: c === null,
      candidates: new Set(c ?? []),
    });
  });
  profile.moto.forEach((s, i) =>
    setups.push({
      channel: 'moto',
      index: i,
      label: s.label,
      outOfScope: false,
      candidates: new Set(motoOutcome(s, i, out)),
    }),
  );
  profile.cardPresent.forEach((s, i) =>
    setups.push({
      channel: 'cardPresent',
      index: i,
      label: s.label,
      outOfScope: false,
      candidates: new Set(cardPresentOutcome(s, i, out)),
    }),
  );

  applyGlobalAnswers(profile, setups, out);

  const perChannel: ChannelDecision[] = CHANNELS.filter((c) => profile[c].length > 0).map(
    (channel) => {
      const inScope = setups.filter((s) => s.channel === channel && !s.outOfScope);
      const candidates = inScope.length > 0 ? coveringCandidates(inScope) : [];
      const status = statusOf(candidates);
      const label = channelLabel(profile, channel);
      return {
        channel,
        ...(label ? { label } : {}),
        status,
        ...(status === 'decided' ? { saq: candidates[0] } : {}),
        candidates,
      };
    },
  );

  const inScope = setups.filter((s) => !s.outOfScope);
  let candidates = inScope.length > 0 ? coveringCandidates(inScope) : [];

  if (profile.role !== 'merchant') {
    out.reason({
      code: 'service-provider',
      field: 'role',
      text: 'You handle card payments for other organisations, so you validate as a service provider: the only self-assessment for that is SAQ D for Service Providers.',
      source: { kind: 'eligibility', saq: 'D-SP' },
    });
    out.step('service-provider', STEP.serviceProvider);
    return {
      status: 'decided',
      saq: 'D-SP',
      candidates: ['D-SP'],
      perChannel,
      separateSaqsPossible: false,
      reasons: out.reasons,
      nextSteps: out.nextSteps,
    };
  }

  if (setups.length === 0) {
    out.reason({
      code: 'no-channels',
      field: 'channels',
      text: 'You told us you take no card payments in any channel, so there is nothing to assess.',
      source: { kind: 'aoc', part: '2a' },
    });
  }

  let status = statusOf(candidates);
  switch (profile.annualCardTransactions) {
    case 'over-6m':
      out.reason({
        code: 'level-1',
        field: 'annualCardTransactions',
        text: 'Over 6 million card payments a year makes you a level 1 merchant: the card brands expect an on-site assessment, not an SAQ.',
        source: { kind: 'brand-rules' },
      });
      out.step('level-1', STEP.level1);
      if (status !== 'out-of-scope') status = 'needs-review';
      break;
    case '1m-to-6m':
      out.step('level-2', STEP.level2);
      break;
    case 'unsure':
      out.step('count-transactions', STEP.countTransactions);
      break;
    default:
      break;
  }
  if (status === 'out-of-scope') candidates = [];

  const decidedChannels = perChannel.filter((c) => c.status !== 'out-of-scope');
  const perChannelSaqs = new Set(decidedChannels.map((c) => c.saq));
  const separateSaqsPossible =
    status !== 'out-of-scope' &&
    profile.annualCardTransactions !== 'over-6m' &&
    decidedChannels.every((c) => c.status === 'decided') &&
    perChannelSaqs.size > 1 &&
    !perChannelSaqs.has(D) &&
    profile.channelsShareSystems === 'no';

  if (status !== 'out-of-scope') out.step('acquirer-confirms', STEP.acquirerConfirms);

  return {
    status,
    ...(status === 'decided' ? { saq: candidates[0] } : {}),
    candidates,
    perChannel,
    separateSaqsPossible,
    reasons: out.reasons,
    nextSteps: out.nextSteps,
  };
}
