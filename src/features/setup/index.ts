/** Setup: starting assessments, moving one to another SAQ, and next year's from this year's. */
export { ChangeSaqPage, NextYearPage } from './change-saq-page';
export { NewAssessmentPage } from './new-assessment-page';
