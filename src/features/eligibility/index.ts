/** The interview ("How do you take payments?") and its result: which SAQ, and why. */
export { CheckAnswersPage } from './check-answers-page';
export { InterviewProvider } from './interview-actor';
export { QuestionPage } from './question-page';
export { ResultPage } from './result-page';
