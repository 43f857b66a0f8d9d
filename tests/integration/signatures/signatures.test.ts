// 电子签名 over real HTTP (SPEC §2, `001 附件1–2`): a Shanxi retiree signs her 个人承诺书; the stored record holds the
// exact text encrypted, the PNG in S3, and SHA-256(text ‖ image); the PDF is a real PDF; only she (and whoever
// submitted it) may read it.
import { createHash } from 'node:crypto';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { CreateSignatureResponseSchema, SignatureResponseSchema } from '@shared/api/signatures';
import { maskIdNumber } from '@shared/domain/validation/mask';
import { PDFDocument } from 'pdf-lib';
import { fieldCrypto } from '../../../functions/adapters/fieldCrypto';
import { s3 } from '../../../functions/adapters/s3';
import { config } from '../../../functions/config';
import { getSignature } from '../../../functions/data/signature';
import { type Answer, call, errorOf } from '../../support/api';
import { testStack } from '../../support/stack';
import { type Applicant, applicant, PROFILES, useStackEnvironment } from '../filings/people';
import { jpegBytes, signaturePng } from '../uploads/files';
import { freshRetiree, type Signer } from './demo-people';

const HAN = /\p{Script=Han}/u;
const image = signaturePng();

let retiree: Signer;
let stranger: Applicant;

beforeAll(async () => {
  useStackEnvironment();
  retiree = await freshRetiree();
  stranger = await applicant(PROFILES.liaoningWorker);
});

/** The blanks of her 个人承诺书 (`001 附件1`) as the signing screen fills them. */
function commitmentFields(user: Signer): Record<string, string> {
  return {
    name: user.person.name,
    sex: '女',
    phone: user.person.phone,
    idNumber: user.person.idNumber,
    insuredPlace: '山西省太原市',
    treatmentPlace: '海南省三亚市',
    personCategory: 'RETIREE_RESETTLED',
  };
}

function sign(token: string, body: Record<string, unknown>): Promise<Answer> {
  return call('POST', '/v1/signatures', { token, body });
}

function selfSigned(user: Signer, overrides: Record<string, unknown> = {}) {
  return {
    letter: 'PERSONAL_COMMITMENT',
    insuredPersonId: user.personId,
    fields: commitmentFields(user),
    signer: { relationship: 'SELF', name: user.person.name, idNumber: user.person.idNumber },
    image: image.toString('base64'),
    ...overrides,
  };
}

describe('POST /v1/signatures — the retiree signs her 个人承诺书 on screen (001 附件1)', () => {
  let signatureId: string;
  let created: ReturnType<typeof CreateSignatureResponseSchema.parse>;

  beforeAll(async () => {
    const answer = await sign(
      retiree.token,
      selfSigned(retiree, { image: `data:image/png;base64,${image.toString('base64')}` }),
    );
    if (answer.status !== 201) throw new Error(`signing failed: ${answer.status} ${answer.text}`);
    created = CreateSignatureResponseSchema.parse(answer.body);
    signatureId = created.signatureId;
  });

  it('answers the id, the hash and the text as signed, with her ID number and phone masked', () => {
    expect(created.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(created.text).toContain('山西省省直单位异地就医备案个人承诺书');
    expect(created.text).toContain('☑异地安置退休人员');
    expect(created.text).toContain('承诺人（签名、指印）：王秀兰');
    expect(created.text).toContain(maskIdNumber(retiree.person.idNumber));
    expect(created.text).not.toContain(retiree.person.idNumber);
    expect(created.text).not.toContain(retiree.person.phone);
  });

  it('stores the exact text encrypted, the PNG in S3, and SHA-256(text ‖ image) of exactly those', async () => {
    const stored = await getSignature(signatureId);

    expect(stored).toMatchObject({ letter: 'PERSONAL_COMMITMENT', signerRelationship: 'SELF', sha256: created.sha256 });
    expect(JSON.stringify(stored)).not.toContain(retiree.person.idNumber);
    const { text, signerIdNumber } = await fieldCrypto().open(`SIGNATURE#${signatureId}`, {
      dataKey: stored?.dataKey ?? '',
      values: { text: stored?.textEnc ?? '', signerIdNumber: stored?.signerIdNumberEnc ?? '' },
    });
    const object = await s3().send(new GetObjectCommand({ Bucket: config().bucketName, Key: stored?.imageKey }));
    const png = Buffer.from((await object.Body?.transformToByteArray()) ?? []);
    expect(png.equals(image)).toBe(true);
    expect(text).toContain(`身份证件号码：${retiree.person.idNumber}`);
    expect(signerIdNumber).toBe(retiree.person.idNumber);
    expect(createHash('sha256').update(text, 'utf8').update(png).digest('hex')).toBe(stored?.sha256);
  });

  it('GET /v1/signatures/{id} shows it to her, masked', async () => {
    const answer = await call('GET', `/v1/signatures/${signatureId}`, { token: retiree.token });

    expect(answer.status).toBe(200);
    const shown = SignatureResponseSchema.parse(answer.body);
    expect(shown).toMatchObject({
      letter: 'PERSONAL_COMMITMENT',
      letterName: '个人承诺书',
      insuredPersonId: retiree.personId,
      sha256: created.sha256,
      signer: { nameMasked: '王*兰', idNumberMasked: maskIdNumber(retiree.person.idNumber), relationship: 'SELF' },
    });
    expect(answer.text).not.toContain(retiree.person.idNumber);
  });

  it('GET /v1/signatures/{id}/pdf is a real PDF that parses back, titled as the form', async () => {
    const response = await fetch(`${testStack().urls.api}/v1/signatures/${signatureId}/pdf`, {
      headers: { authorization: `Bearer ${retiree.token}` },
    });
    const bytes = new Uint8Array(await response.arrayBuffer());

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(pdf.getTitle()).toBe('山西省省直单位异地就医备案个人承诺书');
    // The CJK font is embedded as a subset: the file stays small.
    expect(bytes.length).toBeLessThan(400_000);
  });

  it('someone else gets 404 for the letter and its PDF', async () => {
    const json = await call('GET', `/v1/signatures/${signatureId}`, { token: stranger.token });
    const pdf = await call('GET', `/v1/signatures/${signatureId}/pdf`, { token: stranger.token });

    expect([json.status, pdf.status]).toEqual([404, 404]);
    expect(json.text).not.toContain(created.sha256);
  });
});

describe('POST /v1/signatures — who signs, and what is refused (001 附件2)', () => {
  it('a close relative signs the 外伤无第三方责任承诺书 for a patient who cannot, giving ID number and phone', async () => {
    const answer = await sign(retiree.token, {
      letter: 'TRAUMA_NO_THIRD_PARTY',
      insuredPersonId: retiree.personId,
      fields: {
        promisor: retiree.person.name,
        phone: retiree.person.phone,
        idType: '居民身份证',
        idNumber: retiree.person.idNumber,
        injuryYear: '2025',
        injuryMonth: '3',
        injuryDay: '2',
        injuryHour: '9',
        injuryPlace: '三亚市吉阳区家中',
        injuryCircumstances: '在家中浴室滑倒致右腕骨折',
      },
      signer: { relationship: 'CHILD', name: '李晓燕', idNumber: '14010519820719168X', phone: '13903510002' },
      image: image.toString('base64'),
    });

    expect(answer.status).toBe(201);
    const body = CreateSignatureResponseSchema.parse(answer.body);
    expect(body.text).toContain('承诺人(签名)：王秀兰（由子女李晓燕代签）');
    expect(body.text).toContain('山西省医疗保险管理服务中心');
  });

  it('refuses a relative who gives no phone, on the field (400)', async () => {
    const answer = await sign(
      retiree.token,
      selfSigned(retiree, {
        signer: { relationship: 'SPOUSE', name: '李建国', idNumber: '14010519820719168X' },
      }),
    );

    expect(answer.status).toBe(400);
    expect(errorOf(answer).fields?.['signer.phone']).toMatch(HAN);
  });

  it('refuses "signed by myself" with someone else’s ID number (422 SIGNER_MISMATCH)', async () => {
    const answer = await sign(
      retiree.token,
      selfSigned(retiree, {
        signer: { relationship: 'SELF', name: retiree.person.name, idNumber: '14010519820719168X' },
      }),
    );

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('SIGNER_MISMATCH');
  });

  it('refuses a letter that names another person than the insured person (422)', async () => {
    const fields = { ...commitmentFields(retiree), name: '李晓燕', idNumber: '14010519820719168X' };

    const answer = await sign(retiree.token, selfSigned(retiree, { fields }));

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('LETTER_PERSON_MISMATCH');
    expect(Object.keys(errorOf(answer).fields ?? {})).toContain('fields.name');
  });

  it('refuses an unfilled blank with the domain’s message and the field (422 LETTER_FIELD_MISSING)', async () => {
    const { treatmentPlace: _, ...fields } = commitmentFields(retiree);

    const answer = await sign(retiree.token, selfSigned(retiree, { fields }));

    expect(answer.status).toBe(422);
    expect(errorOf(answer)).toMatchObject({ code: 'LETTER_FIELD_MISSING', message: '请填写：就医地' });
    expect(errorOf(answer).fields).toHaveProperty(['fields.treatmentPlace']);
  });

  it('refuses a signature that is not a PNG, or larger than 200 KB (400, on the image)', async () => {
    const jpeg = await sign(retiree.token, selfSigned(retiree, { image: jpegBytes().toString('base64') }));
    const huge = await sign(
      retiree.token,
      selfSigned(retiree, {
        image: Buffer.concat([image, Buffer.alloc(210 * 1024)]).toString('base64'),
      }),
    );

    expect(jpeg.status).toBe(400);
    expect(errorOf(jpeg).code).toBe('SIGNATURE_IMAGE_INVALID');
    expect(huge.status).toBe(400);
    expect(errorOf(huge).fields?.image).toMatch(HAN);
  });

  it('answers 404 to someone who does not act for the person', async () => {
    const answer = await sign(stranger.token, selfSigned(retiree));

    expect(answer.status).toBe(404);
  });

  it('a double tap with the same Idempotency-Key makes one signature', async () => {
    const headers = { 'idempotency-key': `sign-${Date.now()}` };
    const body = selfSigned(retiree);

    const [first, second] = await Promise.all([
      call('POST', '/v1/signatures', { token: retiree.token, body, headers }),
      call('POST', '/v1/signatures', { token: retiree.token, body, headers }),
    ]);
    const replay = await call('POST', '/v1/signatures', { token: retiree.token, body, headers });

    expect([first.status, second.status].sort()).toEqual(expect.arrayContaining([201]));
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const ids = [first, second, replay].filter((a) => a.status === 201).map((a) => a.body.signatureId);
    expect(new Set(ids).size).toBe(1);
  });
});
