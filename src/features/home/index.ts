/** The start page: what OpenSAQ does, and each organisation's interview and assessments. */
export { HomePage, type HomeData, type InterviewStatus, type InterviewSummary } from './home-page';
export type { AssessmentActions, InterviewActions } from './organisation-list';
