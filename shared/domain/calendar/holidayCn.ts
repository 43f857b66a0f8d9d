/**
 * Loading a year's official schedule in holiday-cn's JSON format (`{ year, papers?, days: [{ name, date, isOffDay }] }`)
 * — from the database or a file — so that a newer year works without a redeploy.
 */
import { z } from 'zod';
import { ok, type Result, refuse } from '../errors';
import { cite } from '../sources';
import type { DayEntry, WorkingCalendar, YearSchedule } from './calendar';
import { withSchedule } from './calendar';
import { type IsoDate, isIsoDate, yearOf } from './isoDate';

/** One day of a holiday-cn file. */
const HolidayCnDaySchema = z.object({
  name: z.string().min(1, { error: '节假日名称不能为空' }),
  date: z.string().refine(isIsoDate, { error: '日期须为YYYY-MM-DD格式的有效日期' }),
  isOffDay: z.boolean({ error: 'isOffDay须为true或false' }),
});

/** A holiday-cn year file (extra keys such as `$schema` and `papers` are allowed and ignored). */
export const HolidayCnYearSchema = z
  .object({
    year: z.number().int().min(2000).max(2200),
    papers: z.array(z.string()).optional(),
    days: z.array(HolidayCnDaySchema).min(1, { error: '节假日安排不能为空' }),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.days.forEach((day, i) => {
      // A file may list a day of the neighbouring year for a holiday that straddles New Year; any other year is wrong.
      if (isIsoDate(day.date) && Math.abs(yearOf(day.date) - value.year) > 1) {
        ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: `${day.date}不属于${value.year}年` });
      }
      if (seen.has(day.date)) ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: `${day.date}重复` });
      seen.add(day.date);
    });
  });
export type HolidayCnYear = z.infer<typeof HolidayCnYearSchema>;

/** Parse and validate a holiday-cn year file into a schedule; invalid data is refused, never half-loaded. */
export function parseHolidayCnYear(json: unknown, origin = 'holiday-cn'): Result<YearSchedule> {
  const parsed = HolidayCnYearSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return refuse(
      'CALENDAR_DATA_INVALID',
      `节假日数据格式不正确：${first ? `${first.path.join('.')} ${first.message}` : '未知错误'}`,
      cite('CONFIG', '国务院办公厅节假日安排通知，holiday-cn格式'),
    );
  }
  const days = new Map<IsoDate, DayEntry>();
  for (const day of parsed.data.days) {
    // Neighbouring-year days belong to that year's own file; this schedule covers its year only.
    if (yearOf(day.date) === parsed.data.year) days.set(day.date, { off: day.isOffDay, name: day.name });
  }
  return ok({ year: parsed.data.year, origin: `${origin} ${parsed.data.year}`, days });
}

/** Add a holiday-cn year file to a calendar (replacing that year's data), or refuse invalid data. */
export function loadHolidayCnYear(calendar: WorkingCalendar, json: unknown, origin?: string): Result<WorkingCalendar> {
  const schedule = parseHolidayCnYear(json, origin);
  return schedule.ok ? ok(withSchedule(calendar, schedule.value)) : schedule;
}
