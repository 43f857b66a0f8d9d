import { filingNotice, type NoticeFiling } from '@shared/domain/notice/filingNotices';
import { fitNoticeData } from '@shared/domain/notice/templates';

const decided: NoticeFiling = {
  type: 'RETIREE_RESETTLED',
  place: '海南省',
  personNameMasked: '王*兰',
  filedOn: '2026-03-02',
  validFrom: '2026-03-02',
  validUntil: null,
  refusalReason: null,
};

describe('SPEC §5 — the filing result notice', () => {
  it('tells an approval with its validity and where it settles directly', () => {
    const notice = filingNotice(decided, true, '2026-03-03');
    expect(notice.kind).toBe('FILING_RESULT');
    expect(notice.title).toBe('异地就医备案已通过');
    expect(notice.body).toContain('王*兰的');
    expect(notice.body).toContain('（就医地：海南省）已通过，自2026-03-02起长期有效，变更或取消前一直有效。');
    expect(notice.data).toMatchObject({ thing2: '海南省', phrase3: '已通过', date4: '2026-03-03' });
    expect(filingNotice({ ...decided, validUntil: '2026-09-01' }, true, '2026-03-03').body).toContain(
      '有效期至2026-09-01',
    );
  });

  it('tells a refusal with its reason, in the inbox and the keywords', () => {
    const notice = filingNotice({ ...decided, refusalReason: '证明材料不清晰' }, false, '2026-03-03');
    expect(notice.title).toBe('异地就医备案未通过');
    expect(notice.body).toContain('未通过。原因：证明材料不清晰。');
    expect(notice.data).toMatchObject({ phrase3: '未通过', thing5: '证明材料不清晰' });
    expect(() => fitNoticeData('FILING_RESULT', notice.data)).not.toThrow();
  });
});
