/**
 * Ready-to-send messages for the person who can settle an open question, and a plain-text summary
 * of the result. The sentences are in content/text/messages.json and decision.json.
 */
import { DECISION_WORDS, MESSAGE_WORDS, say } from '../../content/words';
import type {
  ChannelDecision,
  MerchantDecision,
  SaqDecision,
  SourceRef,
  StepCode,
} from './decide-saq';
import { CHANNEL_NAMES, SAQ_FACTS, type SaqId } from './saq-catalog';

export interface ReadyMessage {
  code: StepCode;
  to: string;
  subject: string;
  body: string;
}

/** The next steps that come with a message, and whether it goes to the provider the user named. */
const MESSAGE_STEPS = [
  'ask-provider-scripts',
  'ask-web-host',
  'find-payment-page',
  'get-aoc',
  'check-spoc-listing',
  'check-p2pe-listing',
  'ask-acquirer-facilitator',
  'ask-acquirer-terminals',
  'check-isolation',
] as const satisfies readonly StepCode[];
type MessageStep = (typeof MESSAGE_STEPS)[number];

const hasMessage = (code: StepCode): code is MessageStep =>
  (MESSAGE_STEPS as readonly StepCode[]).includes(code);

/** The providers the user named, by what a message asks them (see namedProviders in settle.ts). */
export interface NamedProviders {
  /** The payment provider of the setup in question (online first, else phone). */
  provider?: string;
  /** Every card provider picked: the compliance proof is asked of each. */
  all?: string;
  /** The phone or tablet card readers picked (SPoC listing). */
  reader?: string;
  /** The P2PE terminals picked (P2PE listing). */
  terminal?: string;
}

/** Who a message for "your provider" goes to: the provider named for that question, if any. */
function addressee(code: MessageStep, named: NamedProviders): string {
  switch (code) {
    case 'check-spoc-listing':
      return named.reader ?? say(MESSAGE_WORDS, 'provider.reader');
    case 'check-p2pe-listing':
      return named.terminal ?? say(MESSAGE_WORDS, 'provider.terminal');
    case 'get-aoc':
      return named.all ?? named.provider ?? say(MESSAGE_WORDS, 'provider.default');
    default:
      return named.provider ?? say(MESSAGE_WORDS, 'provider.default');
  }
}

/**
 * The messages that would settle this decision's open questions. A message for "your provider" is
 * addressed to the provider the user named for that question, when they named one.
 */
export function messagesFor(decision: SaqDecision, named: NamedProviders = {}): ReadyMessage[] {
  return decision.nextSteps.flatMap((s) => {
    if (!hasMessage(s.code)) return [];
    const provider = addressee(s.code, named);
    return [
      {
        code: s.code,
        to: say(MESSAGE_WORDS, `${s.code}.to`, { provider }),
        subject: say(MESSAGE_WORDS, `${s.code}.subject`),
        body: say(MESSAGE_WORDS, `${s.code}.body`),
      },
    ];
  });
}

/** "SAQ A", "SAQ A or SAQ A-EP", "SAQ A, SAQ A-EP or SAQ D for Merchants". */
export function saqList(ids: readonly SaqId[]): string {
  const names = ids.map((id) => SAQ_FACTS[id].name);
  const last = names.pop();
  if (last === undefined) return '';
  return names.length === 0
    ? last
    : say(MESSAGE_WORDS, 'list.or', { first: names.join(', '), last });
}

function channelResult(c: ChannelDecision): string {
  if (c.saq) return SAQ_FACTS[c.saq].name;
  if (c.status === 'out-of-scope') return say(MESSAGE_WORDS, 'summary.channel-out');
  return say(MESSAGE_WORDS, 'summary.channel-open', { list: saqList(c.candidates) });
}

/** The headline result of a merchant decision, in one sentence. */
function merchantResult(d: MerchantDecision, escalations: SaqDecision['escalations']): string {
  if (escalations.includes('roc-required')) return say(MESSAGE_WORDS, 'summary.roc');
  if (escalations.includes('no-saq-for-setup')) return say(MESSAGE_WORDS, 'summary.no-saq');
  if (d.separateSaqsPossible && d.saq) {
    const list = d.perChannel
      .filter((c) => c.saq)
      .map((c) => `${SAQ_FACTS[c.saq as SaqId].name} (${CHANNEL_NAMES[c.channel].toLowerCase()})`)
      .join(', ');
    return say(MESSAGE_WORDS, 'summary.separate', { list, saq: SAQ_FACTS[d.saq].name });
  }
  if (d.status === 'decided' && d.saq) {
    const f = SAQ_FACTS[d.saq];
    return say(MESSAGE_WORDS, 'summary.decided', {
      saq: f.name,
      edition: f.edition,
      rows: f.answerable,
    });
  }
  if (d.status === 'needs-review')
    return say(MESSAGE_WORDS, 'summary.needs-review', { list: saqList(d.candidates) });
  return say(MESSAGE_WORDS, 'summary.out-of-scope');
}

/** A plain-text summary of the result, for email or a board paper. */
export function summaryText(decision: SaqDecision): string {
  const lines: string[] = [];
  const f = SAQ_FACTS['D-SP'];
  if (decision.saq === 'D-SP')
    lines.push(say(MESSAGE_WORDS, 'summary.decided-sp', { saq: f.name, edition: f.edition }));
  else if (decision.escalations.includes('service-provider-onsite'))
    lines.push(say(MESSAGE_WORDS, 'summary.sp-onsite'));
  const merchant = decision.merchant ?? (decision.saq === 'D-SP' ? undefined : decision);
  if (merchant) {
    const result = merchantResult(merchant, decision.escalations);
    lines.push(decision.merchant ? say(MESSAGE_WORDS, 'summary.own-payments', { result }) : result);
    if (merchant.perChannel.length > 1) {
      lines.push('', say(MESSAGE_WORDS, 'summary.per-channel'));
      for (const c of merchant.perChannel)
        lines.push(
          say(MESSAGE_WORDS, 'summary.channel-line', {
            channel: CHANNEL_NAMES[c.channel],
            result: channelResult(c),
          }),
        );
    }
  }
  lines.push('', say(MESSAGE_WORDS, 'summary.why'));
  for (const r of decision.reasons) lines.push(`- ${r.text} [${sourceLabel(r.source)}]`);
  if (decision.nextSteps.length > 0) {
    lines.push('', say(MESSAGE_WORDS, 'summary.next'));
    for (const s of decision.nextSteps) lines.push(`- ${s.text}`);
  }
  return lines.join('\n');
}

/** How a source is shown beside a reason. */
export function sourceLabel(source: SourceRef): string {
  switch (source.kind) {
    case 'eligibility':
      return say(DECISION_WORDS, 'source.eligibility', { saq: SAQ_FACTS[source.saq].name });
    case 'faq':
      return say(DECISION_WORDS, 'source.faq', { id: source.id });
    case 'requirement':
      return say(DECISION_WORDS, 'source.requirement', { id: source.id });
    case 'aoc':
      return say(DECISION_WORDS, 'source.aoc', { part: source.part });
    case 'brand-rules':
      return say(DECISION_WORDS, 'source.brand-rules');
  }
}
