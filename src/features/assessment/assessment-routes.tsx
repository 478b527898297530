/** The assessment's route modules, loaded on demand. */
export { AssessmentLayout } from './assessment-context';
export { ChangeSaqPage, NextYearPage } from './change-saq-page';
export { GroupPage } from './group-page';
export { NewAssessmentPage } from './new-assessment-page';
export { TaskListPage } from './task-list-page';
export { ReviewPage } from './review-page';
export { ReportPage } from './report-page';
export { WorksheetsPage } from './worksheets-page';

export { Section1Page } from './section1-page';
export { Section3Page } from './section3-page';
export { OrganisationPage } from './organisation-page';
