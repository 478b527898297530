// `npm run pdf:preview`: renders the sample SAQ D record with the app's own renderer (in Node) and,
// when pdftoppm is installed (Debian: poppler-utils), its pages as PNGs for a look.
// `npm run pdf:preview -- /tmp/out --world` names the organisation in Vietnamese and the contact in
// Greek and Cyrillic, which takes the extended fonts; `--pages=N` renders the first N pages (all: 0).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildReport } from '../src/domain/report/report-model.ts';
import { fontSetFor, textsOf, undrawableCharacters } from '../src/pdf/font-coverage.ts';
import { renderPdf } from '../src/pdf/render-pdf.ts';
import { sampleSaqD } from './sample-assessment.ts';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--')) ?? '/tmp/opensaq-preview';
const pages = Number(args.find((a) => a.startsWith('--pages='))?.slice(8) ?? 4);
const { assessment, content } = sampleSaqD(
  args.includes('--world')
    ? {
        organisation:
          'Hội Bảo trợ Trẻ em Mồ côi và Người Khuyết tật Thành phố Hồ Chí Minh – Chi nhánh Quận Bình Thạnh, với Quỹ Học bổng Nguyễn Thị Định',
        contact: 'Αικατερίνη Παπαδοπούλου / Екатерина Смирнова / Łucja Żółkiewska',
      }
    : {},
);
const model = buildReport(assessment, content, new Date());
const texts = textsOf(model);
const set = fontSetFor(texts);
const undrawable = undrawableCharacters(texts);
if (undrawable.length) console.log(`characters the fonts cannot draw: ${undrawable.join(' ')}`);
const font = (w: string) =>
  readFileSync(
    `src/pdf/fonts/NotoSans-${w}-${set === 'base' ? 'subset' : 'extended'}.ttf`,
  ).toString('base64');
const bytes = renderPdf(model, { regular: font('Regular'), bold: font('Bold') });
writeFileSync(`${out}.pdf`, Buffer.from(bytes));
console.log(`wrote ${out}.pdf (${Math.round(bytes.byteLength / 1024)} KB, ${set} fonts)`);
try {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    ...(pages > 0 ? ['-f', '1', '-l', String(pages)] : []),
    `${out}.pdf`,
    out,
  ]);
  console.log(
    `wrote PNGs of ${pages > 0 ? `the first ${pages} pages` : 'every page'} to ${out}-*.png`,
  );
} catch {
  console.log('pdftoppm not found: install poppler-utils to get PNG previews.');
}
