import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of each page of a PDF (a file, or the bytes of one), read with pdfjs-dist as a reader or
 * screen reader would get it.
 */
export async function pdfPages(
  file: string | Uint8Array,
): Promise<{ pages: string[]; title: string | undefined }> {
  const data = typeof file === 'string' ? new Uint8Array(readFileSync(file)) : new Uint8Array(file);
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  const meta = await doc.getMetadata();
  const info = meta.info as { Title?: string };
  await doc.destroy();
  return { pages, title: info.Title };
}
