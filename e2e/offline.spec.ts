import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { row, startAssessment } from './assessment-page';
import { expect, test } from './fixtures';
import { Interview } from './interview-page';
import { pdfPages } from './pdf-text';

// These tests serve the build from servers of their own, so that they can stop them or change what
// they serve. Service workers stay blocked in the rest of the suite; this spec opts in.
test.use({ serviceWorkers: 'allow' });

const serve = (port: number, outDir = 'dist') =>
  preview({ build: { outDir }, preview: { port, strictPort: true }, logLevel: 'silent' });

async function waitForServiceWorker(page: Page) {
  // Wait until the service worker has installed (precached everything) and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test('the service worker precaches every built file: app, content, PDF worker and fonts', () => {
  const worker = readFileSync('dist/sw.js', 'utf8');
  const precached = new Set([...worker.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]));
  const built = readdirSync('dist/assets').map((f) => `assets/${f}`);
  expect(built.filter((f) => f.endsWith('.ttf')).length).toBeGreaterThan(0);
  expect(built.filter((f) => !precached.has(f))).toEqual([]);
  for (const f of ['index.html', 'manifest.webmanifest', 'icon-192.png', 'favicon.svg'])
    expect(precached, f).toContain(f);
});

test.describe('offline', () => {
  const PORT = 4175;
  let server: PreviewServer | undefined;
  test.use({ baseURL: `http://localhost:${PORT}` });
  test.beforeAll(async () => {
    server = await serve(PORT);
  });
  test.afterAll(async () => {
    await server?.close();
  });

  test('after one visit the app works offline: an interview, an assessment and a PDF', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await waitForServiceWorker(page);
    // Chromium finds nothing in the app stopping it from being installed (manifest, icons, worker);
    // the test browser's own private-window profile is the one thing it may report.
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(
      installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'),
    ).toEqual([]);

    await server?.close();
    server = undefined;
    await expect(fetch(`http://localhost:${PORT}/`), 'the server has stopped').rejects.toThrow();
    await page.reload();
    await new Interview(page).redirectOnlyToSaqA();

    await startAssessment(page, 'Offline Hall Trust');
    await page.getByRole('link', { name: 'See the report and download the PDF record' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the PDF record' }).click();
    const pdf = await pdfPages(await (await download).path());
    expect(pdf.pages.join(' ')).toContain('Offline Hall Trust');
  });
});

test.describe('updates', () => {
  const PORT = 4176;
  let server: PreviewServer | undefined;
  let dir = '';
  test.use({ baseURL: `http://localhost:${PORT}` });
  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'opensaq-update-'));
    cpSync('dist', dir, { recursive: true });
    server = await serve(PORT, dir);
  });
  test.afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a new version is offered, never forced: the work in progress stays until the user switches', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await waitForServiceWorker(page);
    await startAssessment(page, 'Update Day Trust');
    await page.getByRole('link', { name: /Requirement 2:/ }).click();
    const notes = row(page, '2.2.2').getByRole('textbox', { name: /Notes/ });
    await notes.fill('Router password changed by Sam');

    // A new version is published while the treasurer is mid-assessment.
    await server?.close();
    appendFileSync(join(dir, 'sw.js'), '\n// the next version\n');
    server = await serve(PORT, dir);
    const url = page.url();
    await page.evaluate(() => {
      (window as Window & { stillHere?: boolean }).stillHere = true;
    });
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });

    const offer = page.getByRole('status').filter({ hasText: 'A new version of OpenSAQ is ready' });
    await expect(offer).toBeVisible();
    // Offered, not forced: same page, no reload, the text still in the box.
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => (window as Window & { stillHere?: boolean }).stillHere)).toBe(
      true,
    );
    await expect(notes).toHaveValue('Router password changed by Sam');

    // Switching when it suits: the page reloads under the new worker, and the notes were saved.
    const reloaded = page.waitForEvent('load');
    await offer.getByRole('button', { name: 'Use the new version' }).click();
    await reloaded;
    await expect(notes).toHaveValue('Router password changed by Sam');
    expect(await page.evaluate(() => (window as Window & { stillHere?: boolean }).stillHere)).toBe(
      undefined,
    );
    await expect(offer).toBeHidden();
  });
});
