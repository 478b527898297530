// Draws the web app manifest's PNG icons from the same shapes as public/favicon.svg, with the
// system Chromium: `node scripts/make-icons.mjs`. Run again only if the logo changes.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './browser.mjs';

const check = (scale) =>
  `<path transform="translate(${16 - 16 * scale} ${16 - 16 * scale}) scale(${scale})" d="M9 16.5l4.5 4.5L23 11" stroke="#fff" stroke-width="3.5" fill="none" stroke-linecap="round" stroke-linejoin="round"/>`;
const icons = [
  // The plain icon, rounded like the favicon.
  {
    file: 'icon-192.png',
    size: 192,
    svg: `<rect width="32" height="32" rx="6" fill="#1d4e89"/>${check(1)}`,
  },
  {
    file: 'icon-512.png',
    size: 512,
    svg: `<rect width="32" height="32" rx="6" fill="#1d4e89"/>${check(1)}`,
  },
  // Maskable: full bleed, the tick inside the central safe zone (80%).
  {
    file: 'icon-maskable-512.png',
    size: 512,
    svg: `<rect width="32" height="32" fill="#1d4e89"/>${check(0.75)}`,
  },
];
const executablePath = systemChromium();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage();
for (const { file, size, svg } of icons) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}">${svg}</svg>`,
  );
  await page.screenshot({ path: `public/${file}`, omitBackground: true });
  console.log(`wrote public/${file}`);
}
await browser.close();
