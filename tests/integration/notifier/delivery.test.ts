// SPEC §5 — notices reach people exactly once: an outbox item written to the table travels the stream (the local
// poller invokes the notifier's own bundle) to the WeChat stand-in as a subscribe message, spending one of the
// user's one-time subscriptions, and always to the in-app inbox. 43101 → inbox only; 40001 → one token refresh
// then success; 45009 → retried, sent once; a redelivered batch sends nothing twice; a poison record is parked.
import { type AttributeValue, DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { AuthSession } from '@shared/api/auth';
import { SubscriptionsResponseSchema } from '@shared/api/subscriptions';
import type { DynamoDBRecord } from 'aws-lambda';
import { buildOutboxItem, OutboxEntity } from '../../../functions/data/outbox';
import { table } from '../../../functions/data/table';
import { handler } from '../../../functions/handlers/notifyOutbox';
import { demoNoticeTemplateIds } from '../../../local/seed/demo';
import { call, login, newUserCode, standInFault } from '../../support/api';
import { testStack } from '../../support/stack';
import { useStackEnvironment } from '../filings/people';

jest.setTimeout(60_000);

const SEND = '/cgi-bin/message/subscribe/send';
const TEMPLATE = demoNoticeTemplateIds.ACCEPTANCE_RESULT;
const wechat = () => testStack().urls.wechat;

type Sent = {
  path: string;
  body: { touser?: string; template_id?: string };
  faulted: boolean;
  query: Record<string, string>;
};

async function requests(path: string): Promise<Sent[]> {
  const response = await fetch(`${wechat()}/__stand-in/requests?path=${encodeURIComponent(path)}`);
  return ((await response.json()) as { requests: Sent[] }).requests;
}

async function sendsTo(openid: string): Promise<Sent[]> {
  return (await requests(SEND)).filter((r) => r.body.touser === openid);
}

async function tableItem(pk: string, sk: string): Promise<Record<string, unknown> | undefined> {
  const out = await new DynamoDBClient({}).send(
    new GetItemCommand({
      TableName: testStack().tableName,
      Key: { pk: { S: pk }, sk: { S: sk } },
      ConsistentRead: true,
    }),
  );
  return out.Item ? unmarshall(out.Item) : undefined;
}

/** A mini-program user; `openid` as the stand-in derives it from the demo code. */
async function miniProgramUser(): Promise<{ session: AuthSession; openid: string }> {
  const code = newUserCode('notify');
  return { session: await login(code), openid: `o-${code}` };
}

async function grant(session: AuthSession, answer: 'accept' | 'reject', times = 1): Promise<number> {
  let remaining = 0;
  for (let i = 0; i < times; i += 1) {
    const reply = await call('POST', '/v1/me/subscriptions', {
      token: session.accessToken,
      body: { results: { [TEMPLATE]: answer } },
    });
    if (reply.status !== 200) throw new Error(`grant: ${reply.status} ${reply.text}`);
    remaining = SubscriptionsResponseSchema.parse(reply.body).templates.find((t) => t.templateId === TEMPLATE)
      ?.remaining as number;
  }
  return remaining;
}

/** Writes an acceptance notice for `userId` to the outbox, as a transition would. */
async function notify(userId: string, title = '报销申请已受理') {
  const item = buildOutboxItem(
    {
      kind: 'ACCEPTANCE_RESULT',
      subject: { type: 'CASE', id: '01JD0000000000000000000000' },
      recipients: [userId],
      title,
      body: '您的住院费用手工报销申请已受理，进入审核。',
      page: 'pages/case/detail/index?id=01JD0000000000000000000000',
      data: {
        thing1: '住院费用手工报销',
        phrase2: '已受理',
        character_string3: '01JD0000000000000000000000',
        date4: '2026-11-22',
        thing5: '请留意后续审核结果',
      },
    },
    new Date(),
  );
  table();
  await OutboxEntity.create(item).go();
  return item;
}

/** Waits until the stream has delivered the item (its status leaves PENDING). */
async function delivered(outboxId: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const item = await tableItem(`OUTBOX#${outboxId}`, 'OUTBOX');
    if (item && item.status !== 'PENDING') return String(item.status);
    if (Date.now() > deadline) throw new Error(`outbox ${outboxId} still ${String(item?.status)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function inbox(session: AuthSession): Promise<string[]> {
  const answer = await call('GET', '/v1/messages', { token: session.accessToken });
  return (answer.body.messages as { title: string }[]).map((m) => m.title);
}

/** The stream record the trigger would hand the notifier for an item. */
function streamRecord(image: Record<string, unknown>, sequence: string): DynamoDBRecord {
  return {
    eventName: 'INSERT',
    dynamodb: {
      NewImage: marshall(image) as Record<string, AttributeValue> as never,
      SequenceNumber: sequence,
    },
  } as DynamoDBRecord;
}

beforeAll(() => useStackEnvironment());

describe('subscriptions', () => {
  it('an accept adds one message of quota, a reject none; an unknown template is refused per field', async () => {
    const { session } = await miniProgramUser();

    expect(await grant(session, 'accept')).toBe(1);
    expect(await grant(session, 'reject')).toBe(1);
    const bad = await call('POST', '/v1/me/subscriptions', {
      token: session.accessToken,
      body: { results: { 'tmpl-somebody-else': 'accept' } },
    });
    expect(bad.status).toBe(400);
    const listed = SubscriptionsResponseSchema.parse(
      (await call('GET', '/v1/me/subscriptions', { token: session.accessToken })).body,
    );
    expect(listed.templates.map((t) => t.kind).sort()).toEqual(
      ['ACCEPTANCE_RESULT', 'FILING_RESULT', 'HANDLING_RESULT', 'SUPPLEMENT_NOTICE'].sort(),
    );
  });
});

describe('the notifier, through the table stream', () => {
  it('one notice, one quota: one subscribe message and one inbox message; a redelivered batch sends nothing more', async () => {
    const { session, openid } = await miniProgramUser();
    await grant(session, 'accept');

    const item = await notify(session.userId);

    expect(await delivered(item.outboxId)).toBe('SENT');
    const sends = await sendsTo(openid);
    expect(sends).toHaveLength(1);
    expect(sends[0]?.body.template_id).toBe(TEMPLATE);
    expect(await inbox(session)).toEqual(['报销申请已受理']);
    const raw = await tableItem(`OUTBOX#${item.outboxId}`, 'OUTBOX');
    const again = await handler({ Records: [streamRecord(raw ?? {}, '1'), streamRecord(raw ?? {}, '2')] });
    expect(again.batchItemFailures).toEqual([]);
    expect(await sendsTo(openid)).toHaveLength(1);
    expect(await inbox(session)).toHaveLength(1);
  });

  it('quota is spent one per send: 2 accepts, 3 notices → 2 pushes, 3 inbox messages', async () => {
    const { session, openid } = await miniProgramUser();
    await grant(session, 'accept', 2);

    const items = [
      await notify(session.userId, '通知一'),
      await notify(session.userId, '通知二'),
      await notify(session.userId, '通知三'),
    ];

    for (const item of items) expect(await delivered(item.outboxId)).toBe('SENT');
    expect(await sendsTo(openid)).toHaveLength(2);
    expect((await inbox(session)).sort()).toEqual(['通知一', '通知二', '通知三'].sort());
    const listed = SubscriptionsResponseSchema.parse(
      (await call('GET', '/v1/me/subscriptions', { token: session.accessToken })).body,
    );
    expect(listed.templates.find((t) => t.templateId === TEMPLATE)?.remaining).toBe(0);
  });

  it('without quota the notice lands in the inbox only', async () => {
    const { session, openid } = await miniProgramUser();

    const item = await notify(session.userId);

    expect(await delivered(item.outboxId)).toBe('SENT');
    expect(await sendsTo(openid)).toHaveLength(0);
    expect(await inbox(session)).toHaveLength(1);
  });

  it('43101 (the user refused): inbox only, not retried', async () => {
    const { session, openid } = await miniProgramUser();
    await grant(session, 'accept');
    await standInFault(wechat(), { action: 'refuse', openid });

    const item = await notify(session.userId);

    expect(await delivered(item.outboxId)).toBe('SENT');
    expect(await sendsTo(openid)).toHaveLength(1);
    expect(await tableItem(`OUTBOX#${item.outboxId}`, `DELIVERY#${session.userId}`)).toMatchObject({
      status: 'INBOX_ONLY',
      errcode: 43101,
    });
    expect(await inbox(session)).toHaveLength(1);
  });

  it('40001 (token invalid): one forced token refresh, then the message goes out once', async () => {
    const { session, openid } = await miniProgramUser();
    await grant(session, 'accept');
    const refreshesBefore = (await requests('/cgi-bin/stable_token')).filter(
      (r) => (r.body as { force_refresh?: boolean }).force_refresh === true,
    ).length;
    await standInFault(wechat(), { path: SEND, errcode: 40001, times: 1 });

    const item = await notify(session.userId);

    expect(await delivered(item.outboxId)).toBe('SENT');
    const sends = await sendsTo(openid);
    expect(sends.map((s) => s.faulted)).toEqual([true, false]);
    const refreshes = (await requests('/cgi-bin/stable_token')).filter(
      (r) => (r.body as { force_refresh?: boolean }).force_refresh === true,
    ).length;
    expect(refreshes - refreshesBefore).toBe(1);
    expect(await tableItem(`OUTBOX#${item.outboxId}`, `DELIVERY#${session.userId}`)).toMatchObject({ status: 'SENT' });
  });

  it('45009 and -1 (WeChat busy): retried with backoff, delivered once', async () => {
    const { session, openid } = await miniProgramUser();
    await grant(session, 'accept');
    await standInFault(wechat(), { path: SEND, errcode: 45009, times: 1 });
    await standInFault(wechat(), { path: SEND, errcode: -1, times: 1 });

    const item = await notify(session.userId);

    expect(await delivered(item.outboxId)).toBe('SENT');
    const sends = await sendsTo(openid);
    expect(sends.filter((s) => !s.faulted)).toHaveLength(1);
    expect(sends.filter((s) => s.faulted)).toHaveLength(2);
    expect(await tableItem(`OUTBOX#${item.outboxId}`, `DELIVERY#${session.userId}`)).toMatchObject({
      status: 'SENT',
      quotaSpent: true,
    });
  });

  it('a poison record is parked and the rest of the batch is delivered', async () => {
    const { session } = await miniProgramUser();
    const item = await notify(session.userId, '正常的通知');
    const raw = await tableItem(`OUTBOX#${item.outboxId}`, 'OUTBOX');

    const answer = await handler({
      Records: [
        streamRecord({ pk: 'OUTBOX#not-an-id', sk: 'OUTBOX', entity: 'outbox' }, '7'),
        streamRecord(raw ?? {}, '8'),
      ],
    });

    expect(answer.batchItemFailures).toEqual([]);
    expect(await delivered(item.outboxId)).toBe('SENT');
    expect(await inbox(session)).toEqual(['正常的通知']);
  });
});
