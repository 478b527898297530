// `npm run pdf:preview`: renders the sample SAQ D record with the app's own renderer (in Node) and,
// when pdftoppm is installed (Debian: poppler-utils), its first pages as PNGs for a look.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildReport } from '../src/domain/report/report-model.ts';
import { renderPdf } from '../src/pdf/render-pdf.ts';
import { sampleSaqD } from './sample-assessment.ts';

const out = process.argv[2] ?? '/tmp/opensaq-preview';
const { assessment, content } = sampleSaqD();
const model = buildReport(assessment, content, new Date());
const font = (w: string) =>
  readFileSync(`src/pdf/fonts/NotoSans-${w}-subset.ttf`).toString('base64');
const bytes = renderPdf(model, { regular: font('Regular'), bold: font('Bold') });
writeFileSync(`${out}.pdf`, Buffer.from(bytes));
console.log(`wrote ${out}.pdf (${Math.round(bytes.byteLength / 1024)} KB)`);
try {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', `${out}.pdf`, out]);
  console.log(`wrote ${out}-1.png to ${out}-4.png`);
} catch {
  console.log('pdftoppm not found: install poppler-utils to get PNG previews.');
}
