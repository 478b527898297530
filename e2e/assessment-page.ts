import { expect, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './fixtures';

/** Starts an assessment straight from the address the result page links to. */
export async function startAssessment(
  page: Page,
  organisation: string,
  query = 'saq=A&channels=ecommerce',
): Promise<void> {
  await page.goto(`/assessments/new?${query}`);
  await page.getByLabel('Organisation name').fill(organisation);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(organisation);
}

/** The section of one requirement row on a group page. */
export function row(page: Page, id: string) {
  return page.locator(`section#row-${id.replace(/\./g, '-')}`);
}

/** Answers every unanswered row of the open group page with the given response. */
export async function answerAllRows(page: Page, response = 'In Place'): Promise<void> {
  const radios = page.getByRole('radio', { name: response, exact: true });
  // The group page loads on demand: wait for its rows before counting them.
  await expect(radios.first()).toBeVisible();
  const count = await radios.count();
  for (let i = 0; i < count; i++) {
    const radio = radios.nth(i);
    if (!(await radio.isChecked())) await radio.check();
  }
}

/** The saved message, in a live region so that screen readers hear it without moving focus. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(
    page.getByRole('status').filter({ hasText: 'All changes saved in this browser' }),
  ).toBeVisible();
}

/**
 * Clicks the given response on every row of the open group page in one go (real click events in the
 * page, without a round trip per row): for tests that need a whole SAQ answered to test something else.
 */
export async function answerAllRowsQuickly(page: Page, response = 'in-place'): Promise<void> {
  await expect(page.locator(`input[type=radio][value="${response}"]`).first()).toBeVisible();
  await page.evaluate((value) => {
    for (const input of document.querySelectorAll<HTMLInputElement>(
      `input[type=radio][value="${value}"]`,
    ))
      if (!input.checked) input.click();
  }, response);
}

/** Fills in Section 1 with valid answers (and scans it with axe). */
export async function fillSection1(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Section 1: Assessment information' }).click();
  await page.getByLabel('Contact name').fill('Zoë Brontë');
  await page.getByLabel('Contact email').fill('zoe@example.org');
  await page.getByLabel('No, neither').check();
  await page
    .getByLabel('Describe the systems involved in payments')
    .fill('A WordPress donate page that redirects to the provider.');
  await page
    .getByRole('group', { name: 'Do you use network segmentation to reduce what is in scope?' })
    .getByLabel('No')
    .check();
  await page
    .getByRole('group', { name: 'Do you use products or solutions listed by the PCI Council?' })
    .getByLabel('No')
    .check();
  await page.locator('#provider-0-name').fill('Stripe');
  await page.locator('#provider-0-service').fill('Card payments');
  // SAQ D has no eligibility criteria to confirm; the page has rendered by now, so all() is safe.
  for (const box of await page.locator('input[id^="criterion-"]').all()) await box.check();
  await page.getByLabel('Your approved scanning vendor (ASV)').fill('ScanSafe Ltd');
  const dates = ['2026-01-15', '2026-04-15', '2026-07-15', '2026-10-15'];
  for (const [i, date] of dates.entries())
    await page.locator(i === 0 ? '#scanDates' : `#scanDates-${i}`).fill(date);

  await expectSaved(page);
  await expectAccessible(page, 'Section 1');
  await page.getByRole('link', { name: 'Back to the task list' }).first().click();
}

/**
 * Ticks every checkbox the locator finds, once the page shows them: `all()` does not wait, and a
 * page still loading would give an empty list (an old flake: Section 3 left unticked).
 */
async function checkAll(boxes: Locator): Promise<void> {
  await expect(boxes.first()).toBeVisible();
  for (const box of await boxes.all()) await box.check();
  for (const box of await boxes.all()) await expect(box).toBeChecked();
}

/** Ticks Section 3's acknowledgements and names the signatory. */
export async function fillSection3(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Section 3: Validation and attestation' }).click();
  await checkAll(page.locator('input[id^="ack-"]'));
  await page.getByLabel('Name', { exact: true }).fill('Chidi Okafor');
  await page.getByLabel('Job title').fill('Chair of trustees');
  await expectSaved(page);
}

/** Answers a row Not in Place with its remediation plan, as the form needs it. */
export async function markNotInPlace(
  page: Page,
  id: string,
  plan: { action: string; owner: string; date: string },
): Promise<void> {
  await row(page, id).getByRole('radio', { name: 'Not in Place' }).check();
  await row(page, id).getByLabel(`What will you do to put ${id} in place?`).fill(plan.action);
  await row(page, id).getByLabel('Who will do it?').fill(plan.owner);
  await row(page, id).getByLabel('Target date').fill(plan.date);
}
