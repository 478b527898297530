import type { Page } from '@playwright/test';
import { expectSaved, row } from './assessment-page';
import { expect, expectAccessible, test } from './fixtures';
import { Interview } from './interview-page';

const CLIENTS = ['Alder Lane Trust', 'Birch Street Choir', 'Cedar Hill Shelter'] as const;
/** A note only each client's assessment holds: its answers must not show for another client. */
const secret = (client: string) => `Evidence for ${client}: the blue binder`;

/** One client's afternoon: its interview to SAQ A, the assessment, and one note on 12.8.1. */
async function openClient(page: Page, client: string, first: boolean): Promise<void> {
  const i = new Interview(page);
  await page.goto('/');
  if (first) {
    await page.getByLabel("Your organisation's name (optional)").fill(client);
    await page.getByRole('button', { name: 'Start now' }).click();
  } else {
    await page.getByLabel("The other organisation's name (optional)").fill(client);
    await page.getByRole('button', { name: 'Start an interview for it' }).click();
  }
  await i.expectQuestion('What does your organisation do with card payments?');
  await i.answer('We take card payments for ourselves');
  await i.skipProcessors();
  await i.answer('Online');
  await i.answer("We send donors to the provider's own page");
  await i.answer('No');
  await i.answerGlobals();
  await i.seeResult();
  await expect(i.heading()).toHaveText('You need SAQ A');
  await page.getByRole('link', { name: 'Start SAQ A' }).click();
  // The interview's name carries over to the assessment.
  await expect(page.getByLabel('Organisation name')).toHaveValue(client);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(i.heading()).toHaveText(client);
  await page.getByRole('link', { name: /Requirement 12:/ }).click();
  await row(page, '12.8.1')
    .getByLabel('Notes for 12.8.1: who checked, where the evidence is')
    .fill(secret(client));
  await expectSaved(page);
}

/** Nothing of the other clients on this page: not their names, not their answers, not the title. */
async function expectOnly(page: Page, shown: string, where: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const other of CLIENTS.filter((c) => c !== shown)) {
    await expect(page.getByText(other), `${other} on ${where}`).toHaveCount(0);
    await expect(page.getByText(secret(other)), `${other}'s note on ${where}`).toHaveCount(0);
    await expect(page).not.toHaveTitle(new RegExp(other));
    const html = await page.content();
    expect(html.includes(other), `${other} anywhere in ${where}`).toBe(false);
  }
}

test('workshop view: three clients, and only the one in use shows anywhere', async ({ page }) => {
  test.setTimeout(180_000);
  for (const [n, client] of CLIENTS.entries()) await openClient(page, client, n === 0);

  // The start page lists each organisation with its interview and its assessment.
  await page.goto('/');
  for (const client of CLIENTS)
    await expect(page.getByRole('heading', { name: client, level: 3 })).toBeVisible();
  await expect(page.getByText('an interview; one assessment.')).toHaveCount(3);

  // Birch Street Choir on the projector.
  const shown = CLIENTS[1];
  await page.getByRole('link', { name: `SAQ A for ${shown}` }).click();
  await page.getByLabel(`Show only ${shown} on this computer`).check();
  await expect(page).not.toHaveTitle(new RegExp(shown));

  await page.goto('/');
  await expect(page.getByRole('heading', { name: shown, level: 3 })).toBeVisible();
  await expectOnly(page, shown, 'the start page');
  await expectAccessible(page, 'the start page in workshop view');

  // Its interview's result: the one of the client in use, even though another was opened last.
  await page.getByRole('link', { name: `See the interview result for ${shown}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You need SAQ A');
  await expectOnly(page, shown, 'the result page');
  // Typed in, the result address still shows only this client's interview.
  await page.goto('/interview/result');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You need SAQ A');
  await expectOnly(page, shown, 'the result page typed in');

  await page.goto('/');
  await page.getByRole('link', { name: 'Organisation page' }).click();
  await expectOnly(page, shown, 'the organisation page');

  await page.goto('/files');
  await expectOnly(page, shown, 'the files page');

  // Its own assessment still holds its answers.
  await page.goto('/');
  await page.getByRole('link', { name: `SAQ A for ${shown}` }).click();
  await page.getByRole('link', { name: /Requirement 12:/ }).click();
  await expect(
    row(page, '12.8.1').getByLabel('Notes for 12.8.1: who checked, where the evidence is'),
  ).toHaveValue(secret(shown));

  // Off again: every client is back.
  await page.goto('/');
  await page.getByRole('button', { name: 'Show every organisation again' }).click();
  for (const client of CLIENTS)
    await expect(page.getByRole('heading', { name: client, level: 3 })).toBeVisible();
});
