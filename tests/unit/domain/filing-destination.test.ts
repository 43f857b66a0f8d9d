// 备案就医地: a city (地级市、直辖市), or the province for 海南 and 西藏 — a county is refused with the city it belongs to
// named (and carried as data), never lifted to it in silence.
import { DIRECT_COUNTY_LEVEL, MAINLAND_PROVINCES, PREFECTURES } from '@shared/domain/divisions';
import { filingDestination, sameFilingPlace } from '@shared/domain/filing/destination';
import { cite } from '@shared/domain/sources';
import fc from 'fast-check';

const source = cite('002', '§1(3)');

describe('002 §1(3) — the destination is a city (province for 海南、西藏), never a hospital', () => {
  it.each([
    ['320500', { code: '320500', level: 'CITY' }],
    ['440300', { code: '440300', level: 'CITY' }],
    ['652300', { code: '652300', level: 'CITY' }],
    ['232700', { code: '232700', level: 'CITY' }],
    ['460000', { code: '460000', level: 'PROVINCE' }],
    ['540000', { code: '540000', level: 'PROVINCE' }],
    ['110000', { code: '110000', level: 'CITY' }],
    ['110100', { code: '110000', level: 'CITY' }],
    ['310100', { code: '310000', level: 'CITY' }],
    ['500000', { code: '500000', level: 'CITY' }],
    ['500200', { code: '500000', level: 'CITY' }],
    ['419001', { code: '419001', level: 'CITY' }],
    ['429004', { code: '429004', level: 'CITY' }],
    ['659001', { code: '659001', level: 'CITY' }],
  ])('files %s to %o', (code, destination) => {
    expect(filingDestination(code, source)).toEqual({ ok: true, value: destination });
  });

  it('refuses a county of 深圳 with 深圳市 named in the message and carried as the suggestion', () => {
    expect(filingDestination('440305', source)).toEqual({
      ok: false,
      code: 'DESTINATION_TOO_NARROW',
      message: '备案就医地应选择到市：440305属于广东省深圳市，请选择“深圳市”',
      source,
      details: { code: '440305', suggestedCode: '440300', suggestedName: '深圳市' },
    });
  });

  it.each([
    ['320581', '320500', '苏州市', '320581属于江苏省苏州市'],
    ['652301', '652300', '昌吉回族自治州', '652301属于新疆维吾尔自治区昌吉回族自治州'],
    ['110105', '110000', '北京市', '110105属于北京市'],
    ['310115', '310000', '上海市', '310115属于上海市'],
    ['500235', '500000', '重庆市', '500235属于重庆市'],
  ])('refuses the county or district %s, naming %s %s', (code, suggestedCode, suggestedName, where) => {
    const result = filingDestination(code, source);
    expect(result).toMatchObject({
      ok: false,
      code: 'DESTINATION_TOO_NARROW',
      details: { suggestedCode, suggestedName },
    });
    expect(!result.ok && result.message).toBe(`备案就医地应选择到市：${where}，请选择“${suggestedName}”`);
  });

  it.each([
    ['460203', '460000', '海南省'],
    ['460200', '460000', '海南省'],
    ['469001', '460000', '海南省'],
    ['540102', '540000', '西藏自治区'],
    ['540100', '540000', '西藏自治区'],
  ])('refuses %s: 海南、西藏 file to the province (%s %s)', (code, suggestedCode, suggestedName) => {
    const result = filingDestination(code, source);
    expect(result).toMatchObject({
      ok: false,
      code: 'DESTINATION_TOO_NARROW',
      details: { suggestedCode, suggestedName },
    });
    expect(!result.ok && result.message).toBe(
      `${suggestedName}的备案就医地应选择到省：${code}属于${suggestedName}，请选择“${suggestedName}”`,
    );
  });

  it.each(['H4401060001', '12345', '990100', 'abcdef', '449900', '110300', '469900', '429099'])(
    'refuses %s, which is not a division code',
    (code) => {
      expect(filingDestination(code, source)).toMatchObject({ ok: false, code: 'DESTINATION_INVALID' });
    },
  );

  it('refuses a whole province other than 海南、西藏, and the 省直辖县级行政区划 row, as too broad', () => {
    expect(filingDestination('320000', source)).toMatchObject({
      ok: false,
      code: 'DESTINATION_TOO_BROAD',
      message: '请在江苏省中选择具体的地级市',
    });
    expect(filingDestination('429000', source)).toMatchObject({ ok: false, code: 'DESTINATION_TOO_BROAD' });
  });

  it('knows the 333 prefecture-level divisions and the 17 county-level cities governed by a province', () => {
    expect(Object.keys(PREFECTURES)).toHaveLength(333);
    expect(Object.keys(DIRECT_COUNTY_LEVEL)).toHaveLength(17);
    expect(PREFECTURES['4403']).toBe('深圳市');
    expect(Object.keys(PREFECTURES).every((c) => /^\d{4}$/.test(c) && MAINLAND_PROVINCES[c.slice(0, 2)])).toBe(true);
  });

  it('every code below the filing level is refused with a suggestion that is itself a destination', () => {
    const cities = Object.keys(PREFECTURES);
    fc.assert(
      fc.property(fc.constantFrom(...cities), fc.integer({ min: 1, max: 99 }), (city, county) => {
        const code = `${city}${String(county).padStart(2, '0')}`;
        const refused = filingDestination(code, source);
        if (refused.ok || refused.code !== 'DESTINATION_TOO_NARROW') return false;
        const suggested = String(refused.details?.suggestedCode);
        const accepted = filingDestination(suggested, source);
        return accepted.ok && accepted.value.code === suggested && sameFilingPlace(code, suggested);
      }),
      { numRuns: 500 },
    );
  });
});

describe('matching a place against a filing destination', () => {
  it.each([
    ['320105', '320100', true],
    ['320105', '320000', false],
    ['320105', '330100', false],
    ['460203', '460000', true],
    ['310115', '310000', true],
    ['429004', '429004', true],
    ['429004', '429005', false],
    ['429000', '429000', false],
    ['H4401060001', 'H4401060001', false],
  ])('%s lies in %s: %s', (place, destination, same) => {
    expect(sameFilingPlace(place, destination)).toBe(same);
  });
});
