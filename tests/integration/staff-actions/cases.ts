// Submitted cases for the staff suites: a fresh insured person shaped like the demo retiree (Shanxi, resettled in
// 三亚 with a long-term filing) claims one of the practice clinic vouchers (`retiree-clinic-NN`) through the
// applicant API (tests/support/claims.ts › submittedClaim) — draft, e-voucher, every missing material, bank account,
// submission.
import { randomBytes } from 'node:crypto';
import { call } from '../../support/api';
import { type SubmittedClaim, submittedClaim } from '../../support/claims';

export type SubmittedCase = SubmittedClaim;

/** The practice voucher `retiree-clinic-NN`. */
export function clinicVoucher(n: number): string {
  return `retiree-clinic-${String(n).padStart(2, '0')}`;
}

/** A case submitted by a new retiree-like applicant on practice voucher `n`; fails the test unless submitted. */
export function submittedCase(n: number): Promise<SubmittedCase> {
  return submittedClaim(clinicVoucher(n));
}

/** A fresh Idempotency-Key for a staff action. */
export function actionKey(): string {
  return `staff-${randomBytes(8).toString('hex')}`;
}

/** Calls a staff action on a case. */
export function act(token: string, caseId: string, action: string, body: Record<string, unknown>) {
  return call('POST', `/v1/staff/cases/${caseId}/${action}`, {
    token,
    body,
    headers: { 'idempotency-key': actionKey() },
  });
}

/** The version an action answered; fails the test unless it succeeded. */
function versionOf(answer: Awaited<ReturnType<typeof act>>, what: string): number {
  if (answer.status !== 200) throw new Error(`${what}: ${answer.status} ${answer.text}`);
  return Number(answer.body.version);
}

/**
 * A case on practice voucher `n` taken through intake (sx-intake), review (sx-reviewer-a), second review
 * (sx-reviewer-b) and payment of the reviewed amount (sx-finance): state `paid`.
 */
export async function paidCase(n: number, token: (username: string) => Promise<string>): Promise<SubmittedCase> {
  const c = await submittedCase(n);
  let version = versionOf(await act(await token('sx-intake'), c.caseId, 'accept', { version: c.version }), 'accept');
  version = versionOf(await act(await token('sx-reviewer-a'), c.caseId, 'review', { version }), 'review');
  const preview = await call('POST', `/v1/staff/cases/${c.caseId}/settlement-preview`, {
    token: await token('sx-reviewer-b'),
    body: {},
  });
  const fund = Number((preview.body.settlement as { fundTotalFen: number }).fundTotalFen);
  version = versionOf(
    await act(await token('sx-reviewer-b'), c.caseId, 'second-review', { version, decision: 'CONFIRM' }),
    'second review',
  );
  version = versionOf(
    await act(await token('sx-finance'), c.caseId, 'payment', {
      version,
      amountFen: fund,
      transferReference: `TR-PAID-${String(n).padStart(4, '0')}`,
    }),
    'payment',
  );
  return { ...c, version };
}
