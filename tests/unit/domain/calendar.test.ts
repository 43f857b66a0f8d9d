import {
  addWorkingDays,
  calendarFrom,
  chineseDaysSchedules,
  countWorkingDays,
  dayInfo,
  defaultCalendar,
  hasOfficialYear,
  isWorkingDay,
  withSchedule,
} from '@shared/domain/calendar/calendar';
import { loadHolidayCnYear, parseHolidayCnYear } from '@shared/domain/calendar/holidayCn';
import {
  addDays,
  addMonths,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  minDate,
  toDayNumber,
  todayInShanghai,
} from '@shared/domain/calendar/isoDate';
import fc from 'fast-check';

const calendar = defaultCalendar();

/** A made-up 2027 schedule in holiday-cn's format (the official one is not published yet). */
const holidayCn2027 = {
  $schema: 'https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json',
  year: 2027,
  papers: ['https://www.gov.cn/example'],
  days: [
    { name: '元旦', date: '2027-01-01', isOffDay: true },
    { name: '春节', date: '2027-02-05', isOffDay: true },
    { name: '春节', date: '2027-02-06', isOffDay: false },
    { name: '元旦', date: '2026-12-31', isOffDay: true },
  ],
};

describe('ISO dates — explicit clock, Asia/Shanghai', () => {
  it('computes today in Shanghai from an instant (UTC 16:30 is already the next day)', () => {
    expect(todayInShanghai(new Date('2026-03-01T16:30:00Z'))).toBe('2026-03-02');
    expect(todayInShanghai(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
  });

  it('validates real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
    expect(() => toDayNumber('not-a-date')).toThrow(RangeError);
  });

  it('adds days and months (民法典 Art. 202: no corresponding day → last day of the month)', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(daysBetween('2025-12-22', '2026-01-11')).toBe(20);
    expect(fromDayNumber(toDayNumber('2026-05-01'))).toBe('2026-05-01');
    expect(addMonths('2025-01-15', 6)).toBe('2025-07-15');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(minDate('2025-01-02', '2025-01-01')).toBe('2025-01-01');
  });
});

describe('Working-day calendar on chinese-days (official schedule: holidays off, 调休 weekends on)', () => {
  it('knows the official years chinese-days carries, up to 2026', () => {
    expect(hasOfficialYear(calendar, 2025)).toBe(true);
    expect(hasOfficialYear(calendar, 2026)).toBe(true);
    expect(hasOfficialYear(calendar, 2027)).toBe(false);
    expect(chineseDaysSchedules().length).toBeGreaterThan(20);
  });

  it('treats the National Day week as off and the adjusted Saturday as a working day', () => {
    expect(dayInfo(calendar, '2026-10-01')).toEqual({
      date: '2026-10-01',
      working: false,
      name: '国庆节',
      provisional: false,
    });
    expect(isWorkingDay(calendar, '2026-10-10')).toBe(true);
    expect(isWorkingDay(calendar, '2026-10-11')).toBe(false);
    expect(dayInfo(calendar, '2026-10-12').name).toBe('工作日');
  });

  it('adds working days without counting the start day', () => {
    expect(addWorkingDays(calendar, '2026-09-30', 2).date).toBe('2026-10-09');
    expect(addWorkingDays(calendar, '2026-09-18', 1).date).toBe('2026-09-20');
    expect(addWorkingDays(calendar, '2026-03-02', 0).date).toBe('2026-03-02');
    expect(addWorkingDays(calendar, '2026-09-30', 2).provisional).toBe(false);
    expect(() => addWorkingDays(calendar, '2026-03-02', -1)).toThrow(RangeError);
  });

  it('counts working days between two dates (start excluded, end included)', () => {
    expect(countWorkingDays(calendar, '2026-09-30', '2026-10-09')).toEqual({
      count: 2,
      provisional: false,
      explanation: null,
    });
    expect(countWorkingDays(calendar, '2026-10-09', '2026-10-01').count).toBe(0);
  });
});

describe('Provisional deadlines for a year without official data (never a silent guess)', () => {
  it('marks 2026-12-30 + 2 working days as provisional and skips New Year’s Day', () => {
    const due = addWorkingDays(calendar, '2026-12-30', 2);
    expect(due.date).toBe('2027-01-04');
    expect(due.provisional).toBe(true);
    expect(due.provisionalYears).toEqual([2027]);
    expect(due.explanation).toContain('2027年');
    expect(due.explanation).toContain('春节');
  });

  it('marks weekends and the statutory holidays, no 调休 (see calendar-provisional.test.ts)', () => {
    expect(dayInfo(calendar, '2027-05-03')).toMatchObject({ working: true, provisional: true });
    expect(dayInfo(calendar, '2027-10-01')).toMatchObject({ working: false, name: '国庆节', provisional: true });
    expect(dayInfo(calendar, '2027-10-03')).toMatchObject({ working: false, provisional: true });
    expect(dayInfo(calendar, '2027-10-09')).toMatchObject({ working: false, name: '周末', provisional: true });
    expect(countWorkingDays(calendar, '2026-12-30', '2027-01-04').provisional).toBe(true);
  });
});

describe('Calendar data replaceable at run time (holiday-cn format)', () => {
  it('loads a newer year and stops marking it provisional', () => {
    const loaded = loadHolidayCnYear(calendar, holidayCn2027, 'ddb');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const due = addWorkingDays(loaded.value, '2027-02-04', 1);
    expect(due).toMatchObject({ date: '2027-02-06', provisional: false, explanation: null });
    expect(loaded.value.years.get(2027)?.origin).toBe('ddb 2027');
    // The neighbouring-year day belongs to the 2026 schedule, which is unchanged.
    expect(isWorkingDay(loaded.value, '2026-12-31')).toBe(true);
    // The default calendar itself is not modified.
    expect(hasOfficialYear(calendar, 2027)).toBe(false);
  });

  it('replaces an existing year', () => {
    const custom = parseHolidayCnYear({ year: 2026, days: [{ name: '测试', date: '2026-03-02', isOffDay: true }] });
    expect(custom.ok).toBe(true);
    if (!custom.ok) return;
    const replaced = withSchedule(calendar, custom.value);
    expect(isWorkingDay(replaced, '2026-03-02')).toBe(false);
    expect(isWorkingDay(replaced, '2026-10-01')).toBe(true);
    expect(calendarFrom([custom.value]).years.size).toBe(1);
  });

  it.each([
    ['not an object', 'x'],
    ['no days', { year: 2027, days: [] }],
    ['bad date', { year: 2027, days: [{ name: '元旦', date: '2027-02-30', isOffDay: true }] }],
    ['far year', { year: 2027, days: [{ name: '元旦', date: '2030-01-01', isOffDay: true }] }],
    [
      'duplicate',
      {
        year: 2027,
        days: [
          { name: '元旦', date: '2027-01-01', isOffDay: true },
          { name: '元旦', date: '2027-01-01', isOffDay: true },
        ],
      },
    ],
    ['missing flag', { year: 2027, days: [{ name: '元旦', date: '2027-01-01' }] }],
  ])('refuses invalid data (%s) without loading any of it', (_, json) => {
    const result = loadHolidayCnYear(calendar, json);
    expect(result).toMatchObject({ ok: false, code: 'CALENDAR_DATA_INVALID' });
  });
});

describe('Working-day arithmetic properties', () => {
  it('countWorkingDays inverts addWorkingDays and every deadline falls on a working day', () => {
    const dates = fc.integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2027-12-31') }).map(fromDayNumber);
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 40 }), (from, n) => {
        const due = addWorkingDays(calendar, from, n);
        expect(countWorkingDays(calendar, from, due.date).count).toBe(n);
        if (n > 0) expect(isWorkingDay(calendar, due.date)).toBe(true);
        expect(due.provisional).toBe(n > 0 && due.date >= '2027-01-01');
      }),
      { numRuns: 1000 },
    );
  });
});
