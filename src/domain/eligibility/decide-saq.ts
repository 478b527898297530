/**
 * The decision engine: which PCI DSS Self-Assessment Questionnaire an organisation needs, and why.
 *
 * A pure function of a payment profile. Every setup (one online form, one terminal, one way of taking
 * phone gifts) gets the set of SAQs still possible for it; global answers (storage, emailed card
 * numbers, provider compliance) narrow or widen those sets; then the covering SAQ is worked out for
 * each channel and for the whole organisation over every combination the unknowns allow.
 *
 * Every reason names the eligibility criterion, FAQ or rule behind it (its `source`). The sentences
 * live in content/text/decision.json, keyed by the reason's code; the engine fills them in `text`
 * for callers that want plain text, and a view may look them up itself from the code and params.
 * Sources: the SAQs' "Merchant Eligibility Criteria" (v4.0.1), PCI SSC FAQs 1157, 1291, 1438, 1588
 * and the multi-channel FAQ, and the card brands' merchant and service provider levels.
 */
import { DECISION_WORDS, say } from '../../content/words';
import {
  paymentProfileSchema,
  type Answer,
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

type WordKey = keyof typeof DECISION_WORDS;
/** The reasons the engine can give: each has a sentence `reason.<code>` in content/text/decision.json. */
export type ReasonCode = WordKey extends infer K
  ? K extends `reason.${infer C}`
    ? C
    : never
  : never;
/** The next steps the engine can name: each has a sentence `step.<code>`. */
export type StepCode = WordKey extends infer K ? (K extends `step.${infer C}` ? C : never) : never;

export interface Reason {
  code: ReasonCode;
  /** The sentence, from content/text/decision.json, with `params` filled in. */
  text: string;
  /** Values the sentence names (e.g. the SAQs a criterion affects). */
  params?: Record<string, string>;
  source: SourceRef;
  /** The channel and setup this reason is about, when it is about one. */
  channel?: ChannelKind;
  setupIndex?: number;
  /** The profile answer that led to it, as a path such as `ecommerce.0.paymentPage`. */
  field?: string;
}

export interface NextStep {
  code: StepCode;
  text: string;
}

/**
 * Questions no SAQ settles, so only the acquirer (or a card brand, or a QSA) can:
 * - `roc-required`: a level 1 merchant needs a Report on Compliance, not an SAQ;
 * - `no-saq-for-setup`: tap to pay on a phone, or a phone reader outside a listed SPoC solution;
 * - `service-provider-onsite`: a service provider above the brands' top threshold, or not yet known.
 */
export type Escalation = 'roc-required' | 'no-saq-for-setup' | 'service-provider-onsite';

export interface ChannelDecision {
  channel: ChannelKind;
  label?: string;
  status: DecisionStatus;
  saq?: SaqId;
  candidates: SaqId[];
}

/** The decision about the organisation's own card acceptance, as a merchant. */
export interface MerchantDecision {
  status: DecisionStatus;
  /** When decided: the single SAQ that covers every channel. */
  saq?: SaqId;
  /** The SAQs still possible, shortest first (one when decided). */
  candidates: SaqId[];
  perChannel: ChannelDecision[];
  /**
   * One SAQ per channel is possible: the per-channel SAQs differ, none is D, and the channels do not
   * share systems. The acquirer may accept it (multi-channel FAQ); `saq` is the single-SAQ alternative.
   */
  separateSaqsPossible: boolean;
}

export interface SaqDecision extends MerchantDecision {
  reasons: Reason[];
  nextSteps: NextStep[];
  /** What only the acquirer, a card brand or a QSA can settle; the status is then needs-review. */
  escalations: Escalation[];
  /**
   * Role "both": the top-level decision is SAQ D for Service Providers (the services provided); this
   * is the decision for the organisation's own card acceptance, shown beside it.
   */
  merchant?: MerchantDecision;
}

/**
 * A decision as an assessment keeps it, as the record of why this SAQ: made by whichever version of
 * the app started the assessment, so a reason's code may be one this version no longer gives; its
 * `text` is what was shown then.
 */
export interface RecordedDecision extends MerchantDecision {
  reasons: (Omit<Reason, 'code'> & { code: string })[];
  nextSteps: { code: string; text: string }[];
  escalations: Escalation[];
  merchant?: MerchantDecision;
}

interface SetupOutcome {
  channel: ChannelKind;
  index: number;
  label?: string;
  outOfScope: boolean;
  candidates: Set<SaqId>;
  /** No SAQ is written for this setup: the acquirer decides (D if they ask for an SAQ). */
  noSaq: boolean;
}

const D: SaqId = 'D-Merchant';

class Collector {
  readonly reasons: Reason[] = [];
  private readonly steps = new Map<StepCode, NextStep>();
  readonly escalations = new Set<Escalation>();

  reason(reason: Omit<Reason, 'text'>): void {
    this.reasons.push({
      ...reason,
      text: say(DECISION_WORDS, `reason.${reason.code}`, reason.params),
    });
  }

  step(code: StepCode): void {
    if (!this.steps.has(code))
      this.steps.set(code, { code, text: say(DECISION_WORDS, `step.${code}`) });
  }

  get nextSteps(): NextStep[] {
    return [...this.steps.values()];
  }
}

/** The answers a piece of equipment's criteria need; a missing answer counts as "not sure". */
interface FollowUps {
  listed?: Answer | undefined;
  isolatedDevice?: Answer | undefined;
  singleLocation?: Answer | undefined;
}

interface Place {
  channel: ChannelKind;
  setupIndex: number;
  /** The setup's field path, e.g. `cardPresent.0`. */
  path: string;
  /** The field that holds the equipment: `equipment`, or `terminal` / `capture` by phone. */
  equipmentField: string;
}

interface Outcome {
  candidates: SaqId[];
  noSaq?: boolean;
}

const yes = (a: Answer | undefined) => a === 'yes';
const no = (a: Answer | undefined) => a === 'no';

/**
 * A device that must be kept apart (and, for C and C-VT, used at one location): the criteria of
 * SAQ B, B-IP, C and C-VT. Reasons assert only what was answered.
 */
function keptApart(
  saq: 'B' | 'B-IP' | 'C' | 'C-VT',
  f: FollowUps,
  place: Place,
  out: Collector,
): Outcome {
  const base = { channel: place.channel, setupIndex: place.setupIndex };
  const source: SourceRef = { kind: 'eligibility', saq };
  const isolatedField = `${place.path}.isolatedDevice`;
  const locationField = `${place.path}.singleLocation`;
  const needsOneLocation = saq === 'C' || saq === 'C-VT';
  const codes = {
    B: ['dial-out-isolated', 'dial-out-connected', 'dial-out-isolation-unknown'],
    'B-IP': ['ip-terminal-isolated', 'ip-terminal-connected', 'ip-terminal-isolation-unknown'],
    C: ['pos-kept-apart', 'pos-not-kept-apart', 'pos-open', 'pos-several-locations'],
    'C-VT': ['vt-kept-apart', 'vt-not-kept-apart', 'vt-open', 'vt-several-locations'],
  } as const;
  const [fits, connected, open] = codes[saq];
  if (no(f.isolatedDevice)) {
    out.reason({ ...base, field: isolatedField, code: connected, source });
    return { candidates: [D] };
  }
  if (needsOneLocation && no(f.singleLocation)) {
    const several = saq === 'C' ? 'pos-several-locations' : 'vt-several-locations';
    out.reason({ ...base, field: locationField, code: several, source });
    return { candidates: [D] };
  }
  if (yes(f.isolatedDevice) && (!needsOneLocation || yes(f.singleLocation))) {
    out.reason({ ...base, field: isolatedField, code: fits, source });
    return { candidates: [saq] };
  }
  out.reason({
    ...base,
    field: yes(f.isolatedDevice) ? locationField : isolatedField,
    code: open,
    source,
  });
  out.step('check-isolation');
  return { candidates: [saq, D] };
}

function equipmentOutcome(
  equipment: Equipment,
  f: FollowUps,
  place: Place,
  out: Collector,
): Outcome {
  const base = { channel: place.channel, setupIndex: place.setupIndex };
  const field = `${place.path}.${place.equipmentField}`;
  const moto = place.channel === 'moto';
  switch (equipment) {
    case 'imprint-or-dial-out':
      return keptApart('B', f, place, out);
    case 'standalone-ip-terminal':
      return keptApart('B-IP', f, place, out);
    case 'pos-system':
      return keptApart('C', f, place, out);
    case 'virtual-terminal':
      return keptApart('C-VT', f, place, out);
    case 'p2pe-listed': {
      // SAQ P2PE: all processing through a validated, PCI-listed P2PE solution. Its criteria say
      // nothing of isolation or of confirming a provider's compliance: the listing is the test.
      const source: SourceRef = { kind: 'eligibility', saq: 'P2PE' };
      const listedField = `${place.path}.listed`;
      if (yes(f.listed)) {
        out.reason({ ...base, field: listedField, code: 'p2pe-listed', source });
        return { candidates: ['P2PE'] };
      }
      out.reason({
        ...base,
        field: listedField,
        code: no(f.listed) ? 'p2pe-not-listed' : 'p2pe-listing-unknown',
        source,
      });
      out.step(no(f.listed) ? 'identify-equipment' : 'check-p2pe-listing');
      return { candidates: no(f.listed) ? ['B-IP', D] : ['P2PE', 'B-IP', D] };
    }
    case 'spoc-listed':
    case 'mobile-reader': {
      const source: SourceRef = { kind: 'eligibility', saq: 'SPoC' };
      if (moto) {
        // SAQ SPoC is for card-present payments only; keyed phone gifts put the device in scope.
        out.reason({ ...base, field, code: 'reader-moto', source });
        return { candidates: [D] };
      }
      const listed = equipment === 'spoc-listed' ? (f.listed ?? 'yes') : f.listed;
      if (no(listed)) {
        out.reason({ ...base, field: `${place.path}.listed`, code: 'reader-not-listed', source });
        out.step('ask-acquirer-facilitator');
        return { candidates: [D], noSaq: true };
      }
      if (no(f.isolatedDevice)) {
        out.reason({
          ...base,
          field: `${place.path}.isolatedDevice`,
          code: 'reader-connected',
          source,
        });
        return { candidates: [D] };
      }
      if (yes(listed) && yes(f.isolatedDevice)) {
        out.reason({ ...base, field: `${place.path}.listed`, code: 'reader-spoc', source });
        return { candidates: ['SPoC'] };
      }
      out.reason({
        ...base,
        field: `${place.path}.${yes(listed) ? 'isolatedDevice' : 'listed'}`,
        code: 'reader-open',
        source,
      });
      if (!yes(listed)) out.step('check-spoc-listing');
      if (!yes(f.isolatedDevice)) out.step('check-isolation');
      return { candidates: ['SPoC', D] };
    }
    case 'tap-to-pay-phone':
      out.reason({
        ...base,
        field,
        code: moto ? 'reader-moto' : 'tap-to-pay-no-saq',
        source: { kind: 'eligibility', saq: 'SPoC' },
      });
      if (moto) return { candidates: [D] };
      out.step('ask-acquirer-facilitator');
      return { candidates: [D], noSaq: true };
    case 'reader-on-own-system':
      // SAQ D's own examples: card data on the merchant's website or systems. A reader's own
      // encryption does not change that unless the reader is part of a listed P2PE solution.
      out.reason({
        ...base,
        field,
        code: 'reader-on-own-system',
        source: { kind: 'eligibility', saq: D },
      });
      return { candidates: [D] };
    case 'unsure':
      out.reason({
        ...base,
        field,
        code: 'equipment-unknown',
        source: { kind: 'aoc', part: '2e' },
      });
      out.step('identify-equipment');
      return {
        candidates: moto
          ? ['B', 'B-IP', 'P2PE', 'C', 'C-VT', D]
          : ['B', 'B-IP', 'P2PE', 'SPoC', 'C', 'C-VT', D],
      };
  }
}

/**
 * The A-EP route: SAQ A-EP needs any third party that hosts or manages the merchant's website to be
 * PCI DSS compliant for it (A-EP eligibility criteria); only a server the organisation's own staff
 * run skips that criterion.
 */
function aEpRoute(setup: EcommerceSetup, index: number, out: Collector): SaqId[] {
  const base = { channel: 'ecommerce' as const, setupIndex: index };
  const field = `ecommerce.${index}.websiteHost`;
  const source: SourceRef = { kind: 'eligibility', saq: 'A-EP' };
  switch (setup.websiteHost) {
    case 'self-managed':
      out.reason({ ...base, field, code: 'host-self-managed', source });
      return ['A-EP'];
    case 'pci-compliant-provider':
      out.reason({ ...base, field, code: 'host-compliant', source });
      return ['A-EP'];
    case 'other-provider':
      out.reason({ ...base, field, code: 'host-not-compliant', source });
      return [D];
    default:
      out.reason({ ...base, field, code: 'host-unknown', source });
      out.step('ask-web-host');
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
        source: { kind: 'aoc', part: '2a' },
      });
      return null;
    case 'no-own-website':
      // FAQ 1588: the script criterion does not apply to fully outsourced payments.
      out.reason({ ...base, field, code: 'no-own-website', source: { kind: 'faq', id: 1588 } });
      return ['A'];
    case 'redirect':
      // FAQ 1588: the script criterion does not apply to a redirect (HTTP 30x, meta or JS redirect).
      out.reason({ ...base, field, code: 'redirect', source: { kind: 'faq', id: 1588 } });
      return ['A'];
    case 'iframe': {
      const sfield = `ecommerce.${index}.scriptProtection`;
      const source: SourceRef = { kind: 'faq', id: 1588 };
      if (setup.scriptProtection === 'own-controls') {
        out.reason({ ...base, field: sfield, code: 'iframe-own-controls', source });
        return ['A'];
      }
      if (setup.scriptProtection === 'provider-confirmed') {
        out.reason({ ...base, field: sfield, code: 'iframe-provider-confirmed', source });
        return ['A'];
      }
      if (setup.scriptProtection === 'none') {
        out.reason({ ...base, field: sfield, code: 'iframe-unprotected', source });
        return aEpRoute(setup, index, out);
      }
      out.reason({ ...base, field: sfield, code: 'iframe-script-unknown', source });
      out.step('ask-provider-scripts');
      return ['A', ...aEpRoute(setup, index, out)];
    }
    case 'direct-post':
      out.reason({ ...base, field, code: 'direct-post', source: { kind: 'faq', id: 1291 } });
      return aEpRoute(setup, index, out);
    case 'js-form':
      out.reason({ ...base, field, code: 'js-form', source: { kind: 'eligibility', saq: 'A-EP' } });
      return aEpRoute(setup, index, out);
    case 'own-server':
      out.reason({ ...base, field, code: 'own-server', source: { kind: 'eligibility', saq: D } });
      return [D];
    case 'unsure':
      out.reason({
        ...base,
        field,
        code: 'payment-page-unknown',
        source: { kind: 'faq', id: 1291 },
      });
      out.step('find-payment-page');
      return ['A', ...aEpRoute(setup, index, out)];
  }
}

function motoOutcome(setup: MotoSetup, index: number, out: Collector): Outcome {
  const base = { channel: 'moto' as const, setupIndex: index };
  const field = `moto.${index}.capture`;
  const place = (equipmentField: string): Place => ({
    channel: 'moto',
    setupIndex: index,
    path: `moto.${index}`,
    equipmentField,
  });
  switch (setup.capture) {
    case 'provider-handles':
      out.reason({
        ...base,
        field,
        code: 'moto-provider-handles',
        source: { kind: 'eligibility', saq: 'A' },
      });
      return { candidates: ['A'] };
    case 'virtual-terminal':
      return keptApart('C-VT', setup, place('capture'), out);
    case 'staff-use-online-form':
      out.reason({
        ...base,
        field,
        code: 'moto-online-form',
        source: { kind: 'eligibility', saq: 'A' },
      });
      return { candidates: [D] };
    case 'own-system':
      out.reason({
        ...base,
        field,
        code: 'moto-own-system',
        source: { kind: 'eligibility', saq: D },
      });
      return { candidates: [D] };
    case 'payment-terminal':
      return equipmentOutcome(setup.terminal ?? 'unsure', setup, place('terminal'), out);
    case 'unsure':
      out.reason({
        ...base,
        field,
        code: 'moto-unknown',
        source: { kind: 'eligibility', saq: 'C-VT' },
      });
      out.step('identify-equipment');
      return { candidates: ['A', 'B', 'B-IP', 'P2PE', 'C', 'C-VT', D] };
  }
}

function cardPresentOutcome(setup: CardPresentSetup, index: number, out: Collector): Outcome {
  return equipmentOutcome(
    setup.equipment,
    setup,
    {
      channel: 'cardPresent',
      setupIndex: index,
      path: `cardPresent.${index}`,
      equipmentField: 'equipment',
    },
    out,
  );
}

/** Applies the answers that are about the organisation as a whole, not one setup. */
function applyGlobalAnswers(profile: PaymentProfile, setups: SetupOutcome[], out: Collector): void {
  const inScope = setups.filter((s) => !s.outOfScope);
  if (inScope.length === 0) return;

  // Electronic card data rules out every SAQ but D, for every setup: even a setup no SAQ is
  // written for is then covered by D, so nothing is left for the acquirer to settle about it.
  const forceD = (code: ReasonCode, field: string): void => {
    out.reason({ code, field, source: { kind: 'eligibility', saq: D } });
    for (const s of inScope) {
      s.candidates = new Set([D]);
      s.noSaq = false;
    }
  };
  const allowD = (): void => {
    for (const s of inScope) s.candidates.add(D);
  };

  if (profile.storesAccountDataElectronically === 'yes') {
    forceD('stores-electronically', 'storesAccountDataElectronically');
  } else if (profile.storesAccountDataElectronically === 'unsure') {
    out.reason({
      code: 'storage-unknown',
      field: 'storesAccountDataElectronically',
      source: { kind: 'eligibility', saq: D },
    });
    out.step('check-storage');
    allowD();
  }

  if (profile.receivesAccountDataElectronically === 'yes') {
    forceD('receives-electronically', 'receivesAccountDataElectronically');
  } else if (profile.receivesAccountDataElectronically === 'unsolicited-deleted') {
    out.reason({
      code: 'unsolicited-deleted',
      field: 'receivesAccountDataElectronically',
      source: { kind: 'faq', id: 1157 },
    });
  } else if (profile.receivesAccountDataElectronically === 'unsure') {
    out.reason({
      code: 'receipt-unknown',
      field: 'receivesAccountDataElectronically',
      source: { kind: 'eligibility', saq: D },
    });
    out.step('check-email');
    allowD();
  }

  // Only A, A-EP and C-VT name the provider's compliance among their criteria; P2PE and SPoC rest
  // on the solution's listing instead, and B, B-IP and C on neither.
  if (profile.thirdPartiesConfirmedCompliant !== 'yes') {
    const affected = inScope.filter((s) =>
      [...s.candidates].some((saq) => SAQ_FACTS[saq].requiresProviderCompliance),
    );
    if (affected.length > 0) {
      const saqs = SAQ_BY_LENGTH.filter(
        (saq) =>
          SAQ_FACTS[saq].requiresProviderCompliance && affected.some((s) => s.candidates.has(saq)),
      );
      out.reason({
        code: 'provider-compliance-unconfirmed',
        params: { saqs: saqs.map((s) => SAQ_FACTS[s].name).join(', ') },
        field: 'thirdPartiesConfirmedCompliant',
        source: { kind: 'eligibility', saq: saqs[0] ?? 'A' },
      });
      out.step('get-aoc');
      for (const s of affected) s.candidates.add(D);
    }
  }
}

interface Covering {
  candidates: SaqId[];
  /** Some combination mixes SAQ B and B-IP terminals in one assessment. */
  mixedTerminals: boolean;
}

/**
 * The SAQs that may cover a combination of setups' SAQs and channels: the setups' own SAQ when they
 * all share one that allows every channel involved; SAQ A-EP for online setups that mix A and A-EP;
 * for a mix of dial-out (B) and internet (B-IP) terminals, B-IP or D as the acquirer decides (no SAQ
 * is written for the mix); otherwise D.
 */
export function cover(saqs: ReadonlySet<SaqId>, channels: ReadonlySet<ChannelKind>): SaqId[] {
  const list = [...saqs];
  const allowed = (saq: SaqId) => [...channels].every((c) => SAQ_FACTS[saq].channels.includes(c));
  const only = list.length === 1 ? list[0] : undefined;
  if (only && allowed(only)) return [only];
  if (list.every((s) => s === 'A' || s === 'A-EP') && [...channels].every((c) => c === 'ecommerce'))
    return ['A-EP'];
  if (list.length === 2 && saqs.has('B') && saqs.has('B-IP') && allowed('B-IP')) return ['B-IP', D];
  return [D];
}

/** The SAQs, shortest first, that cover every combination the setups' candidates allow. */
function coveringCandidates(setups: SetupOutcome[]): Covering {
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
  let mixedTerminals = false;
  for (const state of states.values()) {
    const covering = cover(state.saqs, state.channels);
    if (covering.includes('B-IP') && state.saqs.has('B')) mixedTerminals = true;
    for (const saq of covering) result.add(saq);
  }
  return { candidates: SAQ_BY_LENGTH.filter((saq) => result.has(saq)), mixedTerminals };
}

function channelLabel(profile: PaymentProfile, channel: ChannelKind): string | undefined {
  const setups: { label?: string | undefined }[] = profile[channel];
  const labels = setups.map((s) => s.label).filter((l): l is string => !!l);
  return labels.length > 0 ? labels.join(', ') : undefined;
}

function statusOf(candidates: SaqId[], open: boolean): DecisionStatus {
  if (candidates.length === 0 && !open) return 'out-of-scope';
  return candidates.length === 1 && !open ? 'decided' : 'needs-review';
}

/** The organisation's own card acceptance: per channel, and the SAQ (or SAQs) covering them all. */
function merchantDecision(profile: PaymentProfile, out: Collector): MerchantDecision {
  const setups: SetupOutcome[] = [];
  const add = (channel: ChannelKind, index: number, label: string | undefined, o: Outcome | null) =>
    setups.push({
      channel,
      index,
      ...(label ? { label } : {}),
      outOfScope: o === null,
      candidates: new Set(o?.candidates ?? []),
      noSaq: o?.noSaq ?? false,
    });
  profile.ecommerce.forEach((s, i) => {
    const c = ecommerceOutcome(s, i, out);
    add('ecommerce', i, s.label, c ? { candidates: c } : null);
  });
  profile.moto.forEach((s, i) => add('moto', i, s.label, motoOutcome(s, i, out)));
  profile.cardPresent.forEach((s, i) =>
    add('cardPresent', i, s.label, cardPresentOutcome(s, i, out)),
  );

  applyGlobalAnswers(profile, setups, out);

  let mixed = false;
  const perChannel: ChannelDecision[] = CHANNELS.filter((c) => profile[c].length > 0).map(
    (channel) => {
      const inScope = setups.filter((s) => s.channel === channel && !s.outOfScope);
      const covering =
        inScope.length > 0
          ? coveringCandidates(inScope)
          : { candidates: [], mixedTerminals: false };
      mixed ||= covering.mixedTerminals;
      const status = statusOf(
        covering.candidates,
        inScope.some((s) => s.noSaq),
      );
      const label = channelLabel(profile, channel);
      return {
        channel,
        ...(label ? { label } : {}),
        status,
        ...(status === 'decided' ? { saq: covering.candidates[0] } : {}),
        candidates: covering.candidates,
      };
    },
  );

  const inScope = setups.filter((s) => !s.outOfScope);
  const covering =
    inScope.length > 0 ? coveringCandidates(inScope) : { candidates: [], mixedTerminals: false };
  if (mixed || covering.mixedTerminals) {
    out.reason({ code: 'mixed-terminals', source: { kind: 'eligibility', saq: 'B-IP' } });
    out.step('ask-acquirer-terminals');
  }
  const noSaq = inScope.some((s) => s.noSaq);
  if (noSaq) out.escalations.add('no-saq-for-setup');

  if (setups.length === 0)
    out.reason({ code: 'no-channels', field: 'channels', source: { kind: 'aoc', part: '2a' } });

  let candidates = covering.candidates;
  let status = statusOf(candidates, noSaq);
  if (profile.annualCardTransactions === 'over-6m' && status !== 'out-of-scope') {
    // Level 1 (per card brand): a Report on Compliance by a QSA, not an SAQ. No SAQ is "still possible".
    out.reason({
      code: 'level-1',
      field: 'annualCardTransactions',
      source: { kind: 'brand-rules' },
    });
    out.step('level-1');
    out.escalations.add('roc-required');
    candidates = [];
    status = 'needs-review';
  } else if (profile.annualCardTransactions === '1m-to-6m') out.step('level-2');
  else if (profile.annualCardTransactions === 'unsure') out.step('count-transactions');

  const decidedChannels = perChannel.filter((c) => c.status !== 'out-of-scope');
  const perChannelSaqs = new Set(decidedChannels.map((c) => c.saq));
  // Multi-channel FAQ: one SAQ per channel when each channel meets its own SAQ's criteria and the
  // channels are kept apart; the acquirer decides.
  const separateSaqsPossible =
    status !== 'out-of-scope' &&
    !out.escalations.has('roc-required') &&
    decidedChannels.every((c) => c.status === 'decided') &&
    perChannelSaqs.size > 1 &&
    !perChannelSaqs.has(D) &&
    profile.channelsShareSystems === 'no';

  if (status !== 'out-of-scope') out.step('acquirer-confirms');
  return {
    status,
    ...(status === 'decided' ? { saq: candidates[0] } : {}),
    candidates,
    perChannel,
    separateSaqsPossible,
  };
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

  if (profile.role === 'merchant') {
    const merchant = merchantDecision(profile, out);
    return {
      ...merchant,
      reasons: out.reasons,
      nextSteps: out.nextSteps,
      escalations: [...out.escalations],
    };
  }

  // Service providers: SAQ D for Service Providers covers the services provided, if a card brand
  // allows self-assessment at all; above the brands' top threshold (Visa: 300,000 transactions a
  // year) an on-site assessment is needed instead.
  out.reason({
    code: 'service-provider',
    field: 'role',
    source: { kind: 'eligibility', saq: 'D-SP' },
  });
  out.step('service-provider');
  const volume = profile.serviceProviderTransactions;
  if (volume === 'over-300k' || volume === undefined || volume === 'unsure') {
    out.reason({
      code: volume === 'over-300k' ? 'service-provider-level-1' : 'service-provider-volume-unknown',
      field: 'serviceProviderTransactions',
      source: { kind: 'brand-rules' },
    });
    out.step(volume === 'over-300k' ? 'service-provider-onsite' : 'count-service-transactions');
    out.escalations.add('service-provider-onsite');
  }
  const onsite = out.escalations.has('service-provider-onsite');

  let merchant: MerchantDecision | undefined;
  if (profile.role === 'both') {
    out.reason({ code: 'both-roles', field: 'role', source: { kind: 'aoc', part: '2a' } });
    merchant = merchantDecision(profile, out);
  }
  const open = onsite || (merchant !== undefined && merchant.status === 'needs-review');
  return {
    status: open ? 'needs-review' : 'decided',
    ...(onsite ? {} : { saq: 'D-SP' as const }),
    candidates: onsite ? [] : ['D-SP'],
    perChannel: merchant?.perChannel ?? [],
    separateSaqsPossible: false,
    reasons: out.reasons,
    nextSteps: out.nextSteps,
    escalations: [...out.escalations],
    ...(merchant ? { merchant } : {}),
  };
}
