import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { TableScroll } from '@/components/ui/table-scroll';
import { download } from '@/components/ui/download';
import { APP_VERSION, makeFile, serialise } from '@/domain/files/opensaq-file';
import { fileStem, principalHeading } from '@/domain/report/report-model';
import { principalTitle } from '@/content/principals';
import { reviewItems, summaryTable, type ReviewItem } from '@/domain/assessment/attestation';
import { markComplete } from '@/domain/assessment/completion';
import { localIsoDay } from '@/domain/assessment/dates';
import { msg } from '@/domain/assessment/messages';
import { assessmentStatus } from '@/domain/assessment/status';
import { sayReview, sayReviewItem } from '@/domain/assessment/review-text';
import { followUps, rowState } from '@/domain/assessment/rules';
import { groupReview, type ReviewGroup } from '@/domain/assessment/review';
import { REVIEW_PAGE_WORDS, WORKSPACE_WORDS, say } from '@/content/words';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { SaveIndicator } from '@/components/ui/save-indicator';
import type { AssessmentSession } from '@/hooks/assessment-session';
import { RESPONSE_NAMES, STATUS_NAMES } from '@/domain/report/names';
import {
  assessmentPageUrl,
  assessmentUrl,
  filesUrl,
  groupUrl,
  openInterviewUrl,
  RESULT_URL,
  rowAnchor,
} from '@/lib/paths';

const w = (code: keyof typeof REVIEW_PAGE_WORDS, params?: Record<string, string | number>) =>
  say(REVIEW_PAGE_WORDS, code, params);

const ww = (code: keyof typeof WORKSPACE_WORDS, params?: Record<string, string | number>) =>
  say(WORKSPACE_WORDS, code, params);

function itemUrl(a: AssessmentSession['assessment'], item: ReviewItem): string {
  const id = a.id;
  if (item.area === 'interview')
    return a.interviewId ? openInterviewUrl(a.interviewId) : RESULT_URL;
  if (item.area === 'requirements')
    return `${groupUrl(id, item.principal ?? '')}#${rowAnchor(item.target)}`;
  return `${assessmentPageUrl(id, item.area === 'section1' ? 'section-1' : 'section-3')}#${item.target}`;
}

/** A group's heading: "Requirement 8: …", "Section 1: …", "Your questionnaire". */
function groupTitle(g: ReviewGroup): string {
  if (g.area === 'interview') return ww('review.interview');
  if (g.area === 'section1') return ww('review.section1');
  if (g.area === 'section3') return ww('review.section3');
  const principal = g.principal ?? g.key;
  return principal === 'A2'
    ? principalHeading(principal, principalTitle(principal))
    : ww('review.group.principal', { principal, title: principalTitle(principal) });
}

/** What was saved when the assessment was marked complete: its backup file, or why not. */
interface Completed {
  backup: string | null;
}

/**
 * The review: the truth about the assessment, and "mark complete" only when nothing is missing.
 * `pdf` is the PDF record's button (the export feature's), offered once the assessment is complete.
 */
export function ReviewPage({ session, pdf }: { session: AssessmentSession; pdf?: ReactNode }) {
  useDocumentTitle(w('title'));
  const [completed, setCompleted] = useState<Completed | null>(null);
  const { assessment, saq, update } = session;
  const outline = saq;
  const today = localIsoDay(new Date());
  const items = reviewItems(outline, assessment, today);
  const status = assessmentStatus(outline, assessment, today);
  const table = summaryTable(outline, assessment);
  const carried = items.filter((i) => i.code === 'row.confirm-carried').length;
  const followUpList = followUps(outline, assessment);
  const dontKnow = followUpList.length;
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

      {completed || status.state === 'final' ? (
        <CompletedPanel
          assessment={assessment}
          saqName={saq.name}
          backup={completed ? completed.backup : undefined}
          pdf={pdf}
        />
      ) : null}

      <h2>
        {complete
          ? ww('review.none')
          : items.length === 1
            ? ww('review.missing.title.one')
            : ww('review.missing.title', { count: items.length })}
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
          {groupReview(
            items,
            saq.groups.map((g) => g.principal),
          ).map((g) => {
            const title = groupTitle(g);
            const headingId = `review-group-${g.key}`;
            return (
              <section className="review-group" key={g.key} aria-labelledby={headingId}>
                <h3 className="review-group__title" id={headingId}>
                  {title}{' '}
                  <span className="tag review-group__count">
                    {g.items.length === 1
                      ? ww('review.group.count.one')
                      : ww('review.group.count', { count: g.items.length })}
                    <span className="visually-hidden">
                      {ww('review.group.count.hidden', { name: title })}
                    </span>
                  </span>
                </h3>
                <ul className="review-list">
                  {g.items.map((item) => (
                    <li key={`${item.area}-${item.target}-${item.code}`}>
                      <Link to={itemUrl(assessment, item)}>{sayReviewItem(item)}</Link>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      ) : null}

      {followUpList.length > 0 ? (
        <section className="review-follow-ups" aria-labelledby="review-follow-ups-title">
          <h2 id="review-follow-ups-title">
            {ww('review.follow-up.title', { count: followUpList.length })}
          </h2>
          <ul className="review-list">
            {followUpList.map((f) => (
              <li key={f.id}>
                <Link
                  to={`${groupUrl(assessment.id, f.id.split('.')[0] ?? f.id)}#${rowAnchor(f.id)}`}
                >
                  {ww('review.follow-up.link', { id: f.id })}
                </Link>
                <br />
                {f.owner?.trim()
                  ? ww('review.follow-up.who', { owner: f.owner })
                  : ww('review.follow-up.who.missing')}
                <br />
                {f.note?.trim()
                  ? ww('review.follow-up.ask', { note: f.note })
                  : ww('review.follow-up.ask.missing')}
              </li>
            ))}
          </ul>
        </section>
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
            const file = `${fileStem(saq.name, assessment.organisation, localIsoDay(now))}_complete.opensaq.json`;
            try {
              download(
                file,
                serialise(
                  makeFile([done], 'assessment', APP_VERSION, assessment.contentVersion, now),
                ),
              );
              setCompleted({ backup: file });
            } catch {
              setCompleted({ backup: null });
            }
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

/**
 * Once complete: what happened (the backup and where it went) and what to do next, on this screen:
 * the PDF record and the official forms.
 */
function CompletedPanel({
  assessment,
  saqName,
  backup,
  pdf,
}: {
  assessment: AssessmentSession['assessment'];
  saqName: string;
  /** The backup's file name, null when it could not be saved, undefined when not made just now. */
  backup: string | null | undefined;
  pdf?: ReactNode;
}) {
  return (
    <section className="notification notification--success" aria-labelledby="completed-title">
      <h2 id="completed-title" tabIndex={-1}>
        {ww('complete.title', { saq: saqName, organisation: assessment.organisation })}
      </h2>
      {backup === undefined ? null : (
        <p role="status">
          {backup ? ww('complete.backup', { file: backup }) : ww('complete.backup.failed')}
        </p>
      )}
      <h3>{ww('complete.next')}</h3>
      {pdf ? (
        <div className="form-group">
          <p className="hint">{ww('complete.pdf.hint')}</p>
          {pdf}
        </div>
      ) : null}
      <p>
        <Link
          className="button button--secondary"
          to={assessmentPageUrl(assessment.id, 'official-forms')}
        >
          {ww('complete.forms')}
        </Link>
      </p>
      <p className="hint">{ww('complete.forms.hint')}</p>
      <p>
        <Link to={assessmentPageUrl(assessment.id, 'report')}>{ww('complete.report')}</Link>
        {' · '}
        <Link to={filesUrl(assessment.id)}>{ww('complete.files')}</Link>
      </p>
    </section>
  );
}
