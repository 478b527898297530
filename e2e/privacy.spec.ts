import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test('the built app runs under its strict CSP and asks nothing of other origins', async ({
  page,
  guard,
}) => {
  const response = await page.goto('/');
  expect(response?.ok()).toBe(true);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  // The headers file static hosts send carries the same policy, plus frame-ancestors.
  const headers = readFileSync('dist/_headers', 'utf8');
  expect(headers).toContain(`Content-Security-Policy: ${csp}; frame-ancestors 'none'`);
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'What does your organisation do with card payments?',
  );
  await page.goto('/glossary');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  // The fixture asserts no foreign request and no CSP violation; check it really listened.
  expect(guard.foreign).toEqual([]);
});

test('a browser too old for the app gets an explanation instead of a blank page', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // Pretend to be a browser without structuredClone.
    Object.defineProperty(window, 'structuredClone', { value: undefined });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Your browser is too old for OpenSAQ',
  );
});
