import { expect, type Page } from '@playwright/test';

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

export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByText('All changes saved in this browser')).toBeVisible();
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
