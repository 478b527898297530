import { expect, type Page } from '@playwright/test';

/** Page object for the interview: answers by visible labels, as a user would. */
export class Interview {
  constructor(readonly page: Page) {}

  async start(): Promise<void> {
    await this.page.goto('/');
    await this.page.getByRole('button', { name: 'Start now' }).click();
    await expect(this.heading()).toHaveText('What does your organisation do with card payments?');
  }

  /** Starts the interview as a merchant that skips the processor step: where most journeys begin. */
  async startAsMerchant(): Promise<void> {
    await this.start();
    await this.answer('We take card payments for ourselves');
    await this.skipProcessors();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Picks one or more options on the current question, then presses Continue. */
  async answer(...labels: string[]): Promise<void> {
    for (const label of labels) await this.page.getByLabel(label, { exact: true }).check();
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }

  /** The optional processor step: skip it, as someone whose processor is not listed would. */
  async skipProcessors(): Promise<void> {
    await this.expectQuestion('Which payment processors or donation tools do you use?');
    await this.page
      .getByRole('button', { name: 'Skip: mine is not listed or I am not sure' })
      .click();
  }

  /** Picks processors on the processor step: `[search, label]` pairs, then Continue. */
  async pickProcessors(...picks: [string, string][]): Promise<void> {
    await this.expectQuestion('Which payment processors or donation tools do you use?');
    for (const [search, label] of picks) {
      await this.page.getByLabel('Search for your provider or tool').fill(search);
      await this.page.getByLabel(label, { exact: true }).first().check();
    }
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }

  /** The common tail of the interview: no stored data, no email, no paper, provider confirmed. */
  async answerGlobals(opts: { shared?: string } = {}): Promise<void> {
    await this.expectQuestion(
      'Do you keep full card numbers anywhere on your computers or systems?',
    );
    await this.answer('No');
    await this.expectQuestion('Do card numbers ever reach you by email, chat or online forms?');
    await this.answer('No');
    await this.expectQuestion('Do you keep paper records that show card details?');
    await this.answer('No');
    await this.expectQuestion(
      'Have you confirmed that your payment providers are PCI DSS compliant?',
    );
    await this.answer('Yes');
    if (opts.shared) {
      await this.expectQuestion(
        'Do your different ways of taking payments share computers or networks?',
      );
      await this.answer(opts.shared);
    }
    await this.expectQuestion('About how many card payments do you take in a year?');
    await this.answer('Fewer than 20,000');
  }

  /** "Question 3 of 9" as the page shows it: [3, 9]. */
  async progress(): Promise<[number, number]> {
    const text = (await this.page.getByText(/^Question \d+ of \d+/).textContent()) ?? '';
    const [, index = '0', total = '0'] = /Question (\d+) of (\d+)/.exec(text) ?? [];
    return [Number(index), Number(total)];
  }

  /**
   * The background colour of the result's headline panel (the box around the page heading): the
   * green of good news or a neutral one. Read from the heading found by its role.
   */
  async headlineBackground(): Promise<string> {
    return this.heading().evaluate((h) =>
      h.parentElement ? getComputedStyle(h.parentElement).backgroundColor : '',
    );
  }

  async expectQuestion(title: string): Promise<void> {
    await expect(this.heading()).toHaveText(title);
  }

  async seeResult(): Promise<void> {
    await expect(this.heading()).toHaveText('Check your answers');
    await this.page.getByRole('button', { name: 'See which questionnaire you need' }).click();
  }

  /** The shortest journey: online only, through the provider's own page; ends on SAQ A's result. */
  async redirectOnlyToSaqA(): Promise<void> {
    await this.startAsMerchant();
    await this.answer('Online');
    await this.answer("We send donors to the provider's own page");
    await this.answer('No');
    await this.answerGlobals();
    await this.seeResult();
    await expect(this.heading()).toHaveText('You need SAQ A');
  }
}
