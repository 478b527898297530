import { useState } from 'react';
import { download } from '@/components/ui/download';
import { CSV_EXPORT_WORDS, EXCHANGE_WORDS, say } from '@/content/words';
import { localIsoDay } from '@/domain/assessment/dates';
import {
  exchangeFileName,
  toCisoAuditCsv,
  toSpreadsheetCsv,
  type RequirementTexts,
} from '@/domain/exchange/export-csv';
import type { AssessmentSession } from '@/hooks/assessment-session';

type Kind = 'ciso' | 'spreadsheet';

/**
 * "For spreadsheets and GRC tools": the assessment as a CISO Assistant audit CSV or as a plain
 * spreadsheet CSV. Each row carries our own title and plain words, never the Council's text.
 */
export function CsvExportSection({ session }: { session: AssessmentSession }) {
  const { assessment, saq, entries } = session;
  const [status, setStatus] = useState('');

  const save = (kind: Kind) => {
    try {
      const texts: RequirementTexts = new Map(
        [...entries].map(([id, e]) => [id, { title: e.title, asks: e.asks }]),
      );
      const make = kind === 'ciso' ? toCisoAuditCsv : toSpreadsheetCsv;
      const text = make(assessment, saq, texts, EXCHANGE_WORDS);
      const date = localIsoDay(new Date());
      const name = exchangeFileName(kind, saq.id, assessment.organisation, date);
      download(name, text, 'text/csv;charset=utf-8');
      setStatus(say(CSV_EXPORT_WORDS, 'export.saved', { name }));
    } catch (e) {
      setStatus(say(CSV_EXPORT_WORDS, 'export.failed', { detail: String(e) }));
    }
  };

  const button = (kind: Kind) => (
    <div className="form-group">
      <button
        type="button"
        className="button button--secondary"
        aria-describedby={`csv-export-${kind}-hint`}
        onClick={() => save(kind)}
      >
        {say(EXCHANGE_WORDS, `exchange.export.${kind}`)}
      </button>
      <div className="hint" id={`csv-export-${kind}-hint`}>
        {say(EXCHANGE_WORDS, `exchange.export.${kind}-hint`)}
      </div>
    </div>
  );

  return (
    // After the report's Sections, which keep the official order; `#csv-export` links here.
    <section className="no-print" id="csv-export" aria-labelledby="csv-export-title">
      <h2 id="csv-export-title">{say(CSV_EXPORT_WORDS, 'export.title')}</h2>
      <p>{say(CSV_EXPORT_WORDS, 'export.intro')}</p>
      {button('ciso')}
      {button('spreadsheet')}
      <p role="status">{status}</p>
    </section>
  );
}
