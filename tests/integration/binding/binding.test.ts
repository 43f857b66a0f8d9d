// Real-name binding over real HTTP, against the registry stand-in and DynamoDB Local. One file on purpose: the
// registry stand-in is shared by the whole run, and the fault test must not hit another file's requests.
import { DynamoDBClient, GetItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { BindingResponseSchema, MeResponseSchema, MyPersonsResponseSchema } from '@shared/api/me';
import { FieldCrypto, localKeySource } from '../../../functions/adapters/fieldCrypto';
import { demoPersons } from '../../../local/seed/demo';
import { call, errorOf, login, newUserCode, standInFault, standInRequestCount } from '../../support/api';
import { testStack } from '../../support/stack';

// The first call of each function starts its serverless-offline worker (seconds on a busy 2-core machine).
jest.setTimeout(30_000);

const HAN = /\p{Script=Han}/u;
const REGISTRY_QUERY = '/insured/v1/query';
const { retiree, proxy, worker, student, suspended, terminated } = demoPersons;

const bind = (token: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  call('POST', '/v1/me/binding', { token, body, headers });
const registryCalls = () => standInRequestCount(testStack().urls.registry, REGISTRY_QUERY);

describe('POST /v1/me/binding — the demo retiree binds her WeChat account', () => {
  let session: Awaited<ReturnType<typeof login>>;
  let otherDevice: Awaited<ReturnType<typeof login>>;
  let personId: string;

  beforeAll(async () => {
    session = await login('demo-retiree');
    otherDevice = await login('demo-retiree');
  });

  it('binds after the registry confirms her, and answers with her insurance and region', async () => {
    const answer = await bind(session.accessToken, {
      name: retiree.name,
      idNumber: retiree.idNumber,
      phone: retiree.phone,
    });

    expect(answer.status).toBe(200);
    const body = BindingResponseSchema.parse(answer.body);
    expect(body.me.bound).toBe(true);
    expect(body.me.insuredPerson).toMatchObject({
      nameMasked: '王*兰',
      idNumberMasked: '140***********0241',
      insuranceType: 'EMPLOYEE',
      insuranceTypeName: '职工医保',
      region: 'SHANXI',
      regionName: '山西省',
      insuredCity: '140100',
      insuredCityName: '太原市',
    });
    expect(body.me.phoneMasked).toBe('139****0001');
    personId = body.me.insuredPerson?.personId ?? '';
    // The fresh token carries the binding: routes that need one open up.
    const persons = await call('GET', '/v1/me/persons', { token: body.accessToken });
    expect(persons.status).toBe(200);
    expect(MyPersonsResponseSchema.parse(persons.body).persons).toEqual([
      { personId, nameMasked: '王*兰', idNumberMasked: '140***********0241', relation: 'self' },
    ]);
  });

  it('GET /v1/me shows her masked: never the whole ID number or phone', async () => {
    const answer = await call('GET', '/v1/me', { token: session.accessToken });

    expect(answer.status).toBe(200);
    const me = MeResponseSchema.parse(answer.body);
    expect(me.insuredPerson?.idNumberMasked).toBe('140***********0241');
    expect(me.insuredPerson?.agencyName).toMatch(HAN);
    expect(answer.text).not.toContain(retiree.idNumber);
    expect(answer.text).not.toContain(retiree.phone);
    expect(answer.text).not.toContain(retiree.name);
  });

  it('answers a repeated binding (a double tap, a retry) as the first, without asking the registry again', async () => {
    const before = await registryCalls();

    const again = await bind(session.accessToken, { name: retiree.name, idNumber: retiree.idNumber });

    expect(again.status).toBe(200);
    expect(BindingResponseSchema.parse(again.body).me.insuredPerson?.personId).toBe(personId);
    expect(await registryCalls()).toBe(before);
  });

  it('a token issued before the binding (another device) is let through once the user is bound', async () => {
    expect(otherDevice.bound).toBe(false);

    const persons = await call('GET', '/v1/me/persons', { token: otherDevice.accessToken });

    expect(persons.status).toBe(200);
  });

  it('a refresh after binding gives a bound session', async () => {
    const answer = await call('POST', '/v1/auth/refresh', { body: { refreshToken: session.refreshToken } });

    expect(answer.status).toBe(200);
    expect(answer.body.bound).toBe(true);
  });

  it('refuses a second WeChat user binding the same person (409)', async () => {
    const other = await login(newUserCode('impostor'));

    const answer = await bind(other.accessToken, { name: retiree.name, idNumber: retiree.idNumber });

    expect(answer.status).toBe(409);
    expect(errorOf(answer).code).toBe('PERSON_ALREADY_BOUND');
    expect(errorOf(answer).message).toMatch(HAN);
  });

  it('refuses binding a bound user to another person (409)', async () => {
    const answer = await bind(session.accessToken, { name: worker.name, idNumber: worker.idNumber });

    expect(answer.status).toBe(409);
    expect(errorOf(answer).code).toBe('ALREADY_BOUND');
  });
});

describe('POST /v1/me/binding — refusals, each with a clear Chinese answer', () => {
  let token: string;

  beforeAll(async () => {
    token = (await login(newUserCode('refused'))).accessToken;
  });

  it('refuses an ID number with a wrong check digit (400, on the field), without asking the registry', async () => {
    const before = await registryCalls();

    const answer = await bind(token, { name: retiree.name, idNumber: '140105195503120242' });

    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe('VALIDATION_FAILED');
    expect(errorOf(answer).fields?.idNumber).toBe('身份证号码校验位不正确，请核对后重新输入');
    expect(await registryCalls()).toBe(before);
  });

  it('refuses a name that is not Chinese characters, a bad phone and missing fields, field by field', async () => {
    const answer = await bind(token, { name: 'Wang', idNumber: retiree.idNumber, phone: '12345' });
    const empty = await bind(token, {});

    expect(answer.status).toBe(400);
    expect(errorOf(answer).fields?.name).toMatch(HAN);
    expect(errorOf(answer).fields?.phone).toBe('请输入11位手机号码');
    expect(empty.status).toBe(400);
    expect(errorOf(empty).fields?.name).toMatch(HAN);
    expect(errorOf(empty).fields?.idNumber).toMatch(HAN);
  });

  it('refuses a name that does not match the ID number in the registry (422)', async () => {
    const answer = await bind(token, { name: '王秀英', idNumber: retiree.idNumber });

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('IDENTITY_MISMATCH');
    expect(errorOf(answer).message).toMatch(HAN);
  });

  it('refuses a person whose insurance is suspended or terminated (422)', async () => {
    const paused = await bind(token, { name: suspended.name, idNumber: suspended.idNumber });
    const ended = await bind(token, { name: terminated.name, idNumber: terminated.idNumber });

    expect(paused.status).toBe(422);
    expect(errorOf(paused).code).toBe('INSURANCE_SUSPENDED');
    expect(errorOf(paused).message).toContain('暂停参保');
    expect(ended.status).toBe(422);
    expect(errorOf(ended).code).toBe('INSURANCE_TERMINATED');
  });

  it('answers 503 when the registry is down, and binds nobody', async () => {
    await standInFault(testStack().urls.registry, { path: REGISTRY_QUERY, status: 503, times: 1 });

    const answer = await bind(token, { name: worker.name, idNumber: worker.idNumber });
    const me = await call('GET', '/v1/me', { token });

    expect(answer.status).toBe(503);
    expect(errorOf(answer).message).toMatch(HAN);
    expect(me.body.bound).toBe(false);
  });

  it('refuses a malformed Idempotency-Key and a missing token', async () => {
    const badKey = await bind(token, { name: worker.name, idNumber: worker.idNumber }, { 'idempotency-key': 'x' });
    const anonymous = await call('POST', '/v1/me/binding', { body: { name: worker.name, idNumber: worker.idNumber } });

    expect(badKey.status).toBe(400);
    expect(errorOf(badKey).fields?.['Idempotency-Key']).toMatch(HAN);
    expect(anonymous.status).toBe(401);
  });
});

describe('POST /v1/me/binding — concurrent requests, decided by the database', () => {
  it('a double tap binds once and answers both taps alike', async () => {
    const { accessToken } = await login('demo-worker');
    const body = { name: worker.name, idNumber: worker.idNumber };

    const [a, b] = await Promise.all([bind(accessToken, body), bind(accessToken, body)]);

    expect([a.status, b.status]).toEqual([200, 200]);
    const personA = BindingResponseSchema.parse(a.body).me.insuredPerson?.personId;
    expect(BindingResponseSchema.parse(b.body).me.insuredPerson?.personId).toBe(personA);
  });

  it('two WeChat users binding the same person at once: one wins, the other gets 409', async () => {
    const [first, second] = await Promise.all([login(newUserCode('race')), login(newUserCode('race'))]);
    const body = { name: student.name, idNumber: student.idNumber };

    const answers = await Promise.all([bind(first.accessToken, body), bind(second.accessToken, body)]);

    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const loser = answers.find((a) => a.status === 409);
    expect(loser && errorOf(loser).code).toBe('PERSON_ALREADY_BOUND');
  });
});

describe('SPEC §6 — what lands in DynamoDB has no clear ID number or phone', () => {
  const env = () => testStack().functionEnv;
  const dynamodb = () =>
    new DynamoDBClient({
      endpoint: env().AWS_ENDPOINT_URL_DYNAMODB,
      region: env().AWS_REGION,
      credentials: { accessKeyId: env().AWS_ACCESS_KEY_ID ?? '', secretAccessKey: env().AWS_SECRET_ACCESS_KEY ?? '' },
    });
  const item = async (pk: string, sk: string) => {
    const { Item } = await dynamodb().send(
      new GetItemCommand({ TableName: testStack().tableName, Key: { pk: { S: pk }, sk: { S: sk } } }),
    );
    return Item ? unmarshall(Item) : undefined;
  };

  it('stores the ID number and phone only encrypted, findable by blind index, and decryptable with the key', async () => {
    const { accessToken, userId } = await login('demo-proxy');
    // Typed with a lower-case check character: stored and matched as the normalised X.
    const answer = await bind(accessToken, {
      name: proxy.name,
      idNumber: proxy.idNumber.toLowerCase(),
      phone: proxy.phone,
    });
    expect(answer.status).toBe(200);
    const personId = BindingResponseSchema.parse(answer.body).me.insuredPerson?.personId ?? '';

    // Test-only full read of the local table: nothing anywhere holds the values in clear.
    const { Items = [] } = await dynamodb().send(new ScanCommand({ TableName: testStack().tableName }));
    const everything = JSON.stringify(Items.map((i) => unmarshall(i)));
    expect(Items.length).toBeGreaterThan(0);
    for (const person of Object.values(demoPersons)) {
      expect(everything).not.toContain(person.idNumber);
      expect(everything).not.toContain(person.idNumber.slice(6, 14));
      expect(everything).not.toContain(person.phone);
    }

    const person = await item(`PERSON#${personId}`, 'PROFILE');
    const user = await item(`USER#${userId}`, 'PROFILE');
    expect(person).toMatchObject({ entity: 'insuredPerson', name: proxy.name, idNumberMasked: '140***********168X' });
    expect(user).toMatchObject({ entity: 'user', insuredPersonId: personId, phoneMasked: '139****0002' });

    // Really encrypted (not dropped): the local master key opens them, and the blind index finds the person.
    const crypto = new FieldCrypto(localKeySource(env().LOCAL_FIELD_KEY_FILE ?? ''));
    const opened = await crypto.open(`PERSON#${personId}`, {
      dataKey: String(person?.dataKey),
      values: { idNumber: String(person?.idNumberEnc) },
    });
    const phone = await crypto.open(`USER#${userId}`, {
      dataKey: String(user?.dataKey),
      values: { phone: String(user?.phoneEnc) },
    });
    expect(opened.idNumber).toBe(proxy.idNumber);
    expect(phone.phone).toBe(proxy.phone);
    const index = await item(`IDNO#${await crypto.blindIndex('idNumber', proxy.idNumber)}`, 'PERSON');
    expect(index).toMatchObject({ entity: 'idNumberIndex', personId });
  });
});
