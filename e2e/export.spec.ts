import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  answerAllRows,
  answerAllRowsQuickly,
  expectSaved,
  fillSection1,
  fillSection3,
  markNotInPlace,
  row,
  startAssessment,
} from './assessment-page';

import { expect, expectAccessible, test } from './fixtures';
import { pdfPages } from './pdf-text';

/** Every row id of an SAQ, from the content the app is built with. */
function saqIds(file: string): string[] {
  const saq = JSON.parse(readFileSync(`content/saq/${file}.json`, 'utf8')) as {
    groups: { rows: { id: string }[] }[];
  };
  return saq.groups.flatMap((g) => g.rows.map((r) => r.id));
}

function expectEveryId(text: string, ids: string[]) {
  const missing = ids.filter(
    (id) => !new RegExp(`(^|\\s)${id.replace(/\./g, '\\.')}(\\s|$)`).test(text),
  );
  expect(missing).toEqual([]);
}

async function downloadPdf(
  page: Page,
): Promise<{ pages: string[]; title: string | undefined; name: string }> {
  await page.getByRole('link', { name: 'See the report and download the PDF record' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the PDF record' }).click();
  const file = await download;
  const text = await pdfPages((await file.path()) as string);
  return { ...text, name: file.suggestedFilename() };
}

test.describe('export', () => {
  test('SAQ A, incomplete: a DRAFT record with every requirement, the organisation name intact', async ({
    page,
  }) => {
    await startAssessment(page, 'Association Éloïse & Zoë – “Café”');
    await page.getByRole('link', { name: /Requirement 12:/ }).click();
    await answerAllRows(page);
    await markNotInPlace(page, '12.8.4', {
      action: 'Collect every provider’s AOC',
      owner: 'Treasurer',
      date: '2027-04-30',
    });
    await expectSaved(page);
    await page.getByRole('link', { name: 'Back to the task list' }).first().click();
    const pdf = await downloadPdf(page);
    expect(pdf.name).toMatch(/^SAQ-A_Association-Eloise-Zoe-Cafe_\d{4}-\d{2}-\d{2}\.pdf$/);
    const all = pdf.pages.join('\n');
    expect(pdf.pages.length).toBeGreaterThan(4);
    expect(pdf.pages.length).toBeLessThan(30);
    expect(all).toContain('Association Éloïse & Zoë – “Café”');
    expect(all).toContain('SAQ A, PCI DSS v4.0.1 Revision 1 (January 2025)');
    expect(all).toContain('Non-Compliant');
    expectEveryId(all, saqIds('a'));
    expect(all).toMatch(/12\.8\.4 Collect every provider’s AOC Treasurer 2027-04-30/);
    pdf.pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of ${pdf.pages.length}`);
      expect(text).toContain('DRAFT');
    });
    expect(pdf.title).toBe('SAQ A completion record: Association Éloïse & Zoë – “Café”');
    await expectAccessible(page, 'the report page');
  });

  test('SAQ D, complete: no DRAFT, placeholders shown as such, all 253 ids', async ({ page }) => {
    test.setTimeout(180_000);
    await startAssessment(page, 'Complete Trust', 'saq=D-Merchant&channels=ecommerce');
    // Answer everything through the UI, then the sections, then mark complete.
    const groups = page.locator('.task-list__item a[href*="/requirements/"]');
    const count = await groups.count();
    for (let n = 0; n < count; n++) {
      await page.locator('.task-list__item a[href*="/requirements/"]').nth(n).click();
      await answerAllRowsQuickly(page);
      await expectSaved(page);

      await page.getByRole('link', { name: 'Back to the task list' }).first().click();
    }
    await fillSection1(page);
    await fillSection3(page);
    await page.getByRole('link', { name: 'Back to the task list' }).first().click();
    await page.getByRole('link', { name: 'Review and complete' }).click();
    // If anything is missing, fail here with the review page's list rather than a timeout.
    await expect(page.getByRole('heading', { level: 2, name: /missing/ })).toHaveText(
      'Nothing is missing',
    );
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    await expectSaved(page);
    await page.getByRole('link', { name: 'Back to the task list' }).first().click();
    const pdf = await downloadPdf(page);
    const all = pdf.pages.join('\n');
    expect(all).not.toContain('DRAFT');
    expect(all).toContain('SAQ D for Merchants, PCI DSS v4.0.1 (October 2024)');
    expect(all).toContain('Compliant (Full assessment)');
    expect(all).toContain('3.3.3 Card issuers only Not for merchants');
    expectEveryId(all, saqIds('d-merchant'));

    // 253 rows with their Section 1 and 3 parts: more than a dozen pages, far fewer than 80.
    expect(pdf.pages.length).toBeGreaterThan(12);
    expect(pdf.pages.length).toBeLessThan(80);
  });
});

test('worksheets for chosen groups, blank or with the answers so far', async ({ page }) => {
  await startAssessment(page, 'Sheet Society');
  await page.getByRole('link', { name: /Requirement 12:/ }).click();
  await row(page, '12.8.1').getByRole('radio', { name: 'In Place', exact: true }).check();
  await row(page, '12.8.1')
    .getByLabel('Notes for 12.8.1: who checked, where the evidence is')
    .fill('List kept by Sam');
  await expectSaved(page);
  await page.getByRole('link', { name: 'Back to the task list' }).first().click();
  await page.getByRole('link', { name: 'Print worksheets for someone else to fill in' }).click();
  await page.getByLabel('Requirement 12: Policies, people and providers').check();
  const sheet = page.getByRole('region', { name: 'Worksheet: requirement 12' });
  await expect(sheet).toContainText('12.8.1');
  await expect(sheet).toContainText('How to check:');
  await expect(sheet).not.toContainText('List kept by Sam');
  await page.getByLabel('With our answers so far').check();
  await expect(sheet).toContainText('List kept by Sam');
  await expect(page.getByRole('region', { name: 'Worksheet: requirement 3' })).toHaveCount(0);
  await expectAccessible(page, 'the worksheets page');
});
