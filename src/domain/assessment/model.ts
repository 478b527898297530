/** An assessment: one organisation's answers to one SAQ, kept as plain, versioned domain data. */
import type { RecordedDecision } from '../eligibility/decide-saq';
import type { InterviewAnswers } from '../eligibility/journey';
import type { ChannelKind, SaqId } from '../eligibility/saq-catalog';

export { RESPONSES, type Response } from '../../lib/vocabulary';
import type { Response } from '../../lib/vocabulary';

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
  /** Appendix B: the compensating controls worksheet, for In Place with CCW. */
  ccw?: Partial<Record<CcwField, string>>;
  /** Appendix D (SAQ D only): what was not tested and why. */
  notTestedWhat?: string;
  notTestedWhy?: string;
  /** Not in Place: the plan to fix it. */
  remediationAction?: string;
  remediationOwner?: string;
  /** ISO date (YYYY-MM-DD). */
  remediationDate?: string;
  /** Not in Place only because a law forbids it (the legal-exception table). */
  legalException?: boolean;
  legalExplanation?: string;
  updatedAt?: string;
}

export const CCW_FIELDS = [
  'constraints',
  'definition',
  'objective',
  'risk',
  'validation',
  'maintenance',
] as const;
export type CcwField = (typeof CCW_FIELDS)[number];

export interface Contact {
  name?: string;
  title?: string;
  phone?: string;
  email?: string;
}

/** Section 1 of the SAQ (the attestation's Parts 1 and 2), as the user fills it in. */
export interface Section1 {
  /** Part 1a. */
  companyName?: string;
  dba?: string;
  mailingAddress?: string;
  website?: string;
  contact?: Contact;
  /** Part 1b: 'none' when no assessor was involved. */
  assessor?: 'none' | 'isa' | 'qsa' | 'both';
  isaNames?: string;
  qsaCompany?: string;
  qsaAddress?: string;
  qsaWebsite?: string;
  qsaLeadName?: string;
  qsaPhone?: string;
  qsaEmail?: string;
  qsaCertificate?: string;
  /** Part 2a: channels left out of this assessment, and why. */
  excludedChannels?: string;
  /** Part 2b: how card data is stored, processed or sent, per channel. */
  channelDescriptions?: Partial<Record<'ecommerce' | 'moto' | 'cardPresent', string>>;
  /** Part 2c. */
  environment?: string;
  segmentation?: 'yes' | 'no';
  /** Part 2d. */
  locations?: { type?: string; count?: string; where?: string }[];
  /** Part 2e. */
  usesValidatedProducts?: 'yes' | 'no';
  products?: {
    name?: string;
    version?: string;
    standard?: string;
    listing?: string;
    expiry?: string;
    /** Checked on the PCI Council's list: is it still listed? (P2PE and SPoC solutions above all.) */
    stillListed?: 'yes' | 'no' | 'not-sure';
  }[];
  /** Part 2f. */
  providers?: {
    name?: string;
    service?: string;
    handlesCardData?: 'yes' | 'no';
    /** The official 2f question: does it manage system components in scope (hosting, IT support)? */
    managesComponents?: 'yes' | 'no';
    couldAffect?: 'yes' | 'no';
  }[];
  /** Part 2f answered "none": no third-party service provider at all (the list stays empty). */
  providersNone?: boolean;
  /** Part 2h: eligibility criteria the user confirmed (ids from the SAQ content). */
  confirmedCriteria?: string[];
  /** Quarterly external scans (11.3.2). */
  scanVendor?: string;
  /** ISO dates of the last four passing quarterly scans (or, on the first-assessment route, the latest). */
  scanDates?: string[];
  /** The result of each scan in `scanDates`, by position; empty or missing means not said. */
  scanResults?: ('passed' | 'failed' | '')[];
  /**
   * How 11.3.2 is shown: four passing quarterly scans (the default), or, for the organisation's
   * first PCI DSS assessment only, the latest passing scan and the three confirmations below
   * (the 11.3.2 applicability note).
   */
  scanRoute?: 'quarterly' | 'first-assessment';
  firstScan?: {
    /** The most recent scan passed. */
    latestPassed?: boolean;
    /** A written policy and procedure requires a scan at least once every three months. */
    quarterlyPolicy?: boolean;
    /** What the scans found was fixed, as a rescan shows. */
    fixedAndRescanned?: boolean;
  };
  rescans?: string;
  scanReportsKept?: string;
}

/** Section 3: validation and attestation. */
export interface Section3 {
  /** Part 3a acknowledgements confirmed (our ids, mapped to the official items). */
  acknowledgements?: string[];
  /** Part 3b. */
  signatoryName?: string;
  signatoryTitle?: string;
  signatoryDate?: string;
  /** Target date for compliance, when non-compliant. */
  targetDate?: string;
  /** Parts 3c and 3d. */
  qsaInvolvement?: string;
  isaInvolvement?: string;
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
  /** The interview it was started from, as this browser keeps it (for re-checking the SAQ). */
  interviewId?: string;
  /** The decision the assessment was started from, with its sourced reasons. */
  decision?: RecordedDecision;
  /**
   * Started while the interview's result was not settled: `saq` is the likely one of `candidates`,
   * and the assessment says so until the answer arrives and confirms or changes it.
   */
  provisional?: {
    candidates: SaqId[];
    since: string;
    /** The answer arrived and says another SAQ (`to`), or none: the person decides what to do. */
    outcome?: { kind: 'changed'; to: SaqId } | { kind: 'no-saq' };
  };
  rows: Record<string, RowAnswer>;
  /** Answers to rows the current SAQ does not have (after a change of SAQ), kept recoverable. */
  dropped: Record<string, RowAnswer>;
  /** Principal requirement groups the user has marked as done. */
  groupsDone: string[];
  section1?: Section1;
  section3?: Section3;
  /** Part 4 edits: the user's own words per principal requirement, over the generated lines. */
  part4?: Record<string, { actions?: string; date?: string }>;
  /** Set when the user marks the assessment complete (only possible when nothing is missing). */
  completedAt?: string;
  /** The user's local date of completion (YYYY-MM-DD): the self-assessment completion date of Section 2. */
  completedOn?: string;
  /** A fingerprint of the answers when it was marked complete: a different one means it changed since. */
  completedDigest?: string;
  /** Each time a completed assessment was changed and so reopened: when, and the completion it undid. */
  reopened?: { at: string; completedAt: string; completedOn?: string }[];
  createdAt: string;
  updatedAt: string;
}
