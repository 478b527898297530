// Node's view of the benchmark's sample backups (src/bench/sample-backups.ts): the same
// assessments, with the SAQ content read from content/.
import { readFileSync } from 'node:fs';
import type { SaqContent } from '../src/content/schema.ts';
import type { Assessment } from '../src/domain/assessment/model.ts';
import type { SaqId } from '../src/domain/eligibility/saq-catalog.ts';
import * as sample from '../src/bench/sample-backups.ts';

const FILES: Partial<Record<SaqId, string>> = {
  A: 'a',
  'A-EP': 'a-ep',
  B: 'b',
  'B-IP': 'b-ip',
  C: 'c',
  'C-VT': 'c-vt',
  P2PE: 'p2pe',
  SPoC: 'spoc',
  'D-Merchant': 'd-merchant',
};

const cache = new Map<SaqId, sample.SampleSaq>();
function content(saq: SaqId): sample.SampleSaq {
  let c = cache.get(saq);
  if (!c) {
    const file = JSON.parse(readFileSync(`content/saq/${FILES[saq]}.json`, 'utf8')) as SaqContent;
    c = { edition: file.edition, rows: file.groups.flatMap((g) => g.rows) };
    cache.set(saq, c);
  }
  return c;
}

/** A consultant's 1,000 assessments of a usual mix (about 23 MB as a file). */
export const consultantMix = (count = 1000): Assessment[] => sample.consultantMix(content, count);
/** 200 fully answered SAQ D assessments with 700-character notes on every row (about 41 MB). */
export const longSaqD = (count = 200): Assessment[] => sample.longSaqD(content, count);
