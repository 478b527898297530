/** An assessment: one organisation's answers to one SAQ, kept as plain, versioned domain data. */
import type { SaqDecision } from '../eligibility/decide-saq';
import type { InterviewAnswers } from '../eligibility/journey';
import type { ChannelKind, SaqId } from '../eligibility/saq-catalog';

export const RESPONSES = [
  'in-place',
  'in-place-ccw',
  'not-applicable',
  'not-tested',
  'not-in-place',
] as const;
export type Response = (typeof RESPONSES)[number];

/** What a row holds. Every field is optional: incomplete states are saved too. */
export interface RowAnswer {
  response?: Response;
  /** "Don't know yet": the workshop moves on; it counts as unanswered and is listed for follow-up. */
  dontKnow?: boolean;
  followUpOwner?: string;
  followUpNote?: string;
  /** Who checked, where the evidence is. */
  notes?: string;
  /** Appendix C: why Not Applicable. */
  naReason?: string;
  /**
   * A proposal the app made from the interview (e.g. N/A for paper rows when there is no paper).
   * It is shown, marked, and does not count as answered until the user confirms it.
   */
  proposed?: boolean;
  /** Carried over from another SAQ or last year: to confirm before it counts. */
  toConfirm?: boolean;
  updatedAt?: string;
}

/** The SAQ's shape as the assessment rules need it (a subset of the SAQ content file). */
export interface SaqOutline {
  id: SaqId;
  edition: string;
  responses: readonly Response[];
  groups: readonly {
    principal: string;
    rows: readonly { id: string; notForMerchants?: boolean }[];
  }[];
}

export interface Assessment {
  id: string;
  format: 1;
  organisation: string;
  /** The channel(s) this assessment covers, when the result recommended one SAQ per channel. */
  channels: ChannelKind[];
  saq: SaqId;
  saqEdition: string;
  contentVersion: string;
  /** The interview answers the decision was made from (a copy: re-running the interview changes nothing here). */
  interview?: InterviewAnswers;
  /** The decision the assessment was started from, with its sourced reasons. */
  decision?: SaqDecision;
  rows: Record<string, RowAnswer>;
  /** Answers to rows the current SAQ does not have (after a change of SAQ), kept recoverable. */
  dropped: Record<string, RowAnswer>;
  /** Principal requirement groups the user has marked as done. */
  groupsDone: string[];
  createdAt: string;
  updatedAt: string;
}
