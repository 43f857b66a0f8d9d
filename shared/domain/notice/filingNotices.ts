/**
 * 备案结果通知 — what the person and the submitter are told when a filing is approved or refused (SPEC §5), as the
 * inbox message and the FILING_RESULT subscribe-message keywords. Pure, beside the case notices: the caller adds
 * the recipients and writes it to the outbox.
 */
import type { IsoDate } from '../calendar/isoDate';
import { FILING_TYPE, type FilingType } from '../vocabulary';
import type { NoticeData } from './templates';

/** The decided filing the notice is about. */
export interface NoticeFiling {
  readonly type: FilingType;
  /** The destination in words (destinationName). */
  readonly place: string;
  /** The person's name, masked (王*兰). */
  readonly personNameMasked: string;
  readonly filedOn: string;
  readonly validFrom: string | null;
  readonly validUntil: string | null;
  readonly refusalReason: string | null;
}

/** The FILING_RESULT notice's content. */
export type FilingNoticeContent = {
  readonly kind: 'FILING_RESULT';
  readonly title: string;
  readonly body: string;
  readonly data: NoticeData<'FILING_RESULT'>;
};

/** The notice of a filing just approved (`approved`) or refused, dated `on` (Asia/Shanghai). */
export function filingNotice(filing: NoticeFiling, approved: boolean, on: IsoDate): FilingNoticeContent {
  const typeName = FILING_TYPE[filing.type];
  const { place } = filing;
  const validity = filing.validUntil ? `有效期至${filing.validUntil}` : '长期有效，变更或取消前一直有效';
  const body = approved
    ? `${filing.personNameMasked}的${typeName}备案（就医地：${place}）已通过，自${filing.validFrom ?? filing.filedOn}起${validity}。在就医地定点医疗机构就医可直接结算。`
    : `${filing.personNameMasked}的${typeName}备案（就医地：${place}）未通过。原因：${filing.refusalReason ?? '见备案详情'}。如有疑问请联系参保地医保经办机构。`;
  return {
    kind: 'FILING_RESULT',
    title: approved ? '异地就医备案已通过' : '异地就医备案未通过',
    body,
    data: {
      thing1: typeName,
      thing2: place,
      phrase3: approved ? '已通过' : '未通过',
      date4: on,
      thing5: approved ? '就医地定点医院可直接结算' : (filing.refusalReason ?? '请查看备案详情'),
    },
  };
}
