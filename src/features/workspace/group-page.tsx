import { Fragment, useCallback, useMemo, useState } from 'react';

import { Link } from 'react-router';
import { ErrorSummary } from '@/components/ui/error-summary';
import { principalTitle } from '@/content/principals';
import type { RowAnswer } from '@/domain/assessment/model';
import { sayReview } from '@/domain/assessment/review-text';
import { confirmRows, groupProblems, rowState, updateRow } from '@/domain/assessment/rules';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { SaveIndicator } from '@/components/ui/save-indicator';
import type { AssessmentSession } from '@/hooks/assessment-session';
import { UI_WORDS, WORKSPACE_WORDS, say } from '@/content/words';
import { assessmentPageUrl, assessmentUrl, groupUrl, rowAnchor } from '@/lib/paths';
import { RequirementRow, ResponseExplanation } from './requirement-row';

const ww = (code: keyof typeof WORKSPACE_WORDS, params?: Record<string, string | number>) =>
  say(WORKSPACE_WORDS, code, params);

/** "Requirement 8: …" or "Appendix A2: …", as the task list names a group. */
const groupName = (principal: string) =>
  `${principal === 'A2' ? ww('group.prefix.a2') : ww('group.prefix.principal', { principal })}: ${principalTitle(principal)}`;

/** One principal requirement's rows. Validation is about completeness and never blocks saving. */
export function GroupPage({
  session,
  principal,
}: {
  session: AssessmentSession;
  /** The group's principal requirement, from the address (e.g. "8" or "A2"). */
  principal: string;
}) {
  const { assessment, saq, entries, update } = session;
  const group = saq.groups.find((g) => g.principal === principal);
  const [checked, setChecked] = useState(false);
  const title = groupName(principal);
  useDocumentTitle(
    checked && groupProblems(saq, assessment, principal).length
      ? say(UI_WORDS, 'error.title-prefix', { title })
      : title,
  );

  const onChange = useCallback(
    (id: string, patch: Partial<RowAnswer>) => {
      update((a) => ({
        ...updateRow(a, id, patch, new Date().toISOString()),
        groupsDone: a.groupsDone,
      }));
    },
    [update],
  );
  const onConfirm = useCallback(
    (id: string) => update((a) => confirmRows(a, [id], new Date().toISOString())),
    [update],
  );

  const problems = useMemo(
    () => (checked ? groupProblems(saq, assessment, principal) : []),
    [checked, saq, assessment, principal],
  );
  const errorsById = useMemo(() => {
    const m = new Map<string, string>();
    for (const p of problems) {
      const message = sayReview(p);
      m.set(p.id, m.has(p.id) ? `${m.get(p.id)}; ${message}` : message);
    }
    return m;
  }, [problems]);

  if (!group) {
    return (
      <div className="narrow">
        <h1>{ww('group.missing.title')}</h1>
        <p>
          {ww('group.missing.body', { saq: saq.name, principal })}{' '}
          <Link to={assessmentUrl(assessment.id)}>{ww('group.back')}</Link>.
        </p>
      </div>
    );
  }
  const proposed = group.rows
    .filter((r) => ['proposed', 'to-confirm'].includes(rowState(assessment.rows[r.id])))
    .map((r) => r.id);
  const index = saq.groups.findIndex((g) => g.principal === principal);
  const next = saq.groups[index + 1];
  const previous = index > 0 ? saq.groups[index - 1] : undefined;
  const done = assessment.groupsDone.includes(principal);

  return (
    <div className="group-page">
      <Link className="back-link" to={assessmentUrl(assessment.id)}>
        {ww('group.back')}
      </Link>
      <ErrorSummary
        errors={[...errorsById].map(([id, message]) => ({
          href: rowAnchor(id),
          message: `${id}: ${message}`,
        }))}
      />
      <p className="caption">
        {assessment.organisation} · {saq.name}
        {assessment.provisional ? ` (${ww('caption.provisional')})` : ''}
      </p>
      <h1>{title}</h1>
      {group.note ? (
        <div className="notification" role="note">
          <p>
            <strong>{ww('group.note.in', { saq: saq.name })}</strong> {group.note}
          </p>
        </div>
      ) : null}
      <SaveIndicator save={session.save} />
      <ResponseExplanation responses={saq.responses} />
      {proposed.length > 0 ? (
        <div className="notification">
          <p>
            {ww(proposed.length === 1 ? 'group.proposed.one' : 'group.proposed', {
              count: proposed.length,
            })}
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => update((a) => confirmRows(a, proposed, new Date().toISOString()))}
          >
            {ww('group.confirm-all', { count: proposed.length })}
          </button>
        </div>
      ) : null}
      {group.rows.map((r) => (
        <Fragment key={r.id}>
          <RequirementRow
            key={r.id}
            id={r.id}
            entry={entries.get(r.id)}
            note={r.note}
            notForMerchants={r.notForMerchants}
            responses={saq.responses}
            row={assessment.rows[r.id]}
            error={errorsById.get(r.id)}
            onChange={onChange}
            onConfirm={onConfirm}
          />
          {(saq.blankRows ?? [])
            .filter((b) => b.after === r.id)
            .map((b) => (
              <section
                className="row row--placeholder"
                key={b.id}
                aria-label={ww('group.blank.name', { id: b.id })}
              >
                <h2 className="row__title">
                  <span className="row__number">{b.id}</span> {ww('group.blank.title')}
                </h2>
                <p>{ww('group.blank.body', { saq: saq.name })}</p>
              </section>
            ))}
        </Fragment>
      ))}
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            setChecked(true);
            update((a) => ({ ...a, groupsDone: [...new Set([...a.groupsDone, principal])] }));
          }}
        >
          {done ? ww('group.check-again') : ww('group.mark-done')}
        </button>
        {checked && problems.length === 0 ? (
          <p className="success" role="status">
            {ww('group.done')}
          </p>
        ) : null}
      </div>
      <nav className="group-nav" aria-label={ww('group.nav')}>
        {previous ? (
          <Link className="group-nav__previous" to={groupUrl(assessment.id, previous.principal)}>
            {ww('group.previous', { name: groupName(previous.principal) })}
          </Link>
        ) : null}
        {next ? (
          <Link className="button group-nav__next" to={groupUrl(assessment.id, next.principal)}>
            {ww('group.next', { name: groupName(next.principal) })}
          </Link>
        ) : (
          <Link className="button group-nav__next" to={assessmentPageUrl(assessment.id, 'review')}>
            {ww('group.review')}
          </Link>
        )}
      </nav>
    </div>
  );
}
