// The claim wizard's hospital search by name (SPEC §3.3 "the hospital (designated-institution search)") over real
// HTTP: the API asks the medical insurance platform's directory of institutions (its local stand-in serves the demo
// hospitals, the ones the demo e-vouchers name) and names each one's city and level; a bad query is 400 per field.
import { HospitalSearchResponseSchema } from '@shared/api/hospitals';
import { demoHospitals } from '../../../local/seed/demo';
import { call, errorOf } from '../../support/api';
import { demoShapedApplicant, unboundUser, useStackEnvironment } from '../../support/people';

jest.setTimeout(30_000);

const HAN = /\p{Script=Han}/u;

beforeAll(() => {
  useStackEnvironment();
});

function search(token: string | undefined, query: Record<string, string>) {
  return call('GET', `/v1/hospitals?${new URLSearchParams(query)}`, token ? { token } : {});
}

describe('GET /v1/hospitals — hospital search by name', () => {
  it('finds the 三亚 hospitals by 三亚, each with its city, level and whether designated', async () => {
    const applicant = await demoShapedApplicant('retiree');

    const answer = await search(applicant.token, { q: ' 三亚 ' });

    expect(answer.status).toBe(200);
    const { hospitals } = HospitalSearchResponseSchema.parse(answer.body);
    const expected = demoHospitals.filter((h) => h.name.includes('三亚'));
    expect(hospitals.map((h) => h.code).sort()).toEqual(expected.map((h) => h.code).sort());
    expect(hospitals.find((h) => h.code === 'H46020000001')).toEqual({
      code: 'H46020000001',
      name: '三亚市人民医院',
      cityCode: '460200',
      cityName: '三亚市',
      level: 'TERTIARY',
      levelName: '三级',
      designated: true,
    });
    expect(hospitals.find((h) => h.code === 'H46020000088')?.designated).toBe(false);
  });

  it('filters by city and limits the list; no match is an empty list', async () => {
    const applicant = await demoShapedApplicant('retiree');

    const haikou = await search(applicant.token, { q: '人民医院', cityCode: '460100' });
    const sanya = await search(applicant.token, { q: '人民医院', cityCode: '460200' });
    const one = await search(applicant.token, { q: '三亚', limit: '1' });
    const none = await search(applicant.token, { q: '不存在的医院' });

    expect(HospitalSearchResponseSchema.parse(haikou.body).hospitals.map((h) => h.name)).toEqual(['海南省人民医院']);
    const inSanya = HospitalSearchResponseSchema.parse(sanya.body).hospitals;
    expect(inSanya.map((h) => h.name).sort()).toEqual(['三亚市人民医院', '三亚市海棠区人民医院'].sort());
    expect(inSanya.every((h) => h.cityCode === '460200')).toBe(true);
    expect(HospitalSearchResponseSchema.parse(one.body).hospitals).toHaveLength(1);
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ hospitals: [] });
  });

  it('refuses a bad query per field in Chinese (400): too long, empty, a bad city, a bad limit', async () => {
    const applicant = await demoShapedApplicant('retiree');

    const long = await search(applicant.token, { q: '三'.repeat(31) });
    const thirty = await search(applicant.token, { q: '三'.repeat(30) });
    const blank = await search(applicant.token, { q: '   ' });
    const missing = await search(applicant.token, {});
    const city = await search(applicant.token, { q: '三亚', cityCode: '4602' });
    const limit = await search(applicant.token, { q: '三亚', limit: '100' });

    expect(thirty.status).toBe(200);
    for (const [answer, field] of [
      [long, 'q'],
      [blank, 'q'],
      [missing, 'q'],
      [city, 'cityCode'],
      [limit, 'limit'],
    ] as const) {
      expect(answer.status).toBe(400);
      expect(errorOf(answer).code).toBe('VALIDATION_FAILED');
      expect(errorOf(answer).fields?.[field]).toMatch(HAN);
    }
    expect(errorOf(long).fields?.q).toBe('医院名称不超过30个字');
  });

  it('is for real-name-bound users only', async () => {
    const unbound = await unboundUser('hospitals');

    expect((await search(undefined, { q: '三亚' })).status).toBe(401);
    expect((await search(unbound.accessToken, { q: '三亚' })).status).toBe(403);
  });
});
