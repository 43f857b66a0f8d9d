// 补正提醒: the 5th working day after the notice, by the official calendar (holidays off, 调休 Saturdays on).
import { defaultCalendar } from '@shared/domain/calendar/calendar';
import { supplementReminderDate, supplementReminderDue } from '@shared/domain/case/reminders';
import type { DeficiencyNotice } from '@shared/domain/case/types';

const calendar = defaultCalendar();
const notice = (sentOn: string): DeficiencyNotice => ({
  kind: 'ORDINARY',
  items: [{ item: 'INVOICE', problem: 'MISSING', reason: '未上传' }],
  note: '',
  sentOn,
  by: 'sx-intake',
});

describe('supplement reminder date', () => {
  it('is the 5th working day after the notice in an ordinary week', () => {
    // Sunday 2026-11-22 → Mon 23 … Fri 27.
    expect(supplementReminderDate(calendar, '2026-11-22')).toBe('2026-11-27');
    expect(supplementReminderDate(calendar, '2026-11-23')).toBe('2026-11-30');
  });

  it('skips the National Day holiday and counts its adjusted working Saturday', () => {
    // Sent Wed 2026-09-30: 10-01..10-07 are off; then Thu 10-08, Fri 10-09, the adjusted working Saturday 10-10,
    // Mon 10-12 and Tue 10-13 (five calendar weekdays plus the holiday would wrongly give 10-07).
    expect(supplementReminderDate(calendar, '2026-09-30')).toBe('2026-10-13');
  });
});

describe('supplement reminder due', () => {
  const record = { state: 'awaiting_supplement' as const, notices: [notice('2026-11-22')] };

  it('is due from the reminder date on, once per notice', () => {
    expect(supplementReminderDue(calendar, record, null, '2026-11-26')).toBeNull();
    expect(supplementReminderDue(calendar, record, null, '2026-11-27')?.sentOn).toBe('2026-11-22');
    expect(supplementReminderDue(calendar, record, '2026-11-22', '2026-11-30')).toBeNull();
  });

  it('is never due once the applicant has answered', () => {
    expect(supplementReminderDue(calendar, { ...record, state: 'submitted' }, null, '2026-12-30')).toBeNull();
  });
});
