import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import type * as AssessmentRoutes from '@/features/assessment/assessment-routes';
import type * as InterviewRoutes from '@/features/eligibility/interview-routes';
import { HomePage } from '@/features/home/home-page';
import { Layout, NotFoundPage, RouteError } from './layout';

// Feature route modules load on demand, so the first page stays small.
type Modules = typeof InterviewRoutes & typeof AssessmentRoutes;

const loaders = {
  interview: () => import('@/features/eligibility/interview-routes'),
  assessment: () => import('@/features/assessment/assessment-routes'),
};

/** A lazy route whose component is `name` from the feature's route module. */
function page<K extends keyof Modules>(feature: keyof typeof loaders, name: K) {
  return async () => ({
    Component: ((await loaders[feature]()) as unknown as Modules)[name] as ComponentType,
  });
}

function Loading() {
  return (
    <p role="status" className="loading container">
      Loading&hellip;
    </p>
  );
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    HydrateFallback: Loading,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'glossary',
        lazy: async () => ({ Component: (await import('@/features/glossary-page')).GlossaryPage }),
      },
      {
        path: 'interview',
        lazy: page('interview', 'InterviewLayout'),
        children: [
          { index: true, element: <Navigate to="role" replace /> },
          { path: 'check', lazy: page('interview', 'CheckAnswersPage') },
          { path: 'result', lazy: page('interview', 'ResultPage') },
          { path: ':stepId', lazy: page('interview', 'QuestionPage') },
        ],
      },
      {
        path: 'files',
        lazy: async () => ({ Component: (await import('@/features/files/files-page')).FilesPage }),
      },
      { path: 'assessments/new', lazy: page('assessment', 'NewAssessmentPage') },
      { path: 'organisation', lazy: page('assessment', 'OrganisationPage') },

      { path: 'assessments/:assessmentId/change-saq', lazy: page('assessment', 'ChangeSaqPage') },
      { path: 'assessments/:assessmentId/next-year', lazy: page('assessment', 'NextYearPage') },
      {
        path: 'assessments/:assessmentId',
        lazy: page('assessment', 'AssessmentLayout'),
        children: [
          { index: true, lazy: page('assessment', 'TaskListPage') },
          { path: 'requirements/:principal', lazy: page('assessment', 'GroupPage') },
          { path: 'section-1', lazy: page('assessment', 'Section1Page') },
          { path: 'section-3', lazy: page('assessment', 'Section3Page') },
          { path: 'review', lazy: page('assessment', 'ReviewPage') },
          { path: 'report', lazy: page('assessment', 'ReportPage') },
          { path: 'worksheets', lazy: page('assessment', 'WorksheetsPage') },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
