// `npm run bench:lighthouse`: Lighthouse 12 performance and accessibility scores for the start page,
// the first question and the glossary, desktop and mobile presets, against the local preview server.
// Separate from `npm run bench` (it fetches Lighthouse with npx the first time).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, systemChromium } from './browser.mjs';

const port = 4192;
const base = `http://localhost:${port}`;
if (!existsSync('dist/index.html')) execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
const server = spawn('npx', ['vite', 'preview', '--strictPort', '--port', String(port)], {
  stdio: 'ignore',
});
try {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const env = { ...process.env };
  const chrome = systemChromium();
  if (chrome) env.CHROME_PATH = chrome;
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
  for (const [name, path] of [
    ['home', '/'],
    ['first-question', '/interview/role'],
    ['glossary', '/glossary'],
  ]) {
    for (const preset of ['desktop', 'mobile']) {
      const args = [
        '--yes',
        'lighthouse@12',
        `${base}${path}`,
        '--quiet',
        `--chrome-flags=${flags}`,
        '--only-categories=performance,accessibility',
        '--output=json',
        '--output-path=stdout',
      ];
      if (preset === 'desktop') args.push('--preset=desktop');
      const report = JSON.parse(
        execFileSync('npx', args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
      );
      const score = (c) => Math.round((report.categories[c]?.score ?? 0) * 100);
      console.log(`lighthouse-${name}-${preset}-performance: ${score('performance')} points`);
      console.log(`lighthouse-${name}-${preset}-accessibility: ${score('accessibility')} points`);
    }
  }
} finally {
  server.kill();
}
