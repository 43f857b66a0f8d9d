import { keywordProblem, keywordType } from '../../../local/stand-ins/wechat-keywords';

const v = (value: unknown) => ({ value });

describe('WeChat subscribe-message keyword rules (订阅消息参数值内容限制)', () => {
  it('takes the type from the key without its number', () => {
    expect(keywordType('thing12')).toBe('thing');
    expect(keywordType('character_string2')).toBe('character_string');
    expect(keywordType('phone_number3')).toBe('phone_number');
    expect(keywordType('keyword1')).toBeUndefined();
  });

  it.each([
    ['thing1', '异地就医手工报销'],
    ['thing1', '一二三四五六七八九十一二三四五六七八九十'],
    ['number1', '12345.67'],
    ['letter1', 'ABCdef'],
    ['symbol1', '#@!'],
    ['character_string1', 'BX-2026-000123'],
    ['time1', '15:01'],
    ['time1', '2019年10月1日 15:01'],
    ['time1', '2026-11-22 10:30:00'],
    ['time1', '09:00~17:30'],
    ['date1', '2019年10月1日'],
    ['date1', '2018-01-01'],
    ['date1', '2018/01/01 15:01'],
    ['date1', '2018.01'],
    ['date1', '2026-11-22 ~ 2026-11-24'],
    ['amount1', '¥100.00'],
    ['amount1', '100元'],
    ['amount1', '1234567890.5'],
    ['phone_number1', '+86-0766-66888866'],
    ['car_number1', '粤A8Z888挂'],
    ['name1', '王秀兰'],
    ['name1', 'Alice Smith'],
    ['phrase1', '配送中'],
    ['number1', 42],
  ])('accepts %s = %j', (key, value) => {
    expect(keywordProblem(key, v(value))).toBeUndefined();
  });

  it.each([
    ['thing1', '一二三四五六七八九十一二三四五六七八九十一'],
    ['number1', '12a'],
    ['letter1', 'abc1'],
    ['symbol1', '######'],
    ['character_string1', '中文'],
    ['character_string1', 'has space'],
    ['character_string1', 'x'.repeat(33)],
    ['time1', '2026-11-22'],
    ['time1', '25:00'],
    ['date1', '明天'],
    ['amount1', '12345678901'],
    ['amount1', '一百元'],
    ['phone_number1', '123456789012345678'],
    ['car_number1', '粤A8Z888挂挂'],
    ['name1', '一二三四五六七八九十一'],
    ['phrase1', '配送中了吗呀'],
    ['phrase1', 'OK'],
    ['thing1', '换\n行'],
    ['thing1', true],
  ])('refuses %s = %j', (key, value) => {
    expect(keywordProblem(key, v(value))).toBe(`data.${key}.value invalid`);
  });

  it('says a missing or empty value is empty, and an unknown type is no keyword', () => {
    expect(keywordProblem('thing1', undefined)).toBe('data.thing1.value is empty');
    expect(keywordProblem('thing1', v(''))).toBe('data.thing1.value is empty');
    expect(keywordProblem('thing1', {})).toBe('data.thing1.value is empty');
    expect(keywordProblem('keyword1', v('x'))).toBe('data.keyword1 is not a valid keyword');
  });
});
