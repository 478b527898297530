import { useState } from 'react';
import { Link, useNavigate, useRevalidator } from 'react-router';
import { ActionsMenu } from '@/components/ui/actions-menu';
import type { SaqContent } from '@/content/schema';
import { HOME_WORDS, say } from '@/content/words';
import type { Assessment } from '@/domain/assessment/model';
import { organisationGroups, type OrganisationGroup } from '@/domain/assessment/organisations';
import { progress } from '@/domain/assessment/rules';
import { CHANNEL_NAMES, SAQ_FACTS, type SaqId } from '@/domain/eligibility/saq-catalog';
import { assessmentUrl, INTERVIEW_START_URL, openInterviewUrl, organisationUrl } from '@/lib/paths';
import { getWorkshopOrganisation, setWorkshopOrganisation } from '@/storage/workshop';
import type { InterviewSummary } from './home-page';

/** A form's text field, trimmed ('' when absent). */
function formText(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value.trim() : '';
}

type HomeCode = keyof typeof HOME_WORDS;
const w = (code: HomeCode, params?: Record<string, string | number>) =>
  say(HOME_WORDS, code, params);

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A count in words: "one assessment", "three assessments", "12 assessments". */
export function assessmentCount(n: number): string {
  if (n === 0) return w('count.none');
  if (n === 1) return w('count.one');
  const word = n < 10 ? w(`number.${n}` as HomeCode) : String(n);
  return w('count.many', { count: word });
}

/** "SAQ A", "SAQ A or SAQ D for Merchants". */
const saqNames = (ids: readonly SaqId[]) => ids.map((id) => SAQ_FACTS[id].name).join(', ');

function interviewLine(i: InterviewSummary): string {
  const at = when(i.updatedAt);
  switch (i.status.kind) {
    case 'asking':
      return w('interview.asking', { index: i.status.index, total: i.status.total, when: at });
    case 'checking':
      return w('interview.checking', { when: at });
    case 'result':
      return w('interview.result', { saq: SAQ_FACTS[i.status.saq].name, when: at });
    case 'per-channel':
      return w('interview.result', { saq: saqNames(i.status.saqs), when: at });
    case 'open':
      return w('interview.result.open', { list: saqNames(i.status.candidates), when: at });
    case 'other':
      return w('interview.result.other', { when: at });
  }
}

/** What the list can do to the assessments kept here (each write tells the other tabs). */
export interface AssessmentActions {
  rename: (a: Assessment, organisation: string) => Promise<void>;
  /** A copy under the name given. */
  duplicate: (a: Assessment, organisation: string) => Promise<void>;
  remove: (a: Assessment) => Promise<void>;
  /** Puts a deleted assessment back. */
  restore: (a: Assessment) => Promise<void>;
}

/** What the list can do to an organisation's interview. */
export interface InterviewActions {
  /** Deletes its answers and opens a new, empty interview for the same organisation. */
  startAgain: (i: InterviewSummary) => Promise<void>;
  remove: (i: InterviewSummary) => Promise<void>;
  rename: (i: InterviewSummary, organisation: string) => Promise<void>;
}

/** The organisations kept in this browser, each with its interview and its assessments. */
export function OrganisationList({
  interviews,
  assessments,
  saqs,
  listError,
  actions,
  interviewActions,
}: {
  interviews: InterviewSummary[];
  assessments: Assessment[];
  saqs: Record<string, SaqContent>;
  listError: string | null;
  actions: AssessmentActions;
  interviewActions: InterviewActions;
}) {
  // After each action the route's loader reads the list again.
  const revalidator = useRevalidator();
  const workshop = getWorkshopOrganisation();
  const [deleted, setDeleted] = useState<Assessment | null>(null);
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? (listError ? w('error.list', { error: listError }) : null);
  const act = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (e) {
      setError(w('error.action', { error: String(e) }));
    }
    await revalidator.revalidate();
  };
  const setWorkshop = (name: string | null) => {
    setWorkshopOrganisation(name);
    void revalidator.revalidate();
  };
  const groups = organisationGroups(interviews, assessments);

  return (
    <section aria-labelledby="organisations-title">
      <h2 id="organisations-title">{w(workshop ? 'orgs.title.workshop' : 'orgs.title')}</h2>
      {error ? (
        <p className="error-message" role="alert">
          {error}
        </p>
      ) : null}
      {deleted ? (
        <div className="notification" role="status">
          <p>
            {w('deleted', { saq: SAQ_FACTS[deleted.saq].name, organisation: deleted.organisation })}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() =>
                act(async () => {
                  await actions.restore(deleted);
                  setDeleted(null);
                })
              }
            >
              {w('undo')}
            </button>
          </p>
        </div>
      ) : null}
      {workshop ? (
        <div className="notification" role="status">
          <p>
            {w('workshop.on', { organisation: workshop })}{' '}
            <button type="button" className="link-button" onClick={() => setWorkshop(null)}>
              {w('workshop.off')}
            </button>
          </p>
        </div>
      ) : null}
      {groups.length === 0 ? <p>{w('orgs.empty')}</p> : null}
      {groups.map((g, n) => (
        <OrganisationEntry
          key={g.name || g.interview?.id || n}
          n={n}
          group={g}
          saqs={saqs}
          workshop={workshop}
          act={act}
          onDeleted={setDeleted}
          onWorkshop={() => setWorkshop(g.name)}
          actions={actions}
          interviewActions={interviewActions}
        />
      ))}
    </section>
  );
}

function OrganisationEntry({
  n,
  group,
  saqs,
  workshop,
  act,
  onDeleted,
  onWorkshop,
  actions,
  interviewActions,
}: {
  n: number;
  group: OrganisationGroup<InterviewSummary>;
  saqs: Record<string, SaqContent>;
  workshop: string | null;
  act: (work: () => Promise<void>) => Promise<void>;
  onDeleted: (a: Assessment) => void;
  onWorkshop: () => void;
  actions: AssessmentActions;
  interviewActions: InterviewActions;
}) {
  const navigate = useNavigate();
  const [naming, setNaming] = useState(false);
  const i = group.interview;
  const name = group.name || w('org.unnamed');
  const headingId = `org-${n}`;
  const forWhom = group.name || w('interview.unnamed');
  return (
    <section className="organisation" aria-labelledby={headingId}>
      <h3 id={headingId} className="organisation__name">
        {name}
      </h3>
      <p className="hint">
        {w('org.summary', {
          interview: w(i ? 'org.has-interview' : 'org.no-interview'),
          assessments: assessmentCount(group.assessments.length),
        })}{' '}
        {group.name ? <Link to={organisationUrl(group.name)}>{w('org.page')}</Link> : null}
        {group.name && workshop === null ? (
          <>
            {' · '}
            <button type="button" className="link-button" onClick={onWorkshop}>
              {w('org.show-only')}
              <span className="visually-hidden">
                {' '}
                {w('org.show-only.hidden', { organisation: group.name })}
              </span>
            </button>
          </>
        ) : null}
      </p>
      {i ? (
        <div className="organisation__interview">
          <p>{interviewLine(i)}</p>
          <Link className="button" to={openInterviewUrl(i.id)}>
            {w(
              i.status.kind === 'asking' || i.status.kind === 'checking'
                ? 'interview.continue'
                : 'interview.see-result',
            )}
            <span className="visually-hidden">
              {w('interview.for.hidden', { organisation: forWhom })}
            </span>
          </Link>{' '}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const text = w('interview.again.confirm', {
                organisation: forWhom,
                count: i.answers,
                when: when(i.updatedAt),
              });
              if (!window.confirm(text)) return;
              void act(async () => {
                await interviewActions.startAgain(i);
                await navigate(INTERVIEW_START_URL);
              });
            }}
          >
            {w('interview.again')}
            <span className="visually-hidden">
              {w('interview.for.hidden', { organisation: forWhom })}
            </span>
          </button>{' '}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const text = w('interview.delete.confirm', {
                organisation: forWhom,
                count: i.answers,
                when: when(i.updatedAt),
              });
              if (!window.confirm(text)) return;
              void act(() => interviewActions.remove(i));
            }}
          >
            {w('interview.delete')}
            <span className="visually-hidden">
              {w('interview.for.hidden', { organisation: forWhom })}
            </span>
          </button>
          {group.name ? null : naming ? (
            <form
              className="organisation__name-form"
              onSubmit={(e) => {
                e.preventDefault();
                const value = formText(e.currentTarget, 'name');
                if (!value) return;
                void act(async () => {
                  await interviewActions.rename(i, value);
                  setNaming(false);
                });
              }}
            >
              <label className="label" htmlFor={`name-${i.id}`}>
                {w('interview.name.label')}
              </label>
              <input className="input" id={`name-${i.id}`} name="name" required maxLength={200} />
              <button type="submit" className="button button--secondary">
                {w('interview.name.save')}
              </button>
            </form>
          ) : (
            <button type="button" className="link-button" onClick={() => setNaming(true)}>
              {w('interview.name')}
            </button>
          )}
        </div>
      ) : null}
      {group.assessments.length > 0 ? (
        <AssessmentTable
          organisation={group.name}
          assessments={group.assessments}
          saqs={saqs}
          act={act}
          onDeleted={onDeleted}
          actions={actions}
        />
      ) : null}
    </section>
  );
}

/**
 * An organisation's assessments: three columns that fit a 320 px screen, the actions of each row
 * behind one button, so nothing is ever cut off or needs scrolling sideways.
 */
function AssessmentTable({
  organisation,
  assessments,
  saqs,
  act,
  onDeleted,
  actions,
}: {
  organisation: string;
  assessments: Assessment[];
  saqs: Record<string, SaqContent>;
  act: (work: () => Promise<void>) => Promise<void>;
  onDeleted: (a: Assessment) => void;
  actions: AssessmentActions;
}) {
  const [renaming, setRenaming] = useState<string | null>(null);
  return (
    <table className="table assessments">
      <caption className="visually-hidden">{w('table.caption', { organisation })}</caption>
      <thead>
        <tr>
          <th scope="col">{w('table.saq')}</th>
          <th scope="col">{w('table.progress')}</th>
          <th scope="col">
            <span className="visually-hidden">{w('table.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {assessments.map((a) => {
          const saq = saqs[a.saq];
          const p = saq ? progress(saq, a) : null;
          const saqName = SAQ_FACTS[a.saq].name;
          const about = { organisation: a.organisation, saq: saqName };
          return (
            <tr key={a.id}>
              <th scope="row">
                {renaming === a.id ? (
                  <form
                    onSubmit={(e) => {
                      e.preventDefault();
                      const name = formText(e.currentTarget, 'name');
                      if (!name) return;
                      void act(async () => {
                        await actions.rename(a, name);
                        setRenaming(null);
                      });
                    }}
                  >
                    <label className="label" htmlFor={`rename-${a.id}`}>
                      {w('row.rename.label')}
                    </label>
                    <input
                      className="input"
                      id={`rename-${a.id}`}
                      name="name"
                      defaultValue={a.organisation}
                      required
                      maxLength={200}
                    />
                    <button type="submit" className="button button--secondary">
                      {w('row.rename.save')}
                    </button>
                  </form>
                ) : (
                  <Link to={assessmentUrl(a.id)}>
                    {saqName}
                    <span className="visually-hidden">
                      {w('row.for.hidden', { organisation: a.organisation })}
                    </span>
                  </Link>
                )}
                <span className="hint assessments__hint">
                  {a.channels.map((c) => CHANNEL_NAMES[c]).join(', ')}
                </span>
                {a.provisional ? (
                  <strong className="tag tag--provisional">{w('row.provisional')}</strong>
                ) : null}
              </th>
              <td>
                {a.completedAt
                  ? w('row.complete')
                  : p
                    ? w('row.progress', { answered: p.answered, total: p.total })
                    : ''}
                <span className="hint assessments__hint">
                  {w('row.changed', { when: when(a.updatedAt) })}
                </span>
              </td>
              <td className="assessments__actions">
                <ActionsMenu label={w('row.actions')} hiddenLabel={w('row.actions.hidden', about)}>
                  {(close) => (
                    <ul className="actions-menu__items">
                      <li>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => {
                            close();
                            setRenaming(a.id);
                          }}
                        >
                          {w('row.rename')}
                          <span className="visually-hidden">{w('row.item.hidden', about)}</span>
                        </button>
                      </li>
                      <li>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => {
                            close();
                            void act(() =>
                              actions.duplicate(
                                a,
                                w('row.copy-name', { organisation: a.organisation }),
                              ),
                            );
                          }}
                        >
                          {w('row.duplicate')}
                          <span className="visually-hidden">{w('row.item.hidden', about)}</span>
                        </button>
                      </li>
                      <li>
                        <button
                          type="button"
                          className="link-button link-button--danger"
                          onClick={() => {
                            if (!window.confirm(w('row.delete.confirm', about))) return;
                            close();
                            void act(async () => {
                              await actions.remove(a);
                              onDeleted(a);
                            });
                          }}
                        >
                          {w('row.delete')}
                          <span className="visually-hidden">{w('row.item.hidden', about)}</span>
                        </button>
                      </li>
                    </ul>
                  )}
                </ActionsMenu>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
