/**
 * What the result page leads with, worked out from the decision: the page only looks the words up.
 * The headline names one SAQ per channel first when that is possible (multi-channel FAQ), never
 * names an SAQ as "still possible" where only the acquirer or a QSA can settle it, and says how
 * heavy the outcome is, so SAQ D is not announced like SAQ A.
 */
import type { MerchantDecision, SaqDecision } from './decide-saq';
import { SAQ_FACTS, type ChannelKind, type SaqId } from './saq-catalog';

export type Headline =
  /** Level 1 merchant: a Report on Compliance by a QSA. */
  | { kind: 'roc' }
  /** Service provider above (or maybe above) the brands' top threshold. */
  | { kind: 'service-provider-onsite' }
  /** A setup no SAQ is written for: the acquirer (or a payment facilitator) decides. */
  | { kind: 'acquirer-decides' }
  /** One SAQ per channel, if the acquirer agrees; `single` covers everything in one questionnaire. */
  | { kind: 'per-channel'; channels: { channel: ChannelKind; saq: SaqId }[]; single: SaqId }
  | { kind: 'decided'; saq: SaqId }
  | { kind: 'open'; candidates: SaqId[] }
  | { kind: 'out-of-scope' };

/** How the outcome reads: a short SAQ is good news, SAQ D is a lot of work, open is open. */
export type Tone = 'short' | 'long' | 'open';

/** The SAQs under this many answerable rows are "short": A, B, P2PE, SPoC, B-IP, C-VT. */
const SHORT_ROWS = 60;

export function toneOf(h: Headline): Tone {
  switch (h.kind) {
    case 'decided':
      return SAQ_FACTS[h.saq].answerable < SHORT_ROWS ? 'short' : 'long';
    case 'per-channel':
      return h.channels.every((c) => SAQ_FACTS[c.saq].answerable < SHORT_ROWS) ? 'short' : 'long';
    case 'out-of-scope':
      return 'short';
    default:
      return 'open';
  }
}

/** The headline about the organisation's own card payments. */
export function merchantHeadline(
  d: MerchantDecision,
  escalations: SaqDecision['escalations'],
): Headline {
  if (escalations.includes('roc-required')) return { kind: 'roc' };
  if (escalations.includes('no-saq-for-setup')) return { kind: 'acquirer-decides' };
  if (d.separateSaqsPossible && d.saq)
    return {
      kind: 'per-channel',
      channels: d.perChannel.flatMap((c) => (c.saq ? [{ channel: c.channel, saq: c.saq }] : [])),
      single: d.saq,
    };
  if (d.status === 'decided' && d.saq) return { kind: 'decided', saq: d.saq };
  if (d.status === 'needs-review') return { kind: 'open', candidates: d.candidates };
  return { kind: 'out-of-scope' };
}

/**
 * The headlines of a decision: one for a merchant; for a service provider the services' SAQ (or the
 * on-site assessment), and, for role "both", the organisation's own payments beside it.
 */
export function headlines(d: SaqDecision): { services?: Headline; ownPayments?: Headline } {
  if (d.saq !== 'D-SP' && !d.escalations.includes('service-provider-onsite'))
    return { ownPayments: merchantHeadline(d, d.escalations) };
  const services: Headline = d.escalations.includes('service-provider-onsite')
    ? { kind: 'service-provider-onsite' }
    : { kind: 'decided', saq: 'D-SP' };
  return d.merchant
    ? { services, ownPayments: merchantHeadline(d.merchant, d.escalations) }
    : { services };
}
