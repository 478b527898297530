// Before the e2e suite: use the system Chromium when there is one; otherwise make sure Playwright's
// own Chromium is installed, so `npm test` also works on a fresh Mac or Windows machine.
import { execSync } from 'node:child_process';
import { systemChromium } from './browser.mjs';

const system = systemChromium();
if (system) {
  console.log(`Using the system Chromium at ${system}.`);
} else {
  console.log("No system Chromium found: installing Playwright's Chromium (once).");
  execSync('npx playwright install chromium', { stdio: 'inherit' });
}
