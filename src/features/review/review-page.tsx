import { Link } from 'react-router';
import { TableScroll } from '@/components/ui/table-scroll';
import { download } from '@/components/ui/download';
import { APP_VERSION, makeFile, serialise } from '@/domain/files/opensaq-file';
import { fileStem, principalHeading } from '@/domain/report/report-model';
import { REVIEW_PAGE_WORDS, say } from '@/content/words';
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

const w = (code: keyof typeof REVIEW_PAGE_WORDS, params?: Record<string, string | number>) =>
  say(REVIEW_PAGE_WORDS, code, params);

function itemUrl(id: string, item: ReviewItem): string {
  if (item.area === 'requirements')
    return `${groupUrl(id, item.principal ?? '')}#${rowAnchor(item.target)}`;
  return `${assessmentPageUrl(id, item.area === 'section1' ? 'section-1' : 'section-3')}#${item.target}`;
}

/** The review: the truth about the assessment, and "mark complete" only when nothing is missing. */
export function ReviewPage({ session }: { session: AssessmentSession }) {
  useDocumentTitle(w('title'));
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
        {w('back')}
      </Link>
      <p className="caption">
        {w('caption', { organisation: assessment.organisation, saq: saq.name })}
      </p>
      <h1>{w('title')}</h1>
      <SaveIndicator save={session.save} />
      <div
        className={`status status--${status.state === 'final' ? status.status : 'not-finished'}`}
      >
        <p className="status__value">
          {w('status')}{' '}
          {status.state === 'final'
            ? STATUS_NAMES[status.status]
            : sayReview(msg('status.not-finished'))}
          {status.scope ? ` · ${w(status.scope === 'full' ? 'scope.full' : 'scope.partial')}` : ''}
        </p>
        <ul className="list list--bullet">
          {status.why.map((m) => (
            <li key={m.code}>{sayReview(m)}</li>
          ))}
        </ul>
      </div>

      <h2>
        {complete
          ? w('missing.none')
          : w(items.length === 1 ? 'missing.one' : 'missing.many', { count: items.length })}
      </h2>
      {!complete ? (
        <>
          <p>
            {[
              proposed ? w('count.proposed', { count: proposed }) : '',
              carried ? w('count.carried', { count: carried }) : '',
              dontKnow ? w('count.dont-know', { count: dontKnow }) : '',
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

      <h2>{w('summary.title')}</h2>
      <TableScroll label={w('summary.label')}>
        <table className="table">
          <caption className="visually-hidden">{w('summary.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{w('summary.requirement')}</th>
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
                <th scope="row">{principalHeading(t.principal, principalTitle(t.principal))}</th>
                {saq.responses.map((r) => (
                  <td key={r}>
                    {t.used.includes(r) ? (
                      <span aria-label={w('summary.used')}>✓</span>
                    ) : (
                      <span className="visually-hidden">{w('summary.not-used')}</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      {status.state === 'final' ? null : <h2>{w('complete.title')}</h2>}
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
          {w(assessment.reopened?.length ? 'complete.again' : 'complete.button')}
        </button>
      ) : (
        <p>{w('complete.not-yet')}</p>
      )}
    </div>
  );
}
