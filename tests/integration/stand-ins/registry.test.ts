import { demoPersons } from '../../../local/seed/demo';
import { startRegistryStandIn } from '../../../local/stand-ins/registry';
import type { RunningStandIn } from '../../../local/stand-ins/server';
import { fault, post } from './http';

let registry: RunningStandIn;
const queryPath = '/insured/v1/query';

beforeAll(async () => {
  registry = await startRegistryStandIn({ port: 0 });
});
afterAll(() => registry.stop());
beforeEach(async () => {
  await post(`${registry.url}/__stand-in/reset`, {});
});

const query = (body: unknown) => post(`${registry.url}${queryPath}`, body);
const notMatched = { result: 'S0000', matched: false, message: '姓名与公民身份号码不匹配，或未查询到参保信息' };

describe('insured-person registry stand-in — query (POST /insured/v1/query)', () => {
  it('finds the resettled retiree with her insurance type, region and city', async () => {
    const { status, body } = await query({ name: '王秀兰', idNumber: '140105195503120241' });

    expect(status).toBe(200);
    expect(body).toEqual({
      result: 'S0000',
      matched: true,
      person: {
        name: '王秀兰',
        idNumber: '140105195503120241',
        gender: 'F',
        birthDate: '1955-03-12',
        insuredStatus: 'INSURED',
        insuredStatusName: '参保缴费',
        insuranceType: 'EMPLOYEE',
        insuranceTypeName: '职工基本医疗保险',
        insuredRegion: 'SHANXI',
        insuredCity: '140100',
        insuredCityName: '太原市',
        personCategory: 'RETIRED',
        personCategoryName: '退休',
      },
    });
  });

  it.each(Object.values(demoPersons).map((p) => [p.key, p] as const))(
    'knows %s and their status',
    async (_key, person) => {
      const { body } = await query({ name: person.name, idNumber: person.idNumber });
      expect(body).toMatchObject({
        matched: true,
        person: {
          insuredStatus: person.status,
          insuranceType: person.insuranceType,
          insuredRegion: person.insuredRegion,
        },
      });
    },
  );

  it('reports the suspended (暂停) and terminated (终止) persons as such', async () => {
    const suspended = await query({ name: demoPersons.suspended.name, idNumber: demoPersons.suspended.idNumber });
    const terminated = await query({ name: demoPersons.terminated.name, idNumber: demoPersons.terminated.idNumber });
    expect(suspended.body.person).toMatchObject({ insuredStatus: 'SUSPENDED', insuredStatusName: '暂停参保' });
    expect(terminated.body.person).toMatchObject({ insuredStatus: 'TERMINATED', insuredStatusName: '终止参保' });
  });

  it('accepts a lower-case x check character and surrounding spaces', async () => {
    const { body } = await query({ name: ' 李晓燕 ', idNumber: '14010519820719168x' });
    expect(body).toMatchObject({ matched: true, person: { idNumber: '14010519820719168X' } });
  });

  it('answers a name that does not match the ID number, and an unknown ID number, the same way', async () => {
    const wrongName = await query({ name: '王秀英', idNumber: '140105195503120241' });
    const unknownId = await query({ name: '王秀兰', idNumber: '140105195503120250' });

    expect(wrongName.status).toBe(200);
    expect(wrongName.body).toEqual(notMatched);
    expect(unknownId.body).toEqual(notMatched);
  });

  it.each([
    ['name', { name: '', idNumber: '140105195503120241' }],
    ['idNumber', { name: '王秀兰', idNumber: '14010519550312024' }],
    ['idNumber', { name: '王秀兰', idNumber: '1401051955031202Y1' }],
  ])('answers 400 naming the malformed field %s', async (field, body) => {
    const answer = await query(body);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ result: 'E0001', field });
  });

  it('answers 400 to a body that is not JSON', async () => {
    expect((await query('name=王秀兰')).status).toBe(400);
  });
});

describe('insured-person registry stand-in — admin', () => {
  it('set_status suspends a person until reset', async () => {
    const { name, idNumber } = demoPersons.student;
    expect((await fault(registry.url, { action: 'set_status', idNumber, status: 'SUSPENDED' })).status).toBe(200);
    expect((await query({ name, idNumber })).body.person).toMatchObject({ insuredStatus: 'SUSPENDED' });

    await post(`${registry.url}/__stand-in/reset`, {});
    expect((await query({ name, idNumber })).body.person).toMatchObject({ insuredStatus: 'INSURED' });
  });

  it('set_status refuses an unknown person or status', async () => {
    expect((await fault(registry.url, { action: 'set_status', idNumber: '1', status: 'INSURED' })).status).toBe(400);
    const { idNumber } = demoPersons.student;
    expect((await fault(registry.url, { action: 'set_status', idNumber, status: 'ALIVE' })).status).toBe(400);
  });

  it('injects an error with a chosen result code and status', async () => {
    await fault(registry.url, { path: queryPath, errcode: 'E0503', errmsg: '参保库维护中', status: 502 });
    const { status, body } = await query({ name: '王秀兰', idNumber: '140105195503120241' });
    expect(status).toBe(502);
    expect(body).toEqual({ result: 'E0503', message: '参保库维护中' });
  });
});
