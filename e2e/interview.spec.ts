import { expect, expectAccessible, test } from './fixtures';
import { Interview } from './interview-page';

test.describe('the interview', () => {
  test('PayPal-Standard-style redirect leads to SAQ A', async ({ page }) => {
    const i = new Interview(page);
    await i.startAsMerchant();
    await i.answer('Online');
    await i.expectQuestion('How does your online payment form take card details?');
    await i.answer("We send donors to the provider's own page");
    await i.answer('No');
    await i.answerGlobals();
    await i.seeResult();
    await expect(i.heading()).toHaveText('You need SAQ A');
    await expect(page.getByText('has 27 requirements to answer')).toBeVisible();
    await expect(page.getByText('Source: PCI SSC FAQ 1588')).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'What you must be able to confirm for SAQ A' }),
    ).toBeVisible();
  });

  test('an iframe without script protection on shared hosting leads to SAQ D, with what would change it', async ({
    page,
  }) => {
    const i = new Interview(page);
    await i.startAsMerchant();
    await i.answer('Online');
    await i.answer("The provider's card fields appear inside our page");
    await i.expectQuestion('Is the page around the card fields protected against script attacks?');
    await i.answer('No, neither of these');
    await i.expectQuestion('Who runs the server your website is on?');
    await i.answer('A hosting company or web agency that is not PCI DSS compliant for it');
    await i.answer('No');
    await i.answerGlobals();
    await i.seeResult();
    await expect(i.heading()).toHaveText('You need SAQ D for Merchants');
    // SAQ D is not announced as good news, and its count is the rows a merchant answers.
    await expect(page.locator('.panel--long')).toBeVisible();
    await expect(page.getByText('has 233 requirements to answer')).toBeVisible();
    const change = page.getByRole('region', { name: 'What would change it' });
    await expect(change).toContainText('written confirmation');
    await expect(change).toContainText(
      'SAQ A instead of SAQ D for Merchants: 206 fewer requirements',
    );
  });

  test('an iframe with the provider’s written confirmation leads to SAQ A', async ({ page }) => {
    const i = new Interview(page);
    await i.startAsMerchant();
    await i.answer('Online');
    await i.answer("The provider's card fields appear inside our page");
    await i.answer('Our provider has confirmed it in writing');
    await i.expectQuestion('Do you take card payments online in any other way?');
    await i.answer('No');
    await i.answerGlobals();
    await i.seeResult();
    await expect(i.heading()).toHaveText('You need SAQ A');
  });

  test('online redirect and a P2PE terminal at the gala on separate laptops: per-channel SAQs, D as the alternative', async ({
    page,
  }) => {
    const i = new Interview(page);
    await i.startAsMerchant();
    await i.answer('Online', 'In person');
    await i.answer("We send donors to the provider's own page");
    await i.answer('No');
    await i.expectQuestion('What do you use to take card payments in person?');
    await i.answer('Terminals from a P2PE (point-to-point encryption) solution');
    await i.expectQuestion("Is your P2PE solution on the PCI Council's list?");
    await i.answer('Yes, it is on the list');
    await i.answer('No');
    await i.answerGlobals({ shared: 'No, they are kept separate' });
    await i.seeResult();
    // The per-channel SAQs come first; D is the single-questionnaire alternative.
    await expect(i.heading()).toHaveText(
      'SAQ A for online and SAQ P2PE for in person, if your acquirer agrees',
    );
    await expect(
      page.getByText('The alternative is one questionnaire for everything: SAQ D for Merchants.'),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', {
        name: 'What you must be able to confirm for SAQ A, for your online payments only',
      }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', {
        name: 'What you must be able to confirm for SAQ P2PE, for your in person payments only',
      }),
    ).toBeVisible();
    // A redirect: SAQ A's script criterion is shown as not applying (FAQ 1588).
    await expect(page.getByText(/Does not apply to you: your site sends donors/)).toBeVisible();
    const perChannel = page.getByRole('region', { name: 'One shorter questionnaire per channel' });
    await expect(perChannel.getByRole('row', { name: /Online/ })).toContainText(
      'SAQ A (27 requirements)',
    );
    await expect(perChannel.getByRole('row', { name: /In person/ })).toContainText(
      'SAQ P2PE (21 requirements)',
    );
    await expect(perChannel).toContainText(
      'The alternative: one questionnaire that covers everything, SAQ D for Merchants',
    );
  });

  test('"I\'m not sure" about the payment page gives needs-review with a message to send', async ({
    page,
  }) => {
    const i = new Interview(page);
    await i.startAsMerchant();
    await i.answer('Online');
    await i.answer("I'm not sure");
    await i.expectQuestion('Who runs the server your website is on?');
    await i.answer("I'm not sure");
    await i.answer('No');
    await i.answerGlobals();
    await i.seeResult();
    await expect(i.heading()).toHaveText('Not settled yet: SAQ A, SAQ A-EP or SAQ D for Merchants');
    await expect(page.getByText('How does our donation page take card details?')).toBeVisible();
    await expect(
      page.getByRole('button', { name: /Copy the message to whoever looks after your website/ }),
    ).toBeVisible();
    await expectAccessible(page, 'a needs-review result');
  });

  test('a reload mid-interview resumes at the same question with the answers kept', async ({
    page,
  }) => {
    const i = new Interview(page);
    await i.startAsMerchant();
    await i.answer('Online', 'By phone or post');
    await i.answer("The provider's card fields appear inside our page");
    await i.expectQuestion('Is the page around the card fields protected against script attacks?');
    await page.reload();
    await i.expectQuestion('Is the page around the card fields protected against script attacks?');
    await page.getByRole('link', { name: /^\W*Back$/ }).click();
    await expect(
      page.getByLabel("The provider's card fields appear inside our page"),
    ).toBeChecked();
    // A fresh visit to the start page offers to continue the interview it lists.
    await page.goto('/');
    await page.getByRole('link', { name: /^Continue the interview/ }).click();
    await i.expectQuestion('How does your online payment form take card details?');
  });

  test('changing an answer from the check page drops follow-ups that no longer apply', async ({
    page,
  }) => {
    const i = new Interview(page);
    await i.startAsMerchant();
    await i.answer('Online');
    await i.answer("The provider's card fields appear inside our page");
    await i.answer('Our provider has confirmed it in writing');
    await i.answer('No');
    await i.answerGlobals();
    await expect(i.heading()).toHaveText('Check your answers');
    await expect(page.getByText('Our provider has confirmed it in writing')).toBeVisible();
    await page
      .getByRole('link', {
        name: 'Change your answer to: How does your online payment form take card details?',
      })
      .click();
    await i.answer("We send donors to the provider's own page");
    await expect(i.heading()).toHaveText('Check your answers');
    await expect(page.getByText('Our provider has confirmed it in writing')).toHaveCount(0);
    await page.getByRole('button', { name: 'See which questionnaire you need' }).click();
    await expect(i.heading()).toHaveText('You need SAQ A');
  });

  test('continuing without an answer shows an error summary that takes focus', async ({ page }) => {
    const i = new Interview(page);
    await i.start();
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(/Select an answer/);
    await expect(page).toHaveTitle(/^Error: /);
    await summary.getByRole('link').click();
    await expect(page.getByLabel('We take card payments for ourselves')).toBeFocused();
  });

  test('a deep link to a question that cannot be asked yet lands on the next allowed one', async ({
    page,
  }) => {
    const i = new Interview(page);
    await page.goto('/interview/transactions');
    await i.expectQuestion('What does your organisation do with card payments?');
    await expect(page).toHaveURL(/\/interview\/role$/);
    await page.goto('/interview/result');
    await expect(page).toHaveURL(/\/interview\/role$/);
  });

  test('the whole interview by keyboard alone', async ({ page }) => {
    await page.goto('/');
    const i = new Interview(page);
    // Tab to "Start now" and press Enter.
    for (let n = 0; n < 10; n++) {
      await page.keyboard.press('Tab');
      if (
        await page
          .getByRole('button', { name: 'Start now' })
          .evaluate((el) => el === document.activeElement)
      )
        break;
    }
    await page.keyboard.press('Enter');
    await i.expectQuestion('What does your organisation do with card payments?');
    const chooseFirstAndContinue = async (downs = 0) => {
      await page.locator('main input').first().focus();
      await page.keyboard.press('Space');
      for (let n = 0; n < downs; n++) await page.keyboard.press('ArrowDown');
      await page.getByRole('button', { name: 'Continue' }).focus();
      await page.keyboard.press('Enter');
    };
    await chooseFirstAndContinue(); // merchant
    await i.expectQuestion('Which payment processors or donation tools do you use?');
    await page.getByRole('button', { name: 'Skip: mine is not listed or I am not sure' }).focus();
    await page.keyboard.press('Enter');
    await i.expectQuestion('How do people pay you by card?');
    await chooseFirstAndContinue(); // channels: Online (checkbox, Space ticks it)
    await chooseFirstAndContinue(); // redirect
    await i.expectQuestion('Do you take card payments online in any other way?');
    await chooseFirstAndContinue(1); // No
    await chooseFirstAndContinue(); // stored: No
    await chooseFirstAndContinue(); // emailed: No
    await chooseFirstAndContinue(); // paper: No
    await chooseFirstAndContinue(); // providers confirmed: Yes
    await chooseFirstAndContinue(); // under 20k
    await expect(i.heading()).toHaveText('Check your answers');
    await page.getByRole('button', { name: 'See which questionnaire you need' }).focus();
    await page.keyboard.press('Enter');
    await expect(i.heading()).toHaveText('You need SAQ A');
  });
});

test.describe('accessibility', () => {
  /**
   * Every question page, with and without its error, plus the check page and the result: split in
   * three so that each test stays far from its timeout (two axe scans a page) on a busy machine.
   */
  const all: { labels: string[]; scan: 'online' | 'phone-in-person' | 'closing' }[] = [
    { labels: ['We take card payments for ourselves'], scan: 'online' },
    { labels: ['Online', 'By phone or post', 'In person'], scan: 'online' },
    { labels: ["The provider's card fields appear inside our page"], scan: 'online' },
    { labels: ["I'm not sure"], scan: 'online' },
    { labels: ["I'm not sure"], scan: 'online' },
    { labels: ['No'], scan: 'online' },
    { labels: ["Staff type them into the provider's virtual terminal"], scan: 'phone-in-person' },
    { labels: ["I'm not sure"], scan: 'phone-in-person' },
    { labels: ['Yes, it stays in one place'], scan: 'phone-in-person' },
    { labels: ['No'], scan: 'phone-in-person' },
    { labels: ['A till or point-of-sale system on a computer or tablet'], scan: 'phone-in-person' },
    { labels: ["I'm not sure"], scan: 'phone-in-person' },
    { labels: ['Yes, one location'], scan: 'phone-in-person' },
    { labels: ['No'], scan: 'phone-in-person' },
    { labels: ['No'], scan: 'closing' },
    { labels: ['No'], scan: 'closing' },
    { labels: ['No'], scan: 'closing' },
    { labels: ['Not yet'], scan: 'closing' },
    { labels: ['Yes, some share computers or networks'], scan: 'closing' },
    { labels: ['Fewer than 20,000'], scan: 'closing' },
  ];

  for (const part of ['online', 'phone-in-person', 'closing'] as const) {
    test(`every ${part} question page, with and without its error, has no axe violations`, async ({
      page,
    }) => {
      const i = new Interview(page);
      await page.goto('/');
      if (part === 'online') await expectAccessible(page, 'the start page');
      await i.start();
      for (const { labels, scan } of all) {
        let title = await i.heading().textContent();
        if (title === 'Which payment processors or donation tools do you use?') {
          if (part === 'online') {
            await page.getByLabel('Search by name').fill('stripe');
            await expectAccessible(page, 'the processor step');
          }
          await i.skipProcessors();
          title = await i.heading().textContent();
        }
        if (scan === part) {
          await expectAccessible(page, `question "${title}"`);
          await page.getByRole('button', { name: 'Continue' }).click();
          await expectAccessible(page, `question "${title}" with its error`);
        }
        await i.answer(...labels);
      }
      await expect(i.heading()).toHaveText('Check your answers');
      if (part !== 'closing') return;
      await expectAccessible(page, 'check your answers');
      await page.getByRole('button', { name: 'See which questionnaire you need' }).click();
      await expect(i.heading()).toHaveText('You need SAQ D for Merchants');
      await expectAccessible(page, 'the result');
    });
  }

  test('the glossary and the not-found page have no axe violations', async ({ page }) => {
    await page.goto('/glossary');
    await expect(
      page.getByText('PAN (primary account number)', { exact: false }).first(),
    ).toBeVisible();
    await expectAccessible(page, 'the glossary');
    await page.goto('/no-such-page');
    await expectAccessible(page, 'not found');
  });
});

test.describe('processors', () => {
  test('CiviCRM + iATS (legacy) leads to SAQ D, with the explanation and the 1stPay alternative', async ({
    page,
  }) => {
    const i = new Interview(page);
    await i.start();
    await i.answer('We take card payments for ourselves');
    await i.pickProcessors(['iats', 'iATS Payments Credit Card (the older type)']);
    await i.answerGlobals();
    await expect(
      page.getByText('From your choice of iATS', { exact: false }).first(),
    ).toBeVisible();
    await i.seeResult();
    await expect(i.heading()).toHaveText('You need SAQ D for Merchants');
    await expect(page.getByRole('region', { name: 'Your payment setups' })).toContainText('iATS');
    await expect(page.getByText(/pass through your own web server/)).toBeVisible();
    // The answer came from the processor choice, and the result says so.
    await expect(page.getByText(/from your choice of iATS/).first()).toBeVisible();
    const change = page.getByRole('region', { name: 'What would change it' });
    await expect(change).toContainText(/1stPay/);
    await expect(change).toContainText(
      'SAQ A instead of SAQ D for Merchants: 206 fewer requirements',
    );
  });

  test('CiviCRM + Stripe card element asks about script protection; confirmed gives SAQ A', async ({
    page,
  }) => {
    const i = new Interview(page);
    await i.start();
    await i.answer('We take card payments for ourselves');
    await i.pickProcessors([
      'stripe',
      "'Stripe', extension 6.0 or later: the card box sits inside our page",
    ]);
    await i.expectQuestion('Is the page around the card fields protected against script attacks?');
    await i.answer('Our provider has confirmed it in writing');
    await i.answerGlobals();
    await i.seeResult();
    await expect(i.heading()).toHaveText('You need SAQ A');
  });

  test('PayPal Standard online and a Square reader at events: the channel map with the reader’s open question; an override follows through', async ({
    page,
  }) => {
    const i = new Interview(page);
    await i.start();
    await i.answer('We take card payments for ourselves');
    await i.pickProcessors(
      ['paypal', 'PayPal - Website Payments Standard'],
      ['square', 'A Square reader with a phone or tablet'],
    );
    // The reader's listing is the question the pick does not settle.
    await i.expectQuestion("Is your reader part of a SPoC solution on the PCI Council's list?");
    await i.answer("I'm not sure");
    await i.expectQuestion(
      "Is the phone or tablet used for payments kept off your organisation's other systems and networks?",
    );
    await i.answer('Yes, it is kept off them');
    await i.answerGlobals({ shared: 'No, they are kept separate' });
    await i.seeResult();
    // Online plus a reader is SAQ D whatever the reader turns out to be; the reader's channel is open.
    await expect(i.heading()).toHaveText('You need SAQ D for Merchants');

    const map = page.getByRole('region', { name: 'Your payment setups' });
    await expect(map.getByRole('row', { name: /Online/ })).toContainText('SAQ A');
    await expect(map.getByRole('row', { name: /In person/ })).toContainText(
      'Not settled: SAQ SPoC or SAQ D for Merchants',
    );
    await expect(
      page.getByText(/Ask your reader's provider whether it is part of a SPoC solution/),
    ).toBeVisible();
    // Override the prefilled reader: it is in fact a P2PE terminal.
    await page.getByRole('link', { name: 'Check or change your answers' }).click();
    await page
      .getByRole('link', {
        name: 'Change your answer to: What do you use to take card payments in person?',
      })
      .click();
    await expect(page.getByText('We filled this in from your choice of')).toBeVisible();
    await i.answer('Terminals from a P2PE (point-to-point encryption) solution');
    await i.answer('Yes, it is on the list');
    await expect(i.heading()).toHaveText('Check your answers');
    await page.getByRole('button', { name: 'See which questionnaire you need' }).click();
    await expect(i.heading()).toHaveText(
      'SAQ A for online and SAQ P2PE for in person, if your acquirer agrees',
    );
    await expect(
      page.getByRole('region', { name: 'One shorter questionnaire per channel' }),
    ).toContainText('SAQ P2PE');
  });
});
