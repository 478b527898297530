import { expect, expectAccessible, test } from './fixtures';
import { pressOn } from './keys';
import { Interview } from './interview-page';

/** The result panel's colour for a short questionnaire (--success); SAQ D never gets it. */
const GOOD_NEWS_GREEN = 'rgb(0, 112, 60)';

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
    // A short questionnaire is good news: the green panel, without the long-questionnaire note.
    expect(await i.headlineBackground()).toBe(GOOD_NEWS_GREEN);
    await expect(page.getByText('This is a long questionnaire.')).toHaveCount(0);
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
    expect(await i.headlineBackground()).not.toBe(GOOD_NEWS_GREEN);
    await expect(page.getByText(/^This is a long questionnaire\./)).toBeVisible();
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
    await pressOn(page, page.getByRole('button', { name: 'Start now' }));
    await i.expectQuestion('What does your organisation do with card payments?');
    const choose = async (label: string) => {
      await pressOn(page, page.getByLabel(label, { exact: true }), 'Space');
      await pressOn(page, page.getByRole('button', { name: 'Continue' }));
    };
    await choose('We take card payments for ourselves');
    await i.expectQuestion('Which payment processors or donation tools do you use?');
    await pressOn(
      page,
      page.getByRole('button', { name: 'Skip: mine is not listed or I am not sure' }),
    );
    await i.expectQuestion('How do people pay you by card?');
    await choose('Online');
    await choose("We send donors to the provider's own page");
    await i.expectQuestion('Do you take card payments online in any other way?');
    for (const answer of ['No', 'No', 'No', 'No', 'Yes', 'Fewer than 20,000']) await choose(answer);
    await expect(i.heading()).toHaveText('Check your answers');
    await pressOn(page, page.getByRole('button', { name: 'See which questionnaire you need' }));
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
            await page.getByLabel('Search for your provider or tool').fill('stripe');
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
    await expect(
      page
        .getByRole('region', { name: 'Why' })
        .getByText(/^From your choice of iATS Payments \(older Credit Card type\)$/)
        .first(),
    ).toBeVisible();
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

test.describe('the processor picker', () => {
  test('a search finds options, not whole providers; picks are listed and removed without losing focus', async ({
    page,
  }) => {
    const i = new Interview(page);
    await i.start();
    await i.answer('We take card payments for ourselves');
    await i.expectQuestion('Which payment processors or donation tools do you use?');
    expect(await i.progress()).toEqual([2, 8]);
    // Nothing ticked in advance, and the providers folded: a short page.
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
    await expect(page.getByText('Nothing picked yet.')).toBeVisible();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`processor page height at 1280 px: ${height}`);
    expect(height).toBeLessThan(2500);

    const search = page.getByRole('searchbox', { name: 'Search for your provider or tool' });
    await search.fill('PayPal');
    const status = page.getByRole('status').filter({ hasText: 'match' });
    await expect(status).toHaveText(/^\d+ options match "PayPal"\.$/);
    const count = Number((await status.textContent())?.split(' ')[0]);
    const boxes = page.getByRole('checkbox');
    await expect(boxes).toHaveCount(count);
    // Every option found is a PayPal one.
    for (const box of await boxes.all()) await expect(box).toHaveAccessibleName(/PayPal|Payflow/);
    await expect(page.getByText('Where to look', { exact: true }).first()).toBeVisible();
    await page.getByLabel('PayPal - Website Payments Standard', { exact: true }).check();
    await page.getByLabel('PayPal Giving Fund', { exact: true }).check();
    await search.fill('zéttle');
    await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
      '1 option matches "zéttle".',
    );
    await page.getByLabel('A Zettle reader', { exact: true }).check();

    const picked = page.getByRole('region', { name: 'You picked' });
    await expect(picked.getByRole('listitem')).toHaveText([
      /PayPal Standard/,
      /PayPal Giving Fund/,
      /Zettle card reader/,
    ]);
    await expectAccessible(page, 'the processor picker with picks made');

    // Removing moves focus to the next remove button, and after the last one to the search box.
    await picked.getByRole('button', { name: 'Remove PayPal Standard' }).click();
    await expect(picked.getByRole('button', { name: 'Remove PayPal Giving Fund' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(picked.getByRole('button', { name: 'Remove Zettle card reader' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(search).toBeFocused();
    await expect(picked.getByRole('listitem')).toHaveText([/PayPal Giving Fund/]);
    await expect(page.getByLabel('A Zettle reader', { exact: true })).not.toBeChecked();

    await search.fill('no such provider');
    await expect(page.getByRole('status').filter({ hasText: 'Nothing matches' })).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expectAccessible(page, 'the processor picker with a search that finds nothing');
  });

  test('"Question n of m" goes up by one from the first question to the last, the processor page included', async ({
    page,
  }) => {
    const i = new Interview(page);
    await i.start();
    const seen: [number, number][] = [await i.progress()];
    await i.answer('We take card payments for ourselves');
    seen.push(await i.progress());
    await i.pickProcessors([
      'stripe',
      "'Stripe', extension 6.0 or later: the card box sits inside our page",
    ]);
    await i.expectQuestion('Is the page around the card fields protected against script attacks?');
    seen.push(await i.progress());
    await i.answer('Our provider has confirmed it in writing');
    for (const label of ['No', 'No', 'No', 'Yes']) {
      seen.push(await i.progress());
      await i.answer(label);
    }
    await i.expectQuestion('About how many card payments do you take in a year?');
    seen.push(await i.progress());
    expect(seen.map(([index]) => index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // The last question is "n of n".
    expect(seen.at(-1)).toEqual([8, 8]);
  });

  test('a not-settled result writes to the provider picked and lists every way to settle it', async ({
    page,
  }) => {
    const i = new Interview(page);
    await i.start();
    await i.answer('We take card payments for ourselves');
    await i.pickProcessors([
      'stripe',
      "'Stripe', extension 6.0 or later: the card box sits inside our page",
    ]);
    await i.answer("I'm not sure");
    await i.expectQuestion('Who runs the server your website is on?');
    await i.answer('A hosting company or web agency that is PCI DSS compliant for it');
    await i.answerGlobals();
    await i.seeResult();
    await expect(i.heading()).toHaveText('Not settled yet: SAQ A or SAQ A-EP');
    expect(await i.headlineBackground()).not.toBe(GOOD_NEWS_GREEN);
    const settle = page.getByRole('region', { name: 'What settles it' });
    await expect(
      settle.getByRole('button', { name: 'Copy the message to Stripe (card box on your page)' }),
    ).toBeVisible();
    await expect(settle.getByRole('listitem').first()).toContainText('Ask your payment provider');
    await expect(
      settle.getByRole('link', { name: 'Or change how you take payments', exact: false }),
    ).toBeVisible();
    await settle
      .getByRole('link', {
        name: 'Change your answer to: Is the page around the card fields protected against script attacks?',
      })
      .click();
    await i.expectQuestion('Is the page around the card fields protected against script attacks?');
    await i.answer('Our provider has confirmed it in writing');
    await i.seeResult();
    await expect(i.heading()).toHaveText('You need SAQ A');
  });
});
