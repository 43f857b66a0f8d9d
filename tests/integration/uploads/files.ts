// Real file bytes for the upload and signature suites: a JPEG and a PNG with their true headers, a PDF made by
// pdf-lib, and a text file to rename.
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

function chunk(type: string, data: Buffer): Buffer {
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
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A JPEG's header (SOI + JFIF APP0) followed by `size` bytes in all. */
export function jpegBytes(size = 4096): Buffer {
  const head = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00]);
  const body = Buffer.alloc(Math.max(0, size - head.length - 2), 0x5a);
  return Buffer.concat([head, body, Buffer.from([0xff, 0xd9])]);
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
