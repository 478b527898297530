import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  answerAllRows,
  dayFromToday,
  expectSaved,
  fillSection1,
  fillSection3,
  markNotInPlace,
  row,
  startAssessment,
} from './assessment-page';
import { expect, expectAccessible, test } from './fixtures';

async function answerEveryGroup(page: Page): Promise<void> {
  const count = await page.locator('.task-list__item a[href*="/requirements/"]').count();
  for (let n = 0; n < count; n++) {
    await page.locator('.task-list__item a[href*="/requirements/"]').nth(n).click();
    await answerAllRows(page);
    await page.getByRole('link', { name: 'Back to the task list' }).first().click();
  }
}

test.describe('sections 1 and 3, appendices and review', () => {
  test('SAQ A completed end to end to Compliant, with a reminder for next year', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await startAssessment(page, 'Friends of Brontë Park');
    await answerEveryGroup(page);
    await fillSection1(page);
    await fillSection3(page);
    // Nothing says Compliant before the assessment is marked complete.
    const status = page.getByRole('region', { name: 'Part 3: Your status' });
    await expect(status.getByText('Not finished', { exact: true })).toBeVisible();
    await expect(status).toContainText('Would be Compliant');
    await expectAccessible(page, 'Section 3');
    const download = page.waitForEvent('download');
    await page
      .getByRole('button', {
        name: 'Download reminders for next year and the quarterly scans (.ics)',
      })
      .click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.ics$/);
    const ics = readFileSync((await file.path()) as string, 'utf8').replace(/\r\n /g, '');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('SUMMARY:PCI self-assessment due: Friends of Brontë Park (SAQ A)');
    expect(ics).toContain(
      'SUMMARY:Quarterly external scan due: Friends of Brontë Park (PCI DSS 11.3.2)',
    );
    await page.getByRole('link', { name: 'Back to the task list' }).first().click();
    await page.getByRole('link', { name: 'Review and complete' }).click();
    await expect(page.getByRole('heading', { name: 'Nothing is missing' })).toBeVisible();
    await expect(page.getByText('Status from your answers: Not finished')).toBeVisible();
    await expectAccessible(page, 'the review page');
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    await expect(page.getByText(/Marked complete on/)).toBeVisible();
    await expect(page.getByText('Status from your answers: Compliant')).toBeVisible();
  });

  test('a Not in Place row gives Non-Compliant, a Part 4 line and a target date', async ({
    page,
  }) => {
    await startAssessment(page, 'Harbour Choir');
    await page.getByRole('link', { name: /Requirement 12:/ }).click();
    await answerAllRows(page);
    const fixBy = dayFromToday(150);
    await markNotInPlace(page, '12.8.4', {
      action: 'Ask each provider for their AOC every spring',
      owner: 'Treasurer',
      date: fixBy,
    });
    await expectSaved(page);
    await page.getByRole('link', { name: 'Back to the task list' }).first().click();
    await page.getByRole('link', { name: 'Section 3: Validation and attestation' }).click();
    const status = page.getByRole('region', { name: 'Part 3: Your status' });
    await expect(status.getByText('Not finished', { exact: true })).toBeVisible();
    await expect(status).toContainText('Would be Non-Compliant: Not in Place (1): 12.8.4.');
    await expect(page.getByLabel('Target date for compliance')).toBeVisible();
    await expect(page.getByText(`Your latest planned fix is due on ${fixBy}.`)).toBeVisible();
    const line = page.getByRole('group', { name: /Requirement 12: .* \(compliant: NO\)/ });
    await expect(line.getByLabel('Remediation actions')).toHaveValue(
      '12.8.4: Ask each provider for their AOC every spring',
    );
    await expect(line.getByLabel('Remediation date')).toHaveValue(fixBy);
    await line.getByLabel('Remediation actions').fill('Set up a yearly provider check');
    await page.getByLabel('Target date for compliance').fill(dayFromToday(180));
    await expectSaved(page);
    await page.reload();
    await expect(
      page.getByRole('group', { name: /Requirement 12:/ }).getByLabel('Remediation actions'),
    ).toHaveValue('Set up a yearly provider check');
    await expect(page.getByLabel('Target date for compliance')).toHaveValue(dayFromToday(180));
  });

  test('Not Applicable without a reason is reported by the review page, and nothing else is lost', async ({
    page,
  }) => {
    await startAssessment(page, 'Village Hall Trust');
    await page.getByRole('link', { name: /Requirement 3:/ }).click();
    await row(page, '3.1.1').getByRole('radio', { name: 'Not Applicable' }).check();
    await row(page, '3.1.1')
      .getByLabel('Notes for 3.1.1: who checked, where the evidence is')
      .fill('Checked the filing cabinet');
    await row(page, '3.2.1').getByRole('radio', { name: 'In Place', exact: true }).check();
    await expectSaved(page);
    await page.getByRole('link', { name: 'Back to the task list' }).first().click();
    await page.getByRole('link', { name: 'Review and complete' }).click();
    const missing = page.getByRole('link', { name: '3.1.1: explain why it is not applicable' });
    await expect(missing).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveCount(0);
    await missing.click();
    await expect(row(page, '3.1.1')).toBeFocused();
    await expect(
      row(page, '3.1.1').getByLabel('Notes for 3.1.1: who checked, where the evidence is'),
    ).toHaveValue('Checked the filing cabinet');
    await expect(
      row(page, '3.2.1').getByRole('radio', { name: 'In Place', exact: true }),
    ).toBeChecked();
    await row(page, '3.1.1')
      .getByLabel('Why is 3.1.1 not applicable? (Appendix C)')
      .fill('We keep no card data, on paper or otherwise.');
    await expectSaved(page);
    await page.goBack();
    await expect(
      page.getByRole('link', { name: '3.1.1: explain why it is not applicable' }),
    ).toHaveCount(0);
  });

  test('In Place with CCW asks for the worksheet, Not Tested for its reason (SAQ D)', async ({
    page,
  }) => {
    await startAssessment(page, 'Worksheet Trust', 'saq=D-Merchant&channels=ecommerce');
    await page.getByRole('link', { name: /Requirement 8:/ }).click();
    await row(page, '8.3.6')
      .getByRole('radio', { name: /In Place with CCW/ })
      .check();
    await expect(
      row(page, '8.3.6').getByRole('group', {
        name: 'Compensating controls worksheet for 8.3.6 (Appendix B)',
      }),
    ).toBeVisible();
    await row(page, '8.3.6')
      .getByLabel('1. Constraints')
      .fill('The old CRM accepts 10 characters at most.');
    await row(page, '8.3.7').getByRole('radio', { name: 'Not Tested' }).check();
    await row(page, '8.3.7')
      .getByLabel('What of 8.3.7 was not tested? (Appendix D)')
      .fill('Password history');
    await page.getByRole('button', { name: 'Mark this group as done' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toContainText(
      '8.3.6: complete the compensating controls worksheet (the controls, objective, identified risk, validation, maintenance)',
    );
    await expect(summary).toContainText('8.3.7: say what was not tested and why');
    await expectAccessible(page, 'a requirement page with worksheets');
  });
});
