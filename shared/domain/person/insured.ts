/**
 * 参保状态 — only a person insured now may use the online services: bind, file, claim. The registry's status at
 * its last check decides; a suspended or terminated insurance is refused with the same codes everywhere.
 */
import { ok, type Result, refuse } from '../errors';
import { PLATFORM_RULE } from '../sources';

/** The registry's insurance status (参保状态). */
export const INSURED_STATUS = { INSURED: '正常参保', SUSPENDED: '暂停参保', TERMINATED: '终止参保' } as const;
export type InsuredStatus = keyof typeof INSURED_STATUS;

/** What the person is about to do, and whether it is the person themself (您) or someone they act for (该参保人). */
export type InsuredPurpose = 'BIND' | 'PRINCIPAL' | 'FILE' | 'CLAIM';

// Each purpose's wording, kept as the routes answered before the rule had one home.
const MESSAGES: Record<InsuredPurpose, Record<Exclude<InsuredStatus, 'INSURED'>, string>> = {
  BIND: {
    SUSPENDED: '您的医保目前处于暂停参保状态，暂时不能在线办理。请联系参保地医保经办机构恢复参保后再绑定',
    TERMINATED: '您的医保已终止参保，不能在线办理。如有疑问请联系参保地医保经办机构',
  },
  PRINCIPAL: {
    SUSPENDED: '该参保人的医保目前处于暂停参保状态，暂时不能在线办理。请联系参保地医保经办机构',
    TERMINATED: '该参保人的医保已终止参保，不能在线办理',
  },
  FILE: {
    SUSPENDED: '该参保人目前不在正常参保状态，不能办理异地就医备案。请联系参保地医保经办机构',
    TERMINATED: '该参保人目前不在正常参保状态，不能办理异地就医备案。请联系参保地医保经办机构',
  },
  CLAIM: {
    SUSPENDED: '参保人目前不在正常参保状态，不能在线申请报销。请联系参保地医保经办机构',
    TERMINATED: '参保人目前不在正常参保状态，不能在线申请报销。请联系参保地医保经办机构',
  },
};

/** Whether the person is insured now; INSURANCE_SUSPENDED or INSURANCE_TERMINATED otherwise. */
export function checkInsuredNow(status: InsuredStatus, purpose: InsuredPurpose): Result<true> {
  if (status === 'INSURED') return ok(true);
  const code = status === 'SUSPENDED' ? 'INSURANCE_SUSPENDED' : 'INSURANCE_TERMINATED';
  return refuse(code, MESSAGES[purpose][status], PLATFORM_RULE);
}
