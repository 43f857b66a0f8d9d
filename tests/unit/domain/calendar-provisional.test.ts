import { execFileSync } from 'node:child_process';
import path from 'node:path';
import {
  addWorkingDays,
  chineseDaysSchedules,
  countWorkingDays,
  dayInfo,
  defaultCalendar,
  provisionalExplanation,
} from '@shared/domain/calendar/calendar';
import { addDays, dayOfWeek, fromDayNumber, toDayNumber } from '@shared/domain/calendar/isoDate';
import {
  hasLunarData,
  LUNAR_YEARS,
  qingmingDay,
  statutoryHolidayDates,
  statutoryHolidays,
} from '@shared/domain/calendar/statutoryHolidays';
import { getLunarDate, getSolarTermDate } from 'chinese-days';

const calendar = defaultCalendar();
const official = new Map(chineseDaysSchedules().map((s) => [s.year, s]));

/** 《全国年节及纪念日放假办法》 (2024 revision) Art. 2 for 2027 and 2028, lunar dates and 清明 from published tables. */
const STATUTORY: Record<number, readonly (readonly [string, string])[]> = {
  2027: [
    ['2027-01-01', '元旦'],
    ['2027-02-05', '春节'], // 除夕 = 腊月廿九 (农历2026年腊月只有29天)
    ['2027-02-06', '春节'], // 正月初一
    ['2027-02-07', '春节'],
    ['2027-02-08', '春节'],
    ['2027-04-05', '清明'],
    ['2027-05-01', '劳动节'],
    ['2027-05-02', '劳动节'],
    ['2027-06-09', '端午'],
    ['2027-09-15', '中秋'],
    ['2027-10-01', '国庆节'],
    ['2027-10-02', '国庆节'],
    ['2027-10-03', '国庆节'],
  ],
  2028: [
    ['2028-01-01', '元旦'],
    ['2028-01-25', '春节'], // 除夕 = 腊月廿九
    ['2028-01-26', '春节'], // 正月初一
    ['2028-01-27', '春节'],
    ['2028-01-28', '春节'],
    ['2028-04-04', '清明'],
    ['2028-05-01', '劳动节'],
    ['2028-05-02', '劳动节'],
    ['2028-05-28', '端午'], // 五月初五; 2028 has a leap fifth month, whose 初五 (06-27) is not the festival
    ['2028-10-03', '中秋'], // also 国庆节's third day
    ['2028-10-01', '国庆节'],
    ['2028-10-02', '国庆节'],
    ['2028-10-03', '国庆节'],
  ],
};

/** 清明 as published (Hong Kong Observatory / 紫金山天文台 almanacs) for the years after chinese-days' official data. */
const QINGMING_PUBLISHED = {
  2025: '2025-04-04',
  2026: '2026-04-05',
  2027: '2027-04-05',
  2028: '2028-04-04',
  2029: '2029-04-04',
  2030: '2030-04-05',
};

function yearDates(year: number): string[] {
  const out: string[] = [];
  for (let d = toDayNumber(`${year}-01-01`); d <= toDayNumber(`${year}-12-31`); d += 1) out.push(fromDayNumber(d));
  return out;
}

describe('《全国年节及纪念日放假办法》 (2024 revision, Art. 2) — the holidays of a year without official data', () => {
  it.each(Object.entries(STATUTORY).flatMap(([, days]) => days.map(([date, name]) => [date, name] as const)))(
    '%s (%s) is a provisional non-working day',
    (date, name) => {
      const info = dayInfo(calendar, date);
      expect(info).toMatchObject({ date, working: false, provisional: true });
      expect(info.name).toContain(name);
    },
  );

  it.each([2027, 2028])(
    'gives %i exactly the 13 statutory days (元旦1、春节4、清明1、劳动节2、端午1、中秋1、国庆3)',
    (year) => {
      const holidays = statutoryHolidays(year);
      expect(holidays.map((h) => [h.name, h.dates.length])).toEqual([
        ['元旦', 1],
        ['春节', 4],
        ['清明', 1],
        ['劳动节', 2],
        ['端午', 1],
        ['中秋', 1],
        ['国庆节', 3],
      ]);
      const expected = (STATUTORY[year] ?? []).map(([date]) => date);
      expect(holidays.flatMap((h) => h.dates).sort()).toEqual([...expected].sort());
      expect(statutoryHolidayDates(2028).get('2028-10-03')).toBe('中秋、国庆节');
    },
  );

  it.each([2027, 2028])(
    'marks nothing else in %i: every other weekday works, every weekend is off (no 调休 guessed)',
    (year) => {
      const off = new Set((STATUTORY[year] ?? []).map(([date]) => date));
      for (const date of yearDates(year)) {
        const weekend = dayOfWeek(date) === 0 || dayOfWeek(date) === 6;
        expect(dayInfo(calendar, date)).toMatchObject({ working: !(weekend || off.has(date)), provisional: true });
      }
      // 2027-05-01/02 fall on a weekend: the 补假 day is the State Council's to fix, so the Monday stays a working day.
      expect(dayInfo(calendar, '2027-05-03')).toMatchObject({ working: true, name: '工作日', provisional: true });
    },
  );

  it('2028-04-28 (Friday) + 2 working days is 2028-05-04: weekend, 劳动节 5月1日、2日, then Wed and Thu', () => {
    const due = addWorkingDays(calendar, '2028-04-28', 2);
    expect(due).toMatchObject({ date: '2028-05-04', provisional: true, provisionalYears: [2028] });
    expect(countWorkingDays(calendar, '2028-04-28', '2028-05-04')).toMatchObject({ count: 2, provisional: true });
  });

  it('explains a provisional date by naming the law, its holidays, the dates assumed and what is not counted', () => {
    const { explanation } = addWorkingDays(calendar, '2028-04-28', 2);
    expect(explanation).toBe(provisionalExplanation([2028]));
    expect(explanation).toContain('2028年国务院放假安排尚未公布');
    expect(explanation).toContain('暂定');
    expect(explanation).toContain(
      '按《全国年节及纪念日放假办法》的法定假日（元旦1天、春节4天、清明1天、劳动节2天、端午1天、中秋1天、国庆节3天）',
    );
    expect(explanation).toContain(
      '2028年：元旦1月1日，春节1月25日至28日，清明4月4日，劳动节5月1日至2日，端午5月28日，中秋10月3日，国庆节10月1日至3日',
    );
    expect(explanation).toContain('未计调休和节日逢周末的补假');
    expect(explanation).not.toContain('仅按周末');
    expect(provisionalExplanation([2027, 2028])).toContain('2027、2028年');
    expect(provisionalExplanation([2027])).toContain('春节2月5日至8日');
  });

  it('still uses the official 2026 schedule: 2026-12-30 + 2 working days is 2027-01-04, not 2027-01-01', () => {
    const due = addWorkingDays(calendar, '2026-12-30', 2);
    expect(due.date).not.toBe('2027-01-01');
    expect(due).toMatchObject({ date: '2027-01-04', provisionalYears: [2027] });
    // Official 2026 days the statutory rule alone would get wrong: a 7-day 国庆 and a 调休 Sunday.
    expect(dayInfo(calendar, '2026-10-07')).toMatchObject({ working: false, name: '国庆节', provisional: false });
    expect(dayInfo(calendar, '2026-09-20')).toMatchObject({ working: true, provisional: false });
    expect(addWorkingDays(calendar, '2026-04-30', 1)).toMatchObject({ date: '2026-05-06', provisional: false });
  });
});

describe('Lunar holidays and 清明 are computed, and agree with the official data of every year it covers', () => {
  it('finds 初一、初二、清明、端午、中秋 among the official non-working days of 2008–2026', () => {
    for (let year = 2008; year <= 2026; year += 1) {
      expect(official.has(year)).toBe(true);
      const [, spring, qingming, , dragonBoat, midAutumn] = statutoryHolidays(year);
      const dates = [spring?.dates[1], spring?.dates[2], qingming?.dates[0], dragonBoat?.dates[0], midAutumn?.dates[0]];
      for (const date of dates) {
        // The official data leaves out holidays on a weekend in some years (2012-06-23, 端午): a weekend is off anyway.
        expect(dayInfo(calendar, date ?? '')).toMatchObject({ date, working: false, provisional: false });
      }
    }
  });

  it.each([2025, 2026])(
    'finds all 13 statutory days of %i (除夕 and 5月2日 included) among its official days off',
    (year) => {
      for (const date of statutoryHolidays(year).flatMap((h) => h.dates)) {
        expect(dayInfo(calendar, date)).toMatchObject({ date, working: false, provisional: false });
        expect(official.get(year)?.days.get(date)?.off).toBe(true);
      }
    },
  );

  it('takes 除夕 as the last day of the twelfth lunar month, be it the 29th or the 30th (1901–2099)', () => {
    const lastDays = new Set<number>();
    for (let year = LUNAR_YEARS.first; year <= LUNAR_YEARS.last; year += 1) {
      const [eve, first] = statutoryHolidays(year)[1]?.dates ?? [];
      const lunarEve = getLunarDate(eve);
      expect([year, lunarEve.lunarMon, getLunarDate(first).lunarMon, getLunarDate(first).lunarDay]).toEqual([
        year,
        12,
        1,
        1,
      ]);
      expect(addDays(eve ?? '', 1)).toBe(first);
      lastDays.add(lunarEve.lunarDay);
    }
    expect([...lastDays].sort()).toEqual([29, 30]);
  });

  it('computes 清明 as chinese-days does, in any time zone, and as published for 2025–2030', () => {
    // chinese-days formats its answer in local time: rebuild the same text from the day this module computes.
    const local = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    for (let year = LUNAR_YEARS.first; year <= LUNAR_YEARS.last; year += 1) {
      expect([year, local(new Date(Date.UTC(year, 3, qingmingDay(year))))]).toEqual([
        year,
        getSolarTermDate(year, 4, 'pure_brightness'),
      ]);
    }
    for (const [year, date] of Object.entries(QINGMING_PUBLISHED)) {
      expect(statutoryHolidays(Number(year))[2]?.dates).toEqual([date]);
    }
  });

  it('gives the same holidays whatever the process time zone (chinese-days’ lunar→solar would not)', () => {
    const module = path.join(__dirname, '../../../shared/domain/calendar/statutoryHolidays.ts');
    const script = `import('${module}').then((m) => console.log(JSON.stringify([2027, 2028, 2031].map((m.default ?? m).statutoryHolidays))))`;
    const here = JSON.stringify([2027, 2028, 2031].map(statutoryHolidays));
    for (const TZ of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
      const tsx = path.join(__dirname, '../../../node_modules/.bin/tsx');
      const there = execFileSync(tsx, ['-e', script], { env: { ...process.env, TZ }, encoding: 'utf8' }).trim();
      expect([TZ, there]).toEqual([TZ, here]);
    }
  }, 30_000);

  it('outside the lunar table (before 1901, after 2099) marks only 元旦, 劳动节 and 国庆, and says so', () => {
    expect(hasLunarData(2099)).toBe(true);
    expect(hasLunarData(2100)).toBe(false);
    expect(statutoryHolidays(2100).map((h) => h.name)).toEqual(['元旦', '劳动节', '国庆节']);
    expect(dayInfo(calendar, '2100-05-02')).toMatchObject({ working: false, name: '劳动节', provisional: true });
    expect(provisionalExplanation([2100])).toContain('2100年超出农历数据范围，春节、清明、端午、中秋未能计入');
    expect(provisionalExplanation([2099])).not.toContain('超出农历数据范围');
  });
});
