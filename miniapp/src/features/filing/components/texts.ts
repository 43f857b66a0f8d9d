import type { FilingView } from '@shared/api/filings';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { placeName } from '../../../lib/divisions';
import { formatChineseDate } from '../../../utils/format-date';

/** A date, or a timestamp as its day in Shanghai (a decision at 23:30 UTC is the next day there). */
const day = (iso: string) => {
  const instant = iso.includes('T') ? new Date(iso) : undefined;
  const date = instant && !Number.isNaN(instant.getTime()) ? todayInShanghai(instant) : iso.slice(0, 10);
  return formatChineseDate(date).date;
};

/** The validity in plain words: from when, until when (or long-term), or why there is none yet. */
export function validityText(filing: FilingView): string {
  if (filing.status === 'CANCELLED') return filing.cancelledOn ? `已于${day(filing.cancelledOn)}取消` : '已取消';
  if (filing.status === 'REFUSED') return '未通过，没有生效';
  if (!filing.validFrom) return '审核通过后生效';
  if (filing.validUntil) return `${day(filing.validFrom)}至${day(filing.validUntil)}`;
  return `自${day(filing.validFrom)}起长期有效（直到变更或取消）`;
}

/** Where the filing points, as a name (上海市, 海南省, 江苏省苏州市). */
export function filingDestinationName(filing: FilingView): string {
  return placeName(filing.destination.code);
}

/** Who submitted it, by name: the insured person themself, me for them, or a proxy for me (SPEC §1). */
export function submitterText(filing: FilingView, myPersonId: string | undefined): string {
  const mine = myPersonId !== undefined && filing.insuredPerson.personId === myPersonId;
  const name = filing.submitter.nameMasked;
  if (filing.submittedByCaller) return mine ? '本人办理' : '我代为办理';
  if (filing.submitter.relation === 'self') return '参保人本人办理';
  const proxy = name ? `代办人${name}` : '代办人';
  return mine ? `${proxy}为我办理` : `${proxy}办理`;
}

/** A date (YYYY-MM-DD or a timestamp) as 2026年6月1日. */
export function dateText(iso: string): string {
  return day(iso);
}

/**
 * The commitment lock in plain words, before the user taps 变更 or 取消 (only while it applies). Its length is the
 * region's (`changeAllowedFrom` from the API), so the text names the day, never a number of months of its own.
 */
export function lockText(filing: FilingView, today: string): string | undefined {
  const from = filing.changeAllowedFrom;
  if (!from || from.slice(0, 10) <= today || filing.status === 'CANCELLED') return undefined;
  return `凭个人承诺书办理的备案，${day(from)}前不能变更或取消，${day(from)}起可以办理`;
}
