/** Main-thread side of the PDF export: hands the report model to the worker, gets the bytes back. */
import type { ReportModel } from '../domain/report/report-model';
import { t } from '../domain/report/report-text';
import { textsOf, undrawableCharacters } from './font-coverage';

/** The record holds characters the PDF's fonts cannot draw: the export stops and says which. */
export class UndrawableTextError extends Error {
  constructor(readonly characters: readonly string[]) {
    super(t('export.undrawable', { characters: characters.join(' ') }));
    this.name = 'UndrawableTextError';
  }
}

/** The characters of the record that the PDF would print as �; empty when everything prints. */
export function undrawableInReport(model: ReportModel): string[] {
  return undrawableCharacters(textsOf(model));
}

let worker: Worker | undefined;
let next = 0;

/**
 * Makes the PDF. Refuses (UndrawableTextError) when the record holds characters the fonts cannot
 * draw, unless the user has been told and chose to go on (`acceptUndrawable`): then each such
 * character prints as �, never silently dropped.
 */
export function exportPdf(
  model: ReportModel,
  options: { acceptUndrawable?: boolean } = {},
): Promise<Blob> {
  const undrawable = undrawableInReport(model);
  if (undrawable.length > 0 && !options.acceptUndrawable)
    return Promise.reject(new UndrawableTextError(undrawable));
  worker ??= new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const id = ++next;
  return new Promise((resolve, reject) => {
    const onMessage = (
      event: MessageEvent<{ id: number; bytes?: ArrayBuffer; error?: string }>,
    ) => {
      if (event.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      if (event.data.bytes) resolve(new Blob([event.data.bytes], { type: 'application/pdf' }));
      else reject(new Error(event.data.error ?? 'The PDF could not be made.'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener(
      'error',
      (e) => reject(new Error(e.message || 'The PDF worker failed to start.')),
      { once: true },
    );
    w.postMessage({ id, model });
  });
}
