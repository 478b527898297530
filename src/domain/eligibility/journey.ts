/**
 * The interview's journey: which question comes next, from the answers so far. One typed table
 * (QUESTIONS) says, for every question, where its answer lives, which values it accepts and when it
 * is asked; the journey, the answers, pruning and the check page all read that table, so a question
 * is defined in one place. Pure functions over a draft of answers.
 */
import type {
  Answer,
  CardPresentSetup,
  EcommerceSetup,
  Equipment,
  MotoSetup,
  PaymentProfile,
} from './profile';
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
import { CHECK_URL, RESULT_URL, stepUrl } from '../../lib/paths';
import { CHANNELS, type ChannelKind } from './saq-catalog';

export type YesNo = 'yes' | 'no';

export interface EcommerceDraft {
  paymentPage?: EcommerceSetup['paymentPage'];
  scriptProtection?: EcommerceSetup['scriptProtection'];
  websiteHost?: EcommerceSetup['websiteHost'];
  another?: YesNo;
}
/** What the equipment's eligibility criteria ask beyond the equipment (see profile.ts). */
export interface EquipmentFollowUps {
  listed?: Answer;
  isolatedDevice?: Answer;
  singleLocation?: Answer;
}
export interface MotoDraft extends EquipmentFollowUps {
  capture?: MotoSetup['capture'];
  terminal?: Equipment;
  another?: YesNo;
}
export interface CardPresentDraft extends EquipmentFollowUps {
  equipment?: Equipment;
  another?: YesNo;
}

/** The interview's answers so far: every field optional, kept as domain data (never a machine snapshot). */
export interface InterviewAnswers {
  role?: PaymentProfile['role'];
  serviceProviderTransactions?: PaymentProfile['serviceProviderTransactions'];
  /** Payment processors or tools picked from the catalog (ids); [] means "not listed / skip". */
  processors?: string[];
  /** Answers filled in from those picks: step id -> the processor name it came from. */
  prefilledBy?: Record<string, string>;
  /** The names of the picked processors, for display. */
  processorNames?: string[];

  channels?: ChannelKind[];
  ecommerce: EcommerceDraft[];
  moto: MotoDraft[];
  cardPresent: CardPresentDraft[];
  storesAccountDataElectronically?: Answer;
  receivesAccountDataElectronically?: PaymentProfile['receivesAccountDataElectronically'];
  keepsPaperWithCardData?: Answer;
  thirdPartiesConfirmedCompliant?: Answer;
  channelsShareSystems?: Answer;
  annualCardTransactions?: PaymentProfile['annualCardTransactions'];
}

/** Where the interview is: asking questions, checking the answers, or showing the result. */
export type InterviewPhase = 'asking' | 'checking' | 'result';

export const emptyAnswers = (): InterviewAnswers => ({ ecommerce: [], moto: [], cardPresent: [] });

/** The questions' ids, which are also their keys in content/eligibility/questions.json. */
export const QUESTION_IDS = [
  'role',
  'serviceProviderTransactions',
  'processors',
  'channels',
  'paymentPage',
  'scriptProtection',
  'websiteHost',
  'ecommerceAnother',
  'motoCapture',
  'motoTerminal',
  'motoAnother',
  'equipment',
  'cardPresentAnother',
  'p2peListed',
  'spocListed',
  'dialOutIsolated',
  'ipTerminalIsolated',
  'posIsolated',
  'vtIsolated',
  'readerIsolated',
  'posSingleLocation',
  'vtSingleLocation',
  'storesAccountDataElectronically',
  'receivesAccountDataElectronically',
  'keepsPaperWithCardData',
  'thirdPartiesConfirmedCompliant',
  'channelsShareSystems',
  'annualCardTransactions',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export type Scope = 'global' | ChannelKind;

/** One question of the interview, as the journey, the pages and the tests see it. */
export interface QuestionDef {
  id: QuestionId;
  /** The URL part: `role`, or `payment-page` inside `online-1-payment-page`. */
  slug: string;
  scope: Scope;
  /** The field that holds the answer: in the answers (global) or in the setup's draft. */
  key: string;
  /** Several values at once (checkboxes, the processor picker). */
  multi: boolean;
  /** The values accepted; null for the processor picker, whose values are catalog ids. */
  options: readonly string[] | null;
  /** Whether an empty selection is an answer (the processor step can be skipped). */
  emptyIsAnswer: boolean;
  /** Whether the question is asked, given the answers and (for a setup question) its setup. */
  shown: (answers: InterviewAnswers, setup: number) => boolean;
  /**
   * Follow-up fields to clear when this answer changes: they answered a question about the old
   * equipment (kept apart, listed) that is worded differently for the new one, so it is asked again.
   */
  resets: readonly string[];
}

type GlobalKey = Exclude<keyof InterviewAnswers, 'ecommerce' | 'moto' | 'cardPresent'>;
type DraftOf<C extends ChannelKind> = InterviewAnswers[C][number];

const YES_NO = ['yes', 'no'] as const;
const setupOf = <C extends ChannelKind>(a: InterviewAnswers, c: C, i: number): DraftOf<C> =>
  a[c][i] ?? {};

function global<K extends GlobalKey>(
  id: QuestionId,
  slug: string,
  key: K,
  options: readonly string[] | null,
  extra: {
    multi?: boolean;
    emptyIsAnswer?: boolean;
    showIf?: (a: InterviewAnswers) => boolean;
  } = {},
): QuestionDef {
  const showIf = extra.showIf;
  return {
    id,
    slug,
    scope: 'global',
    key,
    multi: extra.multi ?? false,
    options,
    emptyIsAnswer: extra.emptyIsAnswer ?? false,
    shown: (a) => (showIf ? showIf(a) : true),
    resets: [],
  };
}

function perSetup<C extends ChannelKind>(
  channel: C,
  id: QuestionId,
  slug: string,
  key: keyof DraftOf<C> & string,
  options: readonly string[],
  showIf?: (setup: DraftOf<C>) => boolean,
  resets: readonly (keyof DraftOf<C> & string)[] = [],
): QuestionDef {
  return {
    id,
    slug,
    scope: channel,
    key,
    multi: false,
    options,
    emptyIsAnswer: false,
    shown: (a, i) => (showIf ? showIf(setupOf(a, channel, i)) : true),
    resets,
  };
}

/** The equipment's follow-ups, cleared when the equipment changes. */
const FOLLOW_UPS = ['listed', 'isolatedDevice', 'singleLocation'] as const;

/** The equipment a setup uses: in person it is `equipment`; by phone, the terminal staff key into. */
function equipmentOf(d: CardPresentDraft | MotoDraft): Equipment | undefined {
  if ('equipment' in d) return d.equipment;
  const moto = d as MotoDraft;
  if (moto.capture === 'virtual-terminal') return 'virtual-terminal';
  return moto.capture === 'payment-terminal' ? moto.terminal : undefined;
}

const isReader = (e: Equipment | undefined) => e === 'mobile-reader' || e === 'spoc-listed';

/**
 * The follow-ups an equipment's eligibility criteria need (listed solution, kept apart, one
 * location), for one channel. Which question asks it depends on the equipment, so that each can be
 * worded for what the person has in front of them; they share the draft's keys.
 */
function equipmentQuestions<C extends 'moto' | 'cardPresent'>(channel: C): QuestionDef[] {
  const on =
    (...kinds: Equipment[]) =>
    (d: DraftOf<C>) => {
      const e = equipmentOf(d);
      return e !== undefined && kinds.includes(e);
    };
  // A phone-paired reader taken by phone is SAQ D whatever else is true: nothing more to ask.
  const readerInPerson = (d: DraftOf<C>) => channel === 'cardPresent' && isReader(equipmentOf(d));
  const yesNoUnsure = ANSWERS;
  return [
    perSetup(channel, 'p2peListed', 'p2pe-listed', 'listed', yesNoUnsure, on('p2pe-listed')),
    perSetup(channel, 'spocListed', 'spoc-listed', 'listed', yesNoUnsure, readerInPerson),
    perSetup(
      channel,
      'dialOutIsolated',
      'isolated',
      'isolatedDevice',
      yesNoUnsure,
      on('imprint-or-dial-out'),
    ),
    perSetup(
      channel,
      'ipTerminalIsolated',
      'isolated',
      'isolatedDevice',
      yesNoUnsure,
      on('standalone-ip-terminal'),
    ),
    perSetup(channel, 'posIsolated', 'isolated', 'isolatedDevice', yesNoUnsure, on('pos-system')),
    perSetup(
      channel,
      'vtIsolated',
      'isolated',
      'isolatedDevice',
      yesNoUnsure,
      on('virtual-terminal'),
    ),
    perSetup(
      channel,
      'readerIsolated',
      'isolated',
      'isolatedDevice',
      yesNoUnsure,
      (d) => readerInPerson(d) && d.listed !== 'no',
    ),
    perSetup(
      channel,
      'posSingleLocation',
      'one-location',
      'singleLocation',
      yesNoUnsure,
      on('pos-system'),
    ),
    perSetup(
      channel,
      'vtSingleLocation',
      'one-location',
      'singleLocation',
      yesNoUnsure,
      on('virtual-terminal'),
    ),
  ];
}

/** Whether the A-EP route (and so the web host question) is possible for an online setup. */
export function aEpRoutePossible(s: EcommerceDraft): boolean {
  switch (s.paymentPage) {
    case 'direct-post':
    case 'js-form':
    case 'unsure':
      return true;
    case 'iframe':
      return s.scriptProtection === 'none' || s.scriptProtection === 'unsure';
    default:
      return false;
  }
}

/**
 * A service provider that takes no card payments for itself is assessed on its services only (SAQ D
 * for Service Providers): the questions about its own payments are not asked.
 */
const takesPayments = (a: InterviewAnswers) => a.role !== 'service-provider';

/** The equipment the interview offers: `spoc-listed` is only read from older answers. */
const OFFERED_EQUIPMENT = EQUIPMENT.filter((e) => e !== 'spoc-listed');

/** Questions asked before the channels' setups. */
const OPENING: readonly QuestionDef[] = [
  global('role', 'role', 'role', ROLES),
  global(
    'serviceProviderTransactions',
    'service-volume',
    'serviceProviderTransactions',
    SERVICE_PROVIDER_TRANSACTIONS,
    { showIf: (a) => a.role !== undefined && a.role !== 'merchant' },
  ),
  global('processors', 'processors', 'processors', null, {
    multi: true,
    emptyIsAnswer: true,
    showIf: takesPayments,
  }),
  global('channels', 'channels', 'channels', CHANNELS, { multi: true, showIf: takesPayments }),
];

/** Each channel's questions about one setup, in order; the last asks whether there is another. */
const SETUP: { readonly [C in ChannelKind]: readonly QuestionDef[] } = {
  ecommerce: [
    perSetup('ecommerce', 'paymentPage', 'payment-page', 'paymentPage', PAYMENT_PAGES),
    perSetup(
      'ecommerce',
      'scriptProtection',
      'script-protection',
      'scriptProtection',
      SCRIPT_PROTECTIONS,
      (s) => s.paymentPage === 'iframe',
    ),
    perSetup(
      'ecommerce',
      'websiteHost',
      'website-host',
      'websiteHost',
      WEBSITE_HOSTS,
      aEpRoutePossible,
    ),
    perSetup('ecommerce', 'ecommerceAnother', 'another', 'another', YES_NO),
  ],
  moto: [
    perSetup('moto', 'motoCapture', 'capture', 'capture', MOTO_CAPTURES, undefined, FOLLOW_UPS),
    perSetup(
      'moto',
      'motoTerminal',
      'terminal',
      'terminal',
      // Phone gifts are keyed, never tapped on a phone: the in-person-only kinds are not offered.
      OFFERED_EQUIPMENT.filter((e) => e !== 'tap-to-pay-phone' && e !== 'virtual-terminal'),
      (s) => s.capture === 'payment-terminal',
      FOLLOW_UPS,
    ),
    ...equipmentQuestions('moto'),
    perSetup('moto', 'motoAnother', 'another', 'another', YES_NO),
  ],
  cardPresent: [
    perSetup(
      'cardPresent',
      'equipment',
      'equipment',
      'equipment',
      OFFERED_EQUIPMENT,
      undefined,
      FOLLOW_UPS,
    ),
    ...equipmentQuestions('cardPresent'),
    perSetup('cardPresent', 'cardPresentAnother', 'another', 'another', YES_NO),
  ],
};

/** Questions asked after the channels' setups. */
const CLOSING: readonly QuestionDef[] = [
  global(
    'storesAccountDataElectronically',
    'stored-card-data',
    'storesAccountDataElectronically',
    ANSWERS,
    { showIf: takesPayments },
  ),
  global(
    'receivesAccountDataElectronically',
    'emailed-card-data',
    'receivesAccountDataElectronically',
    RECEIVES_ACCOUNT_DATA,
    { showIf: takesPayments },
  ),
  global('keepsPaperWithCardData', 'paper-records', 'keepsPaperWithCardData', ANSWERS, {
    showIf: takesPayments,
  }),
  global(
    'thirdPartiesConfirmedCompliant',
    'provider-compliance',
    'thirdPartiesConfirmedCompliant',
    ANSWERS,
    { showIf: takesPayments },
  ),
  global('channelsShareSystems', 'shared-systems', 'channelsShareSystems', ANSWERS, {
    showIf: (a) => takesPayments(a) && (a.channels ?? []).length > 1,
  }),
  global(
    'annualCardTransactions',
    'transactions',
    'annualCardTransactions',
    ANNUAL_CARD_TRANSACTIONS,
    { showIf: takesPayments },
  ),
];

/** Every question, once: the table the journey, the content check and the tests read. */
export const QUESTIONS: readonly QuestionDef[] = [
  ...OPENING,
  ...CHANNELS.flatMap((c) => SETUP[c]),
  ...CLOSING,
];

/** A question in context: which setup it is about, for per-setup questions. */
export interface Step {
  /** Stable id used in URLs, e.g. `role` or `online-2-payment-page`. */
  id: string;
  question: QuestionId;
  channel?: ChannelKind;
  /** Zero-based setup index for per-setup questions. */
  setup?: number;
}

const CHANNEL_SLUG: Record<ChannelKind, string> = {
  ecommerce: 'online',
  moto: 'phone',
  cardPresent: 'in-person',
};

const BY_KEY = new Map(QUESTIONS.map((q) => [`${q.scope}:${q.id}`, q]));

/** The question a step asks (the same question id may be asked in more than one channel). */
export function questionDef(s: Pick<Step, 'question' | 'channel'>): QuestionDef {
  const q = BY_KEY.get(`${s.channel ?? 'global'}:${s.question}`);
  if (!q) throw new Error(`unknown question ${s.question}`);
  return q;
}

function stepOf(q: QuestionDef, setup?: number): Step {
  if (q.scope === 'global') return { id: q.slug, question: q.id };
  const i = setup ?? 0;
  return {
    id: `${CHANNEL_SLUG[q.scope]}-${i + 1}-${q.slug}`,
    question: q.id,
    channel: q.scope,
    setup: i,
  };
}

/** How many setups a channel has in the journey: one, plus one more for each "another: yes". */
function setupCount(list: readonly { another?: YesNo }[]): number {
  let n = 1;
  while (list[n - 1]?.another === 'yes') n += 1;
  return n;
}

/**
 * Every step that applies to these answers, in order. Steps after an unanswered one are included as
 * far as they can be known; the first unanswered step is where the user goes next.
 */
export function journey(a: InterviewAnswers): Step[] {
  const steps: Step[] = OPENING.filter((q) => q.shown(a, 0)).map((q) => stepOf(q));
  const channels = a.channels ?? [];
  for (const channel of CHANNELS) {
    if (!channels.includes(channel)) continue;
    for (let i = 0; i < setupCount(a[channel]); i++)
      for (const q of SETUP[channel]) if (q.shown(a, i)) steps.push(stepOf(q, i));
  }
  for (const q of CLOSING) if (q.shown(a, 0)) steps.push(stepOf(q));
  return steps;
}

/** The value stored for a step, or undefined when it is unanswered. */
export function answerFor(a: InterviewAnswers, s: Step): string | string[] | undefined {
  const q = questionDef(s);
  const holder: object = q.scope === 'global' ? a : setupOf(a, q.scope, s.setup ?? 0);
  const value: unknown = (holder as Record<string, unknown>)[q.key];
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  return undefined;
}

/** Whether a submitted value is one the question accepts. */
export function acceptsValue(q: QuestionDef, value: string | string[]): boolean {
  if (q.multi !== Array.isArray(value)) return false;
  const values = Array.isArray(value) ? value : [value];
  if (values.length > 100 || new Set(values).size !== values.length) return false;
  if (q.options === null) return values.every((v) => v.length > 0 && v.length <= 100);
  return values.every((v) => q.options?.includes(v));
}

function withSetupValue<T extends object>(
  list: readonly T[],
  i: number,
  key: string,
  value: unknown,
): T[] {
  const next = [...list];
  while (next.length <= i) next.push({} as T);
  next[i] = { ...next[i], [key]: value } as T;
  return next;
}

/**
 * Records one answer and drops every follow-up that no longer applies; keeps the rest. A value the
 * question does not accept changes nothing.
 */
export function applyAnswer(
  a: InterviewAnswers,
  s: Step,
  value: string | string[],
): InterviewAnswers {
  const q = questionDef(s);
  if (!acceptsValue(q, value)) return a;
  // An answer the user gives themselves is no longer "from the processor".
  let next: InterviewAnswers = a;
  if (a.prefilledBy?.[s.id])
    next = {
      ...a,
      prefilledBy: Object.fromEntries(Object.entries(a.prefilledBy).filter(([k]) => k !== s.id)),
    };
  if (q.scope === 'global') next = { ...next, [q.key]: value };
  else {
    const channel: ChannelKind = q.scope;
    const i = s.setup ?? 0;
    const before = answerFor(a, s);
    const changed = JSON.stringify(before) !== JSON.stringify(value);
    const setups = withSetupValue(next[channel], i, q.key, value);
    const draft = setups[i];
    if (changed && q.resets.length > 0 && draft)
      setups[i] = withoutKeys(draft, (key) => q.resets.includes(key));
    next = { ...next, [channel]: setups };
  }
  return prune(next);
}

/** The object without the fields `drop` names; every field of T is optional where this is used. */
function withoutKeys<T extends object>(o: T, drop: (key: string) => boolean): T {
  // The same object's own entries, fewer of them: the result has T's shape with fields left out.
  return Object.fromEntries(Object.entries(o).filter(([key]) => !drop(key))) as T;
}

/** A setup's draft without the answers to questions no longer asked for it. */
function pruneSetup<C extends ChannelKind>(a: InterviewAnswers, channel: C, i: number): DraftOf<C> {
  const questions = SETUP[channel];
  const asked = (key: string) =>
    !questions.some((q) => q.key === key) || questions.some((q) => q.key === key && q.shown(a, i));
  return withoutKeys(setupOf(a, channel, i), (key) => !asked(key));
}

/** Removes answers to steps that are no longer on the journey (a changed answer made them moot). */
export function prune(a: InterviewAnswers): InterviewAnswers {
  const moot = new Set([...OPENING, ...CLOSING].filter((q) => !q.shown(a, 0)).map((q) => q.key));
  const next = withoutKeys(a, (key) => moot.has(key));
  const channels = next.channels ?? [];
  for (const channel of CHANNELS) {
    const on = channels.includes(channel);
    const count = on ? Math.min(a[channel].length, setupCount(a[channel])) : 0;
    const kept = Array.from({ length: count }, (_, i) => pruneSetup(a, channel, i));
    Object.assign(next, { [channel]: kept });
  }
  return next;
}

function isAnswered(a: InterviewAnswers, s: Step): boolean {
  const value = answerFor(a, s);
  if (value === undefined) return false;
  if (!Array.isArray(value)) return true;
  return value.length > 0 || questionDef(s).emptyIsAnswer;
}

/** The first unanswered step, or null when every question is answered. */
export function nextStep(a: InterviewAnswers): Step | null {
  return journey(a).find((s) => !isAnswered(a, s)) ?? null;
}

export function findStep(a: InterviewAnswers, id: string): Step | undefined {
  return journey(a).find((s) => s.id === id);
}

/**
 * Where a request for step `id` may go: the step itself when every step before it is answered,
 * otherwise the next step that can be asked (a deep link never skips a question).
 */
export function allowedStep(a: InterviewAnswers, id: string): Step | null {
  for (const s of journey(a)) {
    if (s.id === id) return s;
    if (!isAnswered(a, s)) return s;
  }
  return null;
}

/** The step before `id` on the journey, for the back link. */
export function previousStep(a: InterviewAnswers, id: string): Step | null {
  const steps = journey(a);
  const index = steps.findIndex((s) => s.id === id);
  return index > 0 ? (steps[index - 1] ?? null) : null;
}

/** Whether a step's answer was filled in from the processor choice (and not given by the person). */
export function isPrefilled(a: InterviewAnswers, s: Pick<Step, 'id'>): boolean {
  return a.prefilledBy?.[s.id] !== undefined;
}

/**
 * The questions the person is asked, in order: the journey without the steps their processor
 * choice answered for them (those are skipped), except `current` when it is on screen.
 */
export function askedSteps(a: InterviewAnswers, current?: string): Step[] {
  return journey(a).filter((s) => s.id === current || !isPrefilled(a, s));
}

/**
 * "Question n of m": where `stepId` is among the questions asked, and how many there are as far as
 * the answers so far tell. Each Continue moves n on by one and Back by one back; m can change with
 * an answer (another channel adds questions), never n.
 */
export function questionProgress(
  a: InterviewAnswers,
  stepId: string,
): { index: number; total: number } {
  const asked = askedSteps(a, stepId);
  const index = asked.findIndex((s) => s.id === stepId);
  return { index: index < 0 ? asked.length : index + 1, total: asked.length };
}

/**
 * Where Continue leads from step `from`: the next question after it (skipping those answered from
 * the processor choice), or an earlier unanswered one if there is one; null once nothing is left.
 * After going back, Continue walks forward through the answers given, as a paper form would.
 */
export function stepAfter(a: InterviewAnswers, from: string): Step | null {
  const steps = journey(a);
  const open = steps.findIndex((s) => !isAnswered(a, s));
  const at = steps.findIndex((s) => s.id === from);
  const following = at < 0 ? -1 : steps.findIndex((s, i) => i > at && !isPrefilled(a, s));
  const found = [open, following].filter((i) => i >= 0);
  if (open < 0) return null;
  return steps[Math.min(...found)] ?? null;
}

/**
 * The question before `stepId` among those asked (the one a person who went straight through saw
 * last); the machine prefers its history of the steps actually visited.
 */
export function previousAskedStep(a: InterviewAnswers, stepId: string): Step | null {
  const asked = askedSteps(a, stepId);
  const index = asked.findIndex((s) => s.id === stepId);
  return index > 0 ? (asked[index - 1] ?? null) : null;
}

export function isComplete(a: InterviewAnswers): boolean {
  return nextStep(a) === null;
}

/** Older saved interviews: a reader "from a PCI-listed SPoC solution" is a reader whose listing is yes. */
export function migrateAnswers(a: InterviewAnswers): InterviewAnswers {
  const fix = <D extends EquipmentFollowUps>(
    d: D,
    e: Equipment | undefined,
    set: (d: D) => D,
  ): D => (e === 'spoc-listed' ? set({ ...d, listed: d.listed ?? 'yes' }) : d);
  return prune({
    ...a,
    cardPresent: a.cardPresent.map((d) =>
      fix(d, d.equipment, (x) => ({ ...x, equipment: 'mobile-reader' })),
    ),
    moto: a.moto.map((d) => fix(d, d.terminal, (x) => ({ ...x, terminal: 'mobile-reader' }))),
  });
}

const followUps = (d: EquipmentFollowUps) => ({
  ...(d.listed ? { listed: d.listed } : {}),
  ...(d.isolatedDevice ? { isolatedDevice: d.isolatedDevice } : {}),
  ...(d.singleLocation ? { singleLocation: d.singleLocation } : {}),
});

/** The payment profile the decision engine takes, once the interview is complete. */
export function toProfile(a: InterviewAnswers): PaymentProfile | null {
  if (!isComplete(a) || !a.role) return null;
  const ecommerce: EcommerceSetup[] = a.ecommerce.map((s, i) => ({
    label: `Online payment form ${i + 1}`,
    paymentPage: s.paymentPage ?? 'unsure',
    ...(s.scriptProtection ? { scriptProtection: s.scriptProtection } : {}),
    ...(s.websiteHost ? { websiteHost: s.websiteHost } : {}),
  }));
  const moto: MotoSetup[] = a.moto.map((s, i) => ({
    label: `Phone and mail gifts ${i + 1}`,
    capture: s.capture ?? 'unsure',
    ...(s.terminal ? { terminal: s.terminal } : {}),
    ...followUps(s),
  }));
  const cardPresent: CardPresentSetup[] = a.cardPresent.map((s, i) => ({
    label: `In-person setup ${i + 1}`,
    equipment: s.equipment ?? 'unsure',
    ...followUps(s),
  }));
  return {
    role: a.role,
    ...(a.serviceProviderTransactions
      ? { serviceProviderTransactions: a.serviceProviderTransactions }
      : {}),
    storesAccountDataElectronically: a.storesAccountDataElectronically ?? 'unsure',
    receivesAccountDataElectronically: a.receivesAccountDataElectronically ?? 'unsure',
    keepsPaperWithCardData: a.keepsPaperWithCardData ?? 'unsure',
    thirdPartiesConfirmedCompliant: a.thirdPartiesConfirmedCompliant ?? 'unsure',
    ...(a.channelsShareSystems ? { channelsShareSystems: a.channelsShareSystems } : {}),
    ...(a.annualCardTransactions ? { annualCardTransactions: a.annualCardTransactions } : {}),
    ecommerce,
    moto,
    cardPresent,
  };
}

/**
 * The step that holds a profile field path from a decision reason (e.g. `ecommerce.0.paymentPage`,
 * `cardPresent.1.isolatedDevice`, `role`).
 */
export function stepForField(a: InterviewAnswers, field: string): Step | undefined {
  const [head = '', index, key] = field.split('.');
  const setup = index === undefined ? undefined : Number(index);
  const profileKey: Record<string, string> = { equipment: 'equipment', terminal: 'terminal' };
  return journey(a).find((s) => {
    const q = questionDef(s);
    if (key === undefined) return q.scope === 'global' && q.key === head;
    return q.scope === head && s.setup === setup && q.key === (profileKey[key] ?? key);
  });
}

/**
 * Where "continue where you left off" goes for a saved interview: its result, the check page once
 * every question is answered, or the step it was on.
 */
export function resumePath(draft: {
  answers: InterviewAnswers;
  stepId: string;
  phase: InterviewPhase;
}): string {
  if (draft.phase === 'result' && isComplete(draft.answers)) return RESULT_URL;
  return nextStep(draft.answers) === null ? CHECK_URL : stepUrl(draft.stepId);
}

/** Whether a saved interview holds anything worth resuming. */
export function hasStarted(draft: { answers: InterviewAnswers; stepId: string }): boolean {
  return draft.answers.role !== undefined || draft.stepId !== 'role';
}

/** Where a question stands in the interview, for "Question 3 of 9". */
export interface QuestionPosition {
  index: number;
  total: number;
}

/**
 * "Question n of m" for a step: counted over the questions the person is asked, so that answers
 * filled in from their processor (and so skipped) are not counted, and the count goes up by one
 * from each question to the next. A prefilled question the person opens to change counts while
 * they are on it. The total is the questions known for these answers (it grows when an answer
 * adds questions, such as a second channel). Null for a step that is not on the journey.
 */
export function questionPosition(a: InterviewAnswers, stepId: string): QuestionPosition | null {
  const asked = journey(a).filter((s) => s.id === stepId || !a.prefilledBy?.[s.id]);
  const index = asked.findIndex((s) => s.id === stepId);
  return index < 0 ? null : { index: index + 1, total: asked.length };
}
