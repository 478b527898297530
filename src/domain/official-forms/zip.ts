/**
 * Just enough of the ZIP format to open a .docx and write it back with one part replaced. Every other
 * part is copied byte for byte (its compressed bytes included), so nothing else in the file changes.
 * Compression itself is fflate's (inflate and deflate only, about 4 KB gzipped).
 */
import { deflateSync, inflateSync } from 'fflate';

export class ZipError extends Error {
  constructor(readonly code: 'not-zip' | 'zip64' | 'encrypted' | 'method' | 'corrupt') {
    super(`zip: ${code}`);
  }
}

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  localOffset: number;
  /** Where its compressed data starts. */
  dataOffset: number;
  /** Where its bytes (data descriptor included) end. */
  endOffset: number;
  /** Its central directory record, as it is in the file. */
  central: Uint8Array;
}

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  /** The end-of-central-directory comment, kept as it is. */
  comment: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const DESCRIPTOR = 0x08074b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Reads the central directory; throws a ZipError when the bytes are not a ZIP this code can edit. */
export function readZip(bytes: Uint8Array): ZipArchive {
  const v = view(bytes);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (v.getUint32(i, true) === END) {
      end = i;
      break;
    }
  if (end < 0) throw new ZipError('not-zip');
  const count = v.getUint16(end + 10, true);
  const cdSize = v.getUint32(end + 12, true);
  const cdOffset = v.getUint32(end + 16, true);
  const commentLength = v.getUint16(end + 20, true);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff)
    throw new ZipError('zip64');
  if (cdOffset + cdSize > end) throw new ZipError('corrupt');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > end || v.getUint32(p, true) !== CENTRAL) throw new ZipError('corrupt');
    const flags = v.getUint16(p + 8, true);
    const method = v.getUint16(p + 10, true);
    const crc = v.getUint32(p + 16, true);
    const compressedSize = v.getUint32(p + 20, true);
    const size = v.getUint32(p + 24, true);
    const nameLength = v.getUint16(p + 28, true);
    const extraLength = v.getUint16(p + 30, true);
    const entryComment = v.getUint16(p + 32, true);
    const localOffset = v.getUint32(p + 42, true);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
      throw new ZipError('zip64');
    const recordLength = 46 + nameLength + extraLength + entryComment;
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (localOffset + 30 > bytes.length || v.getUint32(localOffset, true) !== LOCAL)
      throw new ZipError('corrupt');
    const dataOffset =
      localOffset + 30 + v.getUint16(localOffset + 26, true) + v.getUint16(localOffset + 28, true);
    let endOffset = dataOffset + compressedSize;
    if (flags & 0x8) endOffset += v.getUint32(endOffset, true) === DESCRIPTOR ? 16 : 12;
    if (endOffset > bytes.length) throw new ZipError('corrupt');
    entries.push({
      name,
      flags,
      method,
      crc,
      compressedSize,
      size,
      localOffset,
      dataOffset,
      endOffset,
      central: bytes.subarray(p, p + recordLength),
    });
    p += recordLength;
  }
  return { bytes, entries, comment: bytes.subarray(end + 22, end + 22 + commentLength) };
}

/** An entry's uncompressed bytes. */
export function readEntry(zip: ZipArchive, entry: ZipEntry): Uint8Array {
  if (entry.flags & 0x1) throw new ZipError('encrypted');
  const data = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipError('method');
  try {
    return inflateSync(data, { out: new Uint8Array(entry.size) });
  } catch {
    throw new ZipError('corrupt');
  }
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (the ZIP polynomial). */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++)
    crc = (crcTable[(crc ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * The archive with the named entries' contents replaced (deflated); every other entry is copied
 * byte for byte, in the same order, with the same central directory records.
 */
export function replaceEntries(
  zip: ZipArchive,
  replacements: ReadonlyMap<string, Uint8Array>,
): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  const encoder = new TextEncoder();
  for (const entry of zip.entries) {
    const content = replacements.get(entry.name);
    if (!content) {
      chunks.push(zip.bytes.subarray(entry.localOffset, entry.endOffset));
      const central = entry.central.slice();
      view(central).setUint32(42, offset, true);
      centrals.push(central);
      offset += entry.endOffset - entry.localOffset;
      continue;
    }
    const data = deflateSync(content, { level: 6 });
    const crc = crc32(content);
    const name = encoder.encode(entry.name);
    // Bit 3 (sizes in a trailing descriptor) is cleared: the sizes are known and written up front.
    const flags = entry.flags & ~0x8;
    const local = new Uint8Array(30 + name.length);
    const lv = view(local);
    const original = view(zip.bytes);
    lv.setUint32(0, LOCAL, true);
    lv.setUint16(4, Math.max(20, original.getUint16(entry.localOffset + 4, true)), true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, 8, true);
    lv.setUint16(10, original.getUint16(entry.localOffset + 10, true), true);
    lv.setUint16(12, original.getUint16(entry.localOffset + 12, true), true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, content.length, true);
    lv.setUint16(26, name.length, true);
    lv.setUint16(28, 0, true);
    local.set(name, 30);
    chunks.push(local, data);
    // The central record keeps its attributes and comment; its extra field is dropped with the
    // local one so the two stay consistent.
    const ev = view(entry.central);
    const nameLength = ev.getUint16(28, true);
    const extraLength = ev.getUint16(30, true);
    const commentLength = ev.getUint16(32, true);
    const central = new Uint8Array(46 + nameLength + commentLength);
    central.set(entry.central.subarray(0, 46 + nameLength), 0);
    central.set(entry.central.subarray(46 + nameLength + extraLength), 46 + nameLength);
    const cv = view(central);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, content.length, true);
    cv.setUint16(30, 0, true);
    cv.setUint32(42, offset, true);
    centrals.push(central);
    offset += local.length + data.length;
  }
  const cdOffset = offset;
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22 + zip.comment.length);
  const dv = view(end);
  dv.setUint32(0, END, true);
  dv.setUint16(8, zip.entries.length, true);
  dv.setUint16(10, zip.entries.length, true);
  dv.setUint32(12, cdSize, true);
  dv.setUint32(16, cdOffset, true);
  dv.setUint16(20, zip.comment.length, true);
  end.set(zip.comment, 22);
  const out = new Uint8Array(cdOffset + cdSize + end.length);
  let p = 0;
  for (const c of [...chunks, ...centrals, end]) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
