import { useState } from 'react';
import { TableScroll } from '@/components/ui/table-scroll';
import { Link } from 'react-router';
import { download } from '@/components/ui/download';
import { RESPONSE_NAMES } from '@/domain/report/names';
import type { ReportModel } from '@/domain/report/report-model';
import { useDocumentTitle } from '@/hooks/use-document-title';
import type { AssessmentSession } from '@/hooks/assessment-session';
import { assessmentUrl } from '@/lib/paths';
import { useReportModel } from './use-report';

/** "Download PDF": loads the PDF module on demand, formats in a worker, saves the file. */
export function PdfButton({ model }: { model: ReportModel }) {
  const [state, setState] = useState<'idle' | 'working' | 'done' | 'failed'>('idle');
  const [error, setError] = useState('');
  return (
    <span className="copy">
      <button
        type="button"
        className="button"
        disabled={state === 'working'}
        onClick={async () => {
          setState('working');
          try {
            const { exportPdf } = await import('@/pdf/export-pdf');
            download(model.fileName, await exportPdf(model));
            setState('done');
          } catch (e) {
            setError(String(e));
            setState('failed');
          }
        }}
      >
        Download the PDF record
      </button>
      <span role="status" className="copy__status">
        {state === 'working'
          ? 'Making the PDF…'
          : state === 'done'
            ? `Saved ${model.fileName}.`
            : ''}
        {state === 'failed'
          ? `The PDF could not be made (${error}). Nothing was lost: try again, or print this page instead.`
          : ''}
      </span>
    </span>
  );
}

function Fields({ fields }: { fields: { label: string; value: string }[] }) {
  if (fields.length === 0) return <p>None given.</p>;
  return (
    <dl className="report-fields">
      {fields.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd>{f.value || '\u00a0'}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The on-screen report: semantic HTML with a print stylesheet ("Print, Save as PDF" gives a tagged PDF). */
export function ReportPage({ session }: { session: AssessmentSession }) {
  const { assessment } = session;
  const m = useReportModel(session);
  useDocumentTitle(`Report: ${m.organisation}`);
  return (
    <article className="report">
      <Link className="back-link no-print" to={assessmentUrl(assessment.id)}>
        Back to the task list
      </Link>
      <header className="report__cover">
        {m.draft ? <p className="report__draft">DRAFT: {m.missing} items still missing</p> : null}
        <h1>PCI DSS self-assessment completion record</h1>
        <p className="lead">
          <strong>{m.organisation}</strong> · {m.saqEdition}
        </p>
        <p>
          Status: <strong>{m.status.label}</strong>
          {m.status.scope
            ? ` (${m.status.scope === 'full' ? 'Full' : 'Partial'} assessment)`
            : ''}{' '}
          · {m.completedAt ? `Completed ${m.completedAt.slice(0, 10)}` : 'Not complete'} · Content
          version {m.contentVersion}
        </p>
        <p>
          This is not the official form: it follows the official SAQ and Attestation of Compliance
          part by part so that you can copy each entry across. Your executive officer signs the
          official AOC, available from the PCI Security Standards Council.
        </p>
        <div className="actions no-print">
          <PdfButton model={m} />
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            Print or save this page as PDF
          </button>
        </div>
      </header>

      <section aria-labelledby="r-why">
        <h2 id="r-why">Why {m.saqName}</h2>
        {m.why.reasons.length ? (
          <ul className="list list--bullet">
            {m.why.reasons.map((r) => (
              <li key={r.text}>
                {r.text} <span className="hint">({r.source})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>This assessment was started without the interview.</p>
        )}
      </section>

      <section aria-labelledby="r-s1">
        <h2 id="r-s1">Section 1: Assessment information</h2>
        {m.section1.map((p) => (
          <section key={p.part} aria-labelledby={`r-part-${p.part}`}>
            <h3 id={`r-part-${p.part}`}>
              {p.part === 'ASV' ? p.title : `Part ${p.part}: ${p.title}`}
            </h3>
            <Fields fields={p.fields} />
          </section>
        ))}
        {m.eligibility.length ? (
          <>
            <h3>Part 2h: Eligibility</h3>
            <ul className="list list--bullet">
              {m.eligibility.map((e) => (
                <li key={e.text}>
                  {e.confirmed ? 'Confirmed: ' : 'Not confirmed: '}
                  {e.text}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="r-2g">
        <h2 id="r-2g">Part 2g: Summary of assessment</h2>
        <TableScroll label="Part 2g summary">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Requirement</th>
                {m.responses.map((r) => (
                  <th scope="col" key={r}>
                    {RESPONSE_NAMES[r]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {m.summary.map((s) => (
                <tr key={s.principal}>
                  <th scope="row">
                    {s.principal}: {s.title}
                  </th>
                  {m.responses.map((r) => (
                    <td key={r}>{s.used[r] ? 'Yes' : ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="r-s2">
        <h2 id="r-s2">Section 2: Questionnaire</h2>
        {m.groups.map((g) => (
          <TableScroll key={g.principal} label={`Requirement ${g.principal} answers`}>
            <table className="table report-rows">
              <caption>
                {g.principal === 'A2' ? 'Appendix A2' : `Requirement ${g.principal}`}: {g.title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">PCI DSS</th>
                  <th scope="col">Requirement</th>
                  <th scope="col">Response</th>
                  <th scope="col">Notes</th>
                </tr>
              </thead>
              <tbody>
                {g.rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.id}</th>
                    <td>{r.title}</td>
                    <td>{r.response}</td>
                    <td>{r.notes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ))}
      </section>

      <section aria-labelledby="r-app">
        <h2 id="r-app">Appendices</h2>
        <h3>Appendix B: Compensating controls worksheets</h3>
        {m.appendixB.length === 0 ? (
          <p>Not used.</p>
        ) : (
          m.appendixB.map((b) => (
            <Fields key={b.id} fields={[{ label: 'Requirement', value: b.id }, ...b.fields]} />
          ))
        )}
        <h3>Appendix C: Not Applicable</h3>
        {m.appendixC.length === 0 ? (
          <p>None.</p>
        ) : (
          <Fields fields={m.appendixC.map((c) => ({ label: c.id, value: c.reason }))} />
        )}
        {m.responses.includes('not-tested') ? (
          <>
            <h3>Appendix D: Not Tested</h3>
            {m.appendixD.length === 0 ? (
              <p>None.</p>
            ) : (
              <Fields
                fields={m.appendixD.map((d) => ({
                  label: d.id,
                  value: `${d.what}. Why: ${d.why}`,
                }))}
              />
            )}
          </>
        ) : null}
      </section>

      <section aria-labelledby="r-s3">
        <h2 id="r-s3">Section 3: Validation and attestation</h2>
        <p>
          <strong>{m.status.label}</strong>
        </p>
        <ul className="list list--bullet">
          {m.status.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        {m.section3.targetDate ? <p>Target date for compliance: {m.section3.targetDate}</p> : null}
        {m.legalExceptions.length ? (
          <Fields
            fields={m.legalExceptions.map((l) => ({
              label: `Legal exception ${l.id}`,
              value: l.explanation,
            }))}
          />
        ) : null}
        <h3>Part 3a: Acknowledgements</h3>
        <ul className="list list--bullet">
          {m.section3.acknowledgements.map((k) => (
            <li key={k.text}>
              {k.confirmed ? 'Confirmed: ' : 'Not confirmed: '}
              {k.text}
            </li>
          ))}
        </ul>
        <h3>Part 3b: Merchant attestation</h3>
        <Fields fields={m.section3.signatory} />
        <h3>Parts 3c and 3d: Assessor involvement</h3>
        <Fields
          fields={[
            { label: 'QSA', value: m.section3.qsaInvolvement },
            { label: 'ISA', value: m.section3.isaInvolvement },
          ]}
        />
      </section>

      <section aria-labelledby="r-p4">
        <h2 id="r-p4">Part 4: Action plan</h2>
        <TableScroll label="Part 4 action plan">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Requirement</th>
                <th scope="col">Compliant</th>
                <th scope="col">Remediation date and actions</th>
              </tr>
            </thead>
            <tbody>
              {m.part4.map((l) => (
                <tr key={l.principal}>
                  <th scope="row">
                    {l.principal}: {l.title}
                  </th>
                  <td>{l.compliant ? 'YES' : 'NO'}</td>
                  <td>{l.compliant ? '' : `${l.date || 'Date to be set'}: ${l.actions}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        {m.followUps.length ? (
          <>
            <h3>Open follow-ups</h3>
            <Fields
              fields={m.followUps.map((f) => ({ label: f.id, value: `${f.owner}: ${f.note}` }))}
            />
          </>
        ) : null}
      </section>
    </article>
  );
}
