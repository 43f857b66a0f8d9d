import { HOME_SERVICES } from '@shared/domain/service/catalogue';
import { servicePromise } from '@shared/domain/service/promise';
import { policyFor } from '@shared/policy';

describe('服务承诺 — each region’s time-limit promise, read from its policy data', () => {
  it('000 流程二–四: Shanxi promises 2 working days for each of the four stages', () => {
    const { promise, basis } = servicePromise(policyFor('SHANXI'));

    expect(promise).toBe('手工报销受理2个工作日、审核2个工作日、复核2个工作日、财务2个工作日内完成');
    // The notice is named once, with each stage's clause after it.
    expect(basis.match(/晋医保发〔2024〕14号/g)).toHaveLength(1);
    expect(basis).toMatch(/第二部分、.*第三部分、.*第四部分$/);
  });

  it('003 Art. 28: Jiangsu promises 10 working days, 5 for a small outpatient claim, 20 at most', () => {
    const { promise, basis } = servicePromise(policyFor('JIANGSU'));

    expect(promise).toBe('手工报销材料齐全后10个工作日内办结；单次门诊1000元以下5个工作日；特殊情况最长20个工作日');
    // One clause backs all three numbers: it is cited once.
    expect(basis).toBe('依据：《江苏省异地就医经办服务规程》第二十八条');
  });

  it('002 §3: Liaoning promises 30 working days with no small-claim or special tier', () => {
    const { promise } = servicePromise(policyFor('LIAONING'));

    expect(promise).toBe('手工报销材料齐全后30个工作日内办结');
  });

  it('follows the data: a changed limit changes the promise', () => {
    const jiangsu = policyFor('JIANGSU');
    if (jiangsu.caseTimeLimits.kind !== 'WHOLE_CASE') throw new Error('Jiangsu limits are whole-case');
    const changed = {
      ...jiangsu,
      caseTimeLimits: { ...jiangsu.caseTimeLimits, general: { ...jiangsu.caseTimeLimits.general, workingDays: 8 } },
    };

    expect(servicePromise(changed).promise).toContain('材料齐全后8个工作日内办结');
  });

  it('offers the four home-screen services in the order an applicant needs them', () => {
    expect(HOME_SERVICES.map((s) => s.id)).toEqual(['filing', 'claim', 'progress', 'messages']);
  });
});
