import { REGION } from '@shared/domain/vocabulary';
import {
  demoHospitals,
  demoInvoice,
  demoInvoices,
  demoPersons,
  demoStaff,
  demoSubscribeTemplates,
  demoWechatIdentity,
  demoWechatUsers,
} from '../../../local/seed/demo';
import { keywordType } from '../../../local/stand-ins/wechat-keywords';

// GB 11643-1999: weights 2^(17-i) mod 11 over the first 17 digits; the sum mod 11 picks the check character.
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';

/** The GB 11643 check character of the first 17 digits of an ID number — computed, never typed by hand. */
function gb11643CheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * (weights[i] ?? 0), 0);
  return checkCharacters[sum % 11] ?? '?';
}

/** The birth date encoded in positions 7–14 of an ID number, if it is a real calendar date. */
function birthDateOf(idNumber: string): string | undefined {
  const [y, m, d] = [idNumber.slice(6, 10), idNumber.slice(10, 12), idNumber.slice(12, 14)];
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${y}-${m}-${d}`
    ? undefined
    : `${y}-${m}-${d}`;
}

const persons = Object.values(demoPersons);
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('demo insured persons', () => {
  it.each(persons.map((p) => [p.key, p] as const))('%s has a valid GB 11643 ID number', (_key, person) => {
    expect(person.idNumber).toMatch(/^\d{17}[\dX]$/);
    expect(person.idNumber.slice(17)).toBe(gb11643CheckCharacter(person.idNumber.slice(0, 17)));
  });

  it.each(persons.map((p) => [p.key, p] as const))('%s: birth date, gender and province agree with the ID', (_k, p) => {
    expect(birthDateOf(p.idNumber)).toBe(p.birthDate);
    expect(p.birthDate < '2026-01-01' && p.birthDate > '1920-01-01').toBe(true);
    // The 17th digit is odd for men and even for women.
    expect(Number(p.idNumber[16]) % 2 === 1 ? 'M' : 'F').toBe(p.gender);
    expect(p.idNumber.slice(0, 2)).toBe(REGION[p.insuredRegion].prefix);
    expect(p.insuredCity.code).toMatch(new RegExp(`^${REGION[p.insuredRegion].prefix}\\d{2}00$`));
    expect(p.phone).toMatch(/^1[3-9]\d{9}$/);
  });

  it('the check-digit function agrees with a published example (11010519491231002X)', () => {
    expect(gb11643CheckCharacter('11010519491231002')).toBe('X');
  });

  it('covers the people the journeys need', () => {
    expect(demoPersons.retiree).toMatchObject({
      insuranceType: 'EMPLOYEE',
      insuredRegion: 'SHANXI',
      category: 'RETIRED',
    });
    expect(demoPersons.retiree.livesIn.code.startsWith('46')).toBe(true);
    expect(demoPersons.student).toMatchObject({
      insuranceType: 'RESIDENT',
      insuredRegion: 'JIANGSU',
      category: 'STUDENT',
    });
    expect(demoPersons.worker).toMatchObject({ insuranceType: 'EMPLOYEE', insuredRegion: 'LIAONING' });
    expect(demoPersons.suspended.status).toBe('SUSPENDED');
    expect(new Set(persons.map((p) => p.idNumber)).size).toBe(persons.length);
  });
});

describe('demo hospitals', () => {
  it('have national codes H + 6-digit division + 5 digits, inside their city', () => {
    for (const hospital of demoHospitals) {
      expect(hospital.code).toMatch(/^H\d{11}$/);
      expect(hospital.code.slice(1, 5)).toBe(hospital.cityCode.slice(0, 4));
    }
    expect(new Set(demoHospitals.map((h) => h.code)).size).toBe(demoHospitals.length);
  });

  it('include every level and one non-designated institution', () => {
    expect(new Set(demoHospitals.map((h) => h.level))).toEqual(new Set(['TERTIARY', 'SECONDARY', 'PRIMARY']));
    expect(demoHospitals.filter((h) => !h.designated)).toHaveLength(1);
  });
});

describe('demo invoices', () => {
  it.each(demoInvoices.map((i) => [i.key, i] as const))(
    '%s: settlement parts and line items sum to the total',
    (_k, i) => {
      const { total, inScope, classBSelfPay, overLimitSelfPay, selfPaid } = i.amountsFen;
      for (const amount of [
        total,
        inScope,
        classBSelfPay,
        overLimitSelfPay,
        selfPaid,
        ...i.items.map((x) => x.amountFen),
      ]) {
        expect(Number.isSafeInteger(amount) && amount >= 0).toBe(true);
      }
      expect(inScope + classBSelfPay + overLimitSelfPay + selfPaid).toBe(total);
      expect(sum(i.items.map((x) => x.amountFen))).toBe(total);
    },
  );

  it.each(demoInvoices.map((i) => [i.key, i] as const))(
    '%s: bill identity, hospital, patient and dates fit',
    (_k, i) => {
      expect(i.bill.code).toMatch(/^\d{8}$/);
      expect(i.bill.number).toMatch(/^\d{10}$/);
      expect(i.bill.checkCode).toMatch(/^[0-9a-z]{6}$/);
      const hospital = demoHospitals.find((h) => h.code === i.hospitalCode);
      expect(hospital).toBeDefined();
      // The bill code starts with the province of the issuing hospital.
      expect(i.bill.code.slice(0, 2)).toBe(i.hospitalCode.slice(1, 3));
      expect(i.patientName).toBe(demoPersons[i.patient].name);
      expect(i.patientIdNumber).toBe(demoPersons[i.patient].idNumber);
      const isStay = i.visitType === 'INPATIENT' || i.visitType === 'MATERNITY';
      expect(i.stay !== undefined).toBe(isStay);
      if (i.stay) {
        expect(i.stay.admission <= i.stay.discharge).toBe(true);
        expect(i.bill.issueDate >= i.stay.discharge).toBe(true);
      }
      expect(i.status === 'REIMBURSED').toBe(i.reimbursedBy !== undefined);
    },
  );

  it('are unique by bill code and number', () => {
    const keys = demoInvoices.map((i) => `${i.bill.code}/${i.bill.number}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(demoInvoices.map((i) => i.key)).size).toBe(demoInvoices.length);
  });

  it('cover every scenario the claim journeys exercise', () => {
    expect(demoInvoice('retiree-inpatient')).toMatchObject({
      patient: 'retiree',
      visitType: 'INPATIENT',
      status: 'NORMAL',
    });
    expect(demoInvoice('retiree-major-inpatient').amountsFen.total).toBeGreaterThanOrEqual(3_000_000);
    expect(demoInvoices.some((i) => i.visitType === 'OUTPATIENT' && i.amountsFen.total < 100_000)).toBe(true);
    expect(demoInvoices.some((i) => i.visitType === 'EMERGENCY')).toBe(true);
    expect(demoInvoices.some((i) => i.visitType === 'MATERNITY')).toBe(true);
    expect(demoInvoices.filter((i) => i.patient === 'student').length).toBeGreaterThanOrEqual(1);
    expect(demoInvoice('retiree-cross-year').stay).toEqual({ admission: '2025-12-20', discharge: '2026-01-10' });
    expect(demoInvoice('worker-reimbursed').status).toBe('REIMBURSED');
    expect(demoInvoice('retiree-reversed').status).toBe('REVERSED');
    const nonDesignated = demoHospitals.find((h) => !h.designated)?.code;
    expect(demoInvoices.some((i) => i.hospitalCode === nonDesignated)).toBe(true);
    expect(() => demoInvoice('no-such-invoice')).toThrow(/no demo invoice/);
  });
});

describe('demo WeChat users', () => {
  it('give every demo person a login code with per-app openids and one unionid', () => {
    for (const person of persons) {
      const user = demoWechatUsers.find((u) => u.person === person.key);
      expect(user).toMatchObject({ code: `demo-${person.key}`, miniProgramOpenid: `o-demo-${person.key}` });
      expect(user?.officialAccountOpenid).toBe(`oa-demo-${person.key}`);
      expect(user?.unionid).toBe(`u-demo-${person.key}`);
    }
    expect(new Set(demoWechatUsers.map((u) => u.code)).size).toBe(demoWechatUsers.length);
    expect(demoWechatUsers.some((u) => u.person === undefined)).toBe(true);
  });

  it('derive an identity from any demo- or once- code and from nothing else', () => {
    expect(demoWechatIdentity('demo-visitor_7')?.miniProgramOpenid).toBe('o-demo-visitor_7');
    expect(demoWechatIdentity('once-abc')?.unionid).toBe('u-once-abc');
    for (const code of ['invalid', 'ratelimited', 'demo-', 'demo-a b', 'xdemo-a', `demo-${'a'.repeat(41)}`]) {
      expect(demoWechatIdentity(code)).toBeUndefined();
    }
  });

  it('subscribe templates use only keyword types WeChat knows', () => {
    for (const template of Object.values(demoSubscribeTemplates)) {
      for (const key of Object.keys(template.keywords)) expect(keywordType(key)).toBeDefined();
    }
  });
});

describe('demo staff accounts', () => {
  it('are unique, each with a demo-only password', () => {
    expect(new Set(demoStaff.map((s) => s.username)).size).toBe(demoStaff.length);
    for (const staff of demoStaff) expect(staff.demoPassword).toBe(`Demo@${staff.username}`);
  });

  it('let every region run a case end to end', () => {
    for (const region of ['SHANXI', 'JIANGSU', 'LIAONING', 'SHANDONG'] as const) {
      const roles = new Set(demoStaff.filter((s) => s.agencyRegion === region).flatMap((s) => s.roles));
      for (const role of ['intake', 'reviewer', 'second_reviewer', 'finance'] as const)
        expect(roles.has(role)).toBe(true);
    }
    expect(demoStaff.some((s) => s.roles.includes('admin'))).toBe(true);
  });

  it('give Shanxi two reviewers who may each second-review (four-eyes)', () => {
    const both = demoStaff.filter(
      (s) => s.agencyRegion === 'SHANXI' && s.roles.includes('reviewer') && s.roles.includes('second_reviewer'),
    );
    expect(both.length).toBeGreaterThanOrEqual(2);
  });
});
