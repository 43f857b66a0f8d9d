/** 订阅消息授权 — what the mini-program reports after `wx.requestSubscribeMessage`, and the quota it can see. */
import { z } from 'zod';
import { NOTICE_KINDS } from '../domain/notice/templates';

/** `POST /v1/me/subscriptions` — WeChat's answer per template id, as `wx.requestSubscribeMessage` returned it. */
export const SubscriptionReportSchema = z.object({
  results: z
    .record(
      z.string().min(1).max(128),
      z.enum(['accept', 'reject', 'ban', 'filter'], { error: '授权结果应为 accept、reject、ban 或 filter' }),
    )
    .refine((r) => Object.keys(r).length > 0 && Object.keys(r).length <= 10, { error: '请上报 1–10 个模板的授权结果' }),
});

/** Each template the app asks for: its notice kind, name and id, and how many messages the user has authorised. */
export const SubscriptionsResponseSchema = z.object({
  templates: z.array(
    z.object({
      kind: z.enum(NOTICE_KINDS),
      name: z.string(),
      templateId: z.string(),
      remaining: z.number().int(),
    }),
  ),
});
