/** The start page: what OpenSAQ does, saved work, and the assessments kept in this browser. */
export { HomePage, type HomeData } from './home-page';
export type { AssessmentActions } from './assessment-list';
