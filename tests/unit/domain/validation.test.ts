import {
  bankCardProblem,
  birthDateOf,
  chineseNameProblem,
  hasIdNumberForm,
  idCheckCharacter,
  idNumberProblem,
  luhnValid,
  mobilePhoneProblem,
} from '@shared/domain/validation/identity';
import { maskBankCard, maskIdNumber, maskName, maskPhone } from '@shared/domain/validation/mask';
import { displayYuan, formatYuan, yuanToFen } from '@shared/domain/validation/money';
import {
  BankCardSchema,
  ChineseNameSchema,
  fenSchema,
  IsoDateSchema,
  idNumberSchema,
  MobilePhoneSchema,
  pastDateSchema,
  stayDatesSchema,
  yuanInputSchema,
} from '@shared/domain/validation/schemas';
import fc from 'fast-check';

const today = '2026-03-02';
const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.error?.issues[0]?.message;

describe('SPEC §6, GB 11643 — 18-digit ID numbers', () => {
  it.each(['11010519491231002X', '11010519491231002x', '140102198001011234', '320102200002290013'])(
    'accepts %s',
    (id) => {
      expect(idNumberProblem(id, today)).toBeNull();
    },
  );

  it.each([
    ['11010519491231002', '应为18位'],
    ['110105194912310021', '校验位不正确'],
    ['990105194912310023', '前两位'],
    ['320102200102290017', '出生日期无效'],
    ['440524188001010014', '出生日期无效'],
    ['110105209912310010', '晚于今天'],
  ])('refuses %s (%s)', (id, message) => {
    expect(idNumberProblem(id, today)).toContain(message);
  });

  it('accepts Hong Kong / Macao / Taiwan residence-permit numbers (81/82/83)', () => {
    const first17 = '83000019900101002';
    expect(idNumberProblem(first17 + idCheckCharacter(first17), today)).toBeNull();
  });

  it('normalises the check character and reports the birth date', () => {
    const parsed = idNumberSchema(today).safeParse(' 11010519491231002x ');
    expect(parsed).toMatchObject({ success: true, data: '11010519491231002X' });
    expect(birthDateOf('11010519491231002X')).toBe('1949-12-31');
    expect(firstMessage(idNumberSchema(today).safeParse('123'))).toBe('身份证号码应为18位，最后一位可以是数字或X');
    expect(firstMessage(idNumberSchema(today).safeParse(undefined))).toBe('请填写身份证号码');
  });

  it('accepts every number built with the GB 11643 check character (property)', () => {
    const digits = (n: number) =>
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
    fc.assert(
      fc.property(digits(4), fc.integer({ min: 0, max: 36_000 }), digits(3), (area, age, seq) => {
        const birth = new Date(Date.UTC(2026, 2, 2) - age * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
        const first17 = `32${area}${birth}${seq}`;
        const id = first17 + idCheckCharacter(first17);
        expect(idNumberProblem(id, today)).toBeNull();
        const wrong = first17 + (id[17] === '0' ? '1' : '0');
        expect(idNumberProblem(wrong, today)).not.toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('SPEC §3.3, §6 — bank card (16–19 digits, issuer range, Luhn)', () => {
  it.each([
    ['6222021234567894', '工商银行 622202, 16位'],
    ['6222021234567890128', '工商银行 622202, 19位 (README and the integration tests)'],
    ['6228 4800 1234 5678 903', '农业银行 622848, 19位, with spaces'],
    ['6212261234567890128', '工商银行 621226, 19位'],
    ['6217001234567890122', '建设银行 621700, 19位'],
    ['6214831234567896', '招商银行 621483, 16位'],
    ['6230580000123455', '平安银行 623058, 16位'],
    ['8171123456789011', 'UnionPay 81 range, 16位'],
    ['4367421234567890129', '建设银行 Visa 436742, 19位'],
    ['5324581234567896', 'Mastercard 53, 16位'],
    ['2221001234567896', 'Mastercard 2221, 16位'],
    ['3568331234567896', 'JCB 3568, 16位'],
  ])('accepts %s (%s)', (card) => {
    expect(bankCardProblem(card)).toBeNull();
  });

  it.each([
    ['6222021234567890', '校验不通过'],
    ['621226123456', '16至19位'],
    ['622202123456789', '16至19位'],
    ['62220212345678901234', '16至19位'],
    ['6222abcd12345678', '16至19位'],
    ['370246123456783', '16至19位'],
    ['9558801234567890128', '开头不对'],
    ['1234567890123452', '开头不对'],
    ['5324581234567890121', '万事达卡卡号应为16位'],
    ['43674212345678906', 'Visa卡卡号应为16、18、19位'],
  ])('refuses %s (%s)', (card, message) => {
    expect(bankCardProblem(card)).toContain(message);
  });

  it('refuses all-same digits, which pass Luhn (000000000000000000)', () => {
    expect(luhnValid('000000000000000000')).toBe(true);
    expect(bankCardProblem('000000000000000000')).toBe('银行卡号不能全部是同一个数字，请核对后重新输入');
    for (let d = 0; d <= 9; d += 1) {
      for (const length of [16, 17, 18, 19]) expect(bankCardProblem(String(d).repeat(length))).toContain('同一个数字');
    }
  });

  it.each([
    ['6201021980010112395', '甘肃 ID 620102198001011239 + 5: 62…, 19 digits, Luhn-valid'],
    ['4101021980010112480', '河南 ID 410102198001011248 + 0: Visa 4…'],
    ['8100001990010112309', 'Hong Kong residence permit 810000199001011230 + 9: UnionPay 81…'],
    ['1401051955031202411', '山西 ID 140105195503120241 + 1'],
    ['4320102198001011078', '4 + 江苏 ID 320102198001011078'],
  ])('refuses %s, an ID number with one digit added (%s)', (card) => {
    expect(luhnValid(card)).toBe(true);
    expect(bankCardProblem(card)).toBe('这像是身份证号码多了一位数字，请填写银行卡卡号');
  });

  it('tells an ID number by its form alone: prefix, birth date, check character (no "today")', () => {
    expect(hasIdNumberForm('11010519491231002X')).toBe(true);
    expect(hasIdNumberForm('620102198001011554')).toBe(true);
    expect(hasIdNumberForm('62010219800101155')).toBe(false);
    expect(hasIdNumberForm('620102198013011554')).toBe(false);
    expect(hasIdNumberForm('990102198001011554')).toBe(false);
    expect(hasIdNumberForm('620102198001011555')).toBe(false);
  });

  it('refuses an 18-digit ID number that happens to be Luhn-valid (甘肃 620102…)', () => {
    expect(luhnValid('620102198001011554')).toBe(true);
    expect(bankCardProblem('620102198001011554')).toBe('这是身份证号码，请填写银行卡卡号');
  });

  it('never accepts a valid ID number with a digit appended (property)', () => {
    const provinces = ['11', '44', '62', '41', '81', '53'];
    const idNumber = fc
      .tuple(
        fc.constantFrom(...provinces),
        fc.integer({ min: 0, max: 9999 }),
        fc.date({ min: new Date('1900-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
      )
      .map(([p, area, birth, seq]) => {
        const first17 = `${p}${String(area).padStart(4, '0')}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
        return first17 + idCheckCharacter(first17);
      })
      .filter((id) => !id.endsWith('X'));
    fc.assert(
      fc.property(idNumber, fc.integer({ min: 0, max: 9 }), (id, digit) => {
        return bankCardProblem(`${id}${digit}`) !== null && bankCardProblem(`${digit}${id}`) !== null;
      }),
      { numRuns: 500 },
    );
  });

  it('normalises to digits in the schema, and gives its message per field', () => {
    expect(BankCardSchema.safeParse('6222-0212-3456-7894')).toMatchObject({ success: true, data: '6222021234567894' });
    expect(firstMessage(BankCardSchema.safeParse('000000000000000000'))).toContain('同一个数字');
    expect(luhnValid('79927398713')).toBe(true);
  });
});

describe('SPEC §6 — mobile phone, names', () => {
  it('accepts mainland mobile numbers with or without +86', () => {
    expect(mobilePhoneProblem('13812345678')).toBeNull();
    expect(MobilePhoneSchema.safeParse('+86 138-1234-5678')).toMatchObject({ success: true, data: '13812345678' });
    expect(mobilePhoneProblem('12812345678')).toBe('请输入11位手机号码');
    expect(mobilePhoneProblem('0351-6819677')).toBe('请输入11位手机号码');
  });

  it('accepts Chinese names with the middle dot, normalising look-alike dots', () => {
    expect(chineseNameProblem('王秀兰')).toBeNull();
    expect(chineseNameProblem('阿依古丽·买买提')).toBeNull();
    expect(ChineseNameSchema.safeParse('阿依古丽•买买提')).toMatchObject({ success: true, data: '阿依古丽·买买提' });
    expect(chineseNameProblem('𠮷野家')).toBeNull();
  });

  it.each([
    ['', '请输入姓名'],
    ['John', '只能包含汉字'],
    ['·张三', '只能包含汉字'],
    ['张··三', '只能包含汉字'],
    ['张', '2至30个汉字'],
    ['张'.repeat(31), '2至30个汉字'],
  ])('refuses %j', (name, message) => {
    expect(chineseNameProblem(name)).toContain(message);
  });
});

describe('SPEC §6 — dates', () => {
  it('checks format, not-in-the-future and discharge ≥ admission', () => {
    expect(IsoDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(firstMessage(pastDateSchema(today, '就诊日期').safeParse('2026-03-03'))).toBe('就诊日期不能晚于今天');
    expect(pastDateSchema(today).safeParse('2026-03-02').success).toBe(true);
    const stay = stayDatesSchema(today);
    expect(stay.safeParse({ admissionDate: '2026-02-01', dischargeDate: '2026-02-10' }).success).toBe(true);
    const backwards = stay.safeParse({ admissionDate: '2026-02-10', dischargeDate: '2026-02-01' });
    expect(backwards.error?.issues[0]).toMatchObject({ message: '出院日期不能早于入院日期', path: ['dischargeDate'] });
  });
});

describe('SPEC §3.6 — money in integer fen', () => {
  it('accepts non-negative integer fen up to the bound', () => {
    expect(fenSchema().safeParse(123_456).success).toBe(true);
    expect(firstMessage(fenSchema().safeParse(12.5))).toBe('金额须以分为单位的整数');
    expect(firstMessage(fenSchema().safeParse(-1))).toBe('金额不能为负数');
    expect(firstMessage(fenSchema(100_000).safeParse(100_001))).toBe('金额不能超过1000.00元');
  });

  it('parses yuan text into fen without floating point', () => {
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen('1234.56')).toBe(123_456);
    expect(yuanToFen('¥1,234.5')).toBe(123_450);
    expect(yuanToFen('19.99')).toBe(1999);
    for (const bad of ['-1', '1.234', 'abc', '', '1,23.00', '99999999999999999']) expect(yuanToFen(bad)).toBeNull();
    expect(yuanInputSchema().safeParse('30000')).toMatchObject({ success: true, data: 3_000_000 });
    expect(firstMessage(yuanInputSchema().safeParse('1.001'))).toBe('金额格式不正确，最多保留两位小数');
    expect(firstMessage(yuanInputSchema(100).safeParse('1.01'))).toBe('金额不能超过1.00元');
  });

  it('formats fen as yuan with two decimals', () => {
    expect(formatYuan(123_456)).toBe('1234.56');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(-150)).toBe('-1.50');
    expect(displayYuan(312_345_600)).toBe('3,123,456.00 元');
    expect(() => formatYuan(0.5)).toThrow(RangeError);
  });

  it('round-trips every amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (fen) => {
        expect(yuanToFen(formatYuan(fen))).toBe(fen);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('SPEC §6 — masking', () => {
  it('masks ID numbers, bank cards and phones as the UI shows them', () => {
    expect(maskIdNumber('110105194912311234')).toBe('110***********1234');
    expect(maskBankCard('6222021234561234')).toBe('6222 **** **** 1234');
    expect(maskBankCard('6228480012345678903')).toBe('6228 **** **** *** 8903');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskName('王秀兰')).toBe('王*兰');
    expect(maskName('李伟')).toBe('李*');
    expect(maskName('阿依古丽·买买提')).toBe('阿******提');
    expect(maskName('王')).toBe('*');
    expect(maskPhone('+86 138 1234 5678')).toBe('138****5678');
  });

  it('hides short values entirely', () => {
    expect(maskIdNumber('1234567')).toBe('*******');
    expect(maskBankCard('12345678')).toBe('********');
    expect(maskPhone('1234567')).toBe('*******');
  });
});
