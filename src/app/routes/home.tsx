/**
 * The start page's route. Its loader does not wait for storage: the page paints at once and the
 * saved work (read by ../home-data, loaded on demand) arrives a moment later.
 */
import { useLoaderData } from 'react-router';
import { HomePage, type AssessmentActions, type InterviewActions } from '@/features/home';
import { useRefreshOnChange } from '../refresh-on-change';

export function homeLoader() {
  return { saved: import('../home-data').then((m) => m.readHomeData()) };
}

/** The list's writes, loaded on demand with the storage they use. */
const actions: AssessmentActions = {
  rename: async (a, name) => (await import('../home-data')).homeActions.rename(a, name),
  duplicate: async (a, name) => (await import('../home-data')).homeActions.duplicate(a, name),
  remove: async (a) => (await import('../home-data')).homeActions.remove(a),
  restore: async (a) => (await import('../home-data')).homeActions.restore(a),
};

/** The interviews' writes: loaded on demand, so the interview machine stays off the start page. */
const interviewActions: InterviewActions = {
  startAgain: async (i) => (await import('../interview-session')).startInterviewAgain(i.id),
  remove: async (i) => (await import('../interview-session')).removeInterview(i.id),
  rename: async (i, name) =>
    (await import('@/storage/interview-store')).renameInterview(i.id, name),
};

export function HomeRoute() {
  const { saved } = useLoaderData<typeof homeLoader>();
  // Other tabs' writes (an import, a rename, a deletion) show here at once.
  useRefreshOnChange();
  return <HomePage saved={saved} actions={actions} interviewActions={interviewActions} />;
}
