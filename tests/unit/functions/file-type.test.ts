import { detectContentType } from '../../../functions/lib/fileType';

const bytes = (...values: number[]) => new Uint8Array(values);

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
