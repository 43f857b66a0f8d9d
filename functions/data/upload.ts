// 上传文件 — one file a user uploads straight to S3 through a presigned PUT. PENDING when announced (the object at
// `incoming/<userId>/<fileId>`), CONFIRMED once the whole file was checked (type, structure, size) and exactly the
// checked bytes were copied to `checked/<userId>/<fileId>/<copyId>` — a key no presigned URL can write, since that
// URL may still overwrite `incoming/` — and ATTACHED once the checked copy was moved under the case, filing or proxy
// authorisation that uses it — exactly once, by a condition. The bucket deletes `incoming/` and `checked/` after 2
// days, so an upload never attached expires with its object (TTL `expiresAt`, removed when attached).
import { UPLOAD_CONTENT_TYPES, UPLOAD_PURPOSES, UPLOAD_STATES } from '@shared/api/uploads';
import { createWriteTransaction, Entity, type EntityItem } from 'electrodb';
import {
  declareEntity,
  ENTITY_OPTIONS,
  epochSeconds,
  failedConditions,
  isConditionFailure,
  SERVICE,
  table,
} from './table';

/** What an upload can be attached to. */
export const ATTACHMENT_KINDS = ['case', 'filing', 'proxy'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const UploadEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'upload', version: '1', service: SERVICE },
      attributes: {
        fileId: { type: 'string', required: true, readOnly: true },
        ownerUserId: { type: 'string', required: true, readOnly: true },
        purpose: { type: UPLOAD_PURPOSES, required: true, readOnly: true },
        declaredContentType: { type: UPLOAD_CONTENT_TYPES, required: true, readOnly: true },
        declaredSize: { type: 'number', required: true, readOnly: true },
        /** The type found in the file (magic bytes, whole structure) and its real size, set at confirmation. */
        contentType: { type: UPLOAD_CONTENT_TYPES },
        size: { type: 'number' },
        state: { type: UPLOAD_STATES, required: true },
        /**
         * Where the object is now: `incoming/<userId>/<fileId>` (PENDING), its checked copy
         * `checked/<userId>/<fileId>/<copyId>` (CONFIRMED), then `<cases|filings|proxies>/<id>/<fileId>` (ATTACHED).
         */
        s3Key: { type: 'string', required: true },
        attachedTo: {
          type: 'map',
          properties: {
            kind: { type: ATTACHMENT_KINDS, required: true },
            id: { type: 'string', required: true },
            /** The material item (`INVOICE`, `POWER_OF_ATTORNEY`, …) it proves, when the target has several. */
            item: { type: 'string' },
          },
        },
        createdAt: { type: 'string', required: true, readOnly: true },
        confirmedAt: { type: 'string' },
        attachedAt: { type: 'string' },
        /** TTL (epoch seconds) while unattached: the bucket deletes the object after 2 days anyway. */
        expiresAt: { type: 'number' },
      },
      indexes: {
        byId: {
          pk: { field: 'pk', composite: ['fileId'], template: 'UPLOAD#${fileId}', casing: 'none' },
          sk: { field: 'sk', composite: [], template: 'UPLOAD', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** An upload as stored. */
export type Upload = EntityItem<typeof UploadEntity>;
/** What an upload is attached to. */
export type AttachmentTarget = { kind: AttachmentKind; id: string; item?: string };

/** Whether an unattached upload's time ran out (TTL deletes late, and never locally). */
function expired(upload: Upload, now: Date): boolean {
  return upload.expiresAt !== undefined && upload.expiresAt <= epochSeconds(now);
}

/** PutItem UPLOAD#<fileId>/UPLOAD if absent — a newly announced upload (PENDING). */
export async function createUpload(upload: Upload): Promise<void> {
  table();
  await UploadEntity.create(upload).go();
}

/** GetItem UPLOAD#<fileId>/UPLOAD — the upload, or undefined (also when it expired unattached). */
export async function getUpload(fileId: string, now: Date = new Date()): Promise<Upload | undefined> {
  table();
  const { data } = await UploadEntity.get({ fileId }).go({ consistent: true });
  return data && !expired(data, now) ? data : undefined;
}

/** GetItem — the upload if it is CONFIRMED (checked, not yet attached) and owned by `ownerUserId`; null otherwise. */
export async function getConfirmedUpload(
  fileId: string,
  ownerUserId: string,
  now: Date = new Date(),
): Promise<Upload | null> {
  const upload = await getUpload(fileId, now);
  return upload?.state === 'CONFIRMED' && upload.ownerUserId === ownerUserId ? upload : null;
}

/**
 * UpdateItem — PENDING → CONFIRMED with the type and size found in the object and the key of its checked copy, if
 * still PENDING, owned by the caller and not expired. False when the condition fails (confirmed already, or not
 * theirs).
 */
export async function markUploadConfirmed(
  fileId: string,
  ownerUserId: string,
  found: { contentType: Upload['declaredContentType']; size: number; s3Key: string },
  now: Date,
): Promise<boolean> {
  table();
  try {
    await UploadEntity.patch({ fileId })
      .set({
        state: 'CONFIRMED',
        contentType: found.contentType,
        size: found.size,
        s3Key: found.s3Key,
        confirmedAt: now.toISOString(),
      })
      .where(
        ({ state, ownerUserId: owner, expiresAt }, { eq, gt }) =>
          `${eq(state, 'PENDING')} AND ${eq(owner, ownerUserId)} AND ${gt(expiresAt, epochSeconds(now))}`,
      )
      .go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** DeleteItem — forgets a PENDING upload whose file was refused at confirmation (the object is deleted too). */
export async function deletePendingUpload(fileId: string, ownerUserId: string): Promise<void> {
  table();
  try {
    await UploadEntity.delete({ fileId })
      .where(({ state, ownerUserId: owner }, { eq }) => `${eq(state, 'PENDING')} AND ${eq(owner, ownerUserId)}`)
      .go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/** One upload's move: its id and the key it is moved to. */
export type AttachmentMove = { fileId: string; s3Key: string };

/**
 * TransactWriteItems — CONFIRMED → ATTACHED for every upload at once, each only if still CONFIRMED, owned by
 * `ownerUserId` and not expired: a file is attached once, and a set of files all or none. The TTL is removed.
 * Answers, per upload in order, whether its condition failed (all false when it committed).
 */
export async function markUploadsAttached(
  moves: readonly AttachmentMove[],
  ownerUserId: string,
  target: AttachmentTarget,
  now: Date,
): Promise<{ committed: boolean; failed: boolean[] }> {
  table();
  const attachedTo = target.item ? { kind: target.kind, id: target.id, item: target.item } : target;
  const { canceled, data } = await createWriteTransaction({ upload: UploadEntity }, (e) =>
    moves.map((move) =>
      e.upload
        .patch({ fileId: move.fileId })
        .set({ state: 'ATTACHED', s3Key: move.s3Key, attachedTo, attachedAt: now.toISOString() })
        .remove(['expiresAt'])
        .where(
          ({ state, ownerUserId: owner, expiresAt }, { eq, gt }) =>
            `${eq(state, 'CONFIRMED')} AND ${eq(owner, ownerUserId)} AND ${gt(expiresAt, epochSeconds(now))}`,
        )
        .commit(),
    ),
  ).go();
  return { committed: !canceled, failed: canceled ? failedConditions(data) : moves.map(() => false) };
}
