/**
 * The sentence tables the pages share, typed from their JSON so that an unknown code fails to
 * compile. Each table lives in content/text/ (see content/README.md).
 */
import assessment from '../../content/text/assessment.json';

export { say } from './text';

/** Responses, their hints, group statuses and row states, as the assessment pages name them. */
export const ASSESSMENT_WORDS = assessment;
