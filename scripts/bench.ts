// `npm run bench`: the project's performance figures, one line each as `name: value unit`, with the
// budget beside each budgeted figure. Never part of `npm test`.
// `npm run bench -- --only=answer-click,render` runs the figures whose names start with those terms.
// `npm run bench:check` also exits non-zero when a budget is missed.
import { chromium, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';

import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decideSaq } from '../src/domain/eligibility/decide-saq.ts';
import { enumerateProfiles } from '../src/domain/eligibility/test-profiles.ts';
import { CHROMIUM_ARGS, systemChromium } from './browser.mjs';
import { buildForBench, seedAssessment, startPreview } from './bench-setup.ts';
import { BenchReport, onlyFilter } from './budgets.ts';
import { sampleSaqD } from './sample-assessment.ts';
import { readFieldMap, readSaq } from '../src/domain/official-forms/content.node.ts';
import { buildSyntheticForm } from '../src/domain/official-forms/synthetic-docx.ts';
import { completeAssessment } from '../src/domain/official-forms/test-assessment.ts';

const wanted = onlyFilter(process.argv);
const report = new BenchReport(wanted);
/** A section runs when any of the figures it produces is wanted. */
const anyWanted = (...names: string[]) => names.some(wanted);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;
const print = (name: string, value: number, unit: string) => report.add(name, value, unit);

function benchEngine() {
  if (!wanted('decide-saq-per-profile')) return;
  const profiles = [...enumerateProfiles()];
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (const p of profiles) decideSaq(p);
    runs.push(performance.now() - t0);
  }
  print('decide-saq-per-profile', (median(runs) * 1000) / profiles.length, 'µs');
}

/** The production build plus the benchmark pages, in dist-bench, rebuilt once per run. */
let built = false;
function ensureBuild() {
  if (built) return;
  buildForBench();
  built = true;
}

function benchSize() {
  const chunkFigures = [
    // Route modules (src/app/routes): the interview, an open assessment's pages, starting and
    // moving assessments, and the other pages (files, glossary, organisation).
    ['chunk-interview-gzip', /^interview-[\w-]{8}\.js$/],
    ['chunk-assessment-gzip', /^assessment-[\w-]{8}\.js$/],
    ['chunk-setup-gzip', /^setup-[\w-]{8}\.js$/],
    ['chunk-pages-gzip', /^pages-[\w-]{8}\.js$/],
    ['chunk-pdf-worker-gzip', /^pdf\.worker-/],
    ['chunk-saq-d-rows-gzip', /^d-merchant-/],
    ['chunk-official-forms-worker-gzip', /^official-forms\.worker-/],
  ] as const;
  if (!anyWanted('first-page-js-gzip', 'first-page-css-gzip', ...chunkFigures.map((c) => c[0])))
    return;
  ensureBuild();
  const html = readFileSync('dist-bench/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] as string,
  );
  let js = 0;
  let css = 0;
  for (const f of files) {
    const size = gzipSync(readFileSync(join('dist-bench', f))).length;
    if (f.endsWith('.js')) js += size;
    else css += size;
  }
  print('first-page-js-gzip', js / 1024, 'KB');
  print('first-page-css-gzip', css / 1024, 'KB');
  // Each route's own chunk, and what loads only on demand (PDF worker, SAQ D content).
  const chunks = readdirSync('dist-bench/assets').filter((f) => f.endsWith('.js'));
  for (const [name, prefix] of chunkFigures) {
    const file = chunks.find((f) => prefix.test(f));
    if (file)
      print(name, gzipSync(readFileSync(join('dist-bench/assets', file))).length / 1024, 'KB');
  }
}

async function withBrowser(run: (page: Page, base: string) => Promise<void>) {
  ensureBuild();
  const server = await startPreview(Number(process.env.BENCH_PORT ?? 4191));
  const executablePath = systemChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await run(page, server.base);
  } finally {
    await browser.close();
    server.stop();
  }
}

async function benchClicks() {
  if (
    !anyWanted(
      'answer-click-to-frame-p50',
      'answer-click-to-frame-p95',
      'longest-long-task',
      'requirement-page-rows',
    )
  )
    return;
  await withBrowser(async (page, base) => {
    await page.goto(`${base}/assessments/new?saq=D-Merchant&channels=ecommerce`);
    await page.getByLabel('Organisation name').fill('Bench Trust');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('link', { name: /Requirement 12:/ }).click();
    await page.getByRole('radio', { name: 'In Place', exact: true }).first().waitFor();
    const result = await page.evaluate(async () => {
      const longTasks: number[] = [];
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => longTasks.push(e.duration)),
      ).observe({ type: 'longtask', buffered: false });
      const radios = [...document.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      const times: number[] = [];
      for (let i = 0; i < 50; i++) {
        const radio = radios[(i * 7) % radios.length] as HTMLInputElement;
        const t0 = performance.now();
        radio.click();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        times.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 20));
      }
      return {
        times,
        longest: Math.max(0, ...longTasks),
        rows: document.querySelectorAll('section.row').length,
      };
    });
    print('answer-click-to-frame-p50', median(result.times), 'ms');
    print('answer-click-to-frame-p95', percentile(result.times, 0.95), 'ms');
    print('longest-long-task', result.longest, 'ms');
    print('requirement-page-rows', result.rows, 'rows');
  });
}

async function benchPdf() {
  if (!anyWanted('pdf-export-saq-d-first', 'pdf-export-saq-d')) return;
  const { assessment } = sampleSaqD();
  await withBrowser(async (page, base) => {
    await seedAssessment(page, base, assessment);
    await page.goto(`${base}/assessments/${assessment.id}/report`);
    const button = page.getByRole('button', { name: 'Download the PDF record' });
    await button.waitFor();
    const runs: number[] = [];
    for (let r = 0; r < 6; r++) {
      const t0 = Date.now();
      const download = page.waitForEvent('download');
      await button.click();
      await download;
      // The first run includes loading the library and the font; the figure is the median of the rest.
      if (r > 0) runs.push(Date.now() - t0);
      else print('pdf-export-saq-d-first', Date.now() - t0, 'ms');
    }
    print('pdf-export-saq-d', median(runs), 'ms');
  });
}

/**
 * Filling the official SAQ D for Merchants and its AOC through the page, as a user does: a complete,
 * Non-Compliant SAQ D assessment (every part of both forms filled), synthetic copies of the two
 * Word files padded to the Council's sizes (document.xml of 5.1 and 0.67 million characters), from
 * the click on "Fill in the forms" to both filled files offered for download. The first fill also
 * loads the field maps into the worker; the figure is the median of the five after it.
 */
async function benchOfficialForms() {
  if (!anyWanted('fill-official-saq-d-first', 'fill-official-saq-d')) return;
  const assessment = completeAssessment(readSaq('D-Merchant'), 'non-compliant');
  const files = [
    { id: 'saq-d-merchant-v4.0.1-en', name: 'PCIDSSv401SAQDMerchant.docx', padTo: 5_131_412 },
    { id: 'aoc-d-merchant-v4.0.1-en', name: 'PCIDSSv401AOCforSAQDMerchant.docx', padTo: 670_970 },
  ].map(({ id, name, padTo }) => ({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(buildSyntheticForm(readFieldMap(id), { padTo })),
  }));
  await withBrowser(async (page, base) => {
    await seedAssessment(page, base, assessment);
    await page.goto(`${base}/assessments/${encodeURIComponent(assessment.id)}/official-forms`);
    await page.getByLabel('Choose the Word files').setInputFiles(files);
    const recognised = (edition: string) =>
      page.getByText(`This is the ${edition}, PCI DSS v4.0.1.`, { exact: true }).waitFor();
    await recognised('SAQ D for Merchants');
    await recognised('Attestation of Compliance (AOC) for SAQ D for Merchants');
    const runs: number[] = [];
    for (let r = 0; r < 6; r++) {
      const button = page.getByRole('button', { name: /^Fill in the forms/ });
      await button.waitFor();
      const ms = await button.evaluate(async (b) => {
        const t0 = performance.now();
        // The click empties the results at once; done when both filled files are offered again.
        (b as HTMLButtonElement).click();
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        await new Promise<void>((resolve) => {
          new MutationObserver((_, observer) => {
            if (document.querySelectorAll('a[download]').length !== 2) return;
            observer.disconnect();
            resolve();
          }).observe(document.body, { childList: true, subtree: true });
        });
        return performance.now() - t0;
      });
      if (r > 0) runs.push(ms);
      else print('fill-official-saq-d-first', ms, 'ms');
    }
    // The figure is for the complete case: both forms filled in full, not drafts.
    const ready = await page
      .getByText('Ready for you to check, sign and send.', { exact: true })
      .count();
    if (ready !== 2) throw new Error(`${ready} of the 2 forms were filled as final`);
    print('fill-official-saq-d', median(runs), 'ms');
  });
}

async function benchFirstQuestion() {
  if (!anyWanted('first-question-interactive-cold', 'first-question-interactive-warm')) return;
  await withBrowser(async (page, base) => {
    const browser = page.context().browser();
    if (!browser) return;
    const cold: number[] = [];
    const warm: number[] = [];
    const visit = async (p: Page) => {
      const t0 = Date.now();
      await p.goto(`${base}/interview/role`);
      await p.getByRole('radio').first().waitFor({ state: 'visible' });
      return Date.now() - t0;
    };
    for (let r = 0; r < 5; r++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const p = await context.newPage();
      cold.push(await visit(p));
      warm.push(await visit(p));
      await context.close();
    }
    print('first-question-interactive-cold', median(cold), 'ms');
    print('first-question-interactive-warm', median(warm), 'ms');
  });
}

/**
 * Persisting a fully answered SAQ D through the app's own autosave: the sample is opened at its
 * largest requirement page and five answers are changed, each after the previous save; the figure is
 * the median of the app's `opensaq:autosave` measures (the write itself, not the debounce before it).
 */
async function benchAutosave() {
  if (!wanted('autosave-saq-d')) return;
  const { assessment } = sampleSaqD();
  await withBrowser(async (page, base) => {
    await seedAssessment(page, base, assessment);
    await page.goto(`${base}/assessments/${assessment.id}/requirements/12`);
    const radios = page.getByRole('radio', { name: 'Not Tested', exact: true });
    await radios.first().waitFor();
    const saved = page.getByText('All changes saved in this browser');
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const before = await page.evaluate(() => performance.now());
      await radios.nth(i * 3).check();
      // The app keeps only its latest measure: wait for one that started after this click.
      const measure = await page.waitForFunction((t) => {
        const e = performance.getEntriesByName('opensaq:autosave').find((m) => m.startTime > t);
        // An object, so that a 0 ms save still counts as found.
        return e ? { duration: e.duration } : null;
      }, before);
      times.push(((await measure.jsonValue()) as { duration: number }).duration);
      await saved.waitFor();
    }
    print('autosave-saq-d', median(times), 'ms');
  });
}

/** The bench page's rows, measured once every row has painted: elements and height of each. */
interface RowsPage {
  at: number;
  notes: number;
  sections: number;
  /** Mean number of elements per row (the row's section and everything in it). */
  elements: number;
  /** Mean height of a row in CSS pixels, margins between rows left out. */
  height: number;
}

async function openRowsPage(page: Page, base: string): Promise<RowsPage> {
  await page.goto(`${base}/bench/src/bench/render-rows.html`);
  await page.waitForFunction(() => performance.getEntriesByName('rows-painted').length > 0);
  const result = await page.evaluate(() => {
    // No named functions in here: the bundler's name helper does not exist in the page.
    const rows = [...document.querySelectorAll<HTMLElement>('section.row')];
    let elements = 0;
    let height = 0;
    for (const r of rows) {
      elements += r.querySelectorAll('*').length + 1;
      height += r.getBoundingClientRect().height;
    }
    return {
      at: performance.getEntriesByName('rows-painted')[0]?.startTime ?? NaN,
      notes: document.querySelectorAll('section.row textarea').length,
      sections: rows.length,
      elements: elements / Math.max(1, rows.length),
      height: height / Math.max(1, rows.length),
    };
  });
  if (result.sections !== 280 || result.notes < 280)
    throw new Error(`the bench page showed ${result.sections} rows and ${result.notes} notes`);
  return result;
}

/**
 * A page with 280 unanswered rows (responses + notes each), at 1280 × 720: navigation start to every
 * row painted, in the same page each run (`render-280-rows`, its code cached) and in a fresh browser
 * context each run (`-cold`); and the rows' mean size in elements and pixels.
 */
async function benchRows() {
  const names = [
    'render-280-rows',
    'render-280-rows-cold',
    'requirement-row-dom-elements',
    'requirement-row-height-px',
  ];
  if (!anyWanted(...names)) return;
  await withBrowser(async (page, base) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const times: number[] = [];
    let last: RowsPage | undefined;
    for (let r = 0; r < 5; r++) {
      last = await openRowsPage(page, base);
      times.push(last.at);
    }
    print('render-280-rows', median(times), 'ms');
    print('render-rows-count', last?.sections ?? NaN, 'rows');
    print('requirement-row-dom-elements', last?.elements ?? NaN, 'elements');
    print('requirement-row-height-px', last?.height ?? NaN, 'px');
    if (!wanted('render-280-rows-cold')) return;
    const browser = page.context().browser();
    if (!browser) return;
    const cold: number[] = [];
    for (let r = 0; r < 5; r++) {
      const context = await browser.newContext({
        serviceWorkers: 'block',
        viewport: { width: 1280, height: 720 },
      });
      cold.push((await openRowsPage(await context.newPage(), base)).at);
      await context.close();
    }
    print('render-280-rows-cold', median(cold), 'ms');
  });
}

/**
 * Backups of real-use volumes, through the app's own storage and file code on a benchmark page:
 * a consultant's 1,000 assessments of a usual mix and 200 fully answered SAQ D assessments with
 * 700-character notes on every row, saved to a file and restored into an empty browser, with and
 * without a passphrase. Each time is the median of 3 runs; `-longest-task` is the longest stretch
 * the page could not respond during that work (a timer's lateness: at least the longest task).
 */
async function benchBackups() {
  const sets = [
    ['backup-1000-mixed', 'mixed'],
    ['backup-200-long-saq-d', 'long-d'],
  ] as const;
  const figures = (name: string) =>
    ['', '-protected'].flatMap((p) =>
      ['save', 'save-longest-task', 'restore', 'restore-longest-task', 'size'].map(
        (f) => `${name}${p}-${f}`,
      ),
    );
  if (!sets.some(([name]) => anyWanted(...figures(name)))) return;
  await withBrowser(async (page, base) => {
    await page.goto(`${base}/bench/src/bench/backup.html`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, {
      timeout: 60_000,
    });
    type Result = { ms: number; longest: number; bytes: number; count: number };
    type Bench = {
      seed: (kind: string) => Promise<number>;
      save: (passphrase?: string) => Promise<Result>;
      restore: (passphrase?: string) => Promise<Result>;
    };
    const call = (fn: 'save' | 'restore', passphrase?: string) =>
      page.evaluate(
        ([f, p]) => (window as unknown as { opensaqBench: Bench }).opensaqBench[f](p ?? undefined),
        [fn, passphrase ?? null] as const,
      );
    for (const [name, kind] of sets) {
      if (!anyWanted(...figures(name))) continue;
      for (const passphrase of [undefined, 'correct horse battery staple']) {
        const prefix = `${name}${passphrase ? '-protected' : ''}`;
        const saves: Result[] = [];
        const restores: Result[] = [];
        for (let r = 0; r < 3; r++) {
          await page.evaluate(
            (k) => (window as unknown as { opensaqBench: Bench }).opensaqBench.seed(k),
            kind,
          );
          saves.push(await call('save', passphrase));
          restores.push(await call('restore', passphrase));
        }
        print(`${prefix}-save`, median(saves.map((x) => x.ms)), 'ms');
        print(`${prefix}-save-longest-task`, Math.max(...saves.map((x) => x.longest)), 'ms');
        print(`${prefix}-restore`, median(restores.map((x) => x.ms)), 'ms');
        print(`${prefix}-restore-longest-task`, Math.max(...restores.map((x) => x.longest)), 'ms');
        print(`${prefix}-size`, (saves[0]?.bytes ?? NaN) / 1e6, 'MB');
      }
    }
  });
}

benchEngine();
benchSize();
await benchFirstQuestion();
await benchClicks();
await benchRows();
await benchAutosave();
await benchPdf();
await benchOfficialForms();
await benchBackups();
report.finish(process.argv.includes('--check'));
