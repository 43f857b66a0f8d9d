// 消息中心 — the in-app inbox: every notice (受理结果, 补正通知, 办理结果, 备案结果) lands here, also when no WeChat
// subscribe message could be sent (SPEC §5).
import { z } from 'zod';
import { NOTICE_KINDS } from '../domain/notice/templates';

/** `GET /v1/messages?limit=&cursor=` — one page of the caller's inbox, newest first. */
export const MessageListQuerySchema = z.object({
  limit: z.coerce
    .number({ error: '每页条数应为1至50的整数' })
    .int({ error: '每页条数应为1至50的整数' })
    .min(1, { error: '每页条数应为1至50的整数' })
    .max(50, { error: '每页条数应为1至50的整数' })
    .default(20),
  cursor: z
    .string({ error: '翻页参数无效，请从第一页重新查看' })
    .max(2048, { error: '翻页参数无效，请从第一页重新查看' })
    .optional(),
});

/** One message of the inbox. */
export const MessageSchema = z.object({
  messageId: z.string(),
  kind: z.enum(NOTICE_KINDS),
  /** 受理结果 / 补正通知 / 办理结果 / 备案结果 */
  kindName: z.string(),
  /** What it is about: a claim case or a filing, to open it. */
  subject: z.object({ type: z.enum(['CASE', 'FILING']), id: z.string() }),
  title: z.string(),
  body: z.string(),
  /** The mini-program page it opens; null when there is none. */
  page: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
  readAt: z.string().nullable(),
});

/** The inbox page, where the next page starts (null at the end), and how many messages are unread in all. */
export const MessageListResponseSchema = z.object({
  messages: z.array(MessageSchema),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int().nonnegative(),
});

/** `POST /v1/messages/{messageId}/read` — the message, now read. */
export const MessageResponseSchema = z.object({ message: MessageSchema });

export type MessageListQuery = z.infer<typeof MessageListQuerySchema>;
export type MessageView = z.infer<typeof MessageSchema>;
export type MessageListResponse = z.infer<typeof MessageListResponseSchema>;
export type MessageResponse = z.infer<typeof MessageResponseSchema>;
