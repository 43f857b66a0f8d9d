/**
 * 办件通知 — what the applicant is told when the agency acts on a claim (SPEC §5: accepted, deficiency notice,
 * refused, rejected, paid, completed), as the inbox message and the subscribe-message keywords. Pure: the handler
 * adds the recipients and writes it to the outbox in the transition's own transaction.
 */
import type { IsoDate } from '../calendar/isoDate';
import type { DeficiencyNoticeContent } from '../case/types';
import { displayYuan } from '../validation/money';
import { EXPENSE_TYPE, type ExpenseType, MATERIAL_ITEM } from '../vocabulary';
import type { NoticeData, NoticeKind } from './templates';

/** What happened to the case, with what the applicant needs to know about it. */
export type CaseOutcome =
  | { readonly kind: 'ACCEPTED' }
  | { readonly kind: 'REFUSED'; readonly reason: string }
  | { readonly kind: 'DEFICIENCY'; readonly notice: DeficiencyNoticeContent }
  /** The notice has been open 5 working days (shared/domain/case/reminders.ts). */
  | { readonly kind: 'SUPPLEMENT_REMINDER'; readonly notice: DeficiencyNoticeContent; readonly sentOn: IsoDate }
  | { readonly kind: 'REJECTED'; readonly reason: string }
  | { readonly kind: 'PAID'; readonly amountFen: number; readonly cardNumberMasked: string }
  | { readonly kind: 'COMPLETED'; readonly amountFen: number };

/** The case the notice is about. */
export interface NoticeCase {
  readonly caseId: string;
  readonly expenseType: ExpenseType;
  /** The insured person's name, masked (王*兰). */
  readonly personNameMasked: string;
}

/** A notice's content: template kind, inbox title and body, keyword values (fitted later by buildOutboxItem). */
export type CaseNoticeContent = {
  readonly [K in NoticeKind]: {
    readonly kind: K;
    readonly title: string;
    readonly body: string;
    readonly data: NoticeData<K>;
  };
}[NoticeKind];

/** The mini-program page of a case. */
export function casePage(caseId: string): string {
  return `pages/case/detail/index?id=${caseId}`;
}

function deficiencyText(notice: DeficiencyNoticeContent): string {
  if (notice.kind === 'PROVINCIAL_LIST') {
    return `按本省政务服务事项清单“${notice.listItem}”的要求，还需请您将相关材料邮寄至：${notice.mailingAddress}（联系电话 ${notice.phone}）。邮寄后请在办件中点击“重新提交”。${notice.note ? `说明：${notice.note}` : ''}`;
  }
  const lines = notice.items.map(
    (i, n) => `${n + 1}. ${MATERIAL_ITEM[i.item]}（${i.problem === 'MISSING' ? '缺少' : '不符合要求'}：${i.reason}）`,
  );
  return `您的申请材料需补正，请一次补齐以下材料后重新提交：${lines.join('；')}。${notice.note ? `说明：${notice.note}` : ''}`;
}

/** The notice owed for `outcome` on `subject`, dated `on` (Asia/Shanghai). */
export function caseNotice(subject: NoticeCase, outcome: CaseOutcome, on: IsoDate): CaseNoticeContent {
  const matter = `${EXPENSE_TYPE[subject.expenseType]}费用手工报销`;
  const who = `${subject.personNameMasked}的${matter}`;
  switch (outcome.kind) {
    case 'ACCEPTED':
    case 'REFUSED': {
      const accepted = outcome.kind === 'ACCEPTED';
      return {
        kind: 'ACCEPTANCE_RESULT',
        title: accepted ? '报销申请已受理' : '报销申请未予受理',
        body: accepted
          ? `${who}申请已于${on}受理，进入审核。可在办件详情查看进度和各环节时限。`
          : `${who}申请未予受理。原因：${outcome.reason}。如有疑问请联系参保地医保经办机构。`,
        data: {
          thing1: matter,
          phrase2: accepted ? '已受理' : '不予受理',
          character_string3: subject.caseId,
          date4: on,
          thing5: accepted ? '请留意后续审核结果' : outcome.reason,
        },
      };
    }
    case 'DEFICIENCY': {
      const items =
        outcome.notice.kind === 'ORDINARY'
          ? outcome.notice.items.map((i) => MATERIAL_ITEM[i.item]).join('、')
          : outcome.notice.listItem;
      return {
        kind: 'SUPPLEMENT_NOTICE',
        title: outcome.notice.kind === 'ORDINARY' ? '请补正报销材料（一次性告知）' : '请按清单邮寄补充材料',
        body: `${who}申请：${deficiencyText(outcome.notice)}`,
        data: {
          thing1: matter,
          thing2: items,
          character_string3: subject.caseId,
          date4: on,
          thing5: '补齐后请在办件中重新提交',
        },
      };
    }
    case 'SUPPLEMENT_REMINDER': {
      const items =
        outcome.notice.kind === 'ORDINARY'
          ? outcome.notice.items.map((i) => MATERIAL_ITEM[i.item]).join('、')
          : outcome.notice.listItem;
      return {
        kind: 'SUPPLEMENT_NOTICE',
        title: '补正提醒：请尽快补齐材料',
        body: `${who}申请的补正通知已于${outcome.sentOn}发出，至今尚未补正。还需：${items}。补齐后请在办件中点击“重新提交”；如有困难请联系参保地医保经办机构。`,
        data: {
          thing1: matter,
          thing2: items,
          character_string3: subject.caseId,
          date4: outcome.sentOn,
          thing5: '补正通知已发出5个工作日，请尽快补正',
        },
      };
    }
    case 'REJECTED':
      return {
        kind: 'HANDLING_RESULT',
        title: '报销审核未通过',
        body: `${who}申请审核未通过。原因：${outcome.reason}。电子票据已可重新使用；如有疑问请联系参保地医保经办机构。`,
        data: {
          thing1: matter,
          phrase2: '未通过',
          character_string3: subject.caseId,
          date4: on,
          thing5: outcome.reason,
        },
      };
    case 'PAID':
      return {
        kind: 'HANDLING_RESULT',
        title: '报销款已拨付',
        body: `${who}申请已拨付 ${displayYuan(outcome.amountFen)}至银行卡 ${outcome.cardNumberMasked}，到账时间以银行为准。`,
        data: {
          thing1: matter,
          phrase2: '已拨付',
          character_string3: subject.caseId,
          date4: on,
          thing5: `拨付${displayYuan(outcome.amountFen)}`,
        },
      };
    case 'COMPLETED':
      return {
        kind: 'HANDLING_RESULT',
        title: '报销已办结',
        body: `${who}申请已办结，报销金额 ${displayYuan(outcome.amountFen)}。可在办件详情下载盖有电子印章的结算结果单。`,
        data: {
          thing1: matter,
          phrase2: '已办结',
          character_string3: subject.caseId,
          date4: on,
          thing5: '可在办件详情下载结算结果单',
        },
      };
  }
}
