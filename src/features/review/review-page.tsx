import { Link } from 'react-router';
import { TableScroll } from '@/components/ui/table-scroll';
import { download } from '@/components/ui/download';
import { APP_VERSION, makeFile, serialise } from '@/domain/files/opensaq-file';
import { fileStem } from '@/domain/report/report-model';
import { principalTitle } from '@/content/principals';
import {
  complianceStatus,
  reviewItems,
  summaryTable,
  type ReviewItem,
} from '@/domain/assessment/attestation';
import type { SaqOutline } from '@/domain/assessment/model';
import { followUps, rowState } from '@/domain/assessment/rules';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { SaveIndicator } from '@/components/ui/save-indicator';
import type { AssessmentSession } from '@/hooks/assessment-session';
import { RESPONSE_NAMES, STATUS_NAMES } from '@/domain/report/names';
import { assessmentUrl, groupUrl, rowAnchor } from '@/lib/paths';

function itemUrl(id: string, item: ReviewItem): string {
  if (item.area === 'requirements')
    return `${groupUrl(id, item.principal ?? '')}#${rowAnchor(item.target)}`;
  return `/assessments/${id}/${item.area === 'section1' ? 'section-1' : 'section-3'}#${item.target}`;
}

/** The review: the truth about the assessment, and "mark complete" only when nothing is missing. */
export function ReviewPage({ session }: { session: AssessmentSession }) {
  useDocumentTitle('Review and complete');
  const { assessment, saq, update } = session;
  const outline = saq as SaqOutline & { eligibility: { id: string }[] };
  const items = reviewItems(outline, assessment);
  const status = complianceStatus(outline, assessment);
  const table = summaryTable(outline, assessment);
  const carried = items.filter((i) => i.message.endsWith('carried over')).length;
  const dontKnow = followUps(outline, assessment).length;
  const proposed = Object.keys(assessment.rows).filter(
    (id) => rowState(assessment.rows[id]) === 'proposed',
  ).length;
  const complete = items.length === 0;

  return (
    <div>
      <Link className="back-link" to={assessmentUrl(assessment.id)}>
        Back to the task list
      </Link>
      <p className="caption">
        {assessment.organisation} · {saq.name}
      </p>
      <h1>Review and complete</h1>
      <SaveIndicator save={session.save} />
      <div className={`status status--${status.status}`}>
        <p className="status__value">
          Status from your answers: {STATUS_NAMES[status.status]}
          {status.scope
            ? ` · ${status.scope === 'full' ? 'Full assessment' : 'Partial assessment'}`
            : ''}
        </p>
      </div>
      {assessment.completedAt ? (
        <div className="notification" role="status">
          <p>
            Marked complete on {new Date(assessment.completedAt).toLocaleDateString()}.{' '}
            {complete ? '' : 'Something has changed since: see what is missing below.'}
          </p>
        </div>
      ) : null}

      <h2>
        {complete
          ? 'Nothing is missing'
          : `${items.length} ${items.length === 1 ? 'thing' : 'things'} still missing`}
      </h2>
      {!complete ? (
        <>
          <p>
            {[
              proposed ? `${proposed} proposals to confirm` : '',
              carried ? `${carried} carried-over answers to confirm` : '',
              dontKnow ? `${dontKnow} "don't know yet" to follow up` : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <ul className="review-list">
            {items.map((item) => (
              <li key={`${item.area}-${item.target}-${item.message}`}>
                <Link to={itemUrl(assessment.id, item)}>{item.message}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>Summary by requirement (Part 2g)</h2>
      <TableScroll label="Summary by requirement">
        <table className="table">
          <caption className="visually-hidden">
            Responses used for each principal requirement
          </caption>
          <thead>
            <tr>
              <th scope="col">Requirement</th>
              {saq.responses.map((r) => (
                <th scope="col" key={r}>
                  {RESPONSE_NAMES[r]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.map((t) => (
              <tr key={t.principal}>
                <th scope="row">
                  {t.principal === 'A2' ? 'Appendix A2' : `Requirement ${t.principal}`}:{' '}
                  {principalTitle(t.principal)}
                </th>
                {saq.responses.map((r) => (
                  <td key={r}>
                    {t.used.includes(r) ? (
                      <span aria-label="used">✓</span>
                    ) : (
                      <span className="visually-hidden">not used</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h2>Mark as complete</h2>
      {complete ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            const now = new Date();
            const done = {
              ...assessment,
              completedAt: now.toISOString(),
              updatedAt: now.toISOString(),
            };
            update(() => done);
            // A completed assessment is worth a backup: download one straight away.
            download(
              `${fileStem(saq.name, assessment.organisation, now.toISOString().slice(0, 10))}_complete.opensaq.json`,
              serialise(
                makeFile([done], 'assessment', APP_VERSION, assessment.contentVersion, now),
              ),
            );
          }}
        >
          {assessment.completedAt ? 'Mark as complete again' : 'Mark as complete'}
        </button>
      ) : (
        <p>
          You can mark the assessment complete once everything listed above is done. Your work so
          far is saved.
        </p>
      )}
    </div>
  );
}
