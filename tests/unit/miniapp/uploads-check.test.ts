// The phone's own check of a chosen page, before any request (miniapp/src/lib/uploads/check.ts): its type read from
// its bytes, and the purpose's rule with the API's own Chinese message.
import { checkFile, sniffContentType } from '../../../miniapp/src/lib/uploads/check';

const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37];
// An iPhone photo (HEIC): ftyp box.
const HEIC = [0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70];
const MB = 1024 * 1024;

describe('sniffContentType', () => {
  it.each([
    ['a JPEG', JPEG, 'image/jpeg'],
    ['a PNG', PNG, 'image/png'],
    ['a PDF', PDF, 'application/pdf'],
    ['a HEIC photo', HEIC, undefined],
    ['a PNG signature cut short', PNG.slice(0, 4), undefined],
    ['nothing', [], undefined],
  ])('reads %s by its first bytes', (_name, bytes, expected) => {
    expect(sniffContentType(new Uint8Array(bytes))).toBe(expected);
    expect(sniffContentType(new Uint8Array(bytes).buffer)).toBe(expected);
  });
});

describe('checkFile', () => {
  it('answers the body to announce a page the purpose takes', () => {
    expect(checkFile('FILING_PROOF', 'image/jpeg', 2 * MB)).toEqual({
      ok: true,
      request: { purpose: 'FILING_PROOF', contentType: 'image/jpeg', size: 2 * MB },
    });
  });

  it.each([
    ['a type we do not take', 'FILING_PROOF', undefined, MB, '只能上传 JPG、PNG 图片或 PDF 文件'],
    ['a page over 10 MB', 'FILING_PROOF', 'image/jpeg', 10 * MB + 1, '文件不能超过 10 MB，请压缩或分页后重新上传'],
    ['an empty file', 'CLAIM_MATERIAL', 'image/png', 0, '文件是空的，请重新选择'],
    ['a JPEG as a signature', 'SIGNATURE', 'image/jpeg', 1000, '手写签名只能上传PNG 图片'],
    // Both wrong: the type is the thing to fix first.
    ['a large JPEG as a signature', 'SIGNATURE', 'image/jpeg', 2 * MB, '手写签名只能上传PNG 图片'],
  ] as const)('refuses %s with the API’s own message', (_name, purpose, type, size, message) => {
    expect(checkFile(purpose, type, size)).toEqual({ ok: false, message });
  });
});
