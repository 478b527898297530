/**
 * The sentence tables, typed from their JSON so that an unknown code fails to compile. Each table
 * lives in content/text/ (see content/README.md). Re-exported, not copied into constants, so that
 * the bundler leaves out every table a page does not use.
 */
export { say } from './fill';

/** Responses, their hints, group statuses and row states, as the assessment pages name them. */
export { default as ASSESSMENT_WORDS } from '../../content/text/assessment.json';

/** Who each SAQ is for, in a line. */
export { default as SAQ_WORDS } from '../../content/text/saqs.json';

/** The page frame's banners (updates, storage deleted or refused) and the error page. */
export { default as BANNER_WORDS } from '../../content/text/banners.json';

/** The open assessment's saving: the indicator, texts over their limits, pages that cannot open. */
export { default as SAVING_WORDS } from '../../content/text/saving.json';

/** The Files page: backups, opening files, records set aside. */
export { default as FILES_PAGE_WORDS } from '../../content/text/files-page.json';

/** The decision's reasons (`reason.<code>`) and next steps (`step.<code>`). */
export { default as DECISION_WORDS } from '../../content/text/decision.json';

/** Ready-to-send messages (`<step>.to`, `.subject`, `.body`) and the plain-text summary. */
export { default as MESSAGE_WORDS } from '../../content/text/messages.json';

/** "What would change it": the changes that lead to a shorter SAQ. */
export { default as ALTERNATIVE_WORDS } from '../../content/text/alternatives.json';

/** The interview's processor picker, its progress line and the check page's notes. */
export { default as PROCESSOR_WORDS } from '../../content/text/processors.json';

/** The interview's question and check pages: captions, buttons, errors, the storage warning. */
export { default as INTERVIEW_WORDS } from '../../content/text/interview.json';

/** The interview's result page. */
export { default as RESULT_WORDS } from '../../content/text/result.json';

/** The printable worksheets. */
export { default as WORKSHEET_WORDS } from '../../content/text/worksheets.json';

/** The organisation page: one organisation's per-channel assessments summed up. */
export { default as ORGANISATION_WORDS } from '../../content/text/organisation.json';

/** Changing an assessment's SAQ, and starting next year's from this one. */
export { default as CHANGE_SAQ_WORDS } from '../../content/text/change-saq.json';

/** The review page: what is missing, the Part 2g summary, marking complete. */
export { default as REVIEW_PAGE_WORDS } from '../../content/text/review-page.json';

/** The start page: organisations, their interviews and assessments, and the storage notices. */
export { default as HOME_WORDS } from '../../content/text/home.json';

/** The workspace's own words: compact rows, group navigation, the review's groups, completing. */
export { default as WORKSPACE_WORDS } from '../../content/text/workspace.json';

/** Section 1 (the attestation's Parts 1 and 2): headings, labels and hints. */
export { default as SECTION1_WORDS } from '../../content/text/section1.json';

/** Section 3 (validation and attestation) and Part 4. */
export { default as SECTION3_WORDS } from '../../content/text/section3.json';
/** The CSV exchange (CISO Assistant audit, spreadsheet): headings, labels, the import's messages. */
export { default as EXCHANGE_WORDS } from '../../content/text/exchange.json';

/** The report's CSV export section (its buttons' words are in EXCHANGE_WORDS). */
export { default as CSV_EXPORT_WORDS } from '../../content/text/csv-export.json';

/** The Files page's CSV import. */
export { default as CSV_WORDS } from '../../content/text/csv.json';

/** The page that fills the Council's official SAQ and AOC Word files. */
export { default as OFFICIAL_FORMS_WORDS } from '../../content/text/official-forms.json';

/** The page frame (skip link, header, navigation, footer), the page-not-found page and the glossary page. */
export { default as FRAME_WORDS } from '../../content/text/frame.json';

/** The shared components' few words (error prefix, error summary, copy button) and the loading line. */
export { default as UI_WORDS } from '../../content/text/ui.json';
