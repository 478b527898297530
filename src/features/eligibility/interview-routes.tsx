import { Outlet } from 'react-router';
import { CheckAnswersPage } from './check-answers-page';
import { InterviewProvider } from './interview-actor';
import { QuestionPage } from './question-page';
import { ResultPage } from './result-page';

/** The interview's route modules, loaded on demand so the start page stays light. */
export function InterviewLayout() {
  return (
    <InterviewProvider>
      <Outlet />
    </InterviewProvider>
  );
}

export { CheckAnswersPage, QuestionPage, ResultPage };
