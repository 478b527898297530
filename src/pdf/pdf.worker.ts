/// <reference lib="webworker" />
// Formats the PDF off the main thread, so the page stays responsive. Loads the library and the
// fonts only here, on export; the extended fonts (Vietnamese, Greek, Cyrillic...) only when the
// record's text needs them.
import type { ReportModel } from '../domain/report/report-model';
import { fontSetFor, textsOf, type FontSet } from './font-coverage';
import { renderPdf, type Fonts } from './render-pdf';

const FONT_URLS: Record<FontSet, { regular: string; bold: string }> = {
  base: {
    regular: new URL('./fonts/NotoSans-Regular-subset.ttf', import.meta.url).href,
    bold: new URL('./fonts/NotoSans-Bold-subset.ttf', import.meta.url).href,
  },
  extended: {
    regular: new URL('./fonts/NotoSans-Regular-extended.ttf', import.meta.url).href,
    bold: new URL('./fonts/NotoSans-Bold-extended.ttf', import.meta.url).href,
  },
};

async function base64(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const loaded = new Map<FontSet, Promise<Fonts>>();

function fonts(set: FontSet): Promise<Fonts> {
  const known = loaded.get(set);
  if (known) return known;
  const loading = Promise.all([base64(FONT_URLS[set].regular), base64(FONT_URLS[set].bold)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      // Offline with an incomplete cache, say: let the next export try again.
      loaded.delete(set);
      throw error;
    },
  );
  loaded.set(set, loading);
  return loading;
}

self.onmessage = async (event: MessageEvent<{ id: number; model: ReportModel }>) => {
  const { id, model } = event.data;
  try {
    const bytes = renderPdf(model, await fonts(fontSetFor(textsOf(model))));
    (self as unknown as Worker).postMessage({ id, bytes }, [bytes]);
  } catch (error) {
    (self as unknown as Worker).postMessage({ id, error: String(error) });
  }
};
