import { lazy, Suspense, useState } from 'react';
import { Link, useRevalidator } from 'react-router';
import { ErrorSummary } from '@/components/ui/error-summary';
import { CSV_WORDS, say } from '@/content/words';
import type { Assessment } from '@/domain/assessment/model';
import { assessmentUrl } from '@/lib/paths';
import type { CsvImportDone } from './csv-import-preview';

// The preview, the parser and the SAQ content load only once a file is chosen.
const CsvImportPreview = lazy(() =>
  import('./csv-import-preview').then((m) => ({ default: m.CsvImportPreview })),
);

const csv = (code: keyof typeof CSV_WORDS, params?: Record<string, string | number>) =>
  say(CSV_WORDS, code, params);

/**
 * Files: open a CISO Assistant audit CSV or an OpenSAQ spreadsheet CSV to start or update an
 * assessment. Nothing changes until the user confirms the preview.
 */
export function CsvImport({ assessments }: { assessments: Assessment[] }) {
  const revalidator = useRevalidator();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState('');
  const [done, setDone] = useState<CsvImportDone | null>(null);

  return (
    <section aria-labelledby="csv-import-title">
      <h2 id="csv-import-title">{csv('import.title')}</h2>
      <p>{csv('import.intro')}</p>
      {file ? (
        <Suspense fallback={<p role="status">{csv('import.reading', { name: file.name })}</p>}>
          <CsvImportPreview
            file={file}
            assessments={assessments}
            onFail={(message) => {
              setError(message);
              setFile(null);
            }}
            onCancel={() => setFile(null)}
            onDone={(d) => {
              setDone(d);
              setFile(null);
              // The route's loader reads the list of assessments again.
              void revalidator.revalidate();
            }}
          />
        </Suspense>
      ) : (
        <>
          <ErrorSummary errors={error ? [{ href: 'csv-file', message: error }] : []} />
          {done ? (
            <div className="notification" role="status">
              <p>{done.message}</p>
              <p>
                <Link to={assessmentUrl(done.id)}>{done.link}</Link>
              </p>
            </div>
          ) : null}
          <div className={`form-group${error ? ' form-group--error' : ''}`}>
            <label className="label" htmlFor="csv-file">
              {csv('import.file-label')}
            </label>
            <div className="hint" id="csv-file-hint">
              {csv('import.file-hint')}
            </div>
            {error ? (
              <p className="error-message" id="csv-file-error">
                <span className="visually-hidden">Error:</span> {error}
              </p>
            ) : null}
            <input
              className="file-input"
              id="csv-file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby={error ? 'csv-file-hint csv-file-error' : 'csv-file-hint'}
              onChange={(e) => {
                const chosen = e.target.files?.[0];
                if (!chosen) return;
                setError('');
                setDone(null);
                setFile(chosen);
              }}
            />
          </div>
        </>
      )}
    </section>
  );
}
