// What was checked is what is attached (issue 9 item 5, SPEC §6). The presigned PUT stays valid for 10 minutes
// and S3 — like s3rver — lets it overwrite the object after the confirmation; and a valid header is no proof of a
// valid file. Over real HTTP: announce, PUT to s3rver, confirm, PUT again, attach to a real draft, download.
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { ClaimViewSchema, MaterialDownloadResponseSchema } from '@shared/api/claims';
import { UploadResponseSchema } from '@shared/api/uploads';
import { s3 } from '../../../functions/adapters/s3';
import { config } from '../../../functions/config';
import { table } from '../../../functions/data/table';
import { createUpload } from '../../../functions/data/upload';
import { ulid } from '../../../functions/support/ids';
import { attachUploads, incomingKey } from '../../../functions/usecases/documents/uploads';
import { call, errorOf } from '../../support/api';
import { objectExists } from '../../support/uploads';
import {
  type Applicant,
  activeFiling,
  createDraft,
  demoApplicant,
  draftFor,
  useStackEnvironment,
} from '../claims/people';
import { jpegBytes, pdfBytes, signaturePng } from './files';
import { announceAndPut, confirm, putTo } from './upload-api';

// Each function's first call starts it in serverless-offline; on a busy machine that takes seconds.
jest.setTimeout(30_000);

const HAN = /\p{Script=Han}/u;
const ITEM = 'DIAGNOSIS_OR_DISCHARGE';
const PAGE = '<!DOCTYPE html><html><body><script>fetch("/v1/me").then(r=>r.text()).then(alert)</script>';

/** A web page of exactly `length` bytes. */
function pageOfLength(length: number): Buffer {
  const page = Buffer.alloc(length, 0x20);
  page.write(PAGE, 'latin1');
  page.write('</body></html>', length - 14, 'latin1');
  return page;
}

/** The bytes behind a presigned GET. */
async function download(url: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const answer = await fetch(url);
  return {
    status: answer.status,
    type: answer.headers.get('content-type'),
    bytes: Buffer.from(await answer.arrayBuffer()),
  };
}

let retiree: Applicant;

beforeAll(async () => {
  useStackEnvironment();
  retiree = await demoApplicant('retiree');
  await activeFiling(retiree, { code: '460000', level: 'PROVINCE' });
});

describe('SPEC §6 — after the confirmation, the checked bytes are the ones attached and served', () => {
  it('a PNG replaced by a web page of the same length through the same presigned URL: the PNG is attached', async () => {
    const draft = await createDraft(retiree, draftFor(retiree, 'retiree-inpatient'));
    const png = signaturePng(400, 300);
    const page = pageOfLength(png.length);
    const { fileId, put } = await announceAndPut(retiree.token, 'CLAIM_MATERIAL', 'image/png', png);
    expect((await confirm(retiree.token, fileId)).status).toBe(200);

    const replaced = await putTo(put, page);
    const attached = await call('POST', `/v1/claims/${draft.caseId}/materials`, {
      token: retiree.token,
      body: { item: ITEM, fileIds: [fileId] },
    });

    expect(replaced).toBe(200); // the URL is still valid, as on S3: the replacement itself cannot be stopped
    expect(attached.status).toBe(200);
    expect(ClaimViewSchema.parse(attached.body).materials).toMatchObject([{ fileId, contentType: 'image/png' }]);
    const link = await call('GET', `/v1/claims/${draft.caseId}/materials/${ITEM}/${fileId}`, {
      token: retiree.token,
    });
    expect(link.status).toBe(200);
    const file = await download(MaterialDownloadResponseSchema.parse(link.body).downloadUrl);
    expect(file.status).toBe(200);
    expect(file.type).toBe('image/png');
    expect(file.bytes.equals(png)).toBe(true);
  });

  it('between confirmation and attachment, the owner’s download link also serves the checked bytes', async () => {
    const jpeg = jpegBytes(50_000);
    const { fileId, put } = await announceAndPut(retiree.token, 'CLAIM_MATERIAL', 'image/jpeg', jpeg);
    expect((await confirm(retiree.token, fileId)).status).toBe(200);

    await putTo(put, pageOfLength(jpeg.length));
    const read = UploadResponseSchema.parse(
      (await call('GET', `/v1/uploads/${fileId}`, { token: retiree.token })).body,
    );
    const again = UploadResponseSchema.parse((await confirm(retiree.token, fileId)).body);

    expect(read).toMatchObject({ state: 'CONFIRMED', contentType: 'image/jpeg', size: jpeg.length });
    expect((await download(read.downloadUrl ?? '')).bytes.equals(jpeg)).toBe(true);
    // A repeated confirmation answers the upload as it was checked; it does not look at the new object.
    expect(again).toMatchObject({ state: 'CONFIRMED', size: jpeg.length });
    expect((await download(again.downloadUrl ?? '')).bytes.equals(jpeg)).toBe(true);
  });

  it('a confirmed upload whose object is still in incoming/ (confirmed before checked copies) is not attached', async () => {
    table();
    const fileId = ulid();
    const s3Key = incomingKey(retiree.userId, fileId);
    const png = signaturePng();
    await s3().send(new PutObjectCommand({ Bucket: config().bucketName, Key: s3Key, Body: png }));
    const now = new Date();
    await createUpload({
      fileId,
      ownerUserId: retiree.userId,
      purpose: 'CLAIM_MATERIAL',
      declaredContentType: 'image/png',
      declaredSize: png.length,
      contentType: 'image/png',
      size: png.length,
      state: 'CONFIRMED',
      s3Key,
      createdAt: now.toISOString(),
      confirmedAt: now.toISOString(),
      expiresAt: Math.floor(now.getTime() / 1000) + 3600,
    });

    const attempt = attachUploads([fileId], retiree.userId, { kind: 'case', id: 'CASE-LEGACY', item: ITEM });

    await expect(attempt).rejects.toMatchObject({ status: 422, code: 'UPLOAD_NOT_USABLE' });
    expect(await objectExists(`cases/CASE-LEGACY/${fileId}`)).toBe(false);
  });
});

describe('SPEC §6 — the whole file is checked at confirmation, not only its first bytes', () => {
  const png = signaturePng();
  it.each([
    [
      'a PNG header (signature and IHDR) followed by a web page',
      'image/png' as const,
      async () => Buffer.concat([png.subarray(0, 33), pageOfLength(600)]),
    ],
    ['a whole PNG with a web page appended', 'image/png' as const, async () => Buffer.concat([png, pageOfLength(300)])],
    [
      'a whole JPEG with a web page after its end',
      'image/jpeg' as const,
      async () => Buffer.concat([jpegBytes(4096), pageOfLength(300)]),
    ],
    [
      'a PDF header in front of a web page',
      'application/pdf' as const,
      async () => Buffer.concat([Buffer.from('%PDF-1.7\n'), pageOfLength(600)]),
    ],
    ['a truncated PDF', 'application/pdf' as const, async () => (await pdfBytes()).subarray(0, 400)],
  ])('refuses %s (400, in Chinese); the file is deleted and cannot be attached', async (_, type, make) => {
    const draft = await createDraft(retiree, draftFor(retiree, 'retiree-inpatient'));
    const { fileId, putStatus } = await announceAndPut(retiree.token, 'CLAIM_MATERIAL', type, await make());

    const answer = await confirm(retiree.token, fileId);
    const attach = await call('POST', `/v1/claims/${draft.caseId}/materials`, {
      token: retiree.token,
      body: { item: ITEM, fileIds: [fileId] },
    });

    expect(putStatus).toBe(200);
    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe('UPLOAD_TYPE_MISMATCH');
    expect(errorOf(answer).message).toMatch(HAN);
    expect(answer.text).not.toMatch(/stack|\/work\//i);
    expect(await objectExists(incomingKey(retiree.userId, fileId))).toBe(false);
    expect((await call('GET', `/v1/uploads/${fileId}`, { token: retiree.token })).status).toBe(404);
    expect(attach.status).toBe(422);
    expect(errorOf(attach).code).toBe('UPLOAD_NOT_USABLE');
    const material = await call('GET', `/v1/claims/${draft.caseId}/materials/${ITEM}/${fileId}`, {
      token: retiree.token,
    });
    expect(material.status).toBe(404);
  });
});
