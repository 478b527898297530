/**
 * The codes of every sentence the assessment rules produce, with the values each one takes. The
 * sentences themselves live in `content/text/review.json` (read with `sayReview` from
 * `src/content/review-text.ts`); a content test checks that every code has a sentence there and that
 * each sentence uses only the placeholders listed here.
 */

/** Code -> the names of the values its sentence may use. */
export const REVIEW_PARAMS = {
  // What a row still needs (short phrases, shown after the row's id).
  'row.choose-response': [],
  'row.dont-know': [],
  'row.confirm-proposal': [],
  'row.confirm-carried': [],
  'row.na-reason': [],
  'row.ccw': ['parts'],
  'row.not-tested': [],
  'row.legal-explanation': [],
  'row.remediation': [],
  /** How a row's problem is listed on the review page. */
  'review.row-item': ['id', 'problem'],
  // The parts of the compensating controls worksheet (Appendix B), as short names.
  'ccw.constraints': [],
  'ccw.definition': [],
  'ccw.objective': [],
  'ccw.risk': [],
  'ccw.validation': [],
  'ccw.maintenance': [],

  // Consistency checks on rows.
  'check.na-reason-filler': ['id', 'reason'],
  'check.na-reason-short': ['id'],
  'check.na-reason-repeated': ['id', 'count', 'principals'],
  'check.na-12-8-providers': ['id', 'providers'],
  'check.na-9-5-devices': ['id'],
  'check.na-payment-page-scripts': ['id'],
  'check.na-11-4-5-segmentation': ['id'],
  'check.na-11-3-2-website': ['id'],
  'check.fix-date-past': ['id', 'date'],
  'check.fix-date-unreadable': ['id', 'value'],

  // Section 1: official parts left empty.
  // The questionnaire itself: started before the interview's result was settled.
  'saq.provisional': ['saq', 'list'],
  's1.company-name': [],
  's1.contact-name': [],
  's1.contact-email': [],
  's1.assessor': [],
  's1.isa-names': [],
  's1.qsa-company': [],
  's1.qsa-lead': [],
  's1.channel-ecommerce': [],
  's1.channel-moto': [],
  's1.channel-card-present': [],
  's1.environment': [],
  's1.segmentation': [],
  's1.locations': [],
  's1.validated-products': [],
  's1.providers': [],
  's1.provider-service': ['name'],
  's1.providers-none-not-possible': ['saq'],
  's1.criteria': ['count'],

  // Part 2e: validated products and solutions.
  'product.none': [],
  'product.expired': ['name', 'date'],
  'product.expiry-missing': ['name'],
  'product.listed-no-date': ['name'],
  'product.expiry-unreadable': ['name', 'value'],
  'product.not-listed': ['name'],
  'product.listing-unsure': ['name'],
  'product.listing-missing': ['name'],
  'product.solution-needed-p2pe': [],
  'product.solution-needed-spoc': [],

  // Quarterly external scans (11.3.2).
  'scan.vendor': [],
  'scan.need-four': ['count'],
  'scan.date-unreadable': ['value'],
  'scan.date-future': ['date'],
  'scan.date-too-old': ['date'],
  'scan.gap-long': ['from', 'to'],
  'scan.gap-short': ['from', 'to'],
  'scan.latest-overdue': ['date'],
  'scan.failed': ['date'],
  'scan.first-date': [],
  'scan.first-latest-passed': [],
  'scan.first-quarterly-policy': [],
  'scan.first-fixed-and-rescanned': [],

  // Section 3 and Part 4.
  's3.acknowledgements': [],
  's3.signatory-name': [],
  's3.signatory-title': [],
  's3.signatory-date': [],
  's3.target-date': [],
  's3.target-date-past': ['date'],
  's3.target-before-fixes': ['date', 'latest'],
  's3.qsa-involvement': [],
  's3.isa-involvement': [],
  'part4.date-past': ['principal', 'date'],
  'part4.date-before-fixes': ['principal', 'date', 'latest'],

  // The status, and why.
  'status.not-finished': [],
  'status.would-be-non-compliant': ['count', 'ids'],
  'status.would-be-legal': ['count', 'ids'],
  'status.would-be-compliant': [],
  'status.rows-to-answer': ['count', 'total'],
  'status.rows-to-finish': ['count'],
  'status.items-left': ['count'],
  'status.ready-to-complete': [],
  'status.reopened': ['date'],
  'status.completed-but-problems': ['date', 'count'],
  'status.final-compliant': [],
  'status.final-non-compliant': ['count', 'ids'],
  'status.final-legal': ['count', 'ids'],
  'status.completed': ['date'],
  'status.partial': ['count', 'ids'],
  // The status the official rules give to the answers as they are (`complianceStatus`).
  'status.unfinished': ['count', 'total'],
  'status.not-in-place': ['ids'],
  'status.legal': ['ids'],
  'status.all-in-place': [],

  // Part 4 lines generated from the rows.
  'part4.row-action': ['id', 'action'],
  'part4.action-to-decide': [],

  // Not Applicable reasons the app proposes from the interview (stored as the row's reason).
  'proposal.paper-saq-a': [],
  'proposal.paper-only': [],
  'proposal.no-website': [],

  // Part 3a acknowledgements, in our words.
  'ack.completed-per-instructions': [],
  'ack.fair-results': [],
  'ack.maintain-controls': [],
} as const satisfies Record<string, readonly string[]>;

export type ReviewCode = keyof typeof REVIEW_PARAMS;
export const REVIEW_CODES = Object.keys(REVIEW_PARAMS) as ReviewCode[];

/** A value for a placeholder; a list is shown joined, each item looked up when it is a code. */
export type ParamValue = string | number | readonly string[];
export type ReviewParams = Readonly<Record<string, ParamValue>>;

/** A sentence as data: its code and the values for its placeholders. */
export interface ReviewMessage {
  code: ReviewCode;
  params: ReviewParams;
}

type ParamsOf<C extends ReviewCode> = Record<(typeof REVIEW_PARAMS)[C][number], ParamValue>;

/** A message, typed so that each code gets exactly the values its sentence uses. */
export function msg<C extends ReviewCode>(
  code: C,
  ...[params]: (typeof REVIEW_PARAMS)[C] extends readonly [] ? [] : [ParamsOf<C>]
): ReviewMessage {
  return { code, params: params ?? {} };
}
