import { useState } from 'react';
import { Link } from 'react-router';
import { SAVING_WORDS, say } from '@/content/words';
import { getWorkshopOrganisation } from '@/storage/workshop';
import { TableScroll } from '@/components/ui/table-scroll';
import { CHANNEL_NAMES, SAQ_FACTS } from '@/domain/eligibility/saq-catalog';
import { STATUS_NAMES } from '@/domain/report/names';
import type { OrganisationSummary } from '@/domain/report/organisation-summary';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { assessmentUrl } from '@/lib/paths';

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
    `${workshop ? say(SAVING_WORDS, 'workshop.title') : name || 'Your organisation'}: every payment channel`,
  );
  if (summary === null)
    return (
      <div className="narrow">
        <h1>No per-channel assessments for {name || 'this organisation'}</h1>
        <p>
          This page sums up an organisation that has one questionnaire per payment channel. There is
          nothing to combine for {name ? `“${name}”` : 'this name'} in this browser.{' '}
          <Link to="/">Go to the start page</Link>.
        </p>
      </div>
    );
  const saqList = summary.channels.map((c) => SAQ_FACTS[c.saq].name).join(' and ');
  return (
    <div className="report">
      <Link className="back-link no-print" to="/">
        Back to the start page
      </Link>
      <h1>{summary.organisation}: every payment channel</h1>
      <p className="lead">
        {summary.allCompliant
          ? 'Every channel is assessed, complete and compliant.'
          : summary.allComplete
            ? 'Every channel is assessed and complete, but not all are compliant: see the actions below.'
            : 'Not every channel’s assessment is complete yet.'}
      </p>
      <p>
        You have one questionnaire per payment channel ({saqList}). Each has its own attestation:
        send each one to your acquirer. This page only sums them up for the people who sign them.
      </p>
      <TableScroll label="Assessments per channel">
        <table className="table">
          <caption className="visually-hidden">The assessment for each payment channel</caption>
          <thead>
            <tr>
              <th scope="col">Channel</th>
              <th scope="col">Questionnaire</th>
              <th scope="col">Progress</th>
              <th scope="col">Status from the answers</th>
              <th scope="col">Actions to finish</th>
            </tr>
          </thead>
          <tbody>
            {summary.channels.map((c) => (
              <tr key={c.assessmentId}>
                <th scope="row">
                  {c.channels.length
                    ? c.channels.map((ch) => CHANNEL_NAMES[ch]).join(', ')
                    : 'All channels'}
                </th>
                <td>
                  <Link to={assessmentUrl(c.assessmentId)}>{SAQ_FACTS[c.saq].name}</Link>
                </td>
                <td>
                  {c.completedAt
                    ? `Complete (${new Date(c.completedAt).toLocaleDateString()})`
                    : `${c.answered} of ${c.total} answered`}
                </td>
                <td>{c.completedAt ? STATUS_NAMES[c.status] : 'Not final until complete'}</td>
                <td>{c.openActions === 0 ? 'None' : `${c.openActions} Not in Place`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2>Keeping the channels apart</h2>
      <p>
        One questionnaire per channel is only possible when each channel meets its own
        questionnaire&apos;s conditions and the channels are kept apart: they must not share
        computers or networks. Your acquirer decides whether it accepts this. If the channels do
        share them, one questionnaire must cover everything, often SAQ D. (PCI Security Standards
        Council FAQ on merchants with more than one payment channel.)
      </p>
      <p className="no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print this summary
        </button>
      </p>
    </div>
  );
}
