// The tracking pages' own words: dates, deadlines, who submitted, money, and one plain line per state saying what
// happens next. The state, the deadline and the allowed actions are the API's; nothing here decides them.
import type { CaseDetail, CaseSummary } from '@shared/api/claims';
import type { CaseState } from '@shared/domain/vocabulary';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** `2026-12-03` → `12月3日` in the current year, else `2027年1月4日`. */
export function dayText(iso: string, today: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [year, month, day] = [match[1], Number(match[2]), Number(match[3])];
  return year === today.slice(0, 4) ? `${month}月${day}日` : `${year}年${month}月${day}日`;
}

/** A timestamp or a date with its year: `2026年9月27日`. */
export function fullDayText(iso: string): string {
  const match = ISO_DATE.exec(iso);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : iso;
}

/** Money for people: integer fen → 3,567.80元. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}元`;
}

type Deadline = Pick<NonNullable<CaseSummary['deadline']>, 'due' | 'provisional' | 'stageName'>;

/** "预计 12月3日 前完成受理", or plainly overdue: the due date is the API's (official working days). */
export function deadlineText(deadline: Deadline, today: string): string {
  const due = dayText(deadline.due, today);
  if (deadline.due < today) return `已超过预计完成${deadline.stageName}的日期（${due}），经办机构还没有办完`;
  return `预计 ${due} 前完成${deadline.stageName}`;
}

/** The provisional note of a deadline: the official calendar of that year is not out yet. */
export function provisionalText(explanation?: string | null): string {
  return `日期暂定：${explanation ?? '当年的放假安排还没有公布，日期可能会变'}`;
}

/** 办理人: the insured person themself, or the proxy who submitted (masked). */
export function submitterText(submitter: CaseSummary['submitter']): string {
  return submitter.relation === 'self' ? `本人（${submitter.nameMasked}）` : `代办人 ${submitter.nameMasked}`;
}

/** What happens next in each state, in one plain line. */
export const STATE_LINE: Record<CaseState, string> = {
  draft: '还没有提交。填完并提交后，经办机构才会办理。',
  submitted: '已经提交，正在等经办机构受理。',
  awaiting_supplement: '材料需要补正：请看下面的补正通知。',
  accepted: '经办机构已受理，正在审核。',
  refused: '经办机构不予受理，原因见下面的办理记录。',
  reviewed: '已审核，正在复核。',
  rejected: '审核没有通过，原因见下面的办理记录。',
  second_reviewed: '已复核，等待拨付。',
  paid: '报销款已拨付到参保人的银行卡。',
  completed: '已办结。',
  withdrawn: '这笔申请已经撤回，不再办理。票据可以重新申请报销。',
};

/** Whether the case may be withdrawn now, as the API's allowed actions say. */
export function canWithdraw(detail: CaseDetail): boolean {
  return detail.allowedActions.some((a) => a.action === 'WITHDRAW');
}

/** `依据：…` once, whatever the source text starts with. */
export const withBasis = (source: string) => (source.startsWith('依据') ? source : `依据：${source}`);
