import { startAssessment } from './assessment-page';
import { expect, test } from './fixtures';
import { Interview } from './interview-page';
import { pdfPages } from './pdf-text';

// Service workers stay blocked in the rest of the suite; this spec opts in.
test.use({ serviceWorkers: 'allow' });

test('after one visit the app works offline: an interview, an assessment and a PDF', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  // Wait until the service worker has installed (precached everything) and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
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
  await context.setOffline(false);
});
