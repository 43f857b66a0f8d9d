import { ACTED_FOR_PHRASE, actedForNotice } from '@shared/domain/notice/actedForNotices';
import { fitNoticeData } from '@shared/domain/notice/templates';

const daughter = { nameMasked: '李*燕', relationshipName: '子女' };

describe('000 流程一 / SPEC §1 — the insured person is told when a proxy acts in their name', () => {
  it('names the proxy, the filing and its destination, and what to do if it was not asked for', () => {
    const notice = actedForNotice(
      daughter,
      { kind: 'FILING', type: 'RETIREE_RESETTLED', place: '海南省' },
      '2026-03-02',
    );

    expect(notice.kind).toBe('FILING_RESULT');
    expect(notice.title).toBe('代办人为您提交了异地就医备案');
    expect(notice.body).toBe(
      '您的代办人李*燕（子女）于2026-03-02以您的名义提交了异地安置退休人员备案（就医地：海南省）。' +
        '如果这不是您委托办理的，请在“我的代办人”中解除对方的代办，并联系参保地医保经办机构。',
    );
    expect(notice.data).toEqual({
      thing1: '异地安置退休人员',
      thing2: '海南省',
      phrase3: '代办提交',
      date4: '2026-03-02',
      thing5: '如非您本人委托，请解除代办',
    });
  });

  it('names the claim by its case number, on the acceptance template', () => {
    const caseId = '01JQ8Z3K7M2N4P5Q6R7S8T9V0W';
    const notice = actedForNotice(
      { nameMasked: '张*', relationshipName: null },
      { kind: 'CLAIM', caseId, expenseType: 'INPATIENT' },
      '2026-03-02',
    );

    expect(notice.kind).toBe('ACCEPTANCE_RESULT');
    expect(notice.title).toBe('代办人为您提交了报销申请');
    expect(notice.body).toMatch(
      /^您的代办人张\*于2026-03-02以您的名义提交了住院费用手工报销申请（办件编号：01JQ8Z3K7M2N4P5Q6R7S8T9V0W）。/,
    );
    expect(notice.data).toMatchObject({ phrase2: ACTED_FOR_PHRASE, character_string3: caseId, date4: '2026-03-02' });
  });

  it('fits every keyword to WeChat as written (no cutting needed)', () => {
    const filing = actedForNotice(
      daughter,
      { kind: 'FILING', type: 'TEMPORARY_OTHER', place: '江苏省（320300）' },
      '2026-03-02',
    );
    const claim = actedForNotice(
      daughter,
      { kind: 'CLAIM', caseId: '01JQ8Z3K7M2N4P5Q6R7S8T9V0W', expenseType: 'EMERGENCY' },
      '2026-03-02',
    );
    if (filing.kind !== 'FILING_RESULT' || claim.kind !== 'ACCEPTANCE_RESULT') throw new Error('wrong templates');

    expect(fitNoticeData(filing.kind, filing.data)).toEqual(filing.data);
    expect(fitNoticeData(claim.kind, claim.data)).toEqual(claim.data);
  });
});
