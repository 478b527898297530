/// <reference lib="webworker" />
// Formats the PDF off the main thread, so the page stays responsive. Loads the library and the
// font only here, on export.
import type { ReportModel } from '../domain/report/report-model';
import { renderPdf } from './render-pdf';

const regularUrl = new URL('./fonts/NotoSans-Regular-subset.ttf', import.meta.url).href;
const boldUrl = new URL('./fonts/NotoSans-Bold-subset.ttf', import.meta.url).href;

async function base64(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

let fonts: Promise<{ regular: string; bold: string }> | undefined;

self.onmessage = async (event: MessageEvent<{ id: number; model: ReportModel }>) => {
  const { id, model } = event.data;
  try {
    fonts ??= Promise.all([base64(regularUrl), base64(boldUrl)]).then(([regular, bold]) => ({
      regular,
      bold,
    }));
    const bytes = renderPdf(model, await fonts);
    (self as unknown as Worker).postMessage({ id, bytes }, [bytes]);
  } catch (error) {
    (self as unknown as Worker).postMessage({ id, error: String(error) });
  }
};
