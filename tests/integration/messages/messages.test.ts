// 消息中心 over real HTTP: the notifier (issue 5) will put one message per recipient of an outbox item; here the
// test puts them through the same data layer, then reads and marks them as the user would.
import { MessageListResponseSchema, MessageResponseSchema } from '@shared/api/messages';
import { fitKeyword } from '@shared/domain/notice/templates';
import { messageFromOutbox, putMessage } from '../../../functions/data/message';
import { buildOutboxItem, type OutboxItem } from '../../../functions/data/outbox';
import { call, errorOf, login, newUserCode } from '../../support/api';
import { useStackEnvironment } from '../filings/people';

beforeAll(useStackEnvironment);

/** A FILING_RESULT outbox item for `userId`, created `at`. */
function filingNotice(userId: string, at: Date, title = '异地就医备案已通过'): OutboxItem {
  return buildOutboxItem(
    {
      kind: 'FILING_RESULT',
      subject: { type: 'FILING', id: `F${at.getTime()}` },
      recipients: [userId, undefined, userId],
      title,
      body: '王*兰的异地安置退休人员备案（就医地：海南省（460200））已通过。',
      page: 'pages/filing/detail/index?id=1',
      data: {
        thing1: '异地安置退休人员',
        thing2: '海南省三亚市海棠区人民医院附近的长期居住地址很长很长',
        phrase3: '已通过',
        date4: '2025-03-08',
        thing5: '就医地定点医院可直接结算',
      },
    },
    at,
  );
}

describe('outbox items — what the notifier will send', () => {
  it('fits keyword values to WeChat: a thing cut to 20 characters, one recipient once', () => {
    const item = filingNotice('U1', new Date());

    expect(item.recipients).toEqual(['U1']);
    expect(item.status).toBe('PENDING');
    expect([...(item.templateData.thing2 ?? '')].length).toBe(20);
    expect(item.templateData.thing2?.endsWith('…')).toBe(true);
  });

  it('refuses, as a programming error, a phrase WeChat would bounce', () => {
    expect(() => fitKeyword('phrase3', '审核通过了')).not.toThrow();
    expect(() => fitKeyword('phrase3', 'approved')).toThrow(RangeError);
  });
});

describe('GET /v1/messages and POST /v1/messages/{id}/read — the inbox', () => {
  let token: string;
  let userId: string;
  let ids: string[];

  beforeAll(async () => {
    ({ accessToken: token, userId } = await login(newUserCode('inbox')));
    const start = Date.now() - 60_000;
    const notices = [0, 1, 2].map((i) => filingNotice(userId, new Date(start + i * 1000), `通知${i}`));
    for (const notice of notices) {
      expect(await putMessage(messageFromOutbox(notice, userId, new Date()))).toBe(true);
    }
    ids = notices.map((n) => messageFromOutbox(n, userId, new Date()).messageId);
  });

  it('lists my messages newest first, a page at a time, with the unread count', async () => {
    const first = await call('GET', '/v1/messages?limit=2', { token });
    const page1 = MessageListResponseSchema.parse(first.body);
    const second = await call('GET', `/v1/messages?limit=2&cursor=${page1.nextCursor}`, { token });
    const page2 = MessageListResponseSchema.parse(second.body);

    expect(first.status).toBe(200);
    expect(page1.messages.map((m) => m.title)).toEqual(['通知2', '通知1']);
    expect(page1.messages[0]).toMatchObject({ kind: 'FILING_RESULT', kindName: '备案结果', read: false });
    expect(page1.unreadCount).toBe(3);
    expect(page1.nextCursor).not.toBeNull();
    expect(page2.messages.map((m) => m.title)).toEqual(['通知0']);
    expect(page2.nextCursor).toBeNull();
  });

  it('puts a message at most once: a redelivered outbox record adds nothing', async () => {
    const again = await putMessage({
      ...messageFromOutbox(filingNotice(userId, new Date()), userId, new Date()),
      messageId: ids[0] ?? '',
    });

    expect(again).toBe(false);
    const list = MessageListResponseSchema.parse((await call('GET', '/v1/messages', { token })).body);
    expect(list.messages).toHaveLength(3);
  });

  it('marks a message read once; reading it again keeps the first time', async () => {
    const first = await call('POST', `/v1/messages/${ids[1]}/read`, { token });
    const again = await call('POST', `/v1/messages/${ids[1]}/read`, { token });
    const list = MessageListResponseSchema.parse((await call('GET', '/v1/messages', { token })).body);

    expect(first.status).toBe(200);
    const read = MessageResponseSchema.parse(first.body).message;
    expect(read.read).toBe(true);
    expect(MessageResponseSchema.parse(again.body).message.readAt).toBe(read.readAt);
    expect(list.unreadCount).toBe(2);
    expect(list.messages.find((m) => m.messageId === ids[1])?.read).toBe(true);
  });

  it('shows another user nothing: not my messages, not theirs by id, not their cursor', async () => {
    const other = await login(newUserCode('inbox'));
    const mine = MessageListResponseSchema.parse((await call('GET', '/v1/messages?limit=1', { token })).body);

    const list = await call('GET', '/v1/messages', { token: other.accessToken });
    const read = await call('POST', `/v1/messages/${ids[0]}/read`, { token: other.accessToken });
    const cursor = await call('GET', `/v1/messages?cursor=${mine.nextCursor}`, { token: other.accessToken });

    expect(MessageListResponseSchema.parse(list.body)).toEqual({ messages: [], nextCursor: null, unreadCount: 0 });
    expect(read.status).toBe(404);
    expect(cursor.status).toBe(400);
    expect(errorOf(cursor).fields?.cursor).toMatch(/\p{Script=Han}/u);
  });

  it('refuses a bad page size with a Chinese message, and anyone not logged in', async () => {
    const bad = await call('GET', '/v1/messages?limit=500', { token });
    const anonymous = await call('GET', '/v1/messages');

    expect(bad.status).toBe(400);
    expect(errorOf(bad).fields?.limit).toBe('每页条数应为1至50的整数');
    expect(anonymous.status).toBe(401);
  });
});
