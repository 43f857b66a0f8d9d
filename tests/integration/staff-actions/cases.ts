// Submitted cases for the staff suites: a fresh insured person shaped like the demo retiree (Shanxi, resettled in
// 三亚 with a long-term filing) claims one of the practice clinic vouchers (`retiree-clinic-NN`) through the
// applicant API — draft, e-voucher, every missing material, bank account, submission.

import { randomBytes } from 'node:crypto';
import { CaseDetailSchema, ChecklistResponseSchema } from '@shared/api/claims';
import { call } from '../../support/api';
import {
  type Applicant,
  activeFiling,
  attachStored,
  bankAccountOf,
  createDraft,
  demoApplicant,
  draftFor,
  voucherOf,
} from '../claims/people';

export type SubmittedCase = { applicant: Applicant; caseId: string; version: number };

/** The practice voucher `retiree-clinic-NN`. */
export function clinicVoucher(n: number): string {
  return `retiree-clinic-${String(n).padStart(2, '0')}`;
}

/** A case submitted by a new retiree-like applicant on practice voucher `n`; fails the test unless submitted. */
export async function submittedCase(n: number): Promise<SubmittedCase> {
  const applicant = await demoApplicant('retiree');
  await activeFiling(applicant, { code: '460000', level: 'PROVINCE' });
  const key = clinicVoucher(n);
  const draft = await createDraft(applicant, draftFor(applicant, key));
  const caseId = draft.caseId;
  const voucher = await call('POST', `/v1/claims/${caseId}/voucher`, { token: applicant.token, body: voucherOf(key) });
  if (voucher.status !== 200) throw new Error(`voucher ${key}: ${voucher.status} ${voucher.text}`);
  const checklist = ChecklistResponseSchema.parse(
    (await call('GET', `/v1/claims/${caseId}/checklist`, { token: applicant.token })).body,
  );
  for (const missing of checklist.missing) {
    const attached = await attachStored(applicant, caseId, missing.item);
    if (attached.status !== 200) throw new Error(`attach ${missing.item}: ${attached.status} ${attached.text}`);
  }
  const bank = await call('PUT', `/v1/claims/${caseId}/bank-account`, {
    token: applicant.token,
    body: bankAccountOf('retiree'),
  });
  if (bank.status !== 200) throw new Error(`bank account: ${bank.status} ${bank.text}`);
  const submitted = await call('POST', `/v1/claims/${caseId}/submit`, { token: applicant.token, body: {} });
  if (submitted.status !== 200) throw new Error(`submit: ${submitted.status} ${submitted.text}`);
  const detail = CaseDetailSchema.parse(submitted.body);
  return { applicant, caseId, version: detail.claim.version };
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
