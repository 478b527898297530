/**
 * Passphrase protection for files: AES-GCM with a key stretched from the passphrase (PBKDF2-SHA-256),
 * in WebCrypto, which Node has too.
 *
 * Version 2 (written now) encrypts the file in 1 MiB segments, so a 40 MB backup is protected and
 * opened a slice at a time without freezing the page. Each segment has its own IV (the file's random
 * IV plus the segment's number) and is bound to its place and to the number of segments (as
 * additional data), so segments cannot be reordered, dropped or cut off unnoticed. A check value
 * derived from the stretched key (HKDF, separate from the encryption key) tells a wrong passphrase
 * from a damaged file. Version 1 (one AES-GCM block, no check value) is still read.
 *
 * Passphrases are compared and used in Unicode NFC, so "é" typed as one character or as "e" plus an
 * accent opens the same file. Version 1 files made before that are tried with the passphrase as typed too.
 */
import { z } from '../../lib/zod';
import {
  MAX_FILE_BYTES,
  PBKDF2_ITERATIONS,
  PBKDF2_MAX_ITERATIONS,
  PBKDF2_MIN_ITERATIONS,
} from '../limits';
import { ImportError } from './errors';
import { parsePart, type Range, type TopObject } from './json-scan';
import type { Slicer } from './slices';

export const ENCRYPTED_FORMAT = 'opensaq-encrypted';
/** The protected-file format this app writes. */
export const ENVELOPE_VERSION = 2;
/** Plain bytes per segment. */
export const SEGMENT_BYTES = 1024 * 1024;

/** The passphrase as it is used: Unicode NFC. */
export function normalisePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

/** Whether two typed passphrases are the same once normalised (for "type it again"). */
export function samePassphrase(a: string, b: string): boolean {
  return normalisePassphrase(a) === normalisePassphrase(b);
}

const b64 = z
  .string()
  .max(100)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

const kdfV1 = z.strictObject({
  name: z.literal('PBKDF2'),
  hash: z.literal('SHA-256'),
  iterations: z.number().int(),
  salt: b64,
});
const headerV1 = z.strictObject({
  format: z.literal(ENCRYPTED_FORMAT),
  version: z.literal(1),
  kdf: kdfV1,
  cipher: z.strictObject({ name: z.literal('AES-GCM'), iv: b64 }),
});
const headerV2 = z.strictObject({
  format: z.literal(ENCRYPTED_FORMAT),
  version: z.literal(2),
  kdf: kdfV1.extend({ check: b64 }),
  cipher: z.strictObject({
    name: z.literal('AES-GCM'),
    iv: b64,
    segmentBytes: z
      .number()
      .int()
      .min(1024)
      .max(16 * SEGMENT_BYTES),
  }),
});

/** A protected file, read but not yet opened: its header and where its data lies in the text. */
export type Envelope =
  | { version: 1; header: z.infer<typeof headerV1>; text: string; data: Range }
  | { version: 2; header: z.infer<typeof headerV2>; text: string; segments: Range[] };

const damaged = (where: string) => new ImportError('damaged-protected', { where });

function describe(error: z.ZodError): string {
  const first = error.issues[0];
  return first ? first.path.map(String).join(' > ') || 'the file' : 'the file';
}

/** Reads a protected file's header from the scanned text; the data stays where it is. */
export function readEnvelope(text: string, top: TopObject): Envelope {
  const header: Record<string, unknown> = {};
  for (const key of ['format', 'version', 'kdf', 'cipher']) {
    const range = top.members.get(key);
    if (range) header[key] = parsePart(text, range);
  }
  const extra = [...top.members.keys()].find(
    (k) => !['format', 'version', 'kdf', 'cipher', 'data', 'segments'].includes(k),
  );
  if (extra) throw damaged(extra);
  const iterations = (header['kdf'] as { iterations?: unknown } | undefined)?.iterations;
  if (
    typeof iterations === 'number' &&
    (iterations < PBKDF2_MIN_ITERATIONS || iterations > PBKDF2_MAX_ITERATIONS)
  )
    throw new ImportError('iterations-out-of-range', {
      iterations,
      min: PBKDF2_MIN_ITERATIONS,
      max: PBKDF2_MAX_ITERATIONS,
      writes: PBKDF2_ITERATIONS,
    });
  if (header['version'] === 1) {
    const h = headerV1.safeParse(header);
    if (!h.success) throw damaged(describe(h.error));
    const data = top.members.get('data');
    if (!data || top.members.has('segments')) throw damaged('data');
    return { version: 1, header: h.data, text, data };
  }
  const h = headerV2.safeParse(header);
  if (!h.success) throw damaged(describe(h.error));
  const segments = top.elements;
  if (!segments || segments.length === 0 || top.members.has('data')) throw damaged('segments');
  if (segments.length > Math.ceil(MAX_FILE_BYTES / h.data.cipher.segmentBytes) + 1)
    throw new ImportError('too-large', { megabytes: MAX_FILE_BYTES / 1024 / 1024 });
  return { version: 2, header: h.data, text, segments };
}

// Base64 in plain code: the same speed everywhere (Node's atob and btoa are slow), bytes in and out.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENCODE = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const DECODE = new Int16Array(256).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;
const PAD = 0x3d;

/** The bytes in base64, as ASCII bytes. */
function base64Bytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n =
      ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o++] = ENCODE[n >>> 18] as number;
    out[o++] = ENCODE[(n >>> 12) & 63] as number;
    out[o++] = ENCODE[(n >>> 6) & 63] as number;
    out[o++] = ENCODE[n & 63] as number;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = ((bytes[i] as number) << 16) | (rest === 2 ? (bytes[i + 1] as number) << 8 : 0);
    out[o++] = ENCODE[n >>> 18] as number;
    out[o++] = ENCODE[(n >>> 12) & 63] as number;
    out[o++] = rest === 2 ? (ENCODE[(n >>> 6) & 63] as number) : PAD;
    out[o++] = PAD;
  }
  return out;
}

function toBase64(bytes: Uint8Array): string {
  return String.fromCharCode(...base64Bytes(bytes));
}

/** Base64 text to bytes; a character outside base64 or a wrong length means the file is damaged. */
function fromBase64(text: string, where: string): Uint8Array {
  if (text.length % 4 !== 0) throw damaged(where);
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const a = DECODE[text.charCodeAt(i) & 0xff] ?? -1;
    const b = DECODE[text.charCodeAt(i + 1) & 0xff] ?? -1;
    const last = i + 4 === text.length;
    const c = last && pad === 2 ? 0 : (DECODE[text.charCodeAt(i + 2) & 0xff] ?? -1);
    const d = last && pad > 0 ? 0 : (DECODE[text.charCodeAt(i + 3) & 0xff] ?? -1);
    if (
      (a | b | c | d) < 0 ||
      text.charCodeAt(i) > 0xff ||
      text.charCodeAt(i + 1) > 0xff ||
      text.charCodeAt(i + 2) > 0xff ||
      text.charCodeAt(i + 3) > 0xff
    )
      throw damaged(where);
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = n >>> 16;
    if (o < out.length) out[o++] = (n >>> 8) & 0xff;
    if (o < out.length) out[o++] = n & 0xff;
  }
  return out;
}

/** A JSON string part of the text, decoded (base64 needs no escapes, so usually just a slice). */
function stringPart(text: string, range: Range, where: string): string {
  const inner = text.slice(range.start + 1, range.end - 1);
  if (text.charCodeAt(range.start) !== 0x22) throw damaged(where);
  if (!inner.includes('\\')) return inner;
  const value = parsePart(text, range);
  if (typeof value !== 'string') throw damaged(where);
  return value;
}

const encoder = new TextEncoder();

async function stretch(passphrase: string, salt: Uint8Array, iterations: number) {
  const base = await crypto.subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, [
    'deriveBits',
    'deriveKey',
  ]);
  return {
    base,
    params: { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
  };
}

/** Version 2 keys: the AES key and the check value, both from one stretched secret. */
async function keysV2(passphrase: string, salt: Uint8Array, iterations: number, usage: KeyUsage) {
  const { base, params } = await stretch(normalisePassphrase(passphrase), salt, iterations);
  const master = await crypto.subtle.importKey(
    'raw',
    await crypto.subtle.deriveBits(params, base, 256),
    'HKDF',
    false,
    ['deriveKey', 'deriveBits'],
  );
  const hkdf = (info: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(0),
    info: encoder.encode(info),
  });
  const key = await crypto.subtle.deriveKey(
    hkdf('opensaq file key'),
    master,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
  const check = new Uint8Array(
    await crypto.subtle.deriveBits(hkdf('opensaq passphrase check'), master, 128),
  );
  return { key, check };
}

function segmentIv(base: Uint8Array, index: number): Uint8Array {
  const iv = Uint8Array.from(base);
  const view = new DataView(iv.buffer);
  view.setUint32(8, view.getUint32(8) ^ index);
  return iv;
}

const segmentData = (index: number, count: number) =>
  encoder.encode(`${ENCRYPTED_FORMAT}/2:${index}/${count}`);

/**
 * Protects a file's bytes with a passphrase; returns the protected file's bytes, in parts.
 * `iterations` is for tests only: files are written with PBKDF2_ITERATIONS.
 */
export async function protect(
  plain: readonly Uint8Array[],
  passphrase: string,
  slicer: Slicer,
  iterations = PBKDF2_ITERATIONS,
): Promise<Uint8Array[]> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const { key, check } = await keysV2(passphrase, salt, iterations, 'encrypt');
  const total = plain.reduce((n, p) => n + p.length, 0);
  const count = Math.max(1, Math.ceil(total / SEGMENT_BYTES));
  const head = {
    format: ENCRYPTED_FORMAT,
    version: ENVELOPE_VERSION,
    kdf: {
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations,
      salt: toBase64(salt),
      check: toBase64(check),
    },
    cipher: { name: 'AES-GCM', iv: toBase64(iv), segmentBytes: SEGMENT_BYTES },
  };
  const out: Uint8Array[] = [encoder.encode(`${JSON.stringify(head).slice(0, -1)},"segments":[`)];
  let part = 0;
  let offset = 0;
  for (let index = 0; index < count; index++) {
    const size = Math.min(SEGMENT_BYTES, total - index * SEGMENT_BYTES);
    const segment = new Uint8Array(size);
    for (let filled = 0; filled < size;) {
      const source = plain[part] as Uint8Array;
      const take = Math.min(size - filled, source.length - offset);
      segment.set(source.subarray(offset, offset + take), filled);
      filled += take;
      offset += take;
      if (offset === source.length) {
        part++;
        offset = 0;
      }
    }
    const sealed = new Uint8Array(
      await crypto.subtle.encrypt(
        {
          name: 'AES-GCM',
          iv: segmentIv(iv, index) as BufferSource,
          additionalData: segmentData(index, count) as BufferSource,
        },
        key,
        segment,
      ),
    );
    out.push(encoder.encode(index ? ',"' : '"'), base64Bytes(sealed), encoder.encode('"'));
    await slicer.tick({ phase: 'encrypting', done: index + 1, total: count });
  }
  out.push(encoder.encode(']}'));
  return out;
}

/** Decodes the opened bytes as UTF-8 text, a segment at a time. */
class TextParts {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly parts: string[] = [];
  add(bytes: Uint8Array, last: boolean): void {
    try {
      this.parts.push(this.decoder.decode(bytes, { stream: !last }));
    } catch {
      throw damaged('data');
    }
  }
  text(): string {
    return this.parts.join('');
  }
}

async function openV1(
  envelope: Extract<Envelope, { version: 1 }>,
  passphrase: string,
  slicer: Slicer,
): Promise<string> {
  const { kdf, cipher } = envelope.header;
  const salt = fromBase64(kdf.salt, 'kdf > salt');
  const iv = fromBase64(cipher.iv, 'cipher > iv');
  if (salt.length === 0 || iv.length !== 12) throw damaged('cipher > iv');
  const data = stringPart(envelope.text, envelope.data, 'data');
  // Base64 in slices of 4 MiB characters (a multiple of 4, so each slice decodes on its own).
  const step = 4 * 1024 * 1024;
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < data.length; i += step) {
    chunks.push(fromBase64(data.slice(i, i + step), 'data'));
    await slicer.tick({ phase: 'decrypting', done: i, total: data.length });
  }
  const sealed = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((at, c) => (sealed.set(c, at), at + c.length), 0);
  if (sealed.length < 16) throw damaged('data');
  // Version 1 files were made before passphrases were normalised: try the usual forms.
  const tries = [
    ...new Set([normalisePassphrase(passphrase), passphrase.normalize('NFD'), passphrase]),
  ];
  for (const attempt of tries) {
    const { base, params } = await stretch(attempt, salt, kdf.iterations);
    const key = await crypto.subtle.deriveKey(
      params,
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['decrypt'],
    );
    let plain: ArrayBuffer;
    try {
      plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, sealed);
    } catch {
      continue;
    }
    const bytes = new Uint8Array(plain);
    const text = new TextParts();
    for (let i = 0; i < bytes.length || i === 0; i += SEGMENT_BYTES) {
      text.add(bytes.subarray(i, i + SEGMENT_BYTES), i + SEGMENT_BYTES >= bytes.length);
      await slicer.tick({ phase: 'decrypting', done: i, total: bytes.length });
    }
    return text.text();
  }
  // Version 1 has no check value: a wrong passphrase and damaged data look the same.
  throw new ImportError('wrong-passphrase-or-damaged');
}

async function openV2(
  envelope: Extract<Envelope, { version: 2 }>,
  passphrase: string,
  slicer: Slicer,
): Promise<string> {
  const { kdf, cipher } = envelope.header;
  const salt = fromBase64(kdf.salt, 'kdf > salt');
  const iv = fromBase64(cipher.iv, 'cipher > iv');
  const expected = fromBase64(kdf.check, 'kdf > check');
  if (salt.length === 0 || iv.length !== 12 || expected.length !== 16) throw damaged('kdf');
  const { key, check } = await keysV2(passphrase, salt, kdf.iterations, 'decrypt');
  if (check.some((b, i) => b !== expected[i])) throw new ImportError('wrong-passphrase');
  const count = envelope.segments.length;
  const text = new TextParts();
  for (const [index, range] of envelope.segments.entries()) {
    const where = `segment ${index + 1} of ${count}`;
    const sealed = fromBase64(stringPart(envelope.text, range, where), where);
    let plain: ArrayBuffer;
    try {
      plain = await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: segmentIv(iv, index) as BufferSource,
          additionalData: segmentData(index, count) as BufferSource,
        },
        key,
        sealed as BufferSource,
      );
    } catch {
      // The passphrase is right (the check value matched): this segment was changed or cut.
      throw damaged(where);
    }
    if (index < count - 1 && plain.byteLength !== cipher.segmentBytes) throw damaged(where);
    text.add(new Uint8Array(plain), index === count - 1);
    await slicer.tick({ phase: 'decrypting', done: index + 1, total: count });
  }
  return text.text();
}

/** The protected file's text: ImportError 'wrong-passphrase', or 'damaged-protected' naming where. */
export function unprotect(envelope: Envelope, passphrase: string, slicer: Slicer): Promise<string> {
  return envelope.version === 1
    ? openV1(envelope, passphrase, slicer)
    : openV2(envelope, passphrase, slicer);
}
