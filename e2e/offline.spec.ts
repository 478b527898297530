import { preview, type PreviewServer } from 'vite';
import { startAssessment } from './assessment-page';
import { expect, test } from './fixtures';
import { Interview } from './interview-page';
import { pdfPages } from './pdf-text';

// This spec serves the same build from a server of its own, so that it can stop it: after one visit
// the app must work with nothing answering at its address. Service workers stay blocked in the rest
// of the suite; this spec opts in.
const PORT = 4175;
let server: PreviewServer | undefined;
test.use({ serviceWorkers: 'allow', baseURL: `http://localhost:${PORT}` });
test.beforeAll(async () => {
  server = await preview({ preview: { port: PORT, strictPort: true }, logLevel: 'silent' });
});
test.afterAll(async () => {
  await server?.close();
});

test('after one visit the app works offline: an interview, an assessment and a PDF', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  // Wait until the service worker has installed (precached everything) and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  // Chromium finds nothing in the app stopping it from being installed (manifest, icons, worker);
  // the test browser's own private-window profile is the one thing it may report.
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual(
    [],
  );

  await server?.close();
  server = undefined;
  await expect(fetch(`http://localhost:${PORT}/`), 'the server has stopped').rejects.toThrow();
  await page.reload();
  const i = new Interview(page);
  await i.startAsMerchant();
  await i.answer('Online');
  await i.answer("We send donors to the provider's own page");
  await i.answer('No');
  await i.answerGlobals();
  await i.seeResult();
  await expect(i.heading()).toHaveText('You need SAQ A');

  await startAssessment(page, 'Offline Hall Trust');
  await page.getByRole('link', { name: 'See the report and download the PDF record' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the PDF record' }).click();
  const pdf = await pdfPages((await (await download).path()) as string);
  expect(pdf.pages.join(' ')).toContain('Offline Hall Trust');
});
