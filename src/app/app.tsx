import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { UI_WORDS, say } from '@/content/words';
import { Layout, NotFoundPage, RouteError } from './layout';
import { homeLoader, HomeRoute } from './routes/home';

// Route modules load on demand, so the first page stays small. Each names its page component,
// and its loader where the page reads stored data.
const interview = () => import('./routes/interview');
const assessment = () => import('./routes/assessment');
const setup = () => import('./routes/setup');
const pages = () => import('./routes/pages');

function Loading() {
  return (
    <p role="status" className="loading container">
      {say(UI_WORDS, 'loading')}
    </p>
  );
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    HydrateFallback: Loading,
    children: [
      { index: true, loader: homeLoader, Component: HomeRoute },
      {
        path: 'glossary',
        lazy: async () => {
          const m = await pages();
          return { loader: m.glossaryLoader, Component: m.GlossaryRoute };
        },
      },
      {
        path: 'files',
        lazy: async () => {
          const m = await pages();
          return { loader: m.filesLoader, Component: m.FilesRoute };
        },
      },
      {
        path: 'organisation',
        lazy: async () => {
          const m = await pages();
          return { loader: m.organisationLoader, Component: m.OrganisationRoute };
        },
      },
      {
        path: 'interview/new',
        lazy: async () => {
          const m = await interview();
          return { loader: m.newInterviewLoader, action: m.newInterviewAction };
        },
      },
      {
        path: 'interview/open/:interviewId',
        lazy: async () => ({ loader: (await interview()).openInterviewLoader }),
      },
      {
        path: 'interview',
        lazy: async () => {
          const m = await interview();
          return {
            loader: m.interviewLoader,
            shouldRevalidate: m.interviewOnce,
            Component: m.InterviewLayout,
          };
        },
        children: [
          { index: true, element: <Navigate to="role" replace /> },
          {
            path: 'check',
            lazy: async () => {
              const m = await interview();
              return { loader: m.checkLoader, Component: m.CheckRoute };
            },
          },
          {
            path: 'result',
            lazy: async () => {
              const m = await interview();
              return { loader: m.resultLoader, Component: m.ResultRoute };
            },
          },
          {
            path: ':stepId',
            lazy: async () => {
              const m = await interview();
              return { loader: m.questionLoader, Component: m.QuestionRoute };
            },
          },
        ],
      },
      {
        path: 'assessments/new',
        lazy: async () => {
          const m = await setup();
          return { loader: m.newAssessmentLoader, Component: m.NewAssessmentRoute };
        },
      },
      {
        path: 'assessments/:assessmentId/change-saq',
        lazy: async () => {
          const m = await setup();
          return { loader: m.changeSaqLoader, Component: m.ChangeSaqRoute };
        },
      },
      {
        path: 'assessments/:assessmentId/next-year',
        lazy: async () => {
          const m = await setup();
          return { loader: m.nextYearLoader, Component: m.NextYearRoute };
        },
      },
      {
        path: 'assessments/:assessmentId',
        lazy: async () => {
          const m = await assessment();
          return {
            loader: m.assessmentLoader,
            shouldRevalidate: m.sameAssessment,
            Component: m.AssessmentLayout,
          };
        },
        children: [
          { index: true, lazy: async () => ({ Component: (await assessment()).TaskListRoute }) },
          {
            path: 'requirements/:principal',
            lazy: async () => ({ Component: (await assessment()).GroupRoute }),
          },
          {
            path: 'section-1',
            lazy: async () => {
              const m = await assessment();
              return { loader: m.section1Loader, Component: m.Section1Route };
            },
          },
          {
            path: 'section-3',
            lazy: async () => ({ Component: (await assessment()).Section3Route }),
          },
          { path: 'review', lazy: async () => ({ Component: (await assessment()).ReviewRoute }) },
          { path: 'report', lazy: async () => ({ Component: (await assessment()).ReportRoute }) },
          {
            path: 'worksheets',
            lazy: async () => ({ Component: (await assessment()).WorksheetsRoute }),
          },
          {
            path: 'official-forms',
            lazy: async () => ({ Component: (await assessment()).OfficialFormsRoute }),
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
