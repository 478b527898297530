/** The review: what is still missing, and marking the assessment complete. */
export { ReviewPage } from './review-page';
