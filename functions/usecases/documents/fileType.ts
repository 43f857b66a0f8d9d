// 文件类型识别 — a file is what its bytes are, never its name or the declared type. The first bytes (magic bytes)
// name the type; then the whole file must hold together as that type — a PNG's chunk list, a JPEG's segments, a
// PDF's header and trailer — so a valid header in front of something else (a PNG header followed by a web page) is
// refused. And no file may carry a web page or script where a browser's sniffer, or a text chunk, would find it.
import { crc32 } from 'node:zlib';
import type { UploadContentType } from '@shared/api/uploads';

const SIGNATURES: ReadonlyArray<{ type: UploadContentType; magic: readonly number[] }> = [
  // JPEG: SOI marker followed by the first segment's marker.
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  // PNG: \x89PNG\r\n\x1a\n
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  // PDF: "%PDF-"
  { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
];

/** The type whose magic bytes `head` starts with, or undefined (a text file, an HEIC photo, anything else). */
export function detectContentType(head: Uint8Array): UploadContentType | undefined {
  return SIGNATURES.find(({ magic }) => magic.every((byte, i) => head[i] === byte))?.type;
}

/** Why a file is refused: no known type, a broken or padded structure, or a web page or script inside. */
export type FileProblem = 'UNKNOWN_TYPE' | 'MALFORMED' | 'ACTIVE_CONTENT';

/** The outcome of `inspectFile`: the file's type when it is a whole, well-formed file of it. */
export type FileInspection =
  | { ok: true; type: UploadContentType }
  | { ok: false; type: UploadContentType | undefined; problem: FileProblem };

/** Where a browser's content sniffer looks (it reads at most 1,445 bytes) and where appended content sits. */
export const EDGE_BYTES = 4096;

/** Web-page and script markers (lower case); none of them is part of a photo, a scan or a PDF's frame. */
const ACTIVE_MARKERS = ['<!doctype', '<html', '<head', '<body', '<script', '<iframe', '<svg'] as const;

/** Whether `bytes` (read as Latin-1, case-insensitively) contain a web-page or script marker. */
export function hasActiveContent(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').toLowerCase();
  return ACTIVE_MARKERS.some((marker) => text.includes(marker));
}

/** What a structure walk found: malformed, or well-formed with the byte ranges where free text may sit. */
type Walk = { ok: false } | { ok: true; textRanges: ReadonlyArray<readonly [number, number]> };
const MALFORMED: Walk = { ok: false };

const u32 = (b: Uint8Array, at: number) =>
  (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0;
const u16 = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const isLetter = (c: number | undefined) => c !== undefined && ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));

const PNG_CRITICAL = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND']);

/**
 * PNG (ISO/IEC 15948 §5): the signature, then chunks of length · type · data · CRC; IHDR first (13 bytes, non-zero
 * size), at least one IDAT, IEND last and empty with nothing after it. Every chunk's CRC must match and no unknown
 * critical chunk may appear. Free text lives in the ancillary chunks (tEXt, iTXt, zTXt, private ones).
 */
function walkPng(b: Uint8Array): Walk {
  const textRanges: Array<readonly [number, number]> = [];
  let at = 8;
  let seenData = false;
  while (at + 12 <= b.length) {
    const length = u32(b, at);
    const dataAt = at + 8;
    const end = dataAt + length + 4;
    const typeBytes = b.subarray(at + 4, at + 8);
    if (length > 0x7fffffff || end > b.length || !typeBytes.every(isLetter)) return MALFORMED;
    const type = Buffer.from(typeBytes).toString('latin1');
    if (crc32(b.subarray(at + 4, dataAt + length)) !== u32(b, dataAt + length)) return MALFORMED;
    if ((at === 8) !== (type === 'IHDR')) return MALFORMED;
    if (type === 'IHDR' && (length !== 13 || u32(b, dataAt) === 0 || u32(b, dataAt + 4) === 0)) return MALFORMED;
    if (isCriticalUnknown(type)) return MALFORMED;
    if (type === 'IDAT') seenData = true;
    else if (type !== 'IEND') textRanges.push([dataAt, dataAt + length]);
    if (type === 'IEND') return length === 0 && end === b.length && seenData ? { ok: true, textRanges } : MALFORMED;
    at = end;
  }
  return MALFORMED;
}

/** An upper-case first letter marks a chunk a decoder must understand. */
const isCriticalUnknown = (type: string) => type[0] === type[0]?.toUpperCase() && !PNG_CRITICAL.has(type);

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const isRst = (m: number) => m >= 0xd0 && m <= 0xd7;
/** SOF0–SOF15 except DHT (C4), JPG (C8, reserved) and DAC (CC). */
const isFrame = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
/** APP0–APP15 and COM: where EXIF, XMP, ICC profiles and comments live. */
const isTextSegment = (m: number) => (m >= 0xe0 && m <= 0xef) || m === 0xfe;

/**
 * JPEG (ITU-T T.81 Annex B): SOI, then marker segments (each FFxx with a length that fits), a frame header before
 * the first scan, entropy-coded data after each SOS (FF only stuffed as FF00, or a restart marker), up to EOI.
 * Bytes after EOI are kept: phones append motion-photo videos and vendor trailers there; they count as free text.
 */
function walkJpeg(b: Uint8Array): Walk {
  const textRanges: Array<readonly [number, number]> = [];
  let at = 2;
  let seenFrame = false;
  let seenScan = false;
  for (;;) {
    if (b[at] !== 0xff) return MALFORMED;
    while (b[at] === 0xff) at += 1; // fill bytes before a marker
    const marker = b[at];
    at += 1;
    if (marker === undefined || marker === 0x00 || marker === SOI || isRst(marker)) return MALFORMED;
    if (marker === EOI) {
      if (!seenScan) return MALFORMED;
      if (at < b.length) textRanges.push([at, b.length]);
      return { ok: true, textRanges };
    }
    if (marker === 0x01) continue; // TEM: no length
    if (marker < 0xc0) return MALFORMED; // reserved
    const length = u16(b, at);
    if (length < 2 || at + length > b.length) return MALFORMED;
    if (isTextSegment(marker)) textRanges.push([at + 2, at + length]);
    if (isFrame(marker)) seenFrame = true;
    at += length;
    if (marker === SOS) {
      if (!seenFrame) return MALFORMED;
      seenScan = true;
      const next = endOfScan(b, at);
      if (next === undefined) return MALFORMED;
      at = next;
    }
  }
}

/** Where the entropy-coded data starting at `from` ends (the next real marker), or undefined when it runs out. */
function endOfScan(b: Uint8Array, from: number): number | undefined {
  let at = from;
  for (;;) {
    const ff = b.indexOf(0xff, at);
    if (ff < 0 || ff + 1 >= b.length) return undefined;
    const next = b[ff + 1] as number;
    if (next === 0x00 || isRst(next)) at = ff + 2;
    else if (next === 0xff) at = ff + 1;
    else return ff;
  }
}

const PDF_HEADER = /^%PDF-[12]\.\d/;
/** The trailer's end (ISO 32000-1 §7.5.5): `startxref`, the offset of the cross-reference section, `%%EOF`. */
const PDF_TRAILER = /startxref\s+(\d+)\s+%%EOF[\r\n\t\f \0]*$/;
const PDF_TAIL_BYTES = 1024;

/**
 * PDF: the `%PDF-1.x`/`%PDF-2.x` header, and within the last KB the `startxref` offset (inside the file) and
 * `%%EOF`, followed by nothing but white space. The body is not parsed (viewers rebuild a broken cross-reference).
 */
function walkPdf(b: Uint8Array): Walk {
  const head = Buffer.from(b.subarray(0, 16)).toString('latin1');
  const tail = Buffer.from(b.subarray(Math.max(0, b.length - PDF_TAIL_BYTES))).toString('latin1');
  const trailer = PDF_TRAILER.exec(tail);
  if (!PDF_HEADER.test(head) || !trailer || Number(trailer[1]) >= b.length) return MALFORMED;
  return { ok: true, textRanges: [] };
}

const WALKS: Record<UploadContentType, (bytes: Uint8Array) => Walk> = {
  'image/png': walkPng,
  'image/jpeg': walkJpeg,
  'application/pdf': walkPdf,
};

/**
 * 文件检查 — the whole file: its type by the magic bytes, its structure walked to the end, and no web-page or
 * script marker in its first or last 4 KB or in any place of an image that holds free text (metadata, comments,
 * what follows a JPEG's end). Cheap: one pass, no decoding.
 */
export function inspectFile(bytes: Uint8Array): FileInspection {
  const type = detectContentType(bytes);
  if (!type) return { ok: false, type, problem: 'UNKNOWN_TYPE' };
  const walk = WALKS[type](bytes);
  if (!walk.ok) return { ok: false, type, problem: 'MALFORMED' };
  const edges = [bytes.subarray(0, EDGE_BYTES), bytes.subarray(Math.max(0, bytes.length - EDGE_BYTES))];
  const texts = walk.textRanges.map(([from, to]) => bytes.subarray(from, to));
  if ([...edges, ...texts].some(hasActiveContent)) return { ok: false, type, problem: 'ACTIVE_CONTENT' };
  return { ok: true, type };
}
