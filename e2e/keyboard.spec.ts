import { expect, test } from './fixtures';
import { startAssessment } from './assessment-page';
import { Interview } from './interview-page';
import { pressOn as press, tabTo } from './keys';

test('interview, SAQ A, review and export with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  const i = new Interview(page);
  await page.goto('/');
  await press(page, page.getByRole('button', { name: 'Start now' }));
  const choose = async (label: string) => {
    await press(page, page.getByLabel(label, { exact: true }), 'Space');
    await press(page, page.getByRole('button', { name: 'Continue' }));
  };
  await i.expectQuestion('What does your organisation do with card payments?');
  await choose('We take card payments for ourselves');
  await press(
    page,
    page.getByRole('button', { name: 'Skip: mine is not listed or I am not sure' }),
  );
  await choose('Online');
  await choose("We send donors to the provider's own page");
  await i.expectQuestion('Do you take card payments online in any other way?');
  await choose('No');
  for (const answer of ['No', 'No', 'No', 'Yes', 'Fewer than 20,000']) await choose(answer);
  await expect(i.heading()).toHaveText('Check your answers');
  await press(page, page.getByRole('button', { name: 'See which questionnaire you need' }));
  await expect(i.heading()).toHaveText('You need SAQ A');

  await press(page, page.getByRole('link', { name: 'Start SAQ A' }));
  await tabTo(page, page.getByLabel('Organisation name'));
  await page.keyboard.type('Keyboard Kindness Trust');
  await page.keyboard.press('Enter');
  await expect(i.heading()).toHaveText('Keyboard Kindness Trust');
  await press(page, page.getByRole('button', { name: 'Confirm all 8 proposals' }));
  await expect(page.getByText('8 of 27 requirements answered.')).toBeVisible();

  await press(page, page.getByRole('link', { name: /Requirement 12:/ }));
  const radios = page.getByRole('radio', { name: 'In Place', exact: true });
  await expect(radios.first()).toBeVisible();
  for (let n = 0; n < (await radios.count()); n++) await press(page, radios.nth(n), 'Space');
  await expect(page.getByText('All changes saved in this browser')).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Mark this group as done' }));
  await expect(page.getByText('This group is complete.')).toBeVisible();
  await press(page, page.getByRole('link', { name: 'Back to the task list' }).first());

  await press(page, page.getByRole('link', { name: 'Review and complete' }));
  await expect(i.heading()).toHaveText('Review and complete');
  await expect(page.getByRole('link', { name: /2\.2\.2: choose a response/ })).toBeVisible();
  await press(page, page.getByRole('link', { name: 'Back to the task list' }).first());
  await press(page, page.getByRole('link', { name: 'See the report and download the PDF record' }));
  const download = page.waitForEvent('download');
  await press(page, page.getByRole('button', { name: 'Download the PDF record' }));
  expect((await download).suggestedFilename()).toMatch(/^SAQ-A_Keyboard-Kindness-Trust_.*\.pdf$/);
});

test('the skip link comes first and every control shows where the focus is', async ({ page }) => {
  await startAssessment(page, 'Focus Ring Trust');
  await page.getByRole('link', { name: /Requirement 2:/ }).click();
  await expect(page.getByRole('radio', { name: 'In Place', exact: true }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'In Place', exact: true }).first()).toBeVisible();

  // The first Tab reaches the skip link, visible on screen; Enter moves focus to the main content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Tab on through the page: every stop has a visible indicator, on the control or on the drawn
  // circle or box of a custom radio or checkbox.
  const seen = new Set<string>();
  for (let n = 0; n < 30; n++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const drawn =
        el instanceof HTMLInputElement && ['radio', 'checkbox'].includes(el.type)
          ? el.nextElementSibling
          : null;
      const style = drawn ? getComputedStyle(drawn, '::before') : getComputedStyle(el);
      const rect = (drawn ?? el).getBoundingClientRect();
      return {
        what: `${el.tagName.toLowerCase()}${el instanceof HTMLInputElement ? `[${el.type}]` : ''} ${
          el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''
        }`,
        kind: el.tagName.toLowerCase() + (el instanceof HTMLInputElement ? el.type : ''),
        indicated:
          style.boxShadow !== 'none' ||
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2),
        visible: rect.width > 0 && rect.height > 0,
      };
    });
    if (!stop) continue;
    expect(stop.indicated, `focus indicator on ${stop.what}`).toBe(true);
    expect(stop.visible, `${stop.what} is on screen`).toBe(true);
    seen.add(stop.kind);
  }
  // The walk covered links, buttons or summaries, the radios and a notes box.
  expect([...seen]).toEqual(expect.arrayContaining(['a', 'inputradio', 'textarea']));
});
