import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './scripts/browser.mjs';

const executablePath = systemChromium();
// E2E_PORT lets two checkouts run their suites side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // No retries: a test that passes only on a second try is a bug to fix, not to hide.
  retries: 0,
  failOnFlakyTests: true,
  reporter: [['list']],
  // Generous for a busy two-core machine; the slowest journeys take about a quarter of it.
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    // Service workers would serve stale builds between runs; tests that need one opt in.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    // The e2e suite tests the production build, with its CSP, as a user gets it.
    command: `npm run build && npx vite preview --strictPort --port ${PORT}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
  },
});
