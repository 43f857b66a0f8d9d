// GET /v1/filings/options over real HTTP (SPEC §2): the filing wizard shows what the person's region policy says —
// which person types are offered (and why not), each in a plain line, how a filing is approved, the 6-month lock on
// commitment filings where there is one — for the caller or a person they act for, and for nobody else.
import { FilingOptionsResponseSchema } from '@shared/api/filings';
import { cite } from '@shared/domain/sources';
import { call, errorOf } from '../../support/api';
import { type Applicant, applicant, authoriseProxy, PROFILES, useStackEnvironment } from './people';

const HAN = /\p{Script=Han}/u;

let shanxi: Applicant;
let jiangsu: Applicant;
let shandong: Applicant;
let proxyOfShanxi: Applicant;
let stranger: Applicant;

beforeAll(async () => {
  useStackEnvironment();
  [shanxi, jiangsu, shandong, proxyOfShanxi, stranger] = await Promise.all([
    applicant(PROFILES.shanxiRetiree),
    applicant(PROFILES.jiangsuStudent),
    applicant(PROFILES.shandongRetiree),
    applicant(PROFILES.shanxiProxy),
    applicant(PROFILES.liaoningWorker),
  ]);
  await authoriseProxy(shanxi, proxyOfShanxi);
});

function options(who: Applicant, personId: string | undefined) {
  const query = personId === undefined ? '' : `?insuredPersonId=${encodeURIComponent(personId)}`;
  return call('GET', `/v1/filings/options${query}`, { token: who.token });
}

async function optionsOf(who: Applicant, personId: string) {
  const answer = await options(who, personId);
  expect(answer.status).toBe(200);
  return FilingOptionsResponseSchema.parse(answer.body);
}

describe('GET /v1/filings/options — each region’s own answer', () => {
  it('Shanxi: TEMPORARY_OTHER not offered with its reason; approved at once; no lock to explain (001 §2(1))', async () => {
    const shown = await optionsOf(shanxi, shanxi.personId);

    expect(shown.person).toEqual({
      personId: shanxi.personId,
      nameMasked: '王*兰',
      region: 'SHANXI',
      regionName: '山西省',
      insuredCityName: '太原市',
    });
    const temporary = shown.types.find((t) => t.type === 'TEMPORARY_OTHER');
    expect(temporary).toMatchObject({ offered: false, source: cite('001', '§1(2)2').label });
    expect(temporary?.notOfferedReason).toMatch(/无需办理备案/);
    expect(shown.approval).toMatchObject({ atOnce: true, reviewWorkingDays: null, explanation: '提交后即时生效' });
    expect(shown.commitmentLock).toMatchObject({ months: 0, explanation: null });
    const retiree = shown.types.find((t) => t.type === 'RETIREE_RESETTLED');
    expect(retiree).toMatchObject({
      name: '异地安置退休人员',
      explanation: '退休后户口迁到外地、在外地长期生活的人',
      offered: true,
      longTerm: true,
      validity: '长期有效（直到变更或取消）',
      commitmentAllowed: true,
      proofs: [{ proof: 'HOUSEHOLD_REGISTER', explanation: '就医地户口本的首页和本人页' }],
    });
    expect(shown.types.find((t) => t.type === 'REFERRAL')).toMatchObject({
      validity: '6个月',
      commitmentAllowed: false,
    });
    expect(shown.destination.explanation).toContain('海南、西藏选到省');
  });

  it('Jiangsu: every type offered, reviewed within 1 working day, the 6-month lock explained (003 Art. 10)', async () => {
    const shown = await optionsOf(jiangsu, jiangsu.personId);

    expect(shown.person.region).toBe('JIANGSU');
    expect(shown.types.every((t) => t.offered)).toBe(true);
    expect(shown.approval).toEqual({
      atOnce: false,
      reviewWorkingDays: 1,
      explanation: '提交后由经办机构在1个工作日内审核',
      source: cite('003', 'Art. 9(2)').label,
    });
    expect(shown.commitmentLock).toEqual({
      months: 6,
      explanation: '凭个人承诺书备案的，备案后6个月内不能变更或取消',
      source: cite('003', 'Art. 10').label,
    });
  });

  it('Shandong: approved at once (004 §2(4)) and still the 6-month lock explained', async () => {
    const shown = await optionsOf(shandong, shandong.personId);

    expect(shown.approval).toMatchObject({ atOnce: true, source: cite('004', '§2(4)').label });
    expect(shown.commitmentLock.explanation).toBe('凭个人承诺书备案的，备案后6个月内不能变更或取消');
    expect(shown.types.find((t) => t.type === 'TEMPORARY_OTHER')).toMatchObject({ offered: true, proofs: [] });
  });
});

describe('GET /v1/filings/options — who may ask, and what is refused', () => {
  it('a proxy sees the options of the person they act for (that person’s region)', async () => {
    const shown = await optionsOf(proxyOfShanxi, shanxi.personId);

    expect(shown.person).toMatchObject({ personId: shanxi.personId, region: 'SHANXI' });
  });

  it('someone who may not act for the person gets 404, as for filing', async () => {
    const answer = await options(stranger, shanxi.personId);

    expect(answer.status).toBe(404);
    expect(answer.text).not.toContain('太原');
  });

  it('a missing or malformed insuredPersonId is 400 with a Chinese message on the field', async () => {
    const missing = await options(shanxi, undefined);
    const malformed = await options(shanxi, '../etc');

    expect([missing.status, malformed.status]).toEqual([400, 400]);
    expect(errorOf(missing).fields?.insuredPersonId).toMatch(HAN);
    expect(errorOf(malformed).fields?.insuredPersonId).toBe('参保人编号格式不正确');
  });
});
