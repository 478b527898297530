import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { HomePage } from '@/features/home/home-page';
import { Layout, NotFoundPage, RouteError } from './layout';

const interview = () => import('@/features/eligibility/interview-routes');
const assessment = () => import('@/features/assessment/assessment-routes');

const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'glossary',
        lazy: async () => ({ Component: (await import('@/features/glossary-page')).GlossaryPage }),
      },
      {
        path: 'interview',
        lazy: async () => ({ Component: (await interview()).InterviewLayout }),
        children: [
          { index: true, element: <Navigate to="role" replace /> },
          {
            path: 'check',
            lazy: async () => ({ Component: (await interview()).CheckAnswersPage }),
          },
          { path: 'result', lazy: async () => ({ Component: (await interview()).ResultPage }) },
          { path: ':stepId', lazy: async () => ({ Component: (await interview()).QuestionPage }) },
        ],
      },
      {
        path: 'assessments/new',
        lazy: async () => ({ Component: (await assessment()).NewAssessmentPage }),
      },
      {
        path: 'assessments/:assessmentId/change-saq',
        lazy: async () => ({ Component: (await assessment()).ChangeSaqPage }),
      },
      {
        path: 'assessments/:assessmentId/next-year',
        lazy: async () => ({ Component: (await assessment()).NextYearPage }),
      },
      {
        path: 'assessments/:assessmentId',
        lazy: async () => ({ Component: (await assessment()).AssessmentLayout }),
        children: [
          { index: true, lazy: async () => ({ Component: (await assessment()).TaskListPage }) },
          {
            path: 'requirements/:principal',
            lazy: async () => ({ Component: (await assessment()).GroupPage }),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
