import type { Page } from '@playwright/test';
import { startAssessment } from './assessment-page';
import { expect, expectAccessible, test } from './fixtures';

async function expectNoSideways(page: Page, what: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${what} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
}

test('at 320 px wide no page scrolls sideways (tables scroll inside their own box)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  test.setTimeout(90_000);
  await page.goto('/');
  await expectNoSideways(page, 'the start page');
  await page.goto('/interview/role');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSideways(page, 'a question');
  await startAssessment(
    page,
    'Narrow Screen Charity With A Long Name',
    'saq=D-Merchant&channels=ecommerce',
  );
  await expectNoSideways(page, 'the task list');
  await page.getByRole('link', { name: /Requirement 8:/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Requirement 8');
  await expectNoSideways(page, 'a requirement page');
  await page.getByRole('link', { name: 'Back to the task list' }).first().click();
  await page.getByRole('link', { name: 'Review and complete' }).click();
  await expectNoSideways(page, 'the review page');
  await page.getByRole('link', { name: 'Back to the task list' }).first().click();
  await page.getByRole('link', { name: 'See the report and download the PDF record' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSideways(page, 'the report');
  await expectAccessible(page, 'the report at 320 px');
});

test('forced colours and reduced motion keep every control visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await page.goto('/interview/role');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The custom radio circles are drawn with borders, which forced-colours mode keeps.
  const border = await page
    .locator('.choice__label')
    .first()
    .evaluate((el) => getComputedStyle(el, '::before').borderStyle);
  expect(border).toBe('solid');
  await expectAccessible(page, 'a question in forced colours');
  // Nothing animates when less motion is asked for, even while moving between pages.
  await page.getByLabel('We take card payments for ourselves', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/What does your/);
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  const transition = await page
    .getByRole('button', { name: /Continue|Skip/ })
    .first()
    .evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(transition).toBe('0s');
});

test('at 200% zoom on a 1280 × 800 screen the pages reflow and the text keeps its size', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // 200% zoom halves the CSS viewport and doubles the device pixel ratio.
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto('/interview/role');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSideways(page, 'a question at 200%');
  await startAssessment(page, 'Zoomed In Trust', 'saq=D-Merchant&channels=ecommerce');
  await expectNoSideways(page, 'the task list at 200%');
  await page.getByRole('link', { name: /Requirement 12:/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Requirement 12');
  await expectNoSideways(page, 'a requirement page at 200%');
  // Body text is set in rem, so the browser's zoom and text-size settings scale it.
  const size = await page
    .locator('.row__asks')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(16);
  await expectAccessible(page, 'a requirement page at 200%');
});
