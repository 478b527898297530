// `npm run audit`: npm's audit of production dependencies, minus advisories we have looked at and
// accepted until a date (audit-allowlist.json). Kept out of `npm test`, so a new advisory upstream
// never blocks unrelated work; run it before a release.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const allow = JSON.parse(readFileSync('audit-allowlist.json', 'utf8')).accepted ?? [];
const today = new Date().toISOString().slice(0, 10);
let report;
try {
  report = JSON.parse(
    execSync('npm audit --omit=dev --json', {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
} catch (e) {
  // npm audit exits non-zero when it finds something; its JSON is still on stdout.
  report = JSON.parse(e.stdout || '{}');
}
const found = Object.values(report.vulnerabilities ?? {}).flatMap((v) =>
  (v.via ?? [])
    .filter((x) => typeof x === 'object')
    .map((x) => ({
      name: v.name,
      id: String(x.source ?? x.url),
      title: x.title,
      severity: x.severity,
    })),
);
const open = found.filter((f) => !allow.some((a) => a.id === f.id && a.until >= today));
for (const f of found)
  console.log(
    `${open.includes(f) ? 'OPEN    ' : 'accepted'} ${f.severity} ${f.name}: ${f.title} (${f.id})`,
  );
console.log(`${found.length} advisories, ${open.length} not accepted`);
process.exit(open.length ? 1 : 0);
