import { Fragment, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { isPlaceholder } from '@/content/schema';
import { reviewItems } from '@/domain/assessment/attestation';
import { localIsoDay } from '@/domain/assessment/dates';
import { assessmentStatus } from '@/domain/assessment/status';
import { goalOf, principalTitle } from '@/content/principals';
import {
  answerableRows,
  confirmRows,
  followUps,
  groupStatus,
  progress,
  rowState,
} from '@/domain/assessment/rules';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { SaveIndicator } from '@/components/ui/save-indicator';
import type { AssessmentSession } from '@/hooks/assessment-session';
import {
  ASSESSMENT_WORDS,
  OFFICIAL_FORMS_WORDS,
  SAVING_WORDS,
  WORKSPACE_WORDS,
  say,
} from '@/content/words';
import {
  CHANNEL_NAMES,
  SAQ_FACTS,
  type ChannelKind,
  type SaqId,
} from '@/domain/eligibility/saq-catalog';
import {
  assessmentPageUrl,
  assessmentUrl,
  filesUrl,
  groupUrl,
  openInterviewUrl,
  RESULT_URL,
  rowAnchor,
} from '@/lib/paths';
import { getWorkshopOrganisation, setWorkshopOrganisation } from '@/storage/workshop';

const ww = (code: keyof typeof WORKSPACE_WORDS, params?: Record<string, string | number>) =>
  say(WORKSPACE_WORDS, code, params);

/** Another current assessment of the same organisation (one SAQ per channel). */
export interface SiblingAssessment {
  id: string;
  saq: SaqId;
  channels: ChannelKind[];
}

/** The SAQ's principal requirements with their status, overall progress, search and follow-ups. */
export function TaskListPage({
  session,
  siblings = [],
}: {
  session: AssessmentSession;
  /** The organisation's other current assessments, for its other channels. */
  siblings?: readonly SiblingAssessment[];
}) {
  const { assessment, saq, entries, update } = session;
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [workshop, setWorkshop] = useState(getWorkshopOrganisation() === assessment.organisation);
  const [otherInUse] = useState(
    () => ![null, assessment.organisation].includes(getWorkshopOrganisation()),
  );
  // While the workshop view is on, the client's name stays out of the title (tabs, history, the
  // projected window's title bar).
  useDocumentTitle(
    `${workshop || otherInUse ? say(SAVING_WORDS, 'workshop.title') : assessment.organisation}: ${saq.name}`,
  );
  const p = progress(saq, assessment);
  const ids = answerableRows(saq);
  const proposed = ids.filter((id) => rowState(assessment.rows[id]) === 'proposed');
  const toConfirm = ids.filter((id) => rowState(assessment.rows[id]) === 'to-confirm');
  const open = followUps(saq, assessment);
  const outline = saq;
  const today = localIsoDay(new Date());
  const review = reviewItems(outline, assessment, today);
  const completed = assessmentStatus(outline, assessment, today).state === 'final';

  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    return saq.groups
      .flatMap((g) => g.rows.map((r) => ({ id: r.id, principal: g.principal })))
      .filter(({ id }) => {
        const e = entries.get(id);
        const text = e
          ? `${e.title} ${e.asks} ${isPlaceholder(e) ? '' : e.howToCheck.join(' ')}`
          : '';
        return id.startsWith(q) || text.toLowerCase().includes(q);
      })
      .slice(0, 20);
  }, [query, saq, entries]);

  return (
    <div>
      <p className="caption">
        {saq.name}
        {assessment.provisional ? ` (${ww('caption.provisional')})` : ''} · {saq.edition} ·{' '}
        {assessment.channels.map((c) => CHANNEL_NAMES[c]).join(', ')}
      </p>
      <h1>{assessment.organisation}</h1>
      <SaveIndicator save={session.save} />
      {assessment.provisional ? (
        <div className="notification notification--provisional" role="note">
          <h2 className="notification__title">
            {ww('tasks.provisional.title', { saq: saq.name })}
          </h2>
          <p>
            {ww('tasks.provisional.body', {
              saq: saq.name,
              others: assessment.provisional.candidates
                .filter((c) => c !== assessment.saq)
                .map((c) => SAQ_FACTS[c].name)
                .join(', '),
            })}{' '}
            <Link
              to={assessment.interviewId ? openInterviewUrl(assessment.interviewId) : RESULT_URL}
            >
              {ww('tasks.provisional.link')}
            </Link>
          </p>
          {assessment.provisional.outcome?.kind === 'changed' ? (
            <p>
              {ww('tasks.provisional.changed', {
                saq: SAQ_FACTS[assessment.provisional.outcome.to].name,
                current: saq.name,
              })}{' '}
              <Link to={assessmentPageUrl(assessment.id, 'change-saq')}>
                {ww('tasks.provisional.changed.link', {
                  saq: SAQ_FACTS[assessment.provisional.outcome.to].name,
                })}
              </Link>
            </p>
          ) : assessment.provisional.outcome?.kind === 'no-saq' ? (
            <p>{ww('tasks.provisional.no-saq')}</p>
          ) : null}
        </div>
      ) : null}
      {siblings.length > 0 ? (
        <p>
          {ww('tasks.other-channels', { organisation: assessment.organisation })}{' '}
          {siblings.map((s, i) => (
            <Fragment key={s.id}>
              {i > 0 ? ', ' : ''}
              <Link to={assessmentUrl(s.id)}>
                {ww('tasks.other-channel', {
                  saq: SAQ_FACTS[s.saq].name,
                  channels: s.channels.map((c) => CHANNEL_NAMES[c].toLowerCase()).join(', '),
                })}
              </Link>
            </Fragment>
          ))}
          .
        </p>
      ) : null}
      <p className="lead">{ww('tasks.progress', { answered: p.answered, total: p.total })}</p>
      <progress
        className="progress-bar"
        max={p.total}
        value={p.answered}
        aria-label={ww('tasks.progress.name')}
      >
        {ww('tasks.progress.value', { answered: p.answered, total: p.total })}
      </progress>

      {proposed.length > 0 ? (
        <div className="notification">
          <p>
            <strong>
              {ww('tasks.proposed.count', {
                proposed: proposed.length,
                total: p.total,
                rest: p.total - proposed.length,
              })}
            </strong>{' '}
            {ww('tasks.proposed.body')}
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => update((a) => confirmRows(a, proposed, new Date().toISOString()))}
          >
            {ww('tasks.confirm-all', { count: proposed.length })}
          </button>
        </div>
      ) : null}
      {toConfirm.length > 0 ? (
        <div className="notification">
          <p>
            <strong>{ww('tasks.carried.count', { count: toConfirm.length })}</strong>{' '}
            {ww('tasks.carried.body')}
          </p>
        </div>
      ) : null}

      <div className="form-group search">
        <label className="label" htmlFor="search">
          {ww('tasks.search')}
        </label>
        <input
          className="input"
          id="search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            const first = matches[0];
            if (e.key === 'Enter' && first)
              void navigate(`${groupUrl(assessment.id, first.principal)}#${rowAnchor(first.id)}`);
          }}
        />
        {query.trim() ? (
          <ul className="search__results" aria-live="polite">
            {matches.length === 0 ? <li>{ww('tasks.search.none', { query })}</li> : null}
            {matches.map((m) => (
              <li key={m.id}>
                <Link to={`${groupUrl(assessment.id, m.principal)}#${rowAnchor(m.id)}`}>
                  {m.id} {entries.get(m.id)?.title}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>

      <h2>{ww('tasks.groups')}</h2>
      <ul className="task-list">
        {saq.groups.map((g) => {
          const status = groupStatus(saq, assessment, g.principal);
          const groupIds = answerableRows(saq, g.principal);
          const answered = groupIds.filter(
            (id) => rowState(assessment.rows[id]) === 'answered',
          ).length;
          return (
            <li className="task-list__item" key={g.principal}>
              <span className="task-list__name">
                <Link
                  to={groupUrl(assessment.id, g.principal)}
                  aria-describedby={`status-${g.principal}`}
                >
                  {g.principal === 'A2'
                    ? ww('group.prefix.a2')
                    : ww('group.prefix.principal', { principal: g.principal })}
                  : {principalTitle(g.principal)}
                </Link>
                <span className="hint task-list__hint">
                  {ww('tasks.group.hint', {
                    goal: goalOf(g.principal),
                    answered,
                    total: groupIds.length,
                  })}
                </span>
              </span>
              <strong className={`tag tag--${status}`} id={`status-${g.principal}`}>
                {say(ASSESSMENT_WORDS, `group.${status}`)}
              </strong>
            </li>
          );
        })}
      </ul>

      <h2>{ww('tasks.before')}</h2>
      <ul className="task-list">
        {[
          {
            to: 'section-1' as const,
            name: ww('review.section1'),
            area: 'section1' as const,
          },
          {
            to: 'section-3' as const,
            name: ww('review.section3'),
            area: 'section3' as const,
          },
        ].map((t) => {
          const missing = review.filter((i) => i.area === t.area).length;
          const touched = t.area === 'section1' ? !!assessment.section1 : !!assessment.section3;
          const status = missing === 0 ? 'completed' : touched ? 'in-progress' : 'not-started';
          return (
            <li className="task-list__item" key={t.to}>
              <span className="task-list__name">
                <Link
                  to={assessmentPageUrl(assessment.id, t.to)}
                  aria-describedby={`status-${t.to}`}
                >
                  {t.name}
                </Link>
              </span>
              <strong className={`tag tag--${status}`} id={`status-${t.to}`}>
                {say(ASSESSMENT_WORDS, `group.${status}`)}
              </strong>
            </li>
          );
        })}
        <li className="task-list__item">
          <span className="task-list__name">
            <Link to={assessmentPageUrl(assessment.id, 'review')} aria-describedby="status-review">
              {ww('tasks.review')}
            </Link>
          </span>
          <strong
            className={`tag tag--${completed ? 'completed' : 'not-started'}`}
            id="status-review"
          >
            {completed
              ? ww('tasks.review.completed')
              : review.length === 0
                ? ww('tasks.review.ready')
                : ww('tasks.review.missing', { count: review.length })}
          </strong>
        </li>
      </ul>

      {open.length > 0 ? (
        <section aria-labelledby="follow-ups">
          <h2 id="follow-ups">{ww('tasks.follow-ups', { count: open.length })}</h2>
          <ul className="list list--bullet">
            {open.map((f) => (
              <li key={f.id}>
                <Link
                  to={`${groupUrl(assessment.id, f.id.split('.')[0] ?? '')}#${rowAnchor(f.id)}`}
                >
                  {f.id}
                </Link>
                {f.owner ? ` · ${f.owner}` : ''}
                {f.note ? `: ${f.note}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2>{ww('tasks.export')}</h2>
      <p>
        <Link to={assessmentPageUrl(assessment.id, 'report')}>{ww('tasks.report')}</Link>
        {review.length > 0 ? ww('tasks.report.draft') : ''}
      </p>
      <p>
        <Link to={assessmentPageUrl(assessment.id, 'official-forms')}>
          {say(OFFICIAL_FORMS_WORDS, 'link.task-list')}
        </Link>
      </p>
      <p>
        <Link to={assessmentPageUrl(assessment.id, 'worksheets')}>{ww('tasks.worksheets')}</Link>
      </p>
      <p>
        <Link to={filesUrl(assessment.id)}>{ww('tasks.files')}</Link> {ww('tasks.files.why')}
      </p>

      <h2>{ww('tasks.workshop.title')}</h2>

      <div className="choice choice--checkbox">
        <input
          className="choice__input"
          type="checkbox"
          id="workshop"
          checked={workshop}
          aria-describedby="workshop-hint"
          onChange={(e) => {
            setWorkshopOrganisation(e.target.checked ? assessment.organisation : null);
            setWorkshop(e.target.checked);
          }}
        />
        <label className="choice__label" htmlFor="workshop">
          {ww('tasks.workshop.label', { organisation: assessment.organisation })}
        </label>
        <div className="hint choice__hint" id="workshop-hint">
          {ww('tasks.workshop.hint')}
        </div>
      </div>
      <p>
        <Link to={assessmentPageUrl(assessment.id, 'change-saq')}>{ww('tasks.change-saq')}</Link> ·{' '}
        <Link to={assessmentPageUrl(assessment.id, 'next-year')}>{ww('tasks.next-year')}</Link>
      </p>
    </div>
  );
}
