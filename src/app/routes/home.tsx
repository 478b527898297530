/**
 * The start page's route. Its loader does not wait for storage: the page paints at once and the
 * saved work (read by ../home-data, loaded on demand) arrives a moment later.
 */
import { useLoaderData } from 'react-router';
import { HomePage, type AssessmentActions } from '@/features/home';
import { useRefreshOnChange } from '../refresh-on-change';

export function homeLoader() {
  return { saved: import('../home-data').then((m) => m.readHomeData()) };
}

/** Loaded on demand: the interview machine stays off the start page. */
async function startAgain(): Promise<void> {
  await (await import('../interview-session')).startInterviewAgain();
}

/** The list's writes, loaded on demand with the storage they use. */
const actions: AssessmentActions = {
  rename: async (a, name) => (await import('../home-data')).homeActions.rename(a, name),
  duplicate: async (a) => (await import('../home-data')).homeActions.duplicate(a),
  remove: async (a) => (await import('../home-data')).homeActions.remove(a),
  restore: async (a) => (await import('../home-data')).homeActions.restore(a),
};

export function HomeRoute() {
  const { saved } = useLoaderData<typeof homeLoader>();
  // Other tabs' writes (an import, a rename, a deletion) show here at once.
  useRefreshOnChange();
  return <HomePage saved={saved} onStartAgain={startAgain} actions={actions} />;
}
