/**
 * The sentence tables, typed from their JSON so that an unknown code fails to compile. Each table
 * lives in content/text/ (see content/README.md); a page or the domain imports only the tables it
 * uses, and the bundler leaves the others out.
 */
import alternatives from '../../content/text/alternatives.json';
import assessment from '../../content/text/assessment.json';
import decision from '../../content/text/decision.json';
import messages from '../../content/text/messages.json';
import result from '../../content/text/result.json';
import saqs from '../../content/text/saqs.json';
import worksheets from '../../content/text/worksheets.json';

export { say } from './fill';

/** Responses, their hints, group statuses and row states, as the assessment pages name them. */
export const ASSESSMENT_WORDS = assessment;

/** Who each SAQ is for, in a line. */
export const SAQ_WORDS = saqs;

/** The decision's reasons (`reason.<code>`) and next steps (`step.<code>`). */
export const DECISION_WORDS = decision;

/** Ready-to-send messages (`<step>.to`, `.subject`, `.body`) and the plain-text summary. */
export const MESSAGE_WORDS = messages;

/** "What would change it": the changes that lead to a shorter SAQ. */
export const ALTERNATIVE_WORDS = alternatives;

/** The interview's result page. */
export const RESULT_WORDS = result;

/** The printable worksheets. */
export const WORKSHEET_WORDS = worksheets;
