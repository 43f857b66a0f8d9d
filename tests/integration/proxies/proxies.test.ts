// 代办 over real HTTP (SPEC §1, `000 流程一`): the demo proxy 李晓燕 becomes the proxy of her mother, the demo retiree
// 王秀兰 (confirmed by the registry stand-in), with a 委托书 her mother signs on screen; then acts for her, is refused
// for strangers, loses access when she revokes, and comes back with a photographed paper 委托书. The mother's own
// WeChat binding is the binding suite's: this suite never binds her.
import { MyPersonsResponseSchema } from '@shared/api/me';
import { ProxyListResponseSchema, ProxyPersonSchema, RevokeProxyResponseSchema } from '@shared/api/proxies';
import { CreateSignatureResponseSchema } from '@shared/api/signatures';
import { UploadResponseSchema } from '@shared/api/uploads';
import { mayActFor } from '../../../functions/usecases/people/actingFor';
import { demoPersons } from '../../../local/seed/demo';
import { type Answer, call, errorOf } from '../../support/api';
import { type Applicant, applicant, PROFILES, useStackEnvironment } from '../filings/people';
import { demoProxy, type Signer } from '../signatures/demo-people';
import { jpegBytes, signaturePng } from '../uploads/files';
import { confirmedUpload } from '../uploads/upload-api';

const image = signaturePng().toString('base64');

const mother = demoPersons.retiree;
/** The mother's insured-person id, as the grant answers it. */
let motherId: string;
let daughter: Signer;
let stranger: Applicant;

beforeAll(async () => {
  useStackEnvironment();
  daughter = await demoProxy();
  stranger = await applicant(PROFILES.jiangsuStudent);
});

/** The 委托书 as the daughter's phone shows it: her mother is the principal, she the agent. */
function powerOfAttorney(principal: typeof mother, agent: { name: string; idNumber: string; phone: string }) {
  return {
    letter: 'POWER_OF_ATTORNEY',
    fields: {
      principalName: principal.name,
      principalIdNumber: principal.idNumber,
      principalPhone: principal.phone,
      agentName: agent.name,
      agentIdNumber: agent.idNumber,
      agentPhone: agent.phone,
      relationship: '母女',
    },
    signer: { relationship: 'SELF', name: principal.name, idNumber: principal.idNumber },
    image,
  };
}

async function signedPowerOfAttorney(token: string, agent: { name: string; idNumber: string; phone: string }) {
  const answer = await call('POST', '/v1/signatures', { token, body: powerOfAttorney(mother, agent) });
  if (answer.status !== 201) throw new Error(`委托书 not signed: ${answer.status} ${answer.text}`);
  return CreateSignatureResponseSchema.parse(answer.body);
}

function addProxy(token: string, powerOfAttorneyRef: Record<string, string>, overrides: Record<string, unknown> = {}) {
  return call('POST', '/v1/proxies', {
    token,
    body: {
      name: mother.name,
      idNumber: mother.idNumber,
      relationship: 'CHILD',
      phone: mother.phone,
      powerOfAttorney: powerOfAttorneyRef,
      ...overrides,
    },
  });
}

/** Signing her mother's 个人承诺书: only someone who may act for her can. */
function signCommitmentFor(token: string): Promise<Answer> {
  return call('POST', '/v1/signatures', {
    token,
    body: {
      letter: 'PERSONAL_COMMITMENT',
      insuredPersonId: motherId,
      fields: {
        name: mother.name,
        sex: '女',
        phone: mother.phone,
        idNumber: mother.idNumber,
        insuredPlace: '山西省太原市',
        treatmentPlace: '海南省三亚市',
        personCategory: 'RETIREE_RESETTLED',
      },
      signer: { relationship: 'SELF', name: mother.name, idNumber: mother.idNumber },
      image,
    },
  });
}

const daughterAsAgent = () => ({
  name: daughter.person.name,
  idNumber: daughter.person.idNumber,
  phone: daughter.person.phone,
});

describe('代办 — 李晓燕 acts for her mother 王秀兰 with a 委托书 signed on screen (000 流程一)', () => {
  let poaId: string;

  it('the mother signs the 委托书 on her daughter’s phone; its text names the agency and both of them', async () => {
    const signed = await signedPowerOfAttorney(daughter.token, daughterAsAgent());

    expect(signed.text).toContain('委托人（参保人）：王秀兰');
    expect(signed.text).toContain('受托人（代办人）：李晓燕');
    expect(signed.text).toContain('山西省医疗保险管理服务中心');
    expect(signed.text).not.toContain(mother.idNumber);
    poaId = signed.signatureId;
  });

  it('POST /v1/proxies grants the authorisation after the registry confirms her mother (201, masked)', async () => {
    const answer = await addProxy(daughter.token, { signatureId: poaId });

    expect(answer.status).toBe(201);
    motherId = ProxyPersonSchema.parse(answer.body).personId;
    expect(ProxyPersonSchema.parse(answer.body)).toMatchObject({
      nameMasked: '王*兰',
      idNumberMasked: '140***********0241',
      relationship: 'CHILD',
      phoneMasked: '139****0001',
      regionName: '山西省',
      powerOfAttorney: { kind: 'SIGNATURE', id: poaId },
    });
    expect(answer.text).not.toContain(mother.idNumber);
    expect(answer.text).not.toContain(mother.phone);
  });

  it('lists her mother under GET /v1/proxies and GET /v1/me/persons (relation proxy)', async () => {
    const proxies = ProxyListResponseSchema.parse((await call('GET', '/v1/proxies', { token: daughter.token })).body);
    const persons = MyPersonsResponseSchema.parse(
      (await call('GET', '/v1/me/persons', { token: daughter.token })).body,
    );

    expect(proxies.persons.map((p) => p.personId)).toEqual([motherId]);
    expect(persons.persons).toEqual([
      { personId: daughter.personId, nameMasked: '李*燕', idNumberMasked: '140***********168X', relation: 'self' },
      { personId: motherId, nameMasked: '王*兰', idNumberMasked: '140***********0241', relation: 'proxy' },
    ]);
  });

  it('she may now act for her mother: mayActFor, and signing her mother’s 个人承诺书', async () => {
    const answer = await signCommitmentFor(daughter.token);

    expect(await mayActFor(daughter.userId, daughter.personId, motherId)).toBe(true);
    expect(answer.status).toBe(201);
  });

  it('adding her mother again is refused while the authorisation holds (409)', async () => {
    const answer = await addProxy(daughter.token, { signatureId: poaId });

    expect(answer.status).toBe(409);
    expect(errorOf(answer).code).toBe('PROXY_ALREADY_AUTHORISED');
  });

  it('a stranger is not authorised: no signing for her (404), no reading the 委托书 (404), no borrowing it (422)', async () => {
    const signing = await signCommitmentFor(stranger.token);
    const reading = await call('GET', `/v1/signatures/${poaId}`, { token: stranger.token });
    const borrowing = await addProxy(stranger.token, { signatureId: poaId });

    expect(signing.status).toBe(404);
    expect(reading.status).toBe(404);
    expect(borrowing.status).toBe(422);
    expect(errorOf(borrowing).code).toBe('POWER_OF_ATTORNEY_INVALID');
    expect(await mayActFor(stranger.userId, stranger.personId, motherId)).toBe(false);
  });

  it('a 委托书 that names someone else as agent does not pass as the daughter’s (422)', async () => {
    const answer = await call('POST', '/v1/signatures', {
      token: daughter.token,
      body: powerOfAttorney(mother, { name: '张晨阳', idNumber: '320303200509080311', phone: '13905160003' }),
    });

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('LETTER_PERSON_MISMATCH');
  });

  it('refuses a name that does not match the ID number in the registry (422 IDENTITY_MISMATCH)', async () => {
    const answer = await addProxy(daughter.token, { signatureId: poaId }, { name: '王秀英' });

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('IDENTITY_MISMATCH');
  });

  it('refuses adding oneself, and a request with both or neither kind of 委托书', async () => {
    const self = await addProxy(
      daughter.token,
      { signatureId: poaId },
      { name: daughter.person.name, idNumber: daughter.person.idNumber },
    );
    const both = await addProxy(daughter.token, { signatureId: poaId, fileId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' });
    const neither = await addProxy(daughter.token, {});

    expect(self.status).toBe(422);
    expect(errorOf(self).code).toBe('PROXY_FOR_SELF');
    expect(both.status).toBe(400);
    expect(neither.status).toBe(400);
  });

  it('DELETE /v1/proxies/{personId} revokes: access stops at once', async () => {
    const answer = await call('DELETE', `/v1/proxies/${motherId}`, { token: daughter.token });

    expect(answer.status).toBe(200);
    expect(RevokeProxyResponseSchema.parse(answer.body).status).toBe('REVOKED');
    expect(await mayActFor(daughter.userId, daughter.personId, motherId)).toBe(false);
    expect((await signCommitmentFor(daughter.token)).status).toBe(404);
    const persons = MyPersonsResponseSchema.parse(
      (await call('GET', '/v1/me/persons', { token: daughter.token })).body,
    );
    expect(persons.persons.map((p) => p.relation)).toEqual(['self']);
    expect(
      ProxyListResponseSchema.parse((await call('GET', '/v1/proxies', { token: daughter.token })).body).persons,
    ).toEqual([]);
    expect((await call('DELETE', `/v1/proxies/${motherId}`, { token: daughter.token })).status).toBe(404);
  });

  it('she is authorised again with a photo of a paper 委托书: the file moves under the grant, once', async () => {
    const fileId = await confirmedUpload(daughter.token, 'POWER_OF_ATTORNEY', 'image/jpeg', jpegBytes());

    const answer = await addProxy(daughter.token, { fileId }, { relationship: 'CHILD' });

    expect(answer.status).toBe(201);
    expect(ProxyPersonSchema.parse(answer.body).powerOfAttorney).toEqual({ kind: 'UPLOAD', id: fileId });
    const upload = UploadResponseSchema.parse(
      (await call('GET', `/v1/uploads/${fileId}`, { token: daughter.token })).body,
    );
    expect(upload.state).toBe('ATTACHED');
    expect(await mayActFor(daughter.userId, daughter.personId, motherId)).toBe(true);
  });

  it('refuses an upload of another purpose as a 委托书 (422, on the field)', async () => {
    await call('DELETE', `/v1/proxies/${motherId}`, { token: daughter.token });
    const fileId = await confirmedUpload(daughter.token, 'CLAIM_MATERIAL', 'image/jpeg', jpegBytes());

    const answer = await addProxy(daughter.token, { fileId });

    expect(answer.status).toBe(422);
    expect(errorOf(answer).fields).toHaveProperty(['powerOfAttorney.fileId']);
  });
});
