import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Starting a tsx process takes a second here, and five under a heavy load: far from this. */
const PROCESS_TIMEOUT_MS = 60_000;

describe('the decision engine outside Vite', () => {
  it(
    'imports and runs in a plain tsx process',
    () => {
      const engine = fileURLToPath(new URL('./decide-saq.ts', import.meta.url));
      const script = `
      const { decideSaq } = await import(${JSON.stringify(engine)});
      const d = decideSaq({ role: 'merchant', storesAccountDataElectronically: 'no',
        receivesAccountDataElectronically: 'no', keepsPaperWithCardData: 'no',
        thirdPartiesConfirmedCompliant: 'yes', ecommerce: [{ paymentPage: 'redirect' }], moto: [], cardPresent: [] });
      console.log(JSON.stringify({ status: d.status, saq: d.saq }));`;
      const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
      const file = join(mkdtempSync(join(tmpdir(), 'opensaq-')), 'run.mts');
      writeFileSync(file, script);
      const out = execFileSync(tsx, [file], { encoding: 'utf8' });
      expect(JSON.parse(out.trim())).toEqual({ status: 'decided', saq: 'A' });
    },
    PROCESS_TIMEOUT_MS,
  );
});
