import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

// The e2e suite runs against the production build in dist/, so its first page can be weighed here.
test('the first page loads under 150 KB of gzipped JavaScript, without the PDF library or SAQ D', async ({
  page,
}) => {
  await page.goto('/');
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  );
  const size = files.reduce((n, f) => n + gzipSync(readFileSync(join('dist', f))).length, 0);
  expect(size / 1024).toBeLessThan(150);
  const loaded = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((r) => r.name),
  );
  expect(loaded.some((u) => /jspdf|pdf\.worker|\.ttf|d-merchant|req-\d/.test(u))).toBe(false);
});
