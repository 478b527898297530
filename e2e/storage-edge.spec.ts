import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from '../scripts/browser.mjs';
import { row, startAssessment } from './assessment-page';
import { expect, test } from './fixtures';

test('served over plain HTTP on a LAN-style address, the app explains what it cannot do', async ({
  baseURL,
}) => {
  // "lan.test" resolves to this machine's loopback, but the browser does not count it as localhost,
  // so the page is not a secure context, as at a workshop served from a laptop's LAN address.
  const executablePath = systemChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP lan.test 127.0.0.1'],
  });
  try {
    const page = await browser.newPage();
    const port = new URL(baseURL ?? 'http://localhost:4174').port;
    await page.goto(`http://lan.test:${port}/`);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    await expect(
      page.getByRole('alert').filter({ hasText: 'This page is not served securely' }),
    ).toContainText('HTTPS');
  } finally {
    await browser.close();
  }
});

test('when the browser runs out of space, the changes stay on screen and the user is told', async ({
  page,
}) => {
  await startAssessment(page, 'Full Disk Trust');
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByRole('link', { name: /Requirement 12:/ }).click();
  await row(page, '12.8.1')
    .getByLabel('Notes for 12.8.1: who checked, where the evidence is')
    .fill('Typed while the disk was full');
  await expect(
    page.getByRole('status').filter({ hasText: 'Not saved. This browser has run out of space' }),
  ).toBeVisible();
  await expect(
    row(page, '12.8.1').getByLabel('Notes for 12.8.1: who checked, where the evidence is'),
  ).toHaveValue('Typed while the disk was full');
  await expect(page.getByRole('link', { name: 'save a copy to a file' })).toBeVisible();
});

test('a tab on the old database steps aside when a newer version upgrades it', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(
    page.getByText(/Nothing is saved here yet|Your organisations in this browser/).first(),
  ).toBeVisible();
  const newer = await context.newPage();
  await newer.goto('/glossary');
  const upgraded = await newer.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const r = indexedDB.open('opensaq', 99);
        r.onupgradeneeded = () => undefined;
        r.onsuccess = () => {
          r.result.close();
          resolve(true);
        };
        r.onblocked = () => resolve(false);
      }),
  );
  expect(upgraded).toBe(true);
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'A newer version of OpenSAQ is open in another tab' }),
  ).toBeVisible();
});
