// Line coverage of the unit tests per layer of src/ (content, domain, machine, storage, features...),
// from the json-summary that `vitest run --coverage` writes. Run by `npm run coverage`.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';

const summary = JSON.parse(readFileSync('coverage/coverage-summary.json', 'utf8'));
const src = `${process.cwd()}${sep}src${sep}`;

/** The layer of a file: the first folder under src/ (`components/ui` counts as components). */
const layerOf = (file) => {
  const path = relative(src, file).split(sep);
  return path.length > 1 ? path[0] : '(src root)';
};

const layers = new Map();
for (const [file, { lines }] of Object.entries(summary)) {
  if (file === 'total') continue;
  const layer = layerOf(file);
  const sum = layers.get(layer) ?? { covered: 0, total: 0, files: 0 };
  sum.covered += lines.covered;
  sum.total += lines.total;
  sum.files += 1;
  layers.set(layer, sum);
}

const percent = (covered, total) =>
  total === 0 ? '-' : `${((covered / total) * 100).toFixed(1)} %`;
const rows = [...layers].sort(([a], [b]) => a.localeCompare(b));
const width = Math.max(...rows.map(([name]) => name.length), 'overall'.length);
console.log('Line coverage of the unit tests, per layer of src/:');
for (const [name, { covered, total, files }] of rows)
  console.log(
    `  ${name.padEnd(width)}  ${percent(covered, total).padStart(7)}  (${covered} of ${total} lines, ${files} files)`,
  );
const { covered, total } = summary.total.lines;
console.log(
  `  ${'overall'.padEnd(width)}  ${percent(covered, total).padStart(7)}  (${covered} of ${total} lines)`,
);
