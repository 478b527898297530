import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

interface Guard {
  /** Requests that left the app's origin. */
  foreign: string[];
  /** Content-Security-Policy violations seen by the page. */
  csp: string[];
}

/**
 * Every test runs with a guard: it fails on any request outside the app's origin and on any CSP
 * violation, because the app promises that nothing leaves the device.
 */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const guard: Guard = { foreign: [], csp: [] };
      // The context sees the service worker's own requests too, not only the page's.
      context.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) guard.foreign.push(url);
      });
      page.on('console', (message) => {
        if (/Content[- ]Security[- ]Policy/i.test(message.text())) guard.csp.push(message.text());
      });
      await page.addInitScript(() => {
        window.addEventListener('securitypolicyviolation', (e) => {
          console.error(
            `Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`,
          );
        });
      });
      await use(guard);
      expect(guard.foreign, 'requests outside the app origin').toEqual([]);
      expect(guard.csp, 'CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Fails the test on any axe violation of the page as it is now. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 100)} ${n.failureSummary ?? ''}`).join(', ')}`,
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}
