import { Link } from 'react-router';
import { download } from '@/components/ui/download';
import { Checkbox, TextArea, TextField } from '@/components/ui/fields';
import { principalTitle } from '@/content/principals';
import {
  ACKNOWLEDGEMENTS,
  complianceStatus,
  nextAssessmentReminder,
  part4Lines,
} from '@/domain/assessment/attestation';
import { localIsoDay } from '@/domain/assessment/dates';
import { msg } from '@/domain/assessment/messages';
import type { SaqOutline } from '@/domain/assessment/model';
import { needsQuarterlyScans } from '@/domain/assessment/scans';
import { assessmentStatus } from '@/domain/assessment/status';
import { sayReview } from '@/domain/assessment/review-text';
import { STATUS_NAMES } from '@/domain/report/names';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { SaveIndicator } from '@/components/ui/save-indicator';
import { sectionEditor, type AssessmentSession } from '@/hooks/assessment-session';
import { assessmentUrl, groupUrl, rowAnchor } from '@/lib/paths';

/** Section 3: the status the answers give, the acknowledgements, the signatory, and Part 4. */
export function Section3Page({ session }: { session: AssessmentSession }) {
  useDocumentTitle('Section 3: Validation and attestation');
  const { assessment, saq, update } = session;
  const outline = saq as SaqOutline;
  const [s3, set] = sectionEditor(session, 'section3');
  const official = complianceStatus(outline, assessment);
  const status = assessmentStatus(outline, assessment, localIsoDay(new Date()));
  const shown = status.state === 'final' ? status.status : status.wouldBe;
  const hasScans = needsQuarterlyScans(outline, assessment);
  const acks = new Set(s3.acknowledgements ?? []);
  const lines = part4Lines(outline, assessment);
  const open = lines.filter((l) => l.rows.length > 0);

  return (
    <div className="narrow">
      <Link className="back-link" to={assessmentUrl(assessment.id)}>
        Back to the task list
      </Link>
      <p className="caption">
        {assessment.organisation} · {saq.name}
      </p>
      <h1>Section 3: Validation and attestation</h1>
      <SaveIndicator save={session.save} />

      <h2>Part 3: Your status</h2>
      <div
        className={`status status--${status.state === 'final' ? status.status : 'not-finished'}`}
      >
        <p className="status__value">
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
        {status.state !== 'final' ? (
          <p>The status is worked out from your answers and updates as you go.</p>
        ) : null}
      </div>
      {shown === 'non-compliant' ? (
        <TextField
          id="targetDate"
          type="date"
          label="Target date for compliance"
          hint={
            official.latestRemediationDate
              ? `Your latest planned fix is due on ${official.latestRemediationDate}.`
              : 'The date by which every requirement will be in place.'
          }
          value={s3.targetDate}
          onChange={(v) => set({ targetDate: v })}
        />
      ) : null}
      {shown === 'compliant-legal-exception' ? (
        <p>
          Your acquirer must review a legal exception. The requirements and their explanations
          appear in your report&apos;s legal-exception table.
        </p>
      ) : null}

      <h2 id="acknowledgements" tabIndex={-1}>
        Part 3a: Acknowledgements
      </h2>
      {ACKNOWLEDGEMENTS.map((k) => (
        <Checkbox
          key={k.id}
          id={`ack-${k.id}`}
          label={k.text}
          checked={acks.has(k.id)}
          onChange={(v) =>
            set((cur) => {
              const now = new Set(cur.acknowledgements ?? []);
              if (v) now.add(k.id);
              else now.delete(k.id);
              return { acknowledgements: [...now] };
            })
          }
        />
      ))}

      <h2>Part 3b: Who signs</h2>
      <p>
        An executive officer of your organisation (for example the chief executive, chair or
        treasurer) signs the official attestation. Enter who that will be.
      </p>
      <TextField
        id="signatoryName"
        label="Name"
        value={s3.signatoryName}
        onChange={(v) => set({ signatoryName: v })}
      />
      <TextField
        id="signatoryTitle"
        label="Job title"
        value={s3.signatoryTitle}
        onChange={(v) => set({ signatoryTitle: v })}
      />
      <TextField
        id="signatoryDate"
        type="date"
        label="Date of signing, if known"
        value={s3.signatoryDate}
        onChange={(v) => set({ signatoryDate: v })}
      />

      <h2>Parts 3c and 3d: Assessor involvement</h2>
      <TextArea
        id="qsaInvolvement"
        label="If a QSA was involved: what did they do?"
        hint="Leave empty if no QSA was involved."
        value={s3.qsaInvolvement}
        onChange={(v) => set({ qsaInvolvement: v })}
        rows={2}
      />
      <TextArea
        id="isaInvolvement"
        label="If an ISA was involved: what did they do?"
        hint="Leave empty if no ISA was involved."
        value={s3.isaInvolvement}
        onChange={(v) => set({ isaInvolvement: v })}
        rows={2}
      />

      <h2>Part 4: Action plan</h2>
      <p>
        Fill this in only if your acquirer asks for it, for a Non-Compliant status. It is generated
        from your Not in Place answers; you can reword each line.
      </p>
      {open.length === 0 ? <p>Nothing to plan: no requirement is Not in Place.</p> : null}
      {open.map((l) => (
        <fieldset className="fieldset repeat" key={l.principal}>
          <legend className="fieldset__legend fieldset__legend--small">
            Requirement {l.principal}: {principalTitle(l.principal)} (compliant: NO)
          </legend>
          <p className="hint">
            From your answers:{' '}
            {l.rows.map((r, i) => (
              <span key={r.id}>
                {i > 0 ? '; ' : ''}
                <Link to={`${groupUrl(assessment.id, l.principal)}#${rowAnchor(r.id)}`}>
                  {r.id}
                </Link>
                {r.action ? `: ${r.action}` : ''}
                {r.owner ? ` (${r.owner}${r.date ? `, by ${r.date}` : ''})` : ''}
              </span>
            ))}
          </p>
          <TextArea
            id={`part4-${l.principal}-actions`}
            label="Remediation actions"
            value={l.actions}
            onChange={(v) =>
              update((a) => ({
                ...a,
                part4: { ...a.part4, [l.principal]: { ...a.part4?.[l.principal], actions: v } },
              }))
            }
            rows={2}
          />
          <TextField
            id={`part4-${l.principal}-date`}
            type="date"
            label="Remediation date"
            value={l.date}
            onChange={(v) =>
              update((a) => ({
                ...a,
                part4: { ...a.part4, [l.principal]: { ...a.part4?.[l.principal], date: v } },
              }))
            }
          />
        </fieldset>
      ))}

      <h2>What happens next</h2>
      <ol className="list list--number">
        <li>
          Download the official SAQ and Attestation of Compliance (AOC) for {saq.name} from the PCI
          Security Standards Council&apos;s document library.
        </li>
        <li>
          Copy your answers across. OpenSAQ&apos;s report shows what goes where, part by part.
        </li>
        <li>Your executive officer signs the official AOC.</li>
        <li>
          Send it to whoever asked for it: usually your acquirer or payment provider, often through
          their online portal. Include anything else they ask for, such as your quarterly scan
          reports.
        </li>
        <li>Do it again every 12 months, and whenever the way you take payments changes.</li>
      </ol>
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          download(
            `PCI-SAQ-reminder-${assessment.organisation.replace(/[^\w-]+/g, '-')}.ics`,
            nextAssessmentReminder(assessment.organisation, saq.name, new Date(), assessment.id, {
              quarterlyScans: hasScans,
            }),
            'text/calendar',
          )
        }
      >
        {hasScans
          ? 'Download reminders for next year and the quarterly scans (.ics)'
          : 'Download a reminder for next year (.ics)'}
      </button>
    </div>
  );
}
