// The phone's own check of a chosen file, before any request: its type read from its first bytes (as the API reads
// it, never from the name) and its size, against the purpose's rule — the shared schema, so the message is the
// API's own Chinese message word for word.
import { CreateUploadRequestSchema, type UploadContentType, type UploadPurpose } from '@shared/api/uploads';

/** The type of a file by its first bytes (JPEG, PNG or PDF), or undefined for anything else (HEIC, WebP, GIF…). */
export function sniffContentType(head: ArrayBuffer | Uint8Array): UploadContentType | undefined {
  const b = head instanceof Uint8Array ? head : new Uint8Array(head);
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    if (b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) return 'image/png';
  }
  if (b.length >= 5 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d) {
    return 'application/pdf';
  }
  return undefined;
}

/** How many first bytes `sniffContentType` needs. */
export const SNIFF_BYTES = 8;

/** A file the phone may announce: its purpose, its real type and its size. */
export interface CheckedFile {
  purpose: UploadPurpose;
  contentType: UploadContentType;
  size: number;
}

/**
 * The shared rule on a chosen file: the request body to announce it, or the Chinese message that refuses it (the
 * same message the API would give). `contentType` undefined = not a type we take at all.
 */
export function checkFile(
  purpose: UploadPurpose,
  contentType: UploadContentType | undefined,
  size: number,
): { ok: true; request: CheckedFile } | { ok: false; message: string } {
  const parsed = CreateUploadRequestSchema.safeParse({ purpose, contentType, size });
  if (parsed.success) return { ok: true, request: parsed.data };
  // The type's message first: a wrong type is the thing to fix even when the file is also too large.
  const issues = [...parsed.error.issues].sort((a, b) => rank(a.path) - rank(b.path));
  return { ok: false, message: issues[0]?.message ?? '文件不符合要求，请重新选择' };
}

function rank(path: readonly PropertyKey[]): number {
  return path[0] === 'contentType' ? 0 : path[0] === 'size' ? 1 : 2;
}
