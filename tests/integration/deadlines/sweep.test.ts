// SPEC §3.4 — the daily sweep: a case past its stage deadline is flagged and put in the responsible queue's
// reminders (once, whatever how often the sweep runs); a deficiency notice open for 5 working days reminds the
// applicant (once per notice). The sweep runs as of the schedule's time, so each test picks its day.
import { DynamoDBClient, GetItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { StaffRemindersResponseSchema } from '@shared/api/reminders';
import { defaultCalendar } from '@shared/domain/calendar/calendar';
import { addDays, todayInShanghai } from '@shared/domain/calendar/isoDate';
import { supplementReminderDate } from '@shared/domain/case/reminders';
import { applyTransition } from '@shared/domain/case/stateMachine';
import { getCase } from '../../../functions/data/case';
import { transitionCase } from '../../../functions/data/caseTransition';
import { handler } from '../../../functions/handlers/remindDeadlines';
import { caseRecordOf, policyOf, queueOf, storedEventOf } from '../../../functions/usecases/claims/claims';
import { call } from '../../support/api';
import { testStack } from '../../support/stack';
import { loginStaff } from '../../support/staff';
import { useStackEnvironment } from '../claims/people';
import { act, submittedCase } from '../staff-actions/cases';

jest.setTimeout(90_000);

const client = () => new DynamoDBClient({});

async function stored(caseId: string): Promise<Record<string, unknown>> {
  const out = await client().send(
    new GetItemCommand({
      TableName: testStack().tableName,
      Key: { pk: { S: `CASE#${caseId}` }, sk: { S: 'CASE' } },
      ConsistentRead: true,
    }),
  );
  return out.Item ? unmarshall(out.Item) : {};
}

async function outboxOf(caseId: string): Promise<Record<string, unknown>[]> {
  const out = await client().send(
    new ScanCommand({
      TableName: testStack().tableName,
      FilterExpression: 'entity = :e AND subjectId = :id',
      ExpressionAttributeValues: { ':e': { S: 'outbox' }, ':id': { S: caseId } },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []).map((i) => unmarshall(i));
}

/** The sweep as the schedule runs it: 09:00 Beijing time on `day`. */
const sweepOn = (day: string) => handler({ time: `${day}T01:00:00Z` });

async function reminders(username: string): Promise<string[]> {
  const answer = await call('GET', '/v1/staff/reminders', { token: await loginStaff(username) });
  return StaffRemindersResponseSchema.parse(answer.body).reminders.map((r) => r.caseId);
}

/** The intake's one-time notice sent at `now`, through the domain and the data layer (as the staff route does). */
async function noticeAt(caseId: string, now: Date): Promise<void> {
  const before = await getCase(caseId);
  if (!before) throw new Error(`no case ${caseId}`);
  const policy = policyOf(before);
  const result = applyTransition(
    policy,
    caseRecordOf(before),
    {
      action: 'NOTIFY_DEFICIENCY',
      notice: {
        kind: 'ORDINARY',
        items: [{ item: 'DIAGNOSIS_OR_DISCHARGE', problem: 'DEFECTIVE', reason: '出院小结缺少医生签字' }],
        note: '',
      },
    },
    { id: 'sx-intake', role: 'intake' },
    now,
  );
  if (!result.ok) throw new Error(result.message);
  const outcome = await transitionCase({
    before,
    next: result.value.record,
    queue: queueOf(policy, result.value.record, now),
    event: storedEventOf(result.value.event, undefined, '经办人 *'),
    now,
  });
  if (!outcome.ok) throw new Error('notice not written');
}

beforeAll(() => useStackEnvironment());

describe('overdue cases', () => {
  it('are flagged and reminded in the responsible queue the day after the deadline, once', async () => {
    const c = await submittedCase(10);
    const due = String((await stored(c.caseId)).queueDue);

    await sweepOn(due);
    expect((await stored(c.caseId)).overdue).toBeUndefined();
    expect(await reminders('sx-intake')).not.toContain(c.caseId);

    const late = await sweepOn(addDays(due, 1));
    await sweepOn(addDays(due, 1));

    expect(late.failedQueries).toBe(0);
    expect((await stored(c.caseId)).overdue).toEqual({ stage: 'ACCEPTANCE', due, flaggedOn: addDays(due, 1) });
    expect((await reminders('sx-intake')).filter((id) => id === c.caseId)).toHaveLength(1);
    expect(await reminders('sx-finance')).not.toContain(c.caseId);
    expect(await reminders('js-intake')).not.toContain(c.caseId);
  });

  it('are listed a page at a time, and a cursor of another agency is refused', async () => {
    const token = await loginStaff('sx-intake');
    const first = await call('GET', '/v1/staff/reminders?limit=1', { token });
    expect(first.status).toBe(200);
    expect(StaffRemindersResponseSchema.parse(first.body).reminders).toHaveLength(1);

    const foreign = Buffer.from(JSON.stringify({ pk: 'AGENCY#JIANGSU', sk: 'REMINDER#' })).toString('base64url');
    const refused = await call('GET', `/v1/staff/reminders?cursor=${foreign}`, { token });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('分页游标无效');
  });
});

describe('an open deficiency notice', () => {
  it('reminds the applicant on the 5th working day after it, once', async () => {
    const c = await submittedCase(11);
    const noticed = await act(await loginStaff('sx-intake'), c.caseId, 'notice', {
      version: c.version,
      notice: {
        kind: 'ORDINARY',
        items: [{ item: 'DIAGNOSIS_OR_DISCHARGE', problem: 'DEFECTIVE', reason: '出院小结缺少医生签字' }],
        note: '',
      },
    });
    expect(noticed.status).toBe(200);
    const sentOn = todayInShanghai(new Date());
    const remindOn = supplementReminderDate(defaultCalendar(), sentOn);
    expect((await stored(c.caseId)).queueDue).toBe(remindOn);

    await sweepOn(addDays(remindOn, -1));
    expect(await outboxOf(c.caseId)).toHaveLength(1);

    await sweepOn(remindOn);
    await sweepOn(addDays(remindOn, 3));

    const notices = await outboxOf(c.caseId);
    expect(notices).toHaveLength(2);
    const reminder = notices.find((n) => n.title === '补正提醒：请尽快补齐材料');
    expect(reminder).toMatchObject({ kind: 'SUPPLEMENT_NOTICE' });
    expect(String(reminder?.body)).toContain('诊断证明或出院小结');
    expect(reminder?.recipients).toContain(c.applicant.userId);
    expect((await stored(c.caseId)).supplementRemindedFor).toBe(sentOn);
  });
});

describe('a holiday between the notice and the reminder', () => {
  it('pushes the reminder past National Day and counts its adjusted working Saturday', async () => {
    // Sent Wed 2026-09-30: 10-01..10-07 are off; Thu 10-08, Fri 10-09, Sat 10-10 (调休上班), Mon 10-12 → the 4th
    // working day; Tue 10-13 is the 5th.
    const c = await submittedCase(12);
    await noticeAt(c.caseId, new Date('2026-09-30T02:00:00Z'));
    expect((await stored(c.caseId)).queueDue).toBe('2026-10-13');

    await sweepOn('2026-10-08');
    await sweepOn('2026-10-12');
    expect(await outboxOf(c.caseId)).toHaveLength(0);

    await sweepOn('2026-10-13');
    await sweepOn('2026-10-14');
    const notices = await outboxOf(c.caseId);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'SUPPLEMENT_NOTICE', title: '补正提醒：请尽快补齐材料' });
    expect(String(notices[0]?.body)).toContain('2026-09-30');
  });
});
