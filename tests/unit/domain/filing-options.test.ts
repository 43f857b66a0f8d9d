// 备案向导的选项 and the letters' server-filled blanks, as pure rules: each region's answer comes from its policy,
// the plain lines cite their clauses, and a preview shows empty blanks instead of refusing them.
import { destinationName, filingDestination } from '@shared/domain/filing/destination';
import {
  FILING_PROOF_EXPLANATION,
  FILING_TYPE_EXPLANATION,
  filingOptions,
  LONG_TERM_VALIDITY,
} from '@shared/domain/filing/explanations';
import { EMPTY_BLANK, insuredPlaceName, previewLetter } from '@shared/domain/filing/letter';
import { cite } from '@shared/domain/sources';
import { FILING_PROOFS, FILING_TYPES } from '@shared/domain/vocabulary';
import { allPolicies, policyFor } from '@shared/policy';

describe('filingOptions — the wizard shows the region policy, in plain words', () => {
  it('Shanxi: TEMPORARY_OTHER is not offered, with the reason of 001 §1(2)2; approval at once; no lock', () => {
    const options = filingOptions(policyFor('SHANXI'));
    const temporary = options.types.find((t) => t.type === 'TEMPORARY_OTHER');

    expect(temporary).toMatchObject({ offered: false, source: cite('001', '§1(2)2').label, proofs: [] });
    expect(temporary?.notOfferedReason).toContain('已取消非急诊且未转诊人员的异地就医备案');
    expect(options.approval).toMatchObject({ atOnce: true, reviewWorkingDays: null, explanation: '提交后即时生效' });
    expect(options.commitmentLock).toEqual({ months: 0, explanation: null, source: cite('001', '§2(1)').label });
  });

  it('Jiangsu: reviewed within 1 working day (003 Art. 9(2)); the 6-month lock said in plain words (003 Art. 10)', () => {
    const options = filingOptions(policyFor('JIANGSU'));

    expect(options.approval).toEqual({
      atOnce: false,
      reviewWorkingDays: 1,
      explanation: '提交后由经办机构在1个工作日内审核',
      source: cite('003', 'Art. 9(2)').label,
    });
    expect(options.commitmentLock.explanation).toBe('凭个人承诺书备案的，备案后6个月内不能变更或取消');
    expect(options.destination.source).toBe(cite('003', 'Art. 12').label);
  });

  it('every type and proof of every region has a plain line; offered types carry validity and proofs', () => {
    for (const policy of allPolicies()) {
      const options = filingOptions(policy);
      expect(options.types.map((t) => t.type)).toEqual([...FILING_TYPES]);
      for (const type of options.types) {
        expect(type.explanation).toBe(FILING_TYPE_EXPLANATION[type.type].text);
        const rule = policy.filing.types[type.type];
        if (!rule.offered) continue;
        expect(type.validity).toBe(
          rule.validity.kind === 'LONG_TERM' ? LONG_TERM_VALIDITY : `${rule.validity.months}个月`,
        );
        expect(type.proofs.map((p) => p.proof)).toEqual(rule.acceptedProofs);
        expect(type.commitmentAllowed).toBe(rule.commitmentAllowed);
      }
    }
    for (const proof of FILING_PROOFS) expect(FILING_PROOF_EXPLANATION[proof].source.label).toMatch(/^依据：/);
  });

  it('the resettled retiree’s proof is explained as 001 附件1 words it (就医地户口本首页和本人页)', () => {
    const retiree = filingOptions(policyFor('SHANDONG')).types.find((t) => t.type === 'RETIREE_RESETTLED');
    expect(retiree?.proofs).toEqual([
      { proof: 'HOUSEHOLD_REGISTER', name: '户口簿首页+本人常住人口登记卡', explanation: '就医地户口本的首页和本人页' },
    ]);
  });
});

describe('the letter’s places and its preview', () => {
  it('names a destination as the letter writes it: 海南省, 上海市, 江苏省徐州市', () => {
    const named = (code: string) => {
      const destination = filingDestination(code, cite('002', '§1(3)'));
      if (!destination.ok) throw new Error(destination.message);
      return destinationName(destination.value);
    };
    expect([named('460000'), named('310100'), named('320300')]).toEqual(['海南省', '上海市', '江苏省徐州市']);
    expect(insuredPlaceName('140100', '太原市')).toBe('山西省太原市');
    expect(insuredPlaceName('310100', '上海市')).toBe('上海市');
  });

  it('a preview shows an empty blank as a line and lists it, where fillLetter would refuse', () => {
    const letter = policyFor('SHANXI').letters.personalCommitment;
    const preview = previewLetter(letter, { name: '王秀兰', phone: ' ' });

    expect(preview.text).toContain('姓名：王秀兰');
    expect(preview.text).toContain(`联系电话：${EMPTY_BLANK}`);
    expect(preview.missing).toContain('phone');
    expect(preview.missing).not.toContain('name');
  });
});
