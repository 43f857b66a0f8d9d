// Letters the server fills and shows before signing, over real HTTP (SPEC §2, `001 附件1`, the proxy's 委托书): the
// app never has a full ID number (answers are masked), so the blanks the server knows — the insured person's name,
// ID number, sex and insured place, the destination's name, a 委托书's agent, the signer who is the person — are the
// server's when left out, and checked when sent. POST /v1/signatures/preview shows the letter as it will be signed,
// masked, with the blanks still empty, and stores nothing.
import { createHash } from 'node:crypto';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { CreateSignatureResponseSchema, SignaturePreviewResponseSchema } from '@shared/api/signatures';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { maskIdNumber, maskPhone } from '@shared/domain/validation/mask';
import { documents } from '../../../functions/adapters/dynamodb';
import { fieldCrypto } from '../../../functions/adapters/fieldCrypto';
import { s3 } from '../../../functions/adapters/s3';
import { config } from '../../../functions/config';
import { getSignature } from '../../../functions/data/signature';
import { demoPersons } from '../../../local/seed/demo';
import { type Answer, call, errorOf } from '../../support/api';
import { useStackEnvironment } from '../filings/people';
import { signaturePng } from '../uploads/files';
import { demoProxy, freshRetiree, type Signer } from './demo-people';

const HAN = /\p{Script=Han}/u;
const image = signaturePng();
const mother = demoPersons.retiree;

let retiree: Signer;
let daughter: Signer;

beforeAll(async () => {
  useStackEnvironment();
  [retiree, daughter] = await Promise.all([freshRetiree(), demoProxy()]);
});

function sign(token: string, body: Record<string, unknown>): Promise<Answer> {
  return call('POST', '/v1/signatures', { token, body });
}

function preview(token: string, body: Record<string, unknown>): Promise<Answer> {
  return call('POST', '/v1/signatures/preview', { token, body });
}

/** Her 个人承诺书 as the app sends it: only what she types (her phone) and picks (category, destination). */
function leanCommitment(user: Signer, overrides: Record<string, unknown> = {}) {
  return {
    letter: 'PERSONAL_COMMITMENT',
    insuredPersonId: user.personId,
    destinationCode: '460000',
    fields: { phone: user.person.phone, personCategory: 'RETIREE_RESETTLED' },
    signer: { relationship: 'SELF' },
    image: image.toString('base64'),
    ...overrides,
  };
}

/** The signature items a user submitted (a test may scan the table; no request path does). */
async function signaturesOf(userId: string): Promise<number> {
  const out = await documents().send(
    new ScanCommand({
      TableName: config().tableName,
      FilterExpression: '#e = :signature AND submitterUserId = :u',
      ExpressionAttributeNames: { '#e': 'entity' },
      ExpressionAttributeValues: { ':signature': 'signature', ':u': userId },
      ConsistentRead: true,
    }),
  );
  return out.Items?.length ?? 0;
}

describe('POST /v1/signatures — the blanks the server knows are filled by the server', () => {
  it('a 个人承诺书 without name, ID number, sex, places or the signer’s name and ID number gets them all', async () => {
    const answer = await sign(retiree.token, leanCommitment(retiree));

    expect(answer.status).toBe(201);
    const created = CreateSignatureResponseSchema.parse(answer.body);
    const masked = maskIdNumber(retiree.person.idNumber);
    expect(created.text).toContain(`姓名：王秀兰　性别：女　联系电话：${maskPhone(retiree.person.phone)}`);
    expect(created.text).toContain(`身份证件号码：${masked}　参保地：山西省太原市　就医地：海南省`);
    expect(created.text).toContain('☑异地安置退休人员');
    expect(created.text).toContain('承诺人（签名、指印）：王秀兰');
    expect(created.text).not.toContain(retiree.person.idNumber);

    const stored = await getSignature(created.signatureId);
    expect(stored).toMatchObject({ signerName: '王秀兰', signerRelationship: 'SELF', signerIdNumberMasked: masked });
    const { text, signerIdNumber } = await fieldCrypto().open(`SIGNATURE#${created.signatureId}`, {
      dataKey: stored?.dataKey ?? '',
      values: { text: stored?.textEnc ?? '', signerIdNumber: stored?.signerIdNumberEnc ?? '' },
    });
    expect(text).toContain(`身份证件号码：${retiree.person.idNumber}　参保地：山西省太原市`);
    expect(signerIdNumber).toBe(retiree.person.idNumber);
    const object = await s3().send(new GetObjectCommand({ Bucket: config().bucketName, Key: stored?.imageKey }));
    const png = Buffer.from((await object.Body?.transformToByteArray()) ?? []);
    expect(createHash('sha256').update(text, 'utf8').update(png).digest('hex')).toBe(created.sha256);
  });

  it('a name that is sent is still checked: another name is refused (422 LETTER_PERSON_MISMATCH)', async () => {
    const answer = await sign(
      retiree.token,
      leanCommitment(retiree, {
        fields: { phone: retiree.person.phone, personCategory: 'RETIREE_RESETTLED', name: '李晓燕' },
      }),
    );

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('LETTER_PERSON_MISMATCH');
    expect(errorOf(answer).fields).toHaveProperty(['fields.name']);
  });

  it('a destination below the filing level is refused on destinationCode with the one to pick (422)', async () => {
    const answer = await sign(retiree.token, leanCommitment(retiree, { destinationCode: '460200' }));

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('DESTINATION_TOO_NARROW');
    expect(errorOf(answer).fields).toMatchObject({ suggestedDestinationCode: '460000' });
    expect(errorOf(answer).fields?.destinationCode).toMatch(HAN);
  });

  it('a relative who signs still gives name, ID number and phone (400 on each)', async () => {
    const answer = await sign(retiree.token, leanCommitment(retiree, { signer: { relationship: 'CHILD' } }));

    expect(answer.status).toBe(400);
    for (const key of ['signer.name', 'signer.idNumber', 'signer.phone']) {
      expect(errorOf(answer).fields?.[key]).toMatch(HAN);
    }
  });

  it('a 委托书 without agentName and agentIdNumber names the caller as the agent', async () => {
    const answer = await sign(daughter.token, {
      letter: 'POWER_OF_ATTORNEY',
      fields: {
        principalName: mother.name,
        principalIdNumber: mother.idNumber,
        principalPhone: mother.phone,
        agentPhone: daughter.person.phone,
        relationship: '母女',
      },
      signer: { relationship: 'SELF' },
      image: image.toString('base64'),
    });

    expect(answer.status).toBe(201);
    const created = CreateSignatureResponseSchema.parse(answer.body);
    expect(created.text).toContain(`受托人（代办人）：李晓燕　联系电话：${maskPhone(daughter.person.phone)}`);
    expect(created.text).toContain(`身份证件号码：${maskIdNumber(daughter.person.idNumber)}`);
    expect(created.text).toContain('委托人（签名）：王秀兰');
    expect(created.text).not.toContain(daughter.person.idNumber);
    const stored = await getSignature(created.signatureId);
    expect(stored).toMatchObject({ signerName: mother.name, signerIdNumberMasked: maskIdNumber(mother.idNumber) });
  });
});

describe('POST /v1/signatures/preview — the letter as it will be signed, before signing; nothing stored', () => {
  it('answers the masked text with today’s date and the blanks still empty, and stores no signature', async () => {
    const before = await signaturesOf(retiree.userId);

    const answer = await preview(retiree.token, {
      letter: 'PERSONAL_COMMITMENT',
      insuredPersonId: retiree.personId,
      destinationCode: '460000',
      fields: { personCategory: 'RETIREE_RESETTLED' },
    });

    expect(answer.status).toBe(200);
    const shown = SignaturePreviewResponseSchema.parse(answer.body);
    const [year, month, day] = todayInShanghai(new Date()).split('-').map(Number);
    expect(shown).toMatchObject({
      letter: 'PERSONAL_COMMITMENT',
      letterName: '个人承诺书',
      title: '山西省省直单位异地就医备案个人承诺书',
      missing: ['phone'],
    });
    expect(shown.source).toMatch(/^依据：/);
    expect(shown.fields).toContainEqual({ key: 'idNumber', label: '身份证件号码' });
    expect(shown.fields.map((f) => f.key)).not.toContain('signature');
    expect(shown.text).toContain(`身份证件号码：${maskIdNumber(retiree.person.idNumber)}　参保地：山西省太原市`);
    expect(shown.text).toContain('联系电话：＿＿＿＿');
    expect(shown.text).toContain('承诺人（签名、指印）：（手写签名）');
    expect(shown.text).toContain(`${year}年${month}月${day}日`);
    expect(answer.text).not.toContain(retiree.person.idNumber);
    expect(await signaturesOf(retiree.userId)).toBe(before);
  });

  it('refuses a real mismatch as signing does (422 with the fields)', async () => {
    const answer = await preview(retiree.token, {
      letter: 'PERSONAL_COMMITMENT',
      insuredPersonId: retiree.personId,
      fields: { idNumber: daughter.person.idNumber },
    });

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('LETTER_PERSON_MISMATCH');
    expect(Object.keys(errorOf(answer).fields ?? {})).toEqual(['fields.name', 'fields.idNumber']);
  });

  it('a 委托书 not yet naming its principal previews with the caller as agent, the principal’s blanks missing', async () => {
    const answer = await preview(daughter.token, { letter: 'POWER_OF_ATTORNEY', fields: { relationship: '母女' } });

    expect(answer.status).toBe(200);
    const shown = SignaturePreviewResponseSchema.parse(answer.body);
    expect(shown.missing).toEqual(expect.arrayContaining(['principalName', 'principalIdNumber', 'agentPhone']));
    expect(shown.missing).not.toContain('agentName');
    expect(shown.text).toContain('受托人（代办人）：李晓燕');
    expect(shown.text).toContain(maskIdNumber(daughter.person.idNumber));
  });

  it('answers 404 to someone who does not act for the person, and 400 for a body that does not fit', async () => {
    const stranger = await preview(daughter.token, {
      letter: 'PERSONAL_COMMITMENT',
      insuredPersonId: retiree.personId,
    });
    const bad = await preview(retiree.token, { letter: 'NOT_A_LETTER' });

    expect(stranger.status).toBe(404);
    expect(bad.status).toBe(400);
    expect(errorOf(bad).fields?.letter).toMatch(HAN);
  });
});
