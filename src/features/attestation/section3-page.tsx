import { Link } from 'react-router';
import { download } from '@/components/ui/download';
import { Checkbox, TextArea, TextField } from '@/components/ui/fields';
import { SaveIndicator } from '@/components/ui/save-indicator';
import { principalTitle } from '@/content/principals';
import { SECTION3_WORDS, say } from '@/content/words';
import {
  ACKNOWLEDGEMENTS,
  complianceStatus,
  nextAssessmentReminder,
  part4Lines,
} from '@/domain/assessment/attestation';
import { localIsoDay } from '@/domain/assessment/dates';
import { msg } from '@/domain/assessment/messages';
import { sayReview } from '@/domain/assessment/review-text';
import { needsQuarterlyScans } from '@/domain/assessment/scans';
import { assessmentStatus } from '@/domain/assessment/status';
import { STATUS_NAMES } from '@/domain/report/names';
import { fileStem } from '@/domain/report/report-model';
import { sectionEditor, type AssessmentSession } from '@/hooks/assessment-session';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { assessmentUrl, groupUrl, rowAnchor } from '@/lib/paths';
import { withMember } from '@/lib/lists';

const w = (code: keyof typeof SECTION3_WORDS, params?: Record<string, string | number>) =>
  say(SECTION3_WORDS, code, params);

/** Section 3: the status the answers give, the acknowledgements, the signatory, and Part 4. */
export function Section3Page({ session }: { session: AssessmentSession }) {
  useDocumentTitle(w('title'));
  const { assessment, saq, update } = session;
  const [s3, set] = sectionEditor(session, 'section3');
  const today = localIsoDay(new Date());
  const official = complianceStatus(saq, assessment);
  const status = assessmentStatus(saq, assessment, today);
  const shown = status.state === 'final' ? status.status : status.wouldBe;
  const hasScans = needsQuarterlyScans(saq, assessment);
  const acks = new Set(s3.acknowledgements ?? []);
  const open = part4Lines(saq, assessment).filter((l) => l.rows.length > 0);
  const setPart4 = (principal: string, patch: { actions?: string; date?: string }) =>
    update((a) => ({
      ...a,
      part4: { ...a.part4, [principal]: { ...a.part4?.[principal], ...patch } },
    }));

  return (
    <div className="narrow">
      <Link className="back-link" to={assessmentUrl(assessment.id)}>
        {w('back')}
      </Link>
      <p className="caption">
        {assessment.organisation} · {saq.name}
      </p>
      <h1>{w('title')}</h1>
      <SaveIndicator save={session.save} />

      <section aria-labelledby="part-3">
        <h2 id="part-3">{w('part.3')}</h2>
        <div
          className={`status status--${status.state === 'final' ? status.status : 'not-finished'}`}
        >
          <p className="status__value">
            {status.state === 'final'
              ? STATUS_NAMES[status.status]
              : sayReview(msg('status.not-finished'))}
            {status.scope
              ? ` · ${status.scope === 'full' ? w('status.full') : w('status.partial')}`
              : ''}
          </p>
          <ul className="list list--bullet">
            {status.why.map((m) => (
              <li key={m.code}>{sayReview(m)}</li>
            ))}
          </ul>
          {status.state !== 'final' ? <p>{w('status.updates')}</p> : null}
        </div>
        {shown === 'non-compliant' ? (
          <TextField
            id="targetDate"
            type="date"
            label={w('targetDate.label')}
            hint={
              official.latestRemediationDate
                ? w('targetDate.hint.latest', { date: official.latestRemediationDate })
                : w('targetDate.hint')
            }
            value={s3.targetDate}
            onChange={(v) => set({ targetDate: v })}
          />
        ) : null}
        {shown === 'compliant-legal-exception' ? <p>{w('legal.note')}</p> : null}
      </section>

      <section aria-labelledby="acknowledgements">
        <h2 id="acknowledgements" tabIndex={-1}>
          {w('part.3a')}
        </h2>
        {ACKNOWLEDGEMENTS.map((k) => (
          <Checkbox
            key={k.id}
            id={`ack-${k.id}`}
            label={k.text}
            checked={acks.has(k.id)}
            onChange={(v) =>
              set((cur) => ({ acknowledgements: withMember(cur.acknowledgements, k.id, v) }))
            }
          />
        ))}
      </section>

      <section aria-labelledby="part-3b">
        <h2 id="part-3b">{w('part.3b')}</h2>
        <p>{w('3b.intro')}</p>
        <TextField
          id="signatoryName"
          label={w('signatoryName.label')}
          value={s3.signatoryName}
          onChange={(v) => set({ signatoryName: v })}
        />
        <TextField
          id="signatoryTitle"
          label={w('signatoryTitle.label')}
          value={s3.signatoryTitle}
          onChange={(v) => set({ signatoryTitle: v })}
        />
        <TextField
          id="signatoryDate"
          type="date"
          label={w('signatoryDate.label')}
          value={s3.signatoryDate}
          onChange={(v) => set({ signatoryDate: v })}
        />
      </section>

      <section aria-labelledby="part-3cd">
        <h2 id="part-3cd">{w('part.3cd')}</h2>
        <TextArea
          id="qsaInvolvement"
          label={w('qsaInvolvement.label')}
          hint={w('qsaInvolvement.hint')}
          value={s3.qsaInvolvement}
          onChange={(v) => set({ qsaInvolvement: v })}
          rows={2}
        />
        <TextArea
          id="isaInvolvement"
          label={w('isaInvolvement.label')}
          hint={w('isaInvolvement.hint')}
          value={s3.isaInvolvement}
          onChange={(v) => set({ isaInvolvement: v })}
          rows={2}
        />
      </section>

      <section aria-labelledby="part-4">
        <h2 id="part-4">{w('part.4')}</h2>
        <p>{w('4.intro')}</p>
        {open.length === 0 ? <p>{w('4.nothing')}</p> : null}
        {open.map((l) => (
          <fieldset className="fieldset repeat" key={l.principal}>
            <legend className="fieldset__legend fieldset__legend--small">
              {w('4.legend', { principal: l.principal, title: principalTitle(l.principal) })}
            </legend>
            <p className="hint">
              {w('4.from')}{' '}
              {l.rows.map((r, i) => (
                <span key={r.id}>
                  {i > 0 ? '; ' : ''}
                  <Link to={`${groupUrl(assessment.id, l.principal)}#${rowAnchor(r.id)}`}>
                    {r.id}
                  </Link>
                  {r.action ? `: ${r.action}` : ''}
                  {r.owner
                    ? ` (${r.date ? w('4.row.by', { owner: r.owner, date: r.date }) : r.owner})`
                    : ''}
                </span>
              ))}
            </p>
            <TextArea
              id={`part4-${l.principal}-actions`}
              label={w('4.actions.label')}
              value={l.actions}
              onChange={(v) => setPart4(l.principal, { actions: v })}
              rows={2}
            />
            <TextField
              id={`part4-${l.principal}-date`}
              type="date"
              label={w('4.date.label')}
              value={l.date}
              onChange={(v) => setPart4(l.principal, { date: v })}
            />
          </fieldset>
        ))}
      </section>

      <section aria-labelledby="next">
        <h2 id="next">{w('next.title')}</h2>
        <ol className="list list--number">
          <li>{w('next.1', { saq: saq.name })}</li>
          <li>{w('next.2')}</li>
          <li>{w('next.3')}</li>
          <li>{w('next.4')}</li>
          <li>{w('next.5')}</li>
        </ol>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            download(
              `${fileStem(saq.name, assessment.organisation, today)}_reminders.ics`,
              nextAssessmentReminder(assessment.organisation, saq.name, new Date(), assessment.id, {
                quarterlyScans: hasScans,
                today,
              }),
              'text/calendar',
            )
          }
        >
          {hasScans ? w('reminder.scans') : w('reminder')}
        </button>
      </section>
    </div>
  );
}
