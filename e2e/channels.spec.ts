import type { Page } from '@playwright/test';
import { answerAllRowsQuickly, expectSaved, groupLinks, startAssessment } from './assessment-page';
import { expect, expectAccessible, test } from './fixtures';
import { Interview } from './interview-page';
import { pdfPages } from './pdf-text';

async function answerEverything(page: Page): Promise<void> {
  const groups = groupLinks(page);
  const count = await groups.count();
  for (let n = 0; n < count; n++) {
    await groups.nth(n).click();
    await answerAllRowsQuickly(page);
    await expectSaved(page);
    await page.getByRole('link', { name: 'Back to the task list' }).first().click();
  }
}

async function exportText(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'See the report and download the PDF record' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the PDF record' }).click();
  const text = await pdfPages(await (await download).path());
  await page.getByRole('link', { name: 'Back to the task list' }).first().click();
  return text.pages.join('\n');
}

test('online redirect + P2PE terminal at events, kept apart: one assessment per channel, both completed and exported', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const i = new Interview(page);
  await i.startAsMerchant();
  await i.answer('Online', 'In person');
  await i.answer("We send donors to the provider's own page");
  await i.answer('No');
  await i.answer('Terminals from a P2PE (point-to-point encryption) solution');
  await i.answer('Yes, it is on the list');
  await i.answer('No');
  await i.answerGlobals({ shared: 'No, they are kept separate' });
  await i.seeResult();
  await page
    .getByRole('link', { name: 'Start one questionnaire per channel (SAQ A and SAQ P2PE)' })
    .click();
  await page.getByLabel('Organisation name').fill('Gala Friends');
  await page.getByRole('button', { name: 'Start' }).click();
  // The first of them opens, as a single one does.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gala Friends');
  await expect(page.getByText(/^SAQ A ·/)).toBeVisible();
  await page.goto('/');
  const summary = page.getByRole('region', { name: 'Gala Friends' });
  await expect(summary).toContainText('an interview; two assessments.');
  await expect(summary.getByRole('row')).toHaveCount(3);

  for (const [saq, edition] of [
    ['SAQ A', 'SAQ A, PCI DSS v4.0.1 Revision 1 (January 2025)'],
    ['SAQ P2PE', 'SAQ P2PE, PCI DSS v4.0.1 (October 2024)'],
  ] as const) {
    await page.goto('/');
    await page.getByRole('link', { name: `${saq} for Gala Friends`, exact: true }).click();
    await expect(page.getByText(new RegExp(`^${saq} · `))).toBeVisible();
    // P2PE: no paper kept, so the 9.4.x rows start as proposals.
    if (saq === 'SAQ P2PE')
      await expect(page.getByText(/rows proposed from your answers/)).toBeVisible();
    await answerEverything(page);
    await expect(page.getByText(/(\d+) of \1 requirements answered\./)).toBeVisible();
    // Part 2a: the channel left out is covered by the other assessment, and the app says so.
    await page.getByRole('link', { name: 'Section 1: Assessment information' }).click();
    const other =
      saq === 'SAQ A'
        ? [
            'in person (SAQ P2PE)',
            'In-person payments are covered by our separate SAQ P2PE assessment.',
          ]
        : ['online (SAQ A)', 'Online payments are covered by our separate SAQ A assessment.'];
    await expect(
      page.getByText(`Gala Friends has separate assessments for the other channels: ${other[0]}.`),
    ).toBeVisible();
    // What is typed already stays: the sentence is added after it.
    await page.getByLabel(/Channels left out/).fill('We do not take payments by phone.');
    await page.getByRole('button', { name: 'Add this to the text below' }).click();
    await expect(page.getByLabel(/Channels left out/)).toHaveValue(
      `We do not take payments by phone. ${other[1]}`,
    );
    await expect(page.getByRole('button', { name: 'Add this to the text below' })).toHaveCount(0);
    await expectSaved(page);
    await expectAccessible(page, `Section 1 of ${saq} with another channel's assessment`);
    await page.getByRole('link', { name: 'Back to the task list' }).first().click();
    const text = await exportText(page);
    expect(text).toContain(edition);
    expect(text).toContain('Gala Friends');
    expect(text.replace(/\s+/g, ' ')).toContain(other[1]);
  }
  await page.goto('/');
  // Both are fully answered (or complete).
  await expect(summary.getByText(/^((\d+) of \2 answered|Complete)/)).toHaveCount(2);
  await expectAccessible(page, 'the start page with per-channel assessments');

  // One page for the whole organisation, from the start page's line.
  await summary.getByRole('link', { name: 'Organisation page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Gala Friends: every payment channel',
  );
  await expect(page.getByText('Not every channel’s assessment is complete yet.')).toBeVisible();
  const rows = page
    .getByRole('table', { name: 'The assessment for each payment channel' })
    .getByRole('row');
  await expect(rows.nth(1)).toContainText(
    'OnlineSAQ A27 of 27 answeredNot final until completeNone',
  );
  await expect(rows.nth(2)).toContainText('In personSAQ P2PE');
  await expectAccessible(page, 'the organisation summary');
  await rows.nth(2).getByRole('link', { name: 'SAQ P2PE' }).click();
  await expect(page.getByText(/^SAQ P2PE · /)).toBeVisible();
});

test('a C-VT assessment completed and exported', async ({ page }) => {
  test.setTimeout(90_000);
  await startAssessment(page, 'Phone Appeal Trust', 'saq=C-VT&channels=moto');
  await expect(page.getByText('0 of 54 requirements answered.')).toBeVisible();
  await answerEverything(page);
  await expect(page.getByText('54 of 54 requirements answered.')).toBeVisible();
  const text = await exportText(page);
  expect(text).toContain('SAQ C-VT, PCI DSS v4.0.1 (October 2024)');
  expect(text).toMatch(/Mail order \/ telephone order \(MOTO\)/);
});

test('the intentionally blank row of SAQ B is shown as such', async ({ page }) => {
  await startAssessment(page, 'Dial Tone Club', 'saq=B&channels=cardPresent');
  await page.getByRole('link', { name: /Requirement 9:/ }).click();
  await expect(page.getByRole('region', { name: 'Requirement 9.5.1.2.1' })).toContainText(
    'Intentionally left blank for this SAQ',
  );
  await expectAccessible(page, 'an SAQ B requirement page');
});

test('an organisation with one SAQ has its page too', async ({ page }) => {
  await startAssessment(page, 'Solo Fund');
  await page.goto('/');
  await page
    .getByRole('region', { name: 'Solo Fund' })
    .getByRole('link', { name: 'Organisation page' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Solo Fund: every payment channel',
  );
});
