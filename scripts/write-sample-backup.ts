// Writes one of the benchmark's sample backups as an .opensaq.json file, for tests that open it in
// the app: `tsx scripts/write-sample-backup.ts long-d 200 /tmp/long.opensaq.json` (or `mixed`).
import { writeFileSync } from 'node:fs';
import { APP_VERSION, makeFile, serialise } from '../src/domain/files/opensaq-file.ts';
import { consultantMix, longSaqD } from './sample-backups.ts';

const [kind, count, path] = process.argv.slice(2);
if ((kind !== 'long-d' && kind !== 'mixed') || !count || !path) {
  console.error('usage: write-sample-backup.ts long-d|mixed <count> <path>');
  process.exit(2);
}
const list = kind === 'long-d' ? longSaqD(Number(count)) : consultantMix(Number(count));
writeFileSync(path, serialise(makeFile(list, 'everything', APP_VERSION, 'sample', new Date())));
