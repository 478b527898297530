/** Route modules of the interview: the saved interview is read once, by the layout's loader. */
import { Outlet, useLoaderData } from 'react-router';
import { InterviewProvider } from '@/features/eligibility';
import { loadInterview } from '@/storage/interview-store';

export { CheckAnswersPage, QuestionPage, ResultPage } from '@/features/eligibility';

export async function interviewLoader() {
  try {
    return { initial: (await loadInterview()) ?? {}, loadFailed: false };
  } catch {
    return { initial: {}, loadFailed: true };
  }
}

/** The interview's answers live while the interview is open: moving between questions reloads nothing. */
export function interviewOnce() {
  return false;
}

export function InterviewLayout() {
  const { initial, loadFailed } = useLoaderData<typeof interviewLoader>();
  return (
    <InterviewProvider initial={initial} loadFailed={loadFailed}>
      <Outlet />
    </InterviewProvider>
  );
}
