import { fillLetter } from '@shared/domain/filing/letter';
import { REGIONS } from '@shared/domain/vocabulary';
import { policyFor } from '@shared/policy';
import { letterTemplate, POWER_OF_ATTORNEY_REQUIREMENT } from '@shared/policy/letters';

const blanks = {
  principalName: '王秀兰',
  principalIdNumber: '140105195503120241',
  principalPhone: '13903510001',
  agentName: '李晓燕',
  agentIdNumber: '14010519820719168X',
  agentPhone: '13903510002',
  relationship: '母女',
  signature: '王秀兰',
  signYear: '2025',
  signMonth: '3',
  signDay: '8',
};

describe('委托书 — the proxy’s power of attorney (000 流程一 requires it; the wording is the platform’s)', () => {
  it.each(REGIONS)('%s: a valid template naming the region’s agency, filled blank by blank', (region) => {
    const policy = policyFor(region);

    const letter = letterTemplate(policy, 'POWER_OF_ATTORNEY');
    const filled = fillLetter(letter, blanks);

    expect(letter).toMatchObject({ id: 'POWER_OF_ATTORNEY', title: '委托书', source: { file: 'CONFIG' } });
    expect(filled.ok && filled.value).toContain(`代为向${policy.agencyName}办理`);
    expect(filled.ok && filled.value).toContain('受托人（代办人）：李晓燕');
    expect(filled.ok && filled.value).toContain('由其近亲属代签');
  });

  it('cites 000 流程一 for why a proxy needs it', () => {
    expect(POWER_OF_ATTORNEY_REQUIREMENT).toMatchObject({ file: '000', article: '流程一' });
    expect(POWER_OF_ATTORNEY_REQUIREMENT.label).toContain('晋医保发〔2024〕14号');
  });

  it('refuses a letter with a blank left open, naming it', () => {
    const { agentPhone: _, ...missing } = blanks;

    const filled = fillLetter(letterTemplate(policyFor('SHANXI'), 'POWER_OF_ATTORNEY'), missing);

    expect(filled).toMatchObject({ ok: false, code: 'LETTER_FIELD_MISSING', message: '请填写：受托人联系电话' });
  });

  it('gives the region’s own commitment letters for the other two ids', () => {
    const policy = policyFor('JIANGSU');

    expect(letterTemplate(policy, 'PERSONAL_COMMITMENT')).toBe(policy.letters.personalCommitment);
    expect(letterTemplate(policy, 'TRAUMA_NO_THIRD_PARTY')).toBe(policy.letters.traumaNoThirdParty);
  });
});
