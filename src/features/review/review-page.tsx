import { Link } from 'react-router';
import { TableScroll } from '@/components/ui/table-scroll';
import { download } from '@/components/ui/download';
import { APP_VERSION, makeFile, serialise } from '@/domain/files/opensaq-file';
import { fileStem } from '@/domain/report/report-model';
import { principalTitle } from '@/content/principals';
import { reviewItems, summaryTable, type ReviewItem } from '@/domain/assessment/attestation';
import { markComplete } from '@/domain/assessment/completion';
import { localIsoDay } from '@/domain/assessment/dates';
import { msg } from '@/domain/assessment/messages';
import { assessmentStatus } from '@/domain/assessment/status';
import { sayReview, sayReviewItem } from '@/domain/assessment/review-text';
import { followUps, rowState } from '@/domain/assessment/rules';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { SaveIndicator } from '@/components/ui/save-indicator';
import type { AssessmentSession } from '@/hooks/assessment-session';
import { RESPONSE_NAMES, STATUS_NAMES } from '@/domain/report/names';
import { assessmentPageUrl, assessmentUrl, groupUrl, rowAnchor } from '@/lib/paths';

function itemUrl(id: string, item: ReviewItem): string {
  if (item.area === 'requirements')
    return `${groupUrl(id, item.principal ?? '')}#${rowAnchor(item.target)}`;
  return `${assessmentPageUrl(id, item.area === 'section1' ? 'section-1' : 'section-3')}#${item.target}`;
}

/** The review: the truth about the assessment, and "mark complete" only when nothing is missing. */
export function ReviewPage({ session }: { session: AssessmentSession }) {
  useDocumentTitle('Review and complete');
  const { assessment, saq, update } = session;
  const outline = saq;
  const today = localIsoDay(new Date());
  const items = reviewItems(outline, assessment, today);
  const status = assessmentStatus(outline, assessment, today);
  const table = summaryTable(outline, assessment);
  const carried = items.filter((i) => i.code === 'row.confirm-carried').length;
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
      <div
        className={`status status--${status.state === 'final' ? status.status : 'not-finished'}`}
      >
        <p className="status__value">
          Status from your answers:{' '}
          {status.state === 'final'
            ? STATUS_NAMES[status.status]
            : sayReview(msg('status.not-finished'))}
          {status.scope
            ? ` · ${status.scope === 'full' ? 'Full assessment' : 'Partial assessment'}`
            : ''}
        </p>
        <ul className="list list--bullet">
          {status.why.map((m) => (
            <li key={m.code}>{sayReview(m)}</li>
          ))}
        </ul>
      </div>

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
              <li key={`${item.area}-${item.target}-${item.code}`}>
                <Link to={itemUrl(assessment.id, item)}>{sayReviewItem(item)}</Link>
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

      {status.state === 'final' ? null : <h2>Mark as complete</h2>}
      {status.state === 'final' ? null : complete ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            const now = new Date();
            const result = markComplete(outline, assessment, now.toISOString(), localIsoDay(now));
            if (!result.ok) return;
            const done = result.assessment;
            update(() => done);
            // A completed assessment is worth a backup: download one straight away.
            download(
              `${fileStem(saq.name, assessment.organisation, localIsoDay(now))}_complete.opensaq.json`,
              serialise(
                makeFile([done], 'assessment', APP_VERSION, assessment.contentVersion, now),
              ),
            );
          }}
        >
          {assessment.reopened?.length ? 'Mark as complete again' : 'Mark as complete'}
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
