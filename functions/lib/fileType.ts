// 文件类型识别 — a file's type is what its first bytes say (magic bytes), never its name or the declared type.
import type { UploadContentType } from '@shared/api/uploads';

/** How many leading bytes `detectContentType` needs. */
export const SNIFF_BYTES = 16;

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
