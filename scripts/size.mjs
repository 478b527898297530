// Prints the gzip size of the JavaScript and CSS the first page loads (what index.html references
// and what those modules import statically), and fails above the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entries = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1],
);
const seen = new Set();
const queue = [...entries];
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  if (!file.endsWith('.js')) continue;
  const code = readFileSync(join(dist, file), 'utf8');
  // Static imports only: dynamic import() chunks load later, on demand.
  for (const m of code.matchAll(
    /(?:^|[;\n}])\s*import\s*(?:[\w{}$*,\s]+from\s*)?["']\.\/([^"']+\.js)["']/g,
  )) {
    queue.push(`assets/${m[1]}`);
  }
}
let js = 0;
let css = 0;
for (const file of seen) {
  const size = gzipSync(readFileSync(join(dist, file))).length;
  if (file.endsWith('.js')) js += size;
  else css += size;
}
console.log(`first-page-js-gzip: ${(js / 1024).toFixed(1)} KB`);
console.log(`first-page-css-gzip: ${(css / 1024).toFixed(1)} KB`);
if (js / 1024 > BUDGET_KB) {
  console.error(`The first page loads more than ${BUDGET_KB} KB of gzipped JavaScript.`);
  process.exit(1);
}
