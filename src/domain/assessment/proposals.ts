/**
 * A new assessment, and the answers the app proposes in it from what the interview already said
 * (always to be confirmed by the user). Its own module because the proposals carry sentences: the
 * start page, which only counts progress, does not load them.
 */
import type { SaqDecision } from '../eligibility/decide-saq';
import type { InterviewAnswers } from '../eligibility/journey';
import type { ChannelKind } from '../eligibility/saq-catalog';
import { msg, type ReviewCode } from './messages';
import type { Assessment, RowAnswer, SaqOutline } from './model';
import { sayReview } from './review-text';
import { answerableRows } from './rules';

/** The Not Applicable reasons the app proposes, as stored in the rows (sentences in content). */
export const PROPOSAL_CODES = [
  'proposal.paper-saq-a',
  'proposal.paper-only',
  'proposal.no-website',
] as const satisfies readonly ReviewCode[];
const proposedReason = (code: (typeof PROPOSAL_CODES)[number]) => sayReview(msg(code));

/**
 * Proposals from what the interview already told us, always to be confirmed by the user: in SAQ A,
 * requirement 3 and the 9.4.x rows apply only to paper records; with no website in the payment flow,
 * requirements 2, 6, 8 and 11 apply to no system.
 */
export function proposals(
  saq: SaqOutline,
  interview: InterviewAnswers | undefined,
): Record<string, RowAnswer> {
  if (!interview) return {};
  // In the card-present SAQs that allow no electronic storage, the 9.4.x rows are about paper only.
  if (['B', 'B-IP', 'P2PE', 'SPoC'].includes(saq.id)) {
    if (interview.keepsPaperWithCardData !== 'no') return {};
    const out: Record<string, RowAnswer> = {};
    for (const id of answerableRows(saq))
      if (id.startsWith('9.4.'))
        out[id] = {
          response: 'not-applicable',
          naReason: proposedReason('proposal.paper-only'),
          proposed: true,
        };
    return out;
  }
  if (saq.id !== 'A') return {};
  const out: Record<string, RowAnswer> = {};
  const noPaper = interview.keepsPaperWithCardData === 'no';
  const online = interview.ecommerce;
  const moto = interview.moto;
  const noWebsite =
    online.length > 0
      ? online.every(
          (s) => s.paymentPage === 'no-own-website' || s.paymentPage === 'platform-is-merchant',
        )
      : moto.length > 0 && moto.every((s) => s.capture === 'provider-handles');
  for (const id of answerableRows(saq)) {
    const principal = id.split('.')[0];
    if (noPaper && (principal === '3' || id.startsWith('9.4')))
      out[id] = {
        response: 'not-applicable',
        naReason: proposedReason('proposal.paper-saq-a'),
        proposed: true,
      };
    if (noWebsite && ['2', '6', '8', '11'].includes(principal ?? ''))
      out[id] = {
        response: 'not-applicable',
        naReason: proposedReason('proposal.no-website'),
        proposed: true,
      };
  }
  return out;
}

export interface NewAssessment {
  id: string;
  organisation: string;
  channels: ChannelKind[];
  saq: SaqOutline;
  contentVersion: string;
  interview?: InterviewAnswers;
  /** The decision the interview led to (the caller runs the engine, so this module stays light). */
  decision?: SaqDecision;
  now: string;
}

export function createAssessment(n: NewAssessment): Assessment {
  return {
    id: n.id,
    format: 1,
    organisation: n.organisation,
    channels: n.channels,
    saq: n.saq.id,
    saqEdition: n.saq.edition,
    contentVersion: n.contentVersion,
    ...(n.interview ? { interview: n.interview } : {}),
    ...(n.decision ? { decision: n.decision } : {}),

    rows: proposals(n.saq, n.interview),
    dropped: {},
    groupsDone: [],
    createdAt: n.now,
    updatedAt: n.now,
  };
}
