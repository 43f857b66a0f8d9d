import { checkDeficiencyNotice } from '@shared/domain/case/deficiencyNotice';
import { applyTransition } from '@shared/domain/case/stateMachine';
import type { Actor, CaseCommand, CaseRecord, DeficiencyNoticeContent } from '@shared/domain/case/types';
import { cite } from '@shared/domain/sources';
import { policyFor } from '@shared/policy';
import { caseRecord, noonInShanghai, unwrap } from '../support/builders';

const shanxi = policyFor('SHANXI');
const intake: Actor = { id: 'staff-intake', role: 'intake' };
const applicant: Actor = { id: 'user-insured', role: 'applicant' };

const ordinary: DeficiencyNoticeContent = {
  kind: 'ORDINARY',
  items: [{ item: 'DIAGNOSIS_OR_DISCHARGE', problem: 'DEFECTIVE', reason: '出院证照片模糊，无法辨认诊断' }],
  note: '请重新拍照上传',
};
const provincial: DeficiencyNoticeContent = {
  kind: 'PROVINCIAL_LIST',
  listItem: '住院病案首页（按省政务服务事项清单）',
  mailingAddress: '太原市小店区某路1号 省医保中心手工报销窗口',
  phone: '0351-6819677',
  note: '',
};

function apply(record: CaseRecord, command: CaseCommand, actor: Actor, date = '2026-03-02') {
  return applyTransition(shanxi, record, command, actor, noonInShanghai(date));
}

describe('000 流程二 — one-time deficiency notice (一次性告知)', () => {
  const submitted = caseRecord({ state: 'submitted', lastSubmittedOn: '2026-03-02' });

  it('sends one notice listing the defective items and waits for the supplement', () => {
    const next = unwrap(apply(submitted, { action: 'NOTIFY_DEFICIENCY', notice: ordinary }, intake));
    expect(next.record.state).toBe('awaiting_supplement');
    expect(next.record.notices).toEqual([{ ...ordinary, sentOn: '2026-03-02', by: 'staff-intake' }]);
    expect(next.event.notice).toMatchObject({ kind: 'ORDINARY' });
  });

  it('refuses a second ordinary notice after resubmission', () => {
    const notified = unwrap(apply(submitted, { action: 'NOTIFY_DEFICIENCY', notice: ordinary }, intake)).record;
    const resubmitted = unwrap(
      apply(
        notified,
        { action: 'RESUBMIT', suppliedItems: ['DIAGNOSIS_OR_DISCHARGE'], listItemMailed: false },
        applicant,
        '2026-03-09',
      ),
    ).record;
    const second = apply(resubmitted, { action: 'NOTIFY_DEFICIENCY', notice: ordinary }, intake, '2026-03-10');
    expect(second).toMatchObject({ ok: false, code: 'DEFICIENCY_NOTICE_ALREADY_SENT', source: cite('000', '流程二') });
  });

  it('restarts the acceptance clock at resubmission', () => {
    const notified = unwrap(apply(submitted, { action: 'NOTIFY_DEFICIENCY', notice: ordinary }, intake)).record;
    const resubmitted = unwrap(
      apply(
        notified,
        { action: 'RESUBMIT', suppliedItems: ['DIAGNOSIS_OR_DISCHARGE'], listItemMailed: false },
        applicant,
        '2026-03-09',
      ),
    ).record;
    expect(resubmitted).toMatchObject({ state: 'submitted', lastSubmittedOn: '2026-03-09' });
  });

  it('refuses a resubmission that does not supply every listed item', () => {
    const notified = unwrap(apply(submitted, { action: 'NOTIFY_DEFICIENCY', notice: ordinary }, intake)).record;
    const result = apply(
      notified,
      { action: 'RESUBMIT', suppliedItems: ['INVOICE'], listItemMailed: false },
      applicant,
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'SUPPLEMENT_INCOMPLETE',
      details: { items: ['DIAGNOSIS_OR_DISCHARGE'] },
    });
  });

  it('refuses an empty notice, an item off the case checklist, an item without reason', () => {
    const check = (notice: DeficiencyNoticeContent) => checkDeficiencyNotice(shanxi, submitted, notice);
    expect(check({ kind: 'ORDINARY', items: [], note: '' })).toMatchObject({
      ok: false,
      code: 'DEFICIENCY_NOTICE_EMPTY',
    });
    expect(
      check({ kind: 'ORDINARY', items: [{ item: 'DEATH_RECORD', problem: 'MISSING', reason: '需要' }], note: '' }),
    ).toMatchObject({ ok: false, code: 'DEFICIENCY_ITEM_NOT_IN_CHECKLIST', details: { items: ['DEATH_RECORD'] } });
    expect(
      check({ kind: 'ORDINARY', items: [{ item: 'INVOICE', problem: 'DEFECTIVE', reason: '' }], note: '' }),
    ).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
  });

  it('refuses to accept a case whose materials are incomplete: the notice is the way', () => {
    const missing = caseRecord({ state: 'submitted', attached: ['INVOICE'] });
    expect(apply(missing, { action: 'ACCEPT' }, intake)).toMatchObject({ ok: false, code: 'MATERIALS_INCOMPLETE' });
  });

  it('refuses a notice that leaves out an item still missing (every item at once)', () => {
    const missingTwo = caseRecord({ state: 'submitted', attached: ['INVOICE'] });
    const partial = checkDeficiencyNotice(shanxi, missingTwo, {
      kind: 'ORDINARY',
      items: [{ item: 'FEE_LIST', problem: 'MISSING', reason: '未上传' }],
      note: '',
    });
    expect(partial).toMatchObject({
      ok: false,
      code: 'DEFICIENCY_NOTICE_INCOMPLETE',
      details: { items: ['DIAGNOSIS_OR_DISCHARGE'] },
    });
  });
});

describe('000 流程二 — the exceptional "additional material by the provincial list" request', () => {
  const notified = caseRecord({
    state: 'submitted',
    notices: [{ ...ordinary, sentOn: '2026-03-02', by: 'staff-intake' }],
  });

  it('is allowed after the ordinary notice, with list item, mailing address and phone, and recorded as such', () => {
    const next = unwrap(apply(notified, { action: 'NOTIFY_DEFICIENCY', notice: provincial }, intake, '2026-03-10'));
    expect(next.record.state).toBe('awaiting_supplement');
    expect(next.record.notices.at(-1)).toMatchObject({ kind: 'PROVINCIAL_LIST', listItem: provincial.listItem });
    const back = apply(
      next.record,
      { action: 'RESUBMIT', suppliedItems: [], listItemMailed: false },
      applicant,
      '2026-03-12',
    );
    expect(back).toMatchObject({ ok: false, code: 'SUPPLEMENT_INCOMPLETE' });
    const mailed = unwrap(
      apply(next.record, { action: 'RESUBMIT', suppliedItems: [], listItemMailed: true }, applicant, '2026-03-12'),
    );
    expect(mailed.record.lastSubmittedOn).toBe('2026-03-12');
  });

  it('must carry the list item, the mailing address and a phone number', () => {
    const result = checkDeficiencyNotice(shanxi, notified, {
      ...provincial,
      listItem: ' ',
      mailingAddress: '',
      phone: '12',
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'PROVINCIAL_NOTICE_INCOMPLETE',
      details: { fields: ['清单事项', '邮寄地址', '联系电话'] },
    });
    for (const phone of ['13812345678', '12393', '400-123-4567', '03516819677']) {
      expect(checkDeficiencyNotice(shanxi, notified, { ...provincial, phone }).ok).toBe(true);
    }
  });

  it('is allowed once', () => {
    const twice = caseRecord({
      state: 'submitted',
      notices: [{ ...provincial, sentOn: '2026-03-02', by: 'staff-intake' }],
    });
    expect(checkDeficiencyNotice(shanxi, twice, provincial)).toMatchObject({
      ok: false,
      code: 'DEFICIENCY_NOTICE_ALREADY_SENT',
    });
  });

  it('is refused where the region does not allow additional material', () => {
    const closed = {
      ...shanxi,
      claim: { ...shanxi.claim, additionalMaterials: { ...shanxi.claim.additionalMaterials, allowed: false } },
    };
    expect(checkDeficiencyNotice(closed, notified, provincial)).toMatchObject({
      ok: false,
      code: 'ADDITIONAL_MATERIALS_NOT_ALLOWED',
    });
  });
});
