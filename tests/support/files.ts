// Real file bytes for the upload and signature suites: a JPEG and a PNG that are whole, well-formed files (every
// segment and chunk in place), a PDF made by pdf-lib, and a text file to rename.
import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data, CRC. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A real RGBA PNG of a hand-drawn-looking stroke (a wave across the canvas). */
export function signaturePng(width = 240, height = 80): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const onStroke = Math.abs(y - height / 2 - (height / 4) * Math.sin(x / 12)) < 2.5;
      raw[y * (width * 4 + 1) + 1 + x * 4 + 3] = onStroke ? 255 : 0;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function segment(marker: number, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head[0] = 0xff;
  head[1] = marker;
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
}

/** Comment (COM) segments of exactly `size` bytes in all (0, or at least 4). */
function padding(size: number): Buffer {
  const parts: Buffer[] = [];
  for (let left = size; left > 0; ) {
    let take = Math.min(left, 0xffff + 2);
    if (left - take > 0 && left - take < 4) take -= 4;
    parts.push(segment(0xfe, Buffer.alloc(take - 4, 0x5a)));
    left -= take;
  }
  return Buffer.concat(parts);
}

/**
 * A real baseline greyscale JPEG of a mid-grey `width` × `height` picture, `size` bytes in all (comment segments
 * make up the rest): JFIF APP0, a flat quantisation table, a frame, one-code Huffman tables (DC difference 0, AC
 * end-of-block) and a scan of 2 bits per 8 × 8 block.
 */
export function jpegBytes(size = 4096, width = 64, height = 48): Buffer {
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const scan = Buffer.alloc(Math.ceil((blocks * 2) / 8), 0);
  const usedBits = (blocks * 2) % 8;
  if (usedBits > 0) scan[scan.length - 1] = 0xff >> usedBits; // pad the last byte with 1 bits
  const frame = Buffer.from([8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]);
  const oneCodeTable = (tableClass: number) => Buffer.from([tableClass << 4, 1, ...Array(15).fill(0), 0x00]);
  const head = Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, Buffer.from([0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00])),
    segment(0xdb, Buffer.from([0, ...Array(64).fill(1)])),
    segment(0xc0, frame),
    segment(0xc4, oneCodeTable(0)),
    segment(0xc4, oneCodeTable(1)),
  ]);
  const tail = Buffer.concat([segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0])), scan, Buffer.from([0xff, 0xd9])]);
  const rest = size - head.length - tail.length;
  if (rest < 0 || (rest > 0 && rest < 4)) throw new Error(`no JPEG of ${size} bytes at ${width} × ${height}`);
  return Buffer.concat([head, padding(rest), tail]);
}

/** A real one-page PDF. */
export async function pdfBytes(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]).drawText('invoice', { x: 20, y: 100 });
  return Buffer.from(await doc.save());
}

/** A plain text file — what a "photo.jpg" sometimes really is. */
export function textBytes(): Buffer {
  return Buffer.from('这不是图片，只是改了扩展名的文本文件。\n'.repeat(20), 'utf8');
}
