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

/** An ISO day `days` from today in the local calendar, as a date input takes it. */
export function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Fills in Section 1 with valid answers (and scans it with axe). */
export async function fillSection1(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Section 1: Assessment information' }).click();
  await page.getByLabel('Contact name').fill('Zoë Brontë');
  await page.getByLabel('Contact email').fill('zoe@example.org');
  await page.getByLabel('No, neither').check();
  // Part 2b: one description per channel the assessment covers.
  for (const box of await page.getByLabel(/: how card details are taken and where they go$/).all())
    await box.fill('Donors are sent to the provider’s page; we never see card numbers.');
  await page
    .getByLabel('Describe the systems involved in payments')
    .fill('A WordPress donate page that redirects to the provider.');
  await page
    .getByRole('group', { name: 'Do you use network segmentation to reduce what is in scope?' })
    .getByLabel('No')
    .check();
  const location = page.getByRole('group', { name: 'Location 1' });
  await location.getByLabel('Type of place').fill('Head office');
  await location.getByLabel('How many of this type').fill('1');
  await location.getByLabel('Town or city, and country').fill('Leeds, United Kingdom');
  await page
    .getByRole('group', { name: 'Do you use products or solutions listed by the PCI Council?' })
    .getByLabel('No')
    .check();
  const provider = page.getByRole('group', { name: 'Provider 1' });
  await provider.getByLabel('Name', { exact: true }).fill('Stripe');
  await provider.getByLabel('What they do for you').fill('Card payments');
  // Part 2h (not in SAQ D): tick every criterion that applies.
  const criteria = page.getByRole('region', { name: /^Part 2h/ }).getByRole('checkbox');
  for (const box of await criteria.all()) await box.check();
  const scans = page.getByRole('region', { name: /^Quarterly external scans/ });
  if ((await scans.count()) > 0) {
    await scans.getByLabel('Your approved scanning vendor (ASV)').fill('ScanSafe Ltd');
    // Four passing scans a quarter apart within the last 12 months, whatever today is.
    for (const [i, days] of [-300, -210, -120, -30].entries()) {
      await scans
        .getByLabel(`Date of scan ${i + 1} of the last four quarters`)
        .fill(dayFromToday(days));
      await scans
        .getByRole('group', { name: `Result of scan ${i + 1}` })
        .getByLabel('Passed')
        .check();
    }
  }

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
  await checkAll(page.getByRole('region', { name: /^Part 3a/ }).getByRole('checkbox'));
  await page.getByLabel('Name', { exact: true }).fill('Chidi Okafor');
  await page.getByLabel('Job title').fill('Chair of trustees');
  await page.getByLabel('Date of signing, if known').fill(dayFromToday(0));
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
