import { Suspense } from 'react';
import { Await, Link, useNavigate } from 'react-router';
import type { SaqContent } from '@/content/schema';
import type { Assessment } from '@/domain/assessment/model';
import { hasStarted, resumePath } from '@/domain/eligibility/journey';
import { INTERVIEW_START_URL } from '@/lib/paths';
import { useDocumentTitle } from '@/hooks/use-document-title';
import type { InterviewDraft } from '@/storage/interview-store';
import { AssessmentList, type AssessmentActions } from './assessment-list';
import { DataNotice } from './data-notice';

/** The start page: what OpenSAQ does, and where to pick up saved work. */
export interface HomeData {
  /** The saved interview, or null when there is none (or storage is refused). */
  draft: (InterviewDraft & { updatedAt: string }) | null;
  assessments: Assessment[];
  /** The content of every SAQ the assessments use, for their progress. */
  saqs: Record<string, SaqContent>;
  /** Set when the assessments could not be read. */
  listError: string | null;
}

export function HomePage({
  saved,
  onStartAgain,
  actions,
}: {
  /** The work kept in this browser, read after the first paint. */
  saved: Promise<HomeData>;
  /** Deletes the saved interview (and forgets the open one). */
  onStartAgain: () => Promise<void>;
  actions: AssessmentActions;
}) {
  useDocumentTitle('Which PCI questionnaire do you need?');
  return (
    <div className="narrow">
      <h1>Which PCI questionnaire do you need?</h1>
      <p className="lead">
        If your organisation takes card payments, the card brands expect you to check your security
        once a year with a PCI DSS Self-Assessment Questionnaire (SAQ). Answer a few plain questions
        about how you take payments, and OpenSAQ tells you which SAQ applies and why.
      </p>
      <ul className="list list--bullet">
        <li>
          It takes about five minutes. You can stop and come back: your answers are kept in this
          browser.
        </li>
        <li>Nothing you enter leaves this computer. There is no account and no server.</li>
        <li>Where you are not sure of an answer, say so: we tell you who to ask.</li>
      </ul>
      <Suspense
        fallback={
          <p role="status" className="loading">
            Looking for work saved in this browser&hellip;
          </p>
        }
      >
        <Await resolve={saved}>
          {(data: HomeData) => (
            <SavedWork data={data} onStartAgain={onStartAgain} actions={actions} />
          )}
        </Await>
      </Suspense>
      <h2>What you will need</h2>
      <p>
        It helps to know which payment provider you use (for example Stripe, PayPal, iATS or Square)
        and how your donation page works. If you do not know, the questions explain how to find out
        and who to ask.
      </p>
    </div>
  );
}

/** Where to pick up: the saved interview, the notice about keeping work, and the assessments. */
function SavedWork({
  data,
  onStartAgain,
  actions,
}: {
  data: HomeData;
  onStartAgain: () => Promise<void>;
  actions: AssessmentActions;
}) {
  const navigate = useNavigate();
  const { draft } = data;
  const started = draft !== null && hasStarted(draft);
  return (
    <>
      {started ? (
        <div className="resume">
          <p>
            You have answers saved in this browser from{' '}
            {new Date(draft.updatedAt).toLocaleString(undefined, {
              dateStyle: 'medium',
              timeStyle: 'short',
            })}
            .
          </p>
          <Link className="button" to={resumePath(draft)}>
            Continue where you left off
          </Link>{' '}
          <button
            type="button"
            className="button button--secondary"
            onClick={async () => {
              if (
                !window.confirm(
                  'Start again? Your saved answers will be deleted from this browser.',
                )
              )
                return;
              await onStartAgain();
              void navigate(INTERVIEW_START_URL);
            }}
          >
            Start again
          </button>
        </div>
      ) : (
        <Link className="button button--start" to={INTERVIEW_START_URL}>
          Start now
        </Link>
      )}
      <DataNotice hasWork={started} assessments={data.assessments} listFailed={!!data.listError} />
      <AssessmentList
        assessments={data.assessments}
        saqs={data.saqs}
        listError={data.listError}
        actions={actions}
      />
    </>
  );
}
