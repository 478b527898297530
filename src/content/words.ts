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

/** The decision's reasons (`reason.<code>`) and next steps (`step.<code>`). */
export { default as DECISION_WORDS } from '../../content/text/decision.json';

/** Ready-to-send messages (`<step>.to`, `.subject`, `.body`) and the plain-text summary. */
export { default as MESSAGE_WORDS } from '../../content/text/messages.json';

/** "What would change it": the changes that lead to a shorter SAQ. */
export { default as ALTERNATIVE_WORDS } from '../../content/text/alternatives.json';

/** The interview's result page. */
export { default as RESULT_WORDS } from '../../content/text/result.json';

/** The printable worksheets. */
export { default as WORKSHEET_WORDS } from '../../content/text/worksheets.json';

/** The start page: organisations, their interviews and assessments, and the storage notices. */
export { default as HOME_WORDS } from '../../content/text/home.json';

/** The workspace's own words: compact rows, group navigation, the review's groups, completing. */
export { default as WORKSPACE_WORDS } from '../../content/text/workspace.json';
