/**
 * 代办授权 — a proxy (代办人) acts for an insured person only while the person's authorisation (委托书) naming them is
 * in force: from its grant until it is revoked by either of them (SPEC §1: "for the insured persons who authorised
 * them"; SPEC §6: others see nothing).
 */

/** Where an authorisation stands. */
export const PROXY_STATUS = { ACTIVE: '有效', REVOKED: '已撤销' } as const;
export type ProxyStatus = keyof typeof PROXY_STATUS;

/** Whether an authorisation lets its proxy act for the person now (granted and not revoked). */
export function isGrantActive(grant: { readonly status: ProxyStatus } | undefined | null): boolean {
  return grant?.status === 'ACTIVE';
}
