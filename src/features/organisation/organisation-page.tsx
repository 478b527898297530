import { useState } from 'react';
import { Link } from 'react-router';
import { ORGANISATION_WORDS, SAVING_WORDS, say } from '@/content/words';
import { getWorkshopOrganisation } from '@/storage/workshop';
import { TableScroll } from '@/components/ui/table-scroll';
import { CHANNEL_NAMES, SAQ_FACTS } from '@/domain/eligibility/saq-catalog';
import { STATUS_NAMES } from '@/domain/report/names';
import type { OrganisationSummary } from '@/domain/report/organisation-summary';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { assessmentUrl } from '@/lib/paths';

const w = (code: keyof typeof ORGANISATION_WORDS, params?: Record<string, string | number>) =>
  say(ORGANISATION_WORDS, code, params);

/** `/organisation?name=…`: one organisation's per-channel assessments summed up on one page. */
export function OrganisationPage({
  name,
  summary,
}: {
  name: string;
  /** Null when this browser holds no per-channel assessments for the name. */
  summary: OrganisationSummary | null;
}) {
  // While the workshop view is on, the client's name stays out of the title.
  const [workshop] = useState(() => getWorkshopOrganisation() !== null);
  useDocumentTitle(
    w('document-title', {
      name: workshop ? say(SAVING_WORDS, 'workshop.title') : name || w('your-organisation'),
    }),
  );
  if (summary === null)
    return (
      <div className="narrow">
        <h1>{w('none.title', { name: name || w('none.this-organisation') })}</h1>
        <p>
          {w('none.body', { name: name ? w('none.quoted-name', { name }) : w('none.this-name') })}{' '}
          <Link to="/">{w('none.home')}</Link>.
        </p>
      </div>
    );
  const saqList = summary.channels.map((c) => SAQ_FACTS[c.saq].name).join(w('list.and'));
  return (
    <div className="report">
      <Link className="back-link no-print" to="/">
        {w('back')}
      </Link>
      <h1>{w('title', { organisation: summary.organisation })}</h1>
      <p className="lead">
        {summary.allCompliant
          ? w('lead.compliant')
          : summary.allComplete
            ? w('lead.complete')
            : w('lead.not-complete')}
      </p>
      <p>{w('intro', { saqs: saqList })}</p>
      <TableScroll label={w('table.label')}>
        <table className="table">
          <caption className="visually-hidden">{w('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{w('col.channel')}</th>
              <th scope="col">{w('col.saq')}</th>
              <th scope="col">{w('col.progress')}</th>
              <th scope="col">{w('col.status')}</th>
              <th scope="col">{w('col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.channels.map((c) => (
              <tr key={c.assessmentId}>
                <th scope="row">
                  {c.channels.length
                    ? c.channels.map((ch) => CHANNEL_NAMES[ch]).join(', ')
                    : w('row.all-channels')}
                </th>
                <td>
                  <Link to={assessmentUrl(c.assessmentId)}>{SAQ_FACTS[c.saq].name}</Link>
                </td>
                <td>
                  {c.completedAt
                    ? w('row.complete', { date: new Date(c.completedAt).toLocaleDateString() })
                    : w('row.answered', { answered: c.answered, total: c.total })}
                </td>
                <td>{c.completedAt ? STATUS_NAMES[c.status] : w('row.not-final')}</td>
                <td>
                  {c.openActions === 0
                    ? w('row.no-actions')
                    : w('row.actions', { count: c.openActions })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2>{w('apart.title')}</h2>
      <p>{w('apart.body')}</p>
      <p className="no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {w('print')}
        </button>
      </p>
    </div>
  );
}
