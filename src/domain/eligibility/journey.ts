/**
 * The interview's journey: which question comes next, from the answers so far. Pure functions over
 * a draft of answers, so the machine, the pages and the tests all agree on the route.
 */
import type {
  Answer,
  AnnualCardTransactions,
  CardPresentSetup,
  EcommerceSetup,
  Equipment,
  MotoSetup,
  PaymentProfile,
} from './profile';
import type { ChannelKind } from './saq-catalog';

export type YesNo = 'yes' | 'no';

export interface EcommerceDraft {
  paymentPage?: EcommerceSetup['paymentPage'];
  scriptProtection?: EcommerceSetup['scriptProtection'];
  websiteHost?: EcommerceSetup['websiteHost'];
  another?: YesNo;
}
export interface MotoDraft {
  capture?: MotoSetup['capture'];
  terminal?: Equipment;
  isolatedDevice?: Answer;
  another?: YesNo;
}
export interface CardPresentDraft {
  equipment?: Equipment;
  isolatedDevice?: Answer;
  another?: YesNo;
}

/** The interview's answers so far: every field optional, kept as domain data (never a machine snapshot). */
export interface InterviewAnswers {
  role?: PaymentProfile['role'];
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
  annualCardTransactions?: AnnualCardTransactions;
}

/** Where the interview is: asking questions, checking the answers, or showing the result. */
export type InterviewPhase = 'asking' | 'checking' | 'result';

export const emptyAnswers = (): InterviewAnswers => ({ ecommerce: [], moto: [], cardPresent: [] });

/** The kinds of question; a step is a question kind, plus the setup it is about for per-setup ones. */
export type QuestionId =
  | 'role'
  | 'processors'
  | 'channels'
  | 'paymentPage'
  | 'scriptProtection'
  | 'websiteHost'
  | 'ecommerceAnother'
  | 'motoCapture'
  | 'motoTerminal'
  | 'motoIsolated'
  | 'motoAnother'
  | 'equipment'
  | 'cardPresentIsolated'
  | 'cardPresentAnother'
  | 'storesAccountDataElectronically'
  | 'receivesAccountDataElectronically'
  | 'keepsPaperWithCardData'
  | 'thirdPartiesConfirmedCompliant'
  | 'channelsShareSystems'
  | 'annualCardTransactions';

export interface Step {
  /** Stable id used in URLs, e.g. `role` or `ecommerce-2-payment-page`. */
  id: string;
  question: QuestionId;
  channel?: ChannelKind;
  /** Zero-based setup index for per-setup questions. */
  setup?: number;
}

const SLUG: Record<QuestionId, string> = {
  role: 'role',
  processors: 'processors',
  channels: 'channels',
  paymentPage: 'payment-page',
  scriptProtection: 'script-protection',
  websiteHost: 'website-host',
  ecommerceAnother: 'another',
  motoCapture: 'capture',
  motoTerminal: 'terminal',
  motoIsolated: 'isolated',
  motoAnother: 'another',
  equipment: 'equipment',
  cardPresentIsolated: 'isolated',
  cardPresentAnother: 'another',
  storesAccountDataElectronically: 'stored-card-data',
  receivesAccountDataElectronically: 'emailed-card-data',
  keepsPaperWithCardData: 'paper-records',
  thirdPartiesConfirmedCompliant: 'provider-compliance',
  channelsShareSystems: 'shared-systems',
  annualCardTransactions: 'transactions',
};

const CHANNEL_SLUG: Record<ChannelKind, string> = {
  ecommerce: 'online',
  moto: 'phone',
  cardPresent: 'in-person',
};

function step(question: QuestionId, channel?: ChannelKind, setup?: number): Step {
  const id =
    channel === undefined
      ? SLUG[question]
      : `${CHANNEL_SLUG[channel]}-${(setup ?? 0) + 1}-${SLUG[question]}`;
  return {
    id,
    question,
    ...(channel ? { channel } : {}),
    ...(setup !== undefined ? { setup } : {}),
  };
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

function needsIsolation(equipment: Equipment | undefined): boolean {
  return equipment === 'pos-system' || equipment === 'virtual-terminal';
}

/** How many setups a channel has in the journey: one, plus one more for each "another: yes". */
function setupCount(list: { another?: YesNo }[]): number {
  let n = 1;
  while (list[n - 1]?.another === 'yes') n += 1;
  return n;
}

/**
 * Every step that applies to these answers, in order. Steps after an unanswered one are included as
 * far as they can be known; the first unanswered step is where the user goes next.
 */
export function journey(a: InterviewAnswers): Step[] {
  const steps: Step[] = [step('role'), step('processors'), step('channels')];
  const channels = a.channels ?? [];
  if (channels.includes('ecommerce')) {
    for (let i = 0; i < setupCount(a.ecommerce); i++) {
      const s = a.ecommerce[i] ?? {};
      steps.push(step('paymentPage', 'ecommerce', i));
      if (s.paymentPage === 'iframe') steps.push(step('scriptProtection', 'ecommerce', i));
      if (aEpRoutePossible(s)) steps.push(step('websiteHost', 'ecommerce', i));
      steps.push(step('ecommerceAnother', 'ecommerce', i));
    }
  }
  if (channels.includes('moto')) {
    for (let i = 0; i < setupCount(a.moto); i++) {
      const s = a.moto[i] ?? {};
      steps.push(step('motoCapture', 'moto', i));
      if (s.capture === 'payment-terminal') steps.push(step('motoTerminal', 'moto', i));
      if (
        s.capture === 'virtual-terminal' ||
        (s.capture === 'payment-terminal' && needsIsolation(s.terminal))
      )
        steps.push(step('motoIsolated', 'moto', i));
      steps.push(step('motoAnother', 'moto', i));
    }
  }
  if (channels.includes('cardPresent')) {
    for (let i = 0; i < setupCount(a.cardPresent); i++) {
      const s = a.cardPresent[i] ?? {};
      steps.push(step('equipment', 'cardPresent', i));
      if (needsIsolation(s.equipment)) steps.push(step('cardPresentIsolated', 'cardPresent', i));
      steps.push(step('cardPresentAnother', 'cardPresent', i));
    }
  }
  steps.push(
    step('storesAccountDataElectronically'),
    step('receivesAccountDataElectronically'),
    step('keepsPaperWithCardData'),
    step('thirdPartiesConfirmedCompliant'),
  );
  if (channels.length > 1) steps.push(step('channelsShareSystems'));
  steps.push(step('annualCardTransactions'));
  return steps;
}

/** The value stored for a step, or undefined when it is unanswered. */
export function answerFor(a: InterviewAnswers, s: Step): string | string[] | undefined {
  const i = s.setup ?? 0;
  switch (s.question) {
    case 'role':
      return a.role;
    case 'processors':
      return a.processors;
    case 'channels':
      return a.channels;
    case 'paymentPage':
      return a.ecommerce[i]?.paymentPage;
    case 'scriptProtection':
      return a.ecommerce[i]?.scriptProtection;
    case 'websiteHost':
      return a.ecommerce[i]?.websiteHost;
    case 'ecommerceAnother':
      return a.ecommerce[i]?.another;
    case 'motoCapture':
      return a.moto[i]?.capture;
    case 'motoTerminal':
      return a.moto[i]?.terminal;
    case 'motoIsolated':
      return a.moto[i]?.isolatedDevice;
    case 'motoAnother':
      return a.moto[i]?.another;
    case 'equipment':
      return a.cardPresent[i]?.equipment;
    case 'cardPresentIsolated':
      return a.cardPresent[i]?.isolatedDevice;
    case 'cardPresentAnother':
      return a.cardPresent[i]?.another;
    default:
      return a[s.question];
  }
}

function withSetup<T>(list: T[], i: number, patch: Partial<T>): T[] {
  const next = [...list];
  while (next.length <= i) next.push({} as T);
  next[i] = { ...(next[i] as T), ...patch };
  return next;
}

/** Records one answer and drops every follow-up that no longer applies; keeps the rest. */
export function applyAnswer(
  a: InterviewAnswers,
  s: Step,
  value: string | string[],
): InterviewAnswers {
  const i = s.setup ?? 0;
  const v = value as never;
  let next: InterviewAnswers;
  // An answer the user gives themselves is no longer "from the processor".
  if (a.prefilledBy?.[s.id])
    a = {
      ...a,
      prefilledBy: Object.fromEntries(Object.entries(a.prefilledBy).filter(([k]) => k !== s.id)),
    };

  switch (s.question) {
    case 'paymentPage':
      next = { ...a, ecommerce: withSetup(a.ecommerce, i, { paymentPage: v }) };
      break;
    case 'scriptProtection':
      next = { ...a, ecommerce: withSetup(a.ecommerce, i, { scriptProtection: v }) };
      break;
    case 'websiteHost':
      next = { ...a, ecommerce: withSetup(a.ecommerce, i, { websiteHost: v }) };
      break;
    case 'ecommerceAnother':
      next = { ...a, ecommerce: withSetup(a.ecommerce, i, { another: v }) };
      break;
    case 'motoCapture':
      next = { ...a, moto: withSetup(a.moto, i, { capture: v }) };
      break;
    case 'motoTerminal':
      next = { ...a, moto: withSetup(a.moto, i, { terminal: v }) };
      break;
    case 'motoIsolated':
      next = { ...a, moto: withSetup(a.moto, i, { isolatedDevice: v }) };
      break;
    case 'motoAnother':
      next = { ...a, moto: withSetup(a.moto, i, { another: v }) };
      break;
    case 'equipment':
      next = { ...a, cardPresent: withSetup(a.cardPresent, i, { equipment: v }) };
      break;
    case 'cardPresentIsolated':
      next = { ...a, cardPresent: withSetup(a.cardPresent, i, { isolatedDevice: v }) };
      break;
    case 'cardPresentAnother':
      next = { ...a, cardPresent: withSetup(a.cardPresent, i, { another: v }) };
      break;
    default:
      next = { ...a, [s.question]: v };
  }
  return prune(next);
}

/** Removes answers to steps that are no longer on the journey (a changed answer made them moot). */
export function prune(a: InterviewAnswers): InterviewAnswers {
  const channels = a.channels ?? [];
  const keep = <T extends { another?: YesNo }>(list: T[], on: boolean): T[] =>
    on ? list.slice(0, setupCount(list)) : [];
  const ecommerce = keep(a.ecommerce, channels.includes('ecommerce')).map((s) => {
    const out: EcommerceDraft = { ...s };
    if (s.paymentPage !== 'iframe') delete out.scriptProtection;
    if (!aEpRoutePossible(s)) delete out.websiteHost;
    return out;
  });
  const moto = keep(a.moto, channels.includes('moto')).map((s) => {
    const out: MotoDraft = { ...s };
    if (s.capture !== 'payment-terminal') delete out.terminal;
    if (!(
      s.capture === 'virtual-terminal' ||
      (s.capture === 'payment-terminal' && needsIsolation(s.terminal))
    ))
      delete out.isolatedDevice;
    return out;
  });
  const cardPresent = keep(a.cardPresent, channels.includes('cardPresent')).map((s) => {
    const out: CardPresentDraft = { ...s };
    if (!needsIsolation(s.equipment)) delete out.isolatedDevice;
    return out;
  });
  const next: InterviewAnswers = { ...a, ecommerce, moto, cardPresent };
  if (channels.length <= 1) delete next.channelsShareSystems;
  return next;
}

function isAnswered(value: string | string[] | undefined, s?: Step): boolean {
  // The processor step is optional: an empty pick ("not listed") is an answer.
  if (s?.question === 'processors') return value !== undefined;
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/** The first unanswered step, or null when every question is answered. */
export function nextStep(a: InterviewAnswers): Step | null {
  return journey(a).find((s) => !isAnswered(answerFor(a, s), s)) ?? null;
}

export function findStep(a: InterviewAnswers, id: string): Step | undefined {
  return journey(a).find((s) => s.id === id);
}

/**
 * Where a request for step `id` may go: the step itself when every step before it is answered,
 * otherwise the next step that can be asked (a deep link never skips a question).
 */
export function allowedStep(a: InterviewAnswers, id: string): Step | null {
  const steps = journey(a);
  for (const s of steps) {
    if (s.id === id) return s;
    if (!isAnswered(answerFor(a, s), s)) return s;
  }
  return null;
}

/** The step before `id` on the journey, for the back link. */
export function previousStep(a: InterviewAnswers, id: string): Step | null {
  const steps = journey(a);
  const index = steps.findIndex((s) => s.id === id);
  return index > 0 ? (steps[index - 1] ?? null) : null;
}

export function isComplete(a: InterviewAnswers): boolean {
  return nextStep(a) === null;
}

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
    ...(s.isolatedDevice ? { isolatedDevice: s.isolatedDevice } : {}),
  }));
  const cardPresent: CardPresentSetup[] = a.cardPresent.map((s, i) => ({
    label: `In-person setup ${i + 1}`,
    equipment: s.equipment ?? 'unsure',
    ...(s.isolatedDevice ? { isolatedDevice: s.isolatedDevice } : {}),
  }));
  return {
    role: a.role,
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

/** The step that holds a profile field path from a decision reason (e.g. `ecommerce.0.paymentPage`). */
export function stepForField(a: InterviewAnswers, field: string): Step | undefined {
  const [head, index, key] = field.split('.');
  const setup = index === undefined ? undefined : Number(index);
  const question: Record<string, QuestionId> = {
    'ecommerce.paymentPage': 'paymentPage',
    'ecommerce.scriptProtection': 'scriptProtection',
    'ecommerce.websiteHost': 'websiteHost',
    'moto.capture': 'motoCapture',
    'moto.terminal': 'motoTerminal',
    'moto.isolatedDevice': 'motoIsolated',
    'cardPresent.equipment': 'equipment',
    'cardPresent.isolatedDevice': 'cardPresentIsolated',
  };
  const q = key ? question[`${head}.${key}`] : (head as QuestionId);
  return journey(a).find((s) => s.question === q && (setup === undefined || s.setup === setup));
}
