import { deflateSync } from 'node:zlib';
import { detectContentType, inspectFile } from '../../../functions/usecases/documents/fileType';
import { jpegBytes, pdfBytes, pngChunk, signaturePng } from '../../integration/uploads/files';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => Buffer.from(text, 'latin1');
const PAGE = '<!DOCTYPE html><html><body><script>fetch("/v1/me")</script></body></html>';
const PNG_SIGNATURE = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

describe('SPEC §6 — a file’s type is what its first bytes say', () => {
  it.each([
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'image/jpeg'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'image/png'],
    ['PDF', new TextEncoder().encode('%PDF-1.7\n'), 'application/pdf'],
  ])('recognises %s', (_, head, type) => {
    expect(detectContentType(head)).toBe(type);
  });

  it.each([
    ['a text file', new TextEncoder().encode('hello, 这是文本')],
    ['an HEIC photo', bytes(0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63)],
    ['a truncated PNG signature', bytes(0x89, 0x50, 0x4e, 0x47)],
    ['nothing', new Uint8Array()],
  ])('recognises nothing in %s', (_, head) => {
    expect(detectContentType(head)).toBeUndefined();
  });
});

describe('SPEC §6 — the whole file must be a well-formed file of its type, with no web page inside', () => {
  const png = signaturePng();
  const jpeg = jpegBytes(4096);

  it.each([
    ['a PNG', () => png, 'image/png'],
    ['a larger PNG', () => signaturePng(400, 300), 'image/png'],
    ['a JPEG', () => jpeg, 'image/jpeg'],
    ['a JPEG with comment segments', () => jpegBytes(200_000), 'image/jpeg'],
    [
      'a JPEG with a phone’s binary trailer after EOI',
      () => Buffer.concat([jpeg, Buffer.alloc(3000, 0x11)]),
      'image/jpeg',
    ],
    ['a PDF made by pdf-lib', pdfBytes, 'application/pdf'],
  ])('passes %s', async (_, make, type) => {
    expect(inspectFile(await make())).toEqual({ ok: true, type });
  });

  const pngWith = (...chunks: Buffer[]) => Buffer.concat([PNG_SIGNATURE, ...chunks]);
  const ihdr = png.subarray(8, 8 + 25);
  const idat = pngChunk('IDAT', deflateSync(Buffer.alloc(10)));
  const iend = pngChunk('IEND', Buffer.alloc(0));

  it.each([
    ['a PNG header followed by a web page', () => Buffer.concat([png.subarray(0, 33), ascii(PAGE)])],
    ['a PNG signature followed by a web page', () => Buffer.concat([PNG_SIGNATURE, ascii(PAGE)])],
    ['a truncated PNG (no IEND)', () => png.subarray(0, png.length - 12)],
    ['a PNG cut inside a chunk', () => png.subarray(0, png.length - 20)],
    ['a PNG with a web page after IEND', () => Buffer.concat([png, ascii(PAGE)])],
    ['a PNG with a single byte after IEND', () => Buffer.concat([png, bytes(0)])],
    ['a PNG whose chunk CRC is wrong', () => Buffer.from(png).fill(0x41, 45, 46)],
    ['a PNG without image data', () => pngWith(ihdr, iend)],
    ['a PNG not starting with IHDR', () => pngWith(idat, ihdr, iend)],
    ['a PNG with an unknown critical chunk', () => pngWith(ihdr, pngChunk('HTML', ascii(PAGE)), idat, iend)],
    ['a PNG whose chunk length runs past the end', () => pngWith(ihdr, Buffer.from(idat).fill(0x7f, 0, 1), iend)],
  ])('refuses %s as malformed', (_, make) => {
    expect(inspectFile(make())).toEqual({ ok: false, type: 'image/png', problem: 'MALFORMED' });
  });

  it('refuses a PNG carrying a web page in a text chunk, well-formed as it is', () => {
    const withText = pngWith(ihdr, pngChunk('tEXt', ascii(`Comment\0${PAGE}`)), idat, iend);

    expect(inspectFile(withText)).toEqual({ ok: false, type: 'image/png', problem: 'ACTIVE_CONTENT' });
  });

  it('refuses a web page hidden in a PNG’s private chunk in the middle of a large file', () => {
    const data = pngChunk('IDAT', Buffer.alloc(20_000));
    const big = pngWith(ihdr, data, pngChunk('ruBy', ascii(PAGE)), data, iend);

    expect(inspectFile(big)).toEqual({ ok: false, type: 'image/png', problem: 'ACTIVE_CONTENT' });
  });

  const eoi = bytes(0xff, 0xd9);
  it.each([
    ['a JPEG header followed by a web page', () => Buffer.concat([jpeg.subarray(0, 20), ascii(PAGE), eoi])],
    ['SOI followed by a web page', () => Buffer.concat([bytes(0xff, 0xd8, 0xff), ascii(PAGE)])],
    ['a truncated JPEG (no EOI)', () => jpeg.subarray(0, jpeg.length - 2)],
    ['a JPEG cut inside a segment', () => jpeg.subarray(0, 100)],
    ['a JPEG without a scan', () => Buffer.concat([jpeg.subarray(0, 20), eoi])],
    ['a JPEG with a reserved marker', () => Buffer.concat([jpeg.subarray(0, 20), bytes(0xff, 0x02, 0, 4, 0, 0), eoi])],
    [
      'a JPEG whose segment length runs past the end',
      () => Buffer.concat([jpeg.subarray(0, 20), bytes(0xff, 0xfe, 0xff, 0xff), eoi]),
    ],
  ])('refuses %s as malformed', (_, make) => {
    expect(inspectFile(make())).toEqual({ ok: false, type: 'image/jpeg', problem: 'MALFORMED' });
  });

  it.each([
    ['a web page after EOI', () => Buffer.concat([jpeg, ascii(PAGE)])],
    ['a web page after EOI and 100 KB of padding', () => Buffer.concat([jpeg, Buffer.alloc(100_000, 1), ascii(PAGE)])],
    ['a web page in a comment segment', () => Buffer.concat([jpeg.subarray(0, 20), comment(PAGE), jpeg.subarray(20)])],
    [
      'a web page in a comment segment in the middle of a large file',
      () => Buffer.concat([jpeg.subarray(0, 20), comment('Z'.repeat(60_000)), comment(PAGE), jpeg.subarray(20)]),
    ],
  ])('refuses a JPEG with %s', (_, make) => {
    expect(inspectFile(make())).toEqual({ ok: false, type: 'image/jpeg', problem: 'ACTIVE_CONTENT' });
  });

  it.each([
    ['a truncated PDF (no trailer)', async () => (await pdfBytes()).subarray(0, 300)],
    ['a PDF with a web page after %%EOF', async () => Buffer.concat([await pdfBytes(), ascii(PAGE)])],
    [
      'a PDF whose startxref points past the end',
      () => ascii('%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstartxref\n99999\n%%EOF\n'),
    ],
    ['a PDF header in front of a web page', () => ascii(`%PDF-1.4\n${PAGE}`)],
  ])('refuses %s as malformed', async (_, make) => {
    expect(inspectFile(await make())).toEqual({ ok: false, type: 'application/pdf', problem: 'MALFORMED' });
  });

  it('refuses a web page dressed as a PDF (header and trailer around it)', () => {
    const dressed = ascii(`%PDF-1.7\n${PAGE}\nstartxref\n0\n%%EOF\n`);

    expect(inspectFile(dressed)).toEqual({ ok: false, type: 'application/pdf', problem: 'ACTIVE_CONTENT' });
  });

  it.each([
    ['an ELF executable', () => Buffer.concat([bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0), Buffer.alloc(200)])],
    ['a web page', () => ascii(PAGE)],
    ['an empty file', () => Buffer.alloc(0)],
  ])('refuses %s as no known type', (_, make) => {
    expect(inspectFile(make())).toEqual({ ok: false, type: undefined, problem: 'UNKNOWN_TYPE' });
  });
});

/** A JPEG comment (COM) segment. */
function comment(text: string): Buffer {
  const data = ascii(text);
  const head = Buffer.from([0xff, 0xfe, 0, 0]);
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
}
