const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date for display: `2025-01-06` → `{ date: '2025年1月6日', weekday: '星期一' }`; other text as given. */
export function formatChineseDate(isoDate: string): { date: string; weekday: string } {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return { date: isoDate, weekday: '' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Calendar arithmetic only (UTC, so the device's time zone cannot shift the weekday).
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
  return { date: `${year}年${month}月${day}日`, weekday };
}
