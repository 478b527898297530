// `npm run bench:lighthouse`: Lighthouse 12 performance and accessibility scores, desktop and mobile
// presets, for the start page, the first question, a requirement page (SAQ D requirement 12, the
// largest, from a seeded assessment) and the glossary, against the local preview server.
// Separate from `npm run bench` (it fetches Lighthouse with npx the first time). `--check` exits
// non-zero when a budget is missed; `--only=` works as in `npm run bench`.
//
// Lighthouse drives a Chromium started here with a debugging port and a profile of its own. Before
// the requirement page, Playwright connects to that Chromium for a moment to put the assessment into
// the profile's IndexedDB; that run keeps storage (`--disable-storage-reset`), the others start from
// empty storage.
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, systemChromium } from './browser.mjs';
import { buildForBench, seedAssessment, startPreview, waitForUrl } from './bench-setup.ts';
import { BenchReport, onlyFilter } from './budgets.ts';
import { sampleSaqD } from './sample-assessment.ts';

const wanted = onlyFilter(process.argv);
const report = new BenchReport(wanted);
const port = 4192;
const debuggingPort = 9333;
const base = `http://localhost:${port}`;
const { assessment } = sampleSaqD();

const pages: ReadonlyArray<{ name: string; path: string; seeded?: boolean }> = [
  { name: 'home', path: '/' },
  { name: 'first-question', path: '/interview/role' },
  { name: 'requirement-page', path: `/assessments/${assessment.id}/requirements/12`, seeded: true },
  { name: 'glossary', path: '/glossary' },
];

async function seed() {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${debuggingPort}`);
  const context = browser.contexts()[0];
  if (!context) throw new Error('the Chromium for Lighthouse has no default profile');
  const page = await context.newPage();
  await seedAssessment(page, base, assessment);
  // The page must show the assessment, or Lighthouse would score an error page.
  await page.goto(`${base}${pages[2]?.path}`);
  await page.getByRole('heading', { level: 1, name: /Requirement 12/ }).waitFor();
  await page.close();
  // Disconnects, leaving the browser and its profile for Lighthouse.
  await browser.close();
}

const todo = pages.flatMap((p) =>
  (['desktop', 'mobile'] as const)
    .map((preset) => ({ ...p, preset }))
    .filter((p) =>
      ['performance', 'accessibility'].some((c) => wanted(`lighthouse-${p.name}-${p.preset}-${c}`)),
    ),
);

if (todo.length) {
  buildForBench();
  const server = await startPreview(port);
  const profile = mkdtempSync(join(tmpdir(), 'opensaq-lighthouse-'));
  // The system Chromium when there is one (what CHROME_PATH would name), else Playwright's own.
  const chromePath = systemChromium() ?? chromium.executablePath();
  const browserProcess = spawn(
    chromePath,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--remote-debugging-port=${debuggingPort}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  try {
    await waitForUrl(`http://127.0.0.1:${debuggingPort}/json/version`);
    for (const p of todo) {
      if (p.seeded) await seed();
      const args = [
        '--yes',
        'lighthouse@12',
        `${base}${p.path}`,
        '--quiet',
        `--port=${debuggingPort}`,
        '--no-enable-error-reporting',
        '--only-categories=performance,accessibility',
        '--output=json',
        '--output-path=stdout',
        ...(p.seeded ? ['--disable-storage-reset'] : []),
        ...(p.preset === 'desktop' ? ['--preset=desktop'] : []),
      ];
      const result = JSON.parse(
        execFileSync('npx', args, {
          env: { ...process.env, CHROME_PATH: chromePath },
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
          timeout: 180_000,
        }),
      ) as {
        finalDisplayedUrl?: string;
        categories: Record<string, { score: number | null } | undefined>;
      };
      if (result.finalDisplayedUrl && !result.finalDisplayedUrl.endsWith(p.path))
        throw new Error(`Lighthouse ended on ${result.finalDisplayedUrl}, not ${p.path}`);
      for (const c of ['performance', 'accessibility'])
        report.add(
          `lighthouse-${p.name}-${p.preset}-${c}`,
          Math.round((result.categories[c]?.score ?? 0) * 100),
          'points',
        );
    }
  } finally {
    // The profile can only be removed once Chromium has stopped writing to it.
    if (browserProcess.exitCode === null) {
      const exited = new Promise((resolve) => browserProcess.once('exit', resolve));
      browserProcess.kill();
      await exited;
    }
    server.stop();
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  }
}
report.finish(process.argv.includes('--check'));
