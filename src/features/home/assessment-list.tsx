import { useState } from 'react';
import { Link, useRevalidator } from 'react-router';
import { assessmentUrl, organisationUrl } from '@/lib/paths';
import { TableScroll } from '@/components/ui/table-scroll';
import type { SaqContent } from '@/content/schema';
import type { Assessment } from '@/domain/assessment/model';
import { progress } from '@/domain/assessment/rules';
import { CHANNEL_NAMES, SAQ_FACTS } from '@/domain/eligibility/saq-catalog';
import { currentChannelSets } from '@/domain/assessment/organisations';
import { getWorkshopAssessment, setWorkshopAssessment } from '@/storage/workshop';

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The assessments kept in this browser, with open, rename, duplicate and delete (with undo). */
/** What the list can do to the assessments kept here (each write tells the other tabs). */
export interface AssessmentActions {
  rename: (a: Assessment, organisation: string) => Promise<void>;
  duplicate: (a: Assessment) => Promise<void>;
  remove: (a: Assessment) => Promise<void>;
  /** Puts a deleted assessment back. */
  restore: (a: Assessment) => Promise<void>;
}

export function AssessmentList({
  assessments: items,
  saqs,
  listError,
  actions,
}: {
  assessments: Assessment[];
  saqs: Record<string, SaqContent>;
  listError: string | null;
  actions: AssessmentActions;
}) {
  // After each action the route's loader reads the list again.
  const revalidator = useRevalidator();
  const [workshop, setWorkshop] = useState<string | null>(getWorkshopAssessment());
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Assessment | null>(null);
  const [actionError, setError] = useState<string | null>(null);
  const error =
    actionError ??
    (listError ? `The assessments kept in this browser could not be read (${listError}).` : null);
  const shown = workshop ? items.filter((a) => a.id === workshop) : items;
  const act = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (e) {
      setError(
        `That did not work: this browser refused to save (${String(e)}). Nothing else was changed.`,
      );
    }
    await revalidator.revalidate();
  };

  return (
    <section aria-labelledby="assessments-title">
      <h2 id="assessments-title">
        {workshop ? 'Assessment in use' : 'Your assessments in this browser'}
      </h2>
      {error ? (
        <p className="error-message" role="alert">
          {error}
        </p>
      ) : null}
      {deleted ? (
        <div className="notification" role="status">
          <p>
            Deleted the assessment for {deleted.organisation}.{' '}
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
              Undo
            </button>
          </p>
        </div>
      ) : null}
      {workshop ? (
        <p>
          Workshop view is on: other assessments are hidden.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setWorkshopAssessment(null);
              setWorkshop(null);
            }}
          >
            Show all assessments
          </button>
        </p>
      ) : null}
      <OrganisationSummaries items={shown} saqs={saqs} />
      {shown.length === 0 ? (
        <p>
          No assessments yet. Answer the questions below to find your SAQ, then start it from the
          result page.
        </p>
      ) : (
        <TableScroll label="Your assessments">
          <table className="table assessments">
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                <th scope="col">SAQ</th>
                <th scope="col">Progress</th>
                <th scope="col">Last changed</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => {
                const saq = saqs[a.saq];
                const p = saq ? progress(saq, a) : null;
                return (
                  <tr key={a.id}>
                    <th scope="row">
                      {renaming === a.id ? (
                        <form
                          onSubmit={(e) => {
                            e.preventDefault();
                            const value = new FormData(e.currentTarget).get('name');
                            const name = typeof value === 'string' ? value.trim() : '';
                            if (!name) return;
                            void act(async () => {
                              await actions.rename(a, name);
                              setRenaming(null);
                            });
                          }}
                        >
                          <label className="label" htmlFor={`rename-${a.id}`}>
                            New name
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
                            Save name
                          </button>
                        </form>
                      ) : (
                        <Link to={assessmentUrl(a.id)}>{a.organisation}</Link>
                      )}
                      <div className="hint">
                        {a.channels.map((c) => CHANNEL_NAMES[c]).join(', ')}
                      </div>
                    </th>
                    <td>{SAQ_FACTS[a.saq].name}</td>
                    <td>{p ? `${p.answered} of ${p.total}` : ''}</td>
                    <td>{when(a.updatedAt)}</td>
                    <td className="assessments__actions">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => setRenaming(a.id)}
                      >
                        Rename<span className="visually-hidden"> {a.organisation}</span>
                      </button>{' '}
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => act(() => actions.duplicate(a))}
                      >
                        Duplicate<span className="visually-hidden"> {a.organisation}</span>
                      </button>{' '}
                      <button
                        type="button"
                        className="link-button link-button--danger"
                        onClick={() => {
                          if (
                            !window.confirm(
                              `Delete the assessment for ${a.organisation}? You can undo this straight away.`,
                            )
                          )
                            return;
                          void act(async () => {
                            await actions.remove(a);
                            setDeleted(a);
                            if (workshop === a.id) {
                              setWorkshopAssessment(null);
                              setWorkshop(null);
                            }
                          });
                        }}
                      >
                        Delete<span className="visually-hidden"> {a.organisation}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** For organisations with one current assessment per channel: a combined status in one line. */
function OrganisationSummaries({
  items,
  saqs,
}: {
  items: Assessment[];
  saqs: Record<string, SaqContent>;
}) {
  const several = [...currentChannelSets(items)];
  if (several.length === 0) return null;
  return (
    <ul className="list list--bullet org-summaries">
      {several.map(([org, list]) => (
        <li key={org}>
          <Link to={organisationUrl(org)}>
            <strong>{org}</strong>
          </Link>
          :{' '}
          {list
            .map((a) => {
              const saq = saqs[a.saq];
              const p = saq ? progress(saq, a) : null;
              const left = p ? p.total - p.answered : 0;
              const where =
                a.channels.map((c) => CHANNEL_NAMES[c].toLowerCase()).join(' and ') ||
                'all channels';
              return `${where} (${SAQ_FACTS[a.saq].name}): ${a.completedAt ? 'complete' : left === 0 ? 'all rows answered' : `${left} rows to do`}`;
            })
            .join('; ')}
        </li>
      ))}
    </ul>
  );
}
