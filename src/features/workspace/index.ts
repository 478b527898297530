/** The workspace: the task list, and one page per requirement group to answer its rows. */
export { GroupPage } from './group-page';
export { TaskListPage } from './task-list-page';
export { RequirementRow, ResponseExplanation } from './requirement-row';
export type { SiblingAssessment } from './task-list-page';
