/** Main-thread side of the PDF export: hands the report model to the worker, gets the bytes back. */
import type { ReportModel } from '../domain/report/report-model';

let worker: Worker | undefined;
let next = 0;

export function exportPdf(model: ReportModel): Promise<Blob> {
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
