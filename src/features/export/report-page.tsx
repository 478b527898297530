import { useState } from 'react';
import { TableScroll } from '@/components/ui/table-scroll';
import { Link } from 'react-router';
import { download } from '@/components/ui/download';
import type {
  ReportBlock,
  ReportField,
  ReportModel,
  ReportSection,
} from '@/domain/report/report-model';
import { t } from '@/domain/report/report-text';
import { usePrintPage } from '@/hooks/use-print-page';
import { shorten } from '@/lib/print-page';
import { useDocumentTitle } from '@/hooks/use-document-title';
import type { AssessmentSession } from '@/hooks/assessment-session';
import { OFFICIAL_FORMS_WORDS, SAVING_WORDS, say } from '@/content/words';
import { assessmentPageUrl, assessmentUrl } from '@/lib/paths';
import { getWorkshopOrganisation } from '@/storage/workshop';
import { CsvExport } from './csv-export';
import { useReportModel } from './use-report';

type PdfState =
  | { kind: 'idle' | 'working' }
  | { kind: 'done'; name: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'undrawable'; characters: readonly string[] };

/**
 * "Download PDF": loads the PDF module on demand, formats in a worker, saves the file. When the
 * record holds characters the PDF's fonts cannot draw, it stops first, names them and offers the
 * choices (change them, print the page, or make the PDF with � in their place): never a silent drop.
 */
export function PdfButton({ model }: { model: ReportModel }) {
  const [state, setState] = useState<PdfState>({ kind: 'idle' });
  const make = async (acceptUndrawable: boolean) => {
    setState({ kind: 'working' });
    try {
      const { exportPdf, UndrawableTextError } = await import('@/pdf/export-pdf');
      try {
        download(model.fileName, await exportPdf(model, { acceptUndrawable }));
        setState({ kind: 'done', name: model.fileName });
      } catch (e) {
        if (e instanceof UndrawableTextError)
          setState({ kind: 'undrawable', characters: e.characters });
        else throw e;
      }
    } catch (e) {
      setState({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <span className="copy">
      <button
        type="button"
        className="button"
        disabled={state.kind === 'working'}
        onClick={() => make(false)}
      >
        {t('export.pdf.button')}
      </button>
      <span role="status" className="copy__status">
        {state.kind === 'working' ? t('export.pdf.working') : ''}
        {state.kind === 'done' ? t('export.pdf.saved', { name: state.name }) : ''}
        {state.kind === 'failed' ? t('export.pdf.failed', { reason: state.reason }) : ''}
      </span>
      {state.kind === 'undrawable' ? (
        <span className="notification notification--warning" role="alert">
          <span className="notification__text">
            {t('export.undrawable', { characters: state.characters.join(' ') })}{' '}
            {t('export.undrawable.choices')}
          </span>
          <button type="button" className="button button--secondary" onClick={() => make(true)}>
            {t('export.pdf.anyway')}
          </button>
        </span>
      ) : null}
    </span>
  );
}

function Fields({ fields }: { fields: ReportField[] }) {
  return (
    <dl className="report-fields">
      {fields.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd className={f.empty ? 'report__empty' : undefined}>{f.value || '\u00a0'}</dd>
        </div>
      ))}
    </dl>
  );
}

function Block({ block }: { block: ReportBlock }) {
  if (block.kind === 'text')
    return block.tone === 'strong' ? (
      <p>
        <strong>{block.text}</strong>
      </p>
    ) : (
      <p className={block.tone === 'note' ? 'hint' : undefined}>{block.text}</p>
    );
  if (block.kind === 'fields')
    return (
      <div className="report__block">
        {block.title ? <p className="report__block-title">{block.title}</p> : null}
        <Fields fields={block.fields} />
      </div>
    );
  return (
    <TableScroll label={block.label}>
      <table className="table report-table">
        <thead>
          <tr>
            {block.head.map((h, i) => (
              <th scope="col" key={i}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.map((c, i) =>
                i === 0 ? (
                  <th scope="row" key={i} className={c.empty ? 'report__empty' : undefined}>
                    {c.text}
                  </th>
                ) : (
                  <td key={i} className={c.empty ? 'report__empty' : undefined}>
                    {c.text}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** A Section (h2), Part (h3) or sub-part (h4), in the model's official order. */
function Part({ part, level }: { part: ReportSection; level: 2 | 3 | 4 }) {
  const Heading = `h${level}` as const;
  const id = `r-${part.id}`;
  return (
    // Only the Sections are landmarks: a region per Part would bury them.
    <section
      aria-labelledby={level === 2 ? id : undefined}
      className={
        level === 2 ? `report__section${part.supplement ? ' report__supplement' : ''}` : undefined
      }
    >
      <Heading id={id}>{part.heading}</Heading>
      {part.blocks.map((b, i) => (
        <Block key={i} block={b} />
      ))}
      {part.parts.map((p) => (
        <Part key={p.id} part={p} level={level === 2 ? 3 : 4} />
      ))}
    </section>
  );
}

/** The on-screen report: semantic HTML with a print stylesheet ("Print, Save as PDF" gives a tagged PDF). */
export function ReportPage({ session }: { session: AssessmentSession }) {
  const { assessment } = session;
  const m = useReportModel(session);
  // While the workshop view is on, the client's name stays out of the title.
  const [workshop] = useState(() => getWorkshopOrganisation() !== null);
  useDocumentTitle(
    t('export.document-title', {
      name: workshop ? say(SAVING_WORDS, 'workshop.title') : m.organisation,
    }),
  );
  // Every printed page names the organisation, says it is not the official form, and DRAFT.
  usePrintPage({
    left: m.page.running.replace(m.organisation, shorten(m.organisation, 60)),
    right: m.draft ? m.page.draft : '',
    footer: m.page.notOfficial,
    pageOf: m.page.pageOf,
  });
  return (
    <article className="report">
      <Link className="back-link no-print" to={assessmentUrl(assessment.id)}>
        {t('export.back')}
      </Link>
      <header className="report__cover">
        {m.draft ? <p className="report__draft">{m.cover.draftNote}</p> : null}
        <h1>{m.cover.title}</h1>
        <p className="lead">
          <strong>{m.organisation}</strong> · {m.saqEdition}
        </p>
        <Fields fields={m.cover.fields} />
        {m.cover.notes.map((n) => (
          <p key={n}>{n}</p>
        ))}
        <div className="actions no-print">
          <PdfButton model={m} />
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('export.print')}
          </button>
        </div>
        <p className="no-print">
          <Link to={assessmentPageUrl(assessment.id, 'official-forms')}>
            {say(OFFICIAL_FORMS_WORDS, 'link.report')}
          </Link>
        </p>
      </header>
      {m.sections.map((s) => (
        <Part key={s.id} part={s} level={2} />
      ))}
      <CsvExport session={session} />
    </article>
  );
}
