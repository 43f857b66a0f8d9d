import { treatmentFor } from '@shared/domain/benefit/ratio';
import { filingStatusForStay, type StayFacts } from '@shared/domain/filing/coverage';
import { fillLetter, renderPersonCategories } from '@shared/domain/filing/letter';
import { cite } from '@shared/domain/sources';
import { policyFor } from '@shared/policy';
import { filing } from '../support/builders';

const jiangsu = policyFor('JIANGSU');
const shanxi = policyFor('SHANXI');

/** A referral to Sanya valid 2025-01-10 … 2025-07-10. */
const referral = filing({
  type: 'REFERRAL',
  proofs: ['REFERRAL_CERT'],
  filedOn: '2025-01-10',
  validFrom: '2025-01-10',
  validUntil: '2025-07-10',
});

function stay(overrides: Partial<StayFacts> = {}): StayFacts {
  return {
    placeCode: '460200',
    admissionDate: '2025-07-05',
    dischargeDate: '2025-07-20',
    emergency: false,
    ...overrides,
  };
}

describe('003 Art. 13 — an admission inside the validity settles even if the filing expires before discharge', () => {
  it('covers a stay admitted on the last days of validity', () => {
    const status = filingStatusForStay(jiangsu, [referral], stay());
    expect(status).toMatchObject({ status: 'FILED', late: false, source: cite('003', 'Art. 13') });
  });

  it('does not cover an admission after expiry, or at another place', () => {
    expect(filingStatusForStay(jiangsu, [referral], stay({ admissionDate: '2025-07-11' })).status).toBe('NOT_FILED');
    expect(filingStatusForStay(jiangsu, [referral], stay({ placeCode: '530100' })).status).toBe('NOT_FILED');
  });

  it('does not cover an admission on or after the cancellation day', () => {
    const cancelled = { ...referral, status: 'CANCELLED' as const, cancelledOn: '2025-07-05' };
    expect(filingStatusForStay(jiangsu, [cancelled], stay()).status).toBe('NOT_FILED');
    expect(filingStatusForStay(jiangsu, [cancelled], stay({ admissionDate: '2025-07-04' })).status).toBe('FILED');
  });
});

describe('001 §2(3), 003 Art. 25 — a filing made before discharge settlement counts', () => {
  const late = filing({ filedOn: '2025-03-05', validFrom: '2025-03-05' });

  it('covers a stay admitted before the filing when the filing was made before discharge', () => {
    const status = filingStatusForStay(
      shanxi,
      [late],
      stay({ admissionDate: '2025-03-01', dischargeDate: '2025-03-10' }),
    );
    expect(status).toMatchObject({ status: 'FILED', late: true, source: cite('001', '§2(3)') });
  });

  it('does not cover it when the filing came after discharge, or the visit has no discharge', () => {
    expect(
      filingStatusForStay(shanxi, [late], stay({ admissionDate: '2025-02-01', dischargeDate: '2025-03-01' })).status,
    ).toBe('NOT_FILED');
    expect(filingStatusForStay(shanxi, [late], stay({ admissionDate: '2025-03-01', dischargeDate: null })).status).toBe(
      'NOT_FILED',
    );
  });

  it('does not apply where the region does not allow late filing', () => {
    const strict = {
      ...shanxi,
      filing: { ...shanxi.filing, lateFiling: { ...shanxi.filing.lateFiling, untilDischargeSettlement: false } },
    };
    const status = filingStatusForStay(
      strict,
      [late],
      stay({ admissionDate: '2025-03-01', dischargeDate: '2025-03-10' }),
    );
    expect(status.status).toBe('NOT_FILED');
  });
});

describe('003 Art. 8(5), 001 §3(1)1 — emergency treatment is deemed filed', () => {
  it('deems an unfiled emergency filed', () => {
    expect(filingStatusForStay(jiangsu, [], stay({ emergency: true }))).toMatchObject({
      status: 'DEEMED_FILED',
      source: cite('003', 'Art. 8(5)'),
    });
  });

  it('003 Art. 17–19: maps each filing status to its benefit treatment', () => {
    const filed = filingStatusForStay(jiangsu, [referral], stay());
    expect(treatmentFor(filed, false)).toBe('REFERRAL');
    expect(treatmentFor(filed, true)).toBe('EMERGENCY');
    expect(treatmentFor(filingStatusForStay(jiangsu, [], stay()), false)).toBe('UNFILED');
    expect(treatmentFor(filingStatusForStay(jiangsu, [], stay({ emergency: true })), false)).toBe('EMERGENCY');
    const longTerm = filingStatusForStay(jiangsu, [filing()], stay());
    expect(treatmentFor(longTerm, false)).toBe('LONG_TERM_AT_PLACE');
    const temporary = filingStatusForStay(jiangsu, [{ ...referral, type: 'TEMPORARY_OTHER' }], stay());
    expect(treatmentFor(temporary, false)).toBe('TEMPORARY_FILED');
  });
});

describe('001 附件1–2 — the commitment letters as data', () => {
  const letter = shanxi.letters.personalCommitment;
  const values = {
    name: '王秀兰',
    sex: '女',
    phone: '13812345678',
    idNumber: '140102195501011234',
    insuredPlace: '山西省省直',
    treatmentPlace: '海南省',
    personCategory: renderPersonCategories('RETIREE_RESETTLED'),
    signature: '王秀兰',
    signYear: '2025',
    signMonth: '3',
    signDay: '10',
  };

  it('001 附件1: keeps the personal commitment letter word for word', () => {
    expect(letter.title).toBe('山西省省直单位异地就医备案个人承诺书');
    expect(letter.body).toContain(
      '本人申请办理异地就医备案业务，已阅读并知晓《备案告知书》所述内容，同意遵守相关规定。因个人原因无法及时提供异地就医备案相关证明材料，本人保证符合此业务办理条件，所述信息真实、准确、完整、有效，愿意接受信息共享查询核验，由此产生的一切经济损失和法律责任均由本人承担。',
    );
    expect(letter.body).toContain('将按《医疗保障基金使用监督管理条例》严肃处理');
    expect(letter.source).toEqual(cite('001', '附件1'));
  });

  it('fills every blank, with the applicant’s category ticked', () => {
    const text = fillLetter(letter, values);
    expect(text.ok).toBe(true);
    if (!text.ok) return;
    expect(text.value).toContain('姓名：王秀兰');
    expect(text.value).toContain('☑异地安置退休人员 □异地长期居住人员');
    expect(text.value).toContain('□异地转诊就医人员 □其他异地临时外出就医人员');
    expect(text.value).not.toMatch(/\{\{/);
  });

  it('refuses a letter with a blank left empty', () => {
    expect(fillLetter(letter, { ...values, signature: ' ' })).toMatchObject({
      ok: false,
      code: 'LETTER_FIELD_MISSING',
      details: { fields: ['signature'] },
    });
  });

  it('001 附件2: the trauma letter names the agency and lets a close relative sign', () => {
    const trauma = shanxi.letters.traumaNoThirdParty;
    expect(trauma.body).toContain('本人同意授权 山西省医疗保险管理服务中心 通过信息共享方式查询');
    expect(trauma.body).toContain(
      '本人于{{injuryYear}}年{{injuryMonth}}月{{injuryDay}}日{{injuryHour}}时在{{injuryPlace}}发生{{injuryCircumstances}}。',
    );
    expect(trauma.body).toContain('患者本人无法签字的由其近亲属代签');
    expect(jiangsu.letters.traumaNoThirdParty.body).toContain('同意参保地医疗保险经办机构将本人虚假行为上报');
  });
});
