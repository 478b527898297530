/** The start page's route: its loader reads the saved interview and the assessments kept here. */
import { useLoaderData } from 'react-router';
import { loadSaqContents } from '@/content/loader';
import { HomePage, type HomeData } from '@/features/home';
import { listAssessments } from '@/storage/assessment-store';
import { loadInterview } from '@/storage/interview-store';

export async function homeLoader(): Promise<HomeData> {
  const [draft, list] = await Promise.all([
    loadInterview().catch(() => null),
    listAssessments().then(
      (assessments) => ({ assessments, error: null }),
      (e: unknown) => ({ assessments: [], error: String(e) }),
    ),
  ]);
  return {
    draft,
    assessments: list.assessments,
    saqs: await loadSaqContents(list.assessments.map((a) => a.saq)),
    listError: list.error,
  };
}

/** Loaded on demand: the interview machine stays off the start page. */
async function startAgain(): Promise<void> {
  await (await import('../interview-session')).startInterviewAgain();
}

export function HomeRoute() {
  return <HomePage data={useLoaderData<typeof homeLoader>()} onStartAgain={startAgain} />;
}
