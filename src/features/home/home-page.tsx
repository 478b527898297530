import { Suspense } from 'react';
import { Await, Form } from 'react-router';
import type { SaqContent } from '@/content/schema';
import { HOME_WORDS, say } from '@/content/words';
import type { Assessment } from '@/domain/assessment/model';
import type { SaqId } from '@/domain/eligibility/saq-catalog';
import { NEW_INTERVIEW_URL } from '@/lib/paths';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { getWorkshopOrganisation } from '@/storage/workshop';
import { DataNotice } from './data-notice';
import {
  OrganisationList,
  type AssessmentActions,
  type InterviewActions,
} from './organisation-list';

const w = (code: keyof typeof HOME_WORDS, params?: Record<string, string | number>) =>
  say(HOME_WORDS, code, params);

/** Where an interview is, worked out by the app (the decision engine stays off this page). */
export type InterviewStatus =
  | { kind: 'asking'; index: number; total: number }
  | { kind: 'checking' }
  | { kind: 'result'; saq: SaqId }
  | { kind: 'per-channel'; saqs: SaqId[] }
  | { kind: 'open'; candidates: SaqId[] }
  | { kind: 'other' };

/** One organisation's interview as the start page lists it. */
export interface InterviewSummary {
  id: string;
  /** Empty until named. */
  organisation: string;
  updatedAt: string;
  /** How many answers it holds: what "Start again" deletes. */
  answers: number;
  status: InterviewStatus;
}

/** The start page: what OpenSAQ does, and where to pick up saved work. */
export interface HomeData {
  /** The interviews worth listing (in workshop view, only the shown organisation's). */
  interviews: InterviewSummary[];
  /** The assessments (in workshop view, only the shown organisation's). */
  assessments: Assessment[];
  /** The content of every SAQ the assessments use, for their progress. */
  saqs: Record<string, SaqContent>;
  /** Set when the assessments could not be read. */
  listError: string | null;
  /** Whether this browser holds any assessment at all (workshop view or not). */
  hadAssessments: boolean;
}

export function HomePage({
  saved,
  actions,
  interviewActions,
}: {
  /** The work kept in this browser, read after the first paint. */
  saved: Promise<HomeData>;
  actions: AssessmentActions;
  interviewActions: InterviewActions;
}) {
  useDocumentTitle(w('title'));
  return (
    <div className="narrow">
      <h1>{w('title')}</h1>
      <p className="lead">{w('lead')}</p>
      <ul className="list list--bullet">
        <li>{w('point.time')}</li>
        <li>{w('point.private')}</li>
        <li>{w('point.unsure')}</li>
      </ul>
      <Suspense
        fallback={
          <p role="status" className="loading">
            {w('loading')}
          </p>
        }
      >
        <Await resolve={saved}>
          {(data: HomeData) => (
            <SavedWork data={data} actions={actions} interviewActions={interviewActions} />
          )}
        </Await>
      </Suspense>
      <h2>{w('need.title')}</h2>
      <p>{w('need.body')}</p>
    </div>
  );
}

/**
 * Starts (or reopens) an organisation's interview: the form posts to the app's own route, which
 * names the interview and opens its first question.
 */
function StartForm({
  id,
  label,
  hint,
  button,
  start,
}: {
  id: string;
  label: string;
  hint: string;
  button: string;
  start?: boolean;
}) {
  return (
    <Form method="post" action={NEW_INTERVIEW_URL} className="start-form">
      <div className="form-group">
        <label className="label" htmlFor={id}>
          {label}
        </label>
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
        <input
          className="input"
          id={id}
          name="organisation"
          autoComplete="organization"
          maxLength={200}
          aria-describedby={`${id}-hint`}
        />
      </div>
      <button type="submit" className={`button${start ? ' button--start' : ''}`}>
        {button}
      </button>
    </Form>
  );
}

/** Where to pick up: a way to start, the notice about keeping work, and the organisations. */
function SavedWork({
  data,
  actions,
  interviewActions,
}: {
  data: HomeData;
  actions: AssessmentActions;
  interviewActions: InterviewActions;
}) {
  const workshop = getWorkshopOrganisation();
  const nothing = data.interviews.length === 0 && data.assessments.length === 0;
  const workshopHasInterview = data.interviews.some((i) => i.organisation === workshop);
  return (
    <>
      {workshop !== null ? (
        workshopHasInterview ? null : (
          <Form method="post" action={NEW_INTERVIEW_URL}>
            <input type="hidden" name="organisation" value={workshop} />
            <button type="submit" className="button button--start">
              {w('start.for', { organisation: workshop })}
            </button>
          </Form>
        )
      ) : nothing ? (
        <StartForm
          id="start-organisation"
          label={w('start.label')}
          hint={w('start.hint')}
          button={w('start.button')}
          start
        />
      ) : null}
      <DataNotice
        hasWork={data.interviews.length > 0}
        assessments={data.assessments}
        hadAssessments={data.hadAssessments}
        listFailed={!!data.listError}
      />
      <OrganisationList
        interviews={data.interviews}
        assessments={data.assessments}
        saqs={data.saqs}
        listError={data.listError}
        actions={actions}
        interviewActions={interviewActions}
      />
      {workshop === null && !nothing ? (
        <section aria-labelledby="another-title">
          <h2 id="another-title">{w('start.another.title')}</h2>
          <StartForm
            id="another-organisation"
            label={w('start.another.label')}
            hint={w('start.another.hint')}
            button={w('start.another.button')}
          />
        </section>
      ) : null}
    </>
  );
}
