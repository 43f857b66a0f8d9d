// Uploads over real HTTP: presigned PUTs into s3rver, confirmation by the whole file and its real size (a checked
// copy kept outside incoming/), owner-only reads, and the move of checked copies under what uses them
// (attachUploads, run in-process against the same stack). What was checked is what is attached: checked-copy.test.ts.
import { CreateUploadResponseSchema, UploadResponseSchema } from '@shared/api/uploads';
import { getUpload } from '../../../functions/data/upload';
import { attachUploads, presignDownload } from '../../../functions/usecases/documents/uploads';
import { call, errorOf } from '../../support/api';
import { objectExists } from '../../support/uploads';
import { type Applicant, applicant, PROFILES, useStackEnvironment } from '../filings/people';
import { jpegBytes, pdfBytes, signaturePng, textBytes } from './files';
import { announceAndPut, confirm, confirmedUpload } from './upload-api';

const HAN = /\p{Script=Han}/u;

let owner: Applicant;
let stranger: Applicant;

beforeAll(async () => {
  useStackEnvironment();
  [owner, stranger] = await Promise.all([applicant(PROFILES.shanxiRetiree), applicant(PROFILES.jiangsuStudent)]);
});

describe('POST /v1/uploads → PUT → confirm — SPEC §6: type by content, size-limited, private', () => {
  it.each([
    ['a JPEG photo of an invoice', 'image/jpeg' as const, () => Promise.resolve(jpegBytes(50_000))],
    ['a PNG screenshot of a fee list', 'image/png' as const, () => Promise.resolve(signaturePng(400, 300))],
    ['a PDF from the hospital', 'application/pdf' as const, pdfBytes],
  ])(
    'accepts %s: confirmed with its real type and size, kept as a checked copy, readable by its owner',
    async (_, type, make) => {
      const bytes = await make();

      const { fileId, putStatus } = await announceAndPut(owner.token, 'CLAIM_MATERIAL', type, bytes);
      const confirmed = await confirm(owner.token, fileId);

      expect(putStatus).toBe(200);
      expect(confirmed.status).toBe(200);
      const upload = UploadResponseSchema.parse(confirmed.body);
      expect(upload).toMatchObject({ fileId, state: 'CONFIRMED', contentType: type, size: bytes.length });
      const stored = await getUpload(fileId);
      expect(stored?.s3Key.startsWith(`checked/${owner.userId}/${fileId}/`)).toBe(true);
      expect(await objectExists(stored?.s3Key ?? '')).toBe(true);
      expect(await objectExists(`incoming/${owner.userId}/${fileId}`)).toBe(false);
      const read = UploadResponseSchema.parse(
        (await call('GET', `/v1/uploads/${fileId}`, { token: owner.token })).body,
      );
      const download = await fetch(read.downloadUrl ?? '');
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    },
  );

  it('signs the Content-Type into the PUT URL and answers the headers to send', async () => {
    const answer = await call('POST', '/v1/uploads', {
      token: owner.token,
      body: { purpose: 'FILING_PROOF', contentType: 'image/jpeg', size: 1000 },
    });

    expect(answer.status).toBe(201);
    const created = CreateUploadResponseSchema.parse(answer.body);
    expect(created.headers).toEqual({ 'Content-Type': 'image/jpeg' });
    expect(new URL(created.uploadUrl).searchParams.get('X-Amz-SignedHeaders')).toContain('content-type');
    expect(new URL(created.uploadUrl).searchParams.get('X-Amz-Expires')).toBe('600');
    expect(new URL(created.uploadUrl).pathname).toContain(`/incoming/${owner.userId}/${created.fileId}`);
  });

  it('refuses a text file renamed to .jpg: the object is deleted and the answer says why (400)', async () => {
    const { fileId } = await announceAndPut(owner.token, 'CLAIM_MATERIAL', 'image/jpeg', textBytes());

    const answer = await confirm(owner.token, fileId);

    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe('UPLOAD_TYPE_MISMATCH');
    expect(errorOf(answer).message).toMatch(HAN);
    expect(await objectExists(`incoming/${owner.userId}/${fileId}`)).toBe(false);
    expect((await call('GET', `/v1/uploads/${fileId}`, { token: owner.token })).status).toBe(404);
  });

  it('refuses a PNG declared as PDF (the bytes decide, not the declaration)', async () => {
    const { fileId } = await announceAndPut(owner.token, 'CLAIM_MATERIAL', 'application/pdf', signaturePng());

    const answer = await confirm(owner.token, fileId);

    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe('UPLOAD_TYPE_MISMATCH');
  });

  it('refuses an announced size over 10 MB, and over 1 MB for a signature, on the field (400)', async () => {
    const big = await call('POST', '/v1/uploads', {
      token: owner.token,
      body: { purpose: 'CLAIM_MATERIAL', contentType: 'application/pdf', size: 10 * 1024 * 1024 + 1 },
    });
    const signature = await call('POST', '/v1/uploads', {
      token: owner.token,
      body: { purpose: 'SIGNATURE', contentType: 'image/png', size: 1024 * 1024 + 1 },
    });

    expect(big.status).toBe(400);
    expect(errorOf(big).fields?.size).toMatch(/10 MB/);
    expect(signature.status).toBe(400);
    expect(errorOf(signature).fields?.size).toMatch(/1 MB/);
  });

  it('refuses a file larger than its purpose allows even when it was announced smaller, and deletes it', async () => {
    // s3rver does not enforce the signed Content-Length (S3 does): the real size is checked at confirmation.
    const oversized = Buffer.concat([signaturePng(), Buffer.alloc(1024 * 1024, 0x7f)]);
    const { fileId } = await announceAndPut(owner.token, 'SIGNATURE', 'image/png', oversized, 1000);

    const answer = await confirm(owner.token, fileId);

    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe('UPLOAD_TOO_LARGE');
    expect(await objectExists(`incoming/${owner.userId}/${fileId}`)).toBe(false);
  });

  it('refuses a type the purpose does not take (a signature must be PNG)', async () => {
    const answer = await call('POST', '/v1/uploads', {
      token: owner.token,
      body: { purpose: 'SIGNATURE', contentType: 'image/jpeg', size: 1000 },
    });

    expect(answer.status).toBe(400);
    expect(errorOf(answer).fields?.contentType).toMatch(HAN);
  });

  it('answers a confirmation before the PUT with 400 and keeps the upload for a retry', async () => {
    const created = await call('POST', '/v1/uploads', {
      token: owner.token,
      body: { purpose: 'CLAIM_MATERIAL', contentType: 'image/jpeg', size: 1000 },
    });
    const { fileId } = CreateUploadResponseSchema.parse(created.body);

    const answer = await confirm(owner.token, fileId);

    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe('UPLOAD_NOT_RECEIVED');
    const read = UploadResponseSchema.parse((await call('GET', `/v1/uploads/${fileId}`, { token: owner.token })).body);
    expect(read).toMatchObject({ state: 'PENDING', downloadUrl: null });
  });

  it('another user gets 404 for the file, its confirmation and a made-up id — never a download link', async () => {
    const fileId = await confirmedUpload(owner.token, 'CLAIM_MATERIAL', 'image/jpeg', jpegBytes());

    const read = await call('GET', `/v1/uploads/${fileId}`, { token: stranger.token });
    const confirmation = await confirm(stranger.token, fileId);
    const unknown = await call('GET', '/v1/uploads/01ARZ3NDEKTSV4RRFFQ69G5FAV', { token: stranger.token });

    expect([read.status, confirmation.status, unknown.status]).toEqual([404, 404, 404]);
    expect(read.text).not.toContain('X-Amz');
  });

  it('requires a login', async () => {
    const answer = await call('POST', '/v1/uploads', {
      body: { purpose: 'CLAIM_MATERIAL', contentType: 'image/jpeg', size: 1000 },
    });

    expect(answer.status).toBe(401);
  });
});

describe('attachUploads — a confirmed file moves under what uses it, once', () => {
  it('moves the checked copy out of checked/, marks it ATTACHED and keeps it readable', async () => {
    const fileId = await confirmedUpload(owner.token, 'CLAIM_MATERIAL', 'image/jpeg', jpegBytes());
    const checked = (await getUpload(fileId))?.s3Key ?? '';

    const [attached] = await attachUploads([fileId], owner.userId, { kind: 'case', id: 'CASE01', item: 'INVOICE' });

    expect(attached).toMatchObject({ fileId, s3Key: `cases/CASE01/${fileId}`, contentType: 'image/jpeg' });
    expect(checked).toMatch(/^checked\//);
    expect(await objectExists(checked)).toBe(false);
    expect(await objectExists(`cases/CASE01/${fileId}`)).toBe(true);
    expect(await getUpload(fileId)).toMatchObject({
      state: 'ATTACHED',
      attachedTo: { kind: 'case', id: 'CASE01', item: 'INVOICE' },
    });
    expect((await getUpload(fileId))?.expiresAt).toBeUndefined();
    const download = await fetch((await presignDownload(fileId)).url);
    expect(download.status).toBe(200);
  });

  it('answers a retry for the same target as done, and refuses the file for anything else (422)', async () => {
    const fileId = await confirmedUpload(owner.token, 'CLAIM_MATERIAL', 'image/png', signaturePng());
    await attachUploads([fileId], owner.userId, { kind: 'case', id: 'CASE02', item: 'FEE_LIST' });

    const retry = await attachUploads([fileId], owner.userId, { kind: 'case', id: 'CASE02', item: 'FEE_LIST' });
    const elsewhere = attachUploads([fileId], owner.userId, { kind: 'filing', id: 'FILING01' });

    expect(retry).toHaveLength(1);
    await expect(elsewhere).rejects.toMatchObject({ status: 422, code: 'UPLOAD_NOT_USABLE' });
  });

  it('attaches all or none: one file that is not the caller’s stops the whole set', async () => {
    const mine = await confirmedUpload(owner.token, 'CLAIM_MATERIAL', 'image/jpeg', jpegBytes());
    const theirs = await confirmedUpload(stranger.token, 'CLAIM_MATERIAL', 'image/jpeg', jpegBytes());

    const attempt = attachUploads([mine, theirs], owner.userId, { kind: 'case', id: 'CASE03' });

    await expect(attempt).rejects.toMatchObject({ status: 422, fields: { [theirs]: expect.any(String) } });
    const stored = await getUpload(mine);
    expect(stored).toMatchObject({ state: 'CONFIRMED' });
    expect(await objectExists(stored?.s3Key ?? '')).toBe(true);
  });

  it('two concurrent attachments of one file to different targets: exactly one wins', async () => {
    const fileId = await confirmedUpload(owner.token, 'FILING_PROOF', 'application/pdf', await pdfBytes());

    const results = await Promise.allSettled([
      attachUploads([fileId], owner.userId, { kind: 'filing', id: 'FILING-A' }),
      attachUploads([fileId], owner.userId, { kind: 'filing', id: 'FILING-B' }),
    ]);

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const winner = (await getUpload(fileId))?.attachedTo?.id ?? '';
    const loser = winner === 'FILING-A' ? 'FILING-B' : 'FILING-A';
    expect(await objectExists(`filings/${winner}/${fileId}`)).toBe(true);
    expect(await objectExists(`filings/${loser}/${fileId}`)).toBe(false);
  });

  it('a double tap attaching one file to the same target: both succeed and the file is kept', async () => {
    const fileId = await confirmedUpload(owner.token, 'CLAIM_MATERIAL', 'image/jpeg', jpegBytes());
    const target = { kind: 'case' as const, id: 'CASE04', item: 'INVOICE' };

    const results = await Promise.allSettled([
      attachUploads([fileId], owner.userId, target),
      attachUploads([fileId], owner.userId, target),
    ]);

    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(await objectExists(`cases/CASE04/${fileId}`)).toBe(true);
    expect(await getUpload(fileId)).toMatchObject({ state: 'ATTACHED', s3Key: `cases/CASE04/${fileId}` });
  });

  it('refuses a file of another purpose when the caller names the purposes it takes', async () => {
    const fileId = await confirmedUpload(owner.token, 'CLAIM_MATERIAL', 'image/jpeg', jpegBytes());

    const attempt = attachUploads(
      [fileId],
      owner.userId,
      { kind: 'proxy', id: 'GRANT01' },
      {
        purposes: ['POWER_OF_ATTORNEY'],
      },
    );

    await expect(attempt).rejects.toMatchObject({ status: 422 });
  });
});
