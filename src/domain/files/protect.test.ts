import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessment/model';
import { PBKDF2_MAX_ITERATIONS } from '../limits';
import { ImportError } from './errors';
import {
  encrypt,
  makeFile,
  openProtected,
  parseFileText,
  serialise,
  writeFile,
  type Envelope,
} from './opensaq-file';
import { samePassphrase, SEGMENT_BYTES } from './protect';

const NOW = new Date('2026-11-22T10:00:00Z');
/** The lowest count accepted, to keep the tests quick: the app writes 600,000. */
const FAST = 100_000;
const PASS = 'violet harbour lantern';

const assessment = (notes: string): Assessment => ({
  id: 'a1',
  format: 1,
  organisation: 'Café Solidarité',
  channels: ['ecommerce'],
  saq: 'A',
  saqEdition: 'v4.0.1 r1',
  contentVersion: '1',
  rows: { '3.1.1': { response: 'in-place', notes } },
  dropped: {},
  groupsDone: [],
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
});
const file = (notes = 'Checked.') => makeFile([assessment(notes)], 'everything', '0.1.0', '1', NOW);

async function protectedText(notes?: string, passphrase = PASS): Promise<string> {
  const written = await writeFile(file(notes), { passphrase, iterations: FAST });
  const decoder = new TextDecoder();
  return written.parts.map((p) => decoder.decode(p)).join('');
}

function envelopeOf(text: string): Envelope {
  const parsed = parseFileText(text);
  if (parsed.kind !== 'encrypted') throw new Error('not protected');
  return parsed.envelope;
}

async function failure(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (e) {
    return e instanceof ImportError ? e.code : `unexpected: ${String(e)}`;
  }
  return 'opened';
}

/** A version 1 file, as earlier versions wrote it: one AES-GCM block, key straight from PBKDF2. */
async function versionOne(text: string, passphrase: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const base = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: FAST },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const data = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text)),
  );
  const b64 = (b: Uint8Array) => btoa(String.fromCharCode(...b));
  return JSON.stringify({
    format: 'opensaq-encrypted',
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: FAST, salt: b64(salt) },
    cipher: { name: 'AES-GCM', iv: b64(iv) },
    data: b64(data),
  });
}

describe('protected files', () => {
  it('open with the passphrase, in Unicode NFC or not', async () => {
    const text = await protectedText('Notes', 'caf\u00e9 au lait');
    expect(text).not.toContain('Solidarit');
    const opened = await openProtected(envelopeOf(text), 'cafe\u0301 au lait');
    expect(opened.assessments[0]?.rows['3.1.1']?.notes).toBe('Notes');
    expect(samePassphrase('caf\u00e9', 'cafe\u0301')).toBe(true);
  });

  it('a wrong passphrase is called wrong; a damaged file is not blamed on the passphrase', async () => {
    const text = await protectedText();
    expect(await failure(openProtected(envelopeOf(text), 'wrong passphrase'))).toBe(
      'wrong-passphrase',
    );
    const env = JSON.parse(text) as { segments: string[] };
    const seg = env.segments[0] ?? '';
    const flipped = `${seg.slice(0, 10)}${seg[10] === 'A' ? 'B' : 'A'}${seg.slice(11)}`;
    const damaged = JSON.stringify({ ...env, segments: [flipped] });
    expect(await failure(openProtected(envelopeOf(damaged), PASS))).toBe('damaged-protected');
    const badBase64 = JSON.stringify({ ...env, segments: ['!!!!'] });
    expect(await failure(openProtected(envelopeOf(badBase64), PASS))).toBe('damaged-protected');
  });

  it('a file of several segments opens; one cut short, reordered or with a segment dropped does not', async () => {
    const notes = 'x'.repeat(15_000);
    const many = makeFile(
      Array.from({ length: 200 }, (_, i) => ({ ...assessment(notes), id: `a${i}` })),
      'everything',
      '0.1.0',
      '1',
      NOW,
    );
    const written = await writeFile(many, { passphrase: PASS, iterations: FAST });
    const text = written.parts.map((p) => new TextDecoder().decode(p)).join('');
    const env = JSON.parse(text) as { segments: string[] };
    expect(env.segments.length).toBeGreaterThan(2);
    expect(serialise(await openProtected(envelopeOf(text), PASS))).toBe(serialise(many));
    const variants = [
      env.segments.slice(0, -1),
      [env.segments[1], env.segments[0], ...env.segments.slice(2)],
      [env.segments[0], ...env.segments.slice(2)],
    ];
    for (const segments of variants)
      expect(
        await failure(openProtected(envelopeOf(JSON.stringify({ ...env, segments })), PASS)),
      ).toBe('damaged-protected');
    expect(SEGMENT_BYTES).toBe(1024 * 1024);
  }, 30_000);

  it('quotes the real iteration limits when a file asks for more', async () => {
    const env = JSON.parse(await protectedText()) as { kdf: Record<string, unknown> };
    const greedy = JSON.stringify({ ...env, kdf: { ...env.kdf, iterations: 20_000_000 } });
    try {
      parseFileText(greedy);
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({
        code: 'iterations-out-of-range',
        params: { iterations: 20_000_000, min: 100_000, max: PBKDF2_MAX_ITERATIONS },
      });
    }
  });

  it('says so when a protected file holds another protected file', async () => {
    const inner = await protectedText();
    const outer = await encrypt(inner, PASS, FAST);
    expect(await failure(openProtected(envelopeOf(outer), PASS))).toBe('nested-protection');
  });

  it('still opens version 1 files, typed in NFC or not; a failure there names both causes', async () => {
    const text = serialise(file('old notes'));
    const old = await versionOne(text, 'cafe\u0301');
    const opened = await openProtected(envelopeOf(old), 'caf\u00e9');
    expect(opened.assessments[0]?.rows['3.1.1']?.notes).toBe('old notes');
    expect(await failure(openProtected(envelopeOf(old), 'other'))).toBe(
      'wrong-passphrase-or-damaged',
    );
    const env = JSON.parse(old) as { data: string };
    const broken = JSON.stringify({ ...env, data: `${env.data.slice(0, -4)}%%%%` });
    expect(await failure(openProtected(envelopeOf(broken), 'café'))).toBe('damaged-protected');
  }, 30_000);

  it('any change to a protected file is refused with a reason, never opened wrongly (property)', async () => {
    const text = await protectedText('Secret notes');
    const runs = Math.min(Number(process.env.FUZZ_RUNS ?? 200), 40);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(text.length - 1),
        fc.string({ minLength: 1, maxLength: 3 }),
        async (at, insert) => {
          const changed = text.slice(0, at) + insert + text.slice(at + insert.length);
          if (changed === text) return;
          let result: string;
          try {
            const parsed = parseFileText(changed);
            if (parsed.kind === 'file') result = 'plain';
            else {
              const opened = await openProtected(parsed.envelope, PASS);
              // Whatever opens holds exactly what was protected.
              expect(opened.assessments[0]?.rows['3.1.1']?.notes).toBe('Secret notes');
              result = 'opened';
            }
          } catch (e) {
            result = e instanceof ImportError ? e.code : `unexpected: ${String(e)}`;
          }
          expect(result).not.toMatch(/^unexpected/);
        },
      ),
      { numRuns: runs },
    );
  }, 60_000);
});
