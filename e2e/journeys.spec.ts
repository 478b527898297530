import {
  answerAllRowsQuickly,
  expectSaved,
  fillSection1,
  fillSection3,
  row,
  startAssessment,
} from './assessment-page';
import { expect, expectAccessible, test } from './fixtures';
import { Interview } from './interview-page';

test.describe('a treasurer’s afternoon', () => {
  test('the empty start page points up to Start now', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
    await expect(page.getByText('Use Start now, above,')).toBeVisible();
    await expect(page.getByText(/below/)).toHaveCount(0);
    await expectAccessible(page, 'the empty start page');
  });

  for (const width of [1280, 320])
    test(`the start page's table keeps its actions in view at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await startAssessment(page, 'Narrow Screen Friends');
      await startAssessment(page, 'Narrow Screen Friends', 'plan=A:ecommerce,P2PE:cardPresent');
      await page.goto('/');
      await expect(page.getByText('no interview; three assessments.')).toBeVisible();
      // A new assessment says how far it is, and nothing about "actions to finish".
      await expect(page.getByText('0 of 27 answered')).toHaveCount(2);
      await expect(page.getByText(/Actions to finish/)).toHaveCount(0);
      await expect(page.getByText(/\(s\)/)).toHaveCount(0);
      const actions = page.getByRole('button', { name: /^Actions for / });
      await expect(actions).toHaveCount(3);
      for (const button of await actions.all()) {
        await button.scrollIntoViewIfNeeded();
        await expect(button).toBeInViewport();
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await actions.first().click();
      await expect(
        page.getByRole('button', { name: /^Rename Narrow Screen Friends/ }),
      ).toBeInViewport();
      await page.keyboard.press('Escape');
      await expect(actions.first()).toBeFocused();
      await expect(actions.first()).toHaveAttribute('aria-expanded', 'false');
      await expectAccessible(page, `the start page at ${width} px`);
    });

  test('one SAQ per channel opens the first of them', async ({ page }) => {
    await page.goto('/assessments/new?plan=A:ecommerce,P2PE:cardPresent');
    await page.getByLabel('Organisation name').fill('Gala Pair Trust');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gala Pair Trust');
    await expect(page.getByText(/^SAQ A ·/)).toBeVisible();
    await expect(page).toHaveURL(/\/assessments\/[^/]+$/);
  });

  test('a compact group page: next and previous group after marking one done', async ({ page }) => {
    await startAssessment(page, 'Next Group Society');
    await page.getByRole('link', { name: /Requirement 3:/ }).click();
    // What the answers mean is said once; each radio refers to it.
    await expect(page.getByRole('heading', { name: 'What the answers mean' })).toBeVisible();
    const group = row(page, '3.1.1').getByRole('group', { name: 'Your response to 3.1.1' });
    await expect(
      group.getByRole('radio', { name: 'In Place', exact: true }),
    ).toHaveAccessibleDescription('In Place: you do this, and could show the evidence.');
    await expectAccessible(page, 'the compact group page');
    await answerAllRowsQuickly(page);
    await expectSaved(page);
    await page.getByRole('button', { name: 'Mark this group as done' }).click();
    await expect(page.getByText('This group is complete.')).toBeVisible();
    const next = page.getByRole('link', { name: /^Next group: Requirement / });
    const name = (await next.textContent()) ?? '';
    const following = name.replace(/^Next group: /, '');
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(following);
    await page.getByRole('link', { name: /^Previous group: Requirement 3:/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Requirement 3:/);
  });

  test('the review groups what is missing by requirement and says who follows up', async ({
    page,
  }) => {
    await startAssessment(page, 'Grouped Review Fund');
    await page.getByRole('link', { name: /Requirement 12:/ }).click();
    await row(page, '12.8.1').getByRole('radio', { name: "Don't know yet" }).check();
    await row(page, '12.8.1').getByLabel('Who will find out?').fill('Sam, the treasurer');
    await row(page, '12.8.1').getByLabel('What to ask or check').fill('Ask Stripe for the AOC');
    await expectSaved(page);
    await page.getByRole('link', { name: 'Back to the task list' }).first().click();
    await page.getByRole('link', { name: 'Review and complete' }).click();
    const twelve = page.getByRole('region', { name: /^Requirement 12:/ });
    await expect(twelve.getByRole('heading', { level: 3 })).toContainText('things');
    await expect(twelve.getByRole('link', { name: /^12\.8\.1/ })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Section 1: Assessment information' }),
    ).toBeVisible();
    const followUps = page.getByRole('region', { name: /Don't know yet: who will find out/ });
    await expect(followUps).toContainText('Who will find out: Sam, the treasurer');
    await expect(followUps).toContainText('What to ask: Ask Stripe for the AOC');
    await expectAccessible(page, 'the grouped review');
  });

  test('completing says where the backup went and offers the PDF and the official forms', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await startAssessment(page, 'Complete Care Trust');
    const groups = page.getByRole('link', { name: /^Requirement \d+:/ });
    const count = await groups.count();
    for (let n = 0; n < count; n++) {
      await groups.nth(n).click();
      await answerAllRowsQuickly(page);
      await expectSaved(page);
      await page.getByRole('link', { name: 'Back to the task list' }).first().click();
    }
    await fillSection1(page);
    await fillSection3(page);
    await page.getByRole('link', { name: 'Back to the task list' }).first().click();
    await page.getByRole('link', { name: 'Review and complete' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /missing/ })).toHaveText(
      'Nothing is missing',
    );
    const backup = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    const file = (await backup).suggestedFilename();
    await expect(
      page.getByText(`Your backup was saved as ${file}, in your Downloads folder.`),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Fill in the official forms' })).toHaveAttribute(
      'href',
      /\/official-forms$/,
    );
    const pdf = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the PDF record' }).click();
    expect((await pdf).suggestedFilename()).toMatch(/\.pdf$/);
  });

  test('a result not settled yet: start the likely SAQ, provisional until the answer arrives', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const i = new Interview(page);
    await i.startAsMerchant();
    await i.answer('Online');
    await i.answer("The provider's card fields appear inside our page");
    await i.expectQuestion('Is the page around the card fields protected against script attacks?');
    await i.answer("I'm not sure");
    await i.expectQuestion('Who runs the server your website is on?');
    await i.answer('A hosting company or web agency that is PCI DSS compliant for it');
    await i.answer('No');
    await i.answerGlobals();
    await i.seeResult();
    await page.getByRole('link', { name: 'Start SAQ A now (provisional)' }).click();
    await page.getByLabel('Organisation name').fill('Waiting Game Trust');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waiting Game Trust');
    await expect(page.getByRole('note')).toContainText('Provisional: SAQ A');
    await page.goto('/');
    await expect(page.getByText('Provisional', { exact: true })).toBeVisible();

    // The provider confirms: the answer changes, the result settles, the assessment follows.
    await page.goto('/');
    await page.getByRole('link', { name: /^See the interview result/ }).click();
    await page.goto('/interview/check');
    await page
      .getByRole('link', { name: /Change.*protected against script attacks/ })
      .first()
      .click();
    await i.answer('Our provider has confirmed it in writing');
    await page.goto('/interview/check');
    await i.seeResult();
    await expect(i.heading()).toHaveText('You need SAQ A');
    await page.goto('/');
    await expect(page.getByText('Provisional', { exact: true })).toHaveCount(0);
  });

  test('an organisation’s interview: resumed, started again saying what it deletes, deleted on its own', async ({
    page,
  }) => {
    const i = new Interview(page);
    await page.goto('/');
    await page.getByLabel("Your organisation's name (optional)").fill('Again Trust');
    await page.getByRole('button', { name: 'Start now' }).click();
    await i.answer('We take card payments for ourselves');
    await i.skipProcessors();
    await i.answer('Online');
    await page.goto('/');
    await expect(page.getByText(/^Interview: question \d+ of \d+\./)).toBeVisible();
    await page.getByRole('link', { name: 'Continue the interview for Again Trust' }).click();
    await i.expectQuestion('How does your online payment form take card details?');

    await page.goto('/');
    let asked = '';
    page.once('dialog', (d) => {
      asked = d.message();
      void d.accept();
    });
    await page.getByRole('button', { name: 'Start the interview again for Again Trust' }).click();
    await i.expectQuestion('What does your organisation do with card payments?');
    expect(asked).toMatch(
      /^Start the interview for Again Trust again\? This deletes its \d+ saved answers \(last saved .+\) from this browser\. Its assessments are kept\.$/,
    );

    await startAssessment(page, 'Again Trust');
    await page.goto('/');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Delete the interview for Again Trust' }).click();
    const again = page.getByRole('region', { name: 'Again Trust' });
    await expect(again).toContainText('no interview; one assessment.');
    await expect(again.getByRole('link', { name: 'SAQ A for Again Trust' })).toBeVisible();
  });
});
