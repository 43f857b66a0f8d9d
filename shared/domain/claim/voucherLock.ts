/**
 * 票据锁 — one open claim per e-voucher on this platform. A lock is OPEN while a submitted claim holds it, RELEASED
 * when that claim ends without payment (withdrawn, refused, rejected: a corrected claim may use the voucher), and
 * REIMBURSED at completion (never claimable again). Each action's need and effect, and one message per refusal.
 */
import { ok, type Result, refuse } from '../errors';
import { PLATFORM_RULE } from '../sources';
import type { CaseState } from '../vocabulary';

/** The lock's states. */
export const VOUCHER_LOCK_STATE = { OPEN: '办理中', RELEASED: '已释放', REIMBURSED: '已报销' } as const;
export type VoucherLockState = keyof typeof VOUCHER_LOCK_STATE;

/** A voucher's lock as read (undefined: never locked). */
export type VoucherLockView = { readonly state: VoucherLockState; readonly caseId: string } | undefined;

/** What a transition does to the case's voucher lock. */
export type VoucherLockOp = 'LOCK' | 'RELEASE' | 'REIMBURSE';

const ALREADY_REIMBURSED = '该电子票据已在本平台报销，同一张票据不能重复报销';
const ALREADY_CLAIMED = '该电子票据已用于另一笔报销申请，同一张票据只能申请一次';

function reimbursed() {
  return refuse('VOUCHER_ALREADY_REIMBURSED', ALREADY_REIMBURSED, PLATFORM_RULE);
}
function claimed() {
  return refuse('VOUCHER_ALREADY_CLAIMED', ALREADY_CLAIMED, PLATFORM_RULE);
}

/** Whether `caseId` may take the lock (at look-up and submission): free or released, or already its own. */
export function checkVoucherClaimable(lock: VoucherLockView, caseId: string): Result<true> {
  if (lock?.state === 'REIMBURSED') return reimbursed();
  if (lock?.state === 'OPEN' && lock.caseId !== caseId) return claimed();
  return ok(true);
}

/** Whether `caseId` holds the lock (before review and completion): OPEN and its own. */
export function checkVoucherHeld(lock: VoucherLockView, caseId: string): Result<true> {
  if (lock?.state === 'REIMBURSED') return reimbursed();
  if (lock?.state !== 'OPEN' || lock.caseId !== caseId) return claimed();
  return ok(true);
}

/**
 * The refusal when the lock's conditional write failed: what the lock now says, and a claimed voucher when it no
 * longer says anything against us (it changed again since the write).
 */
export function voucherLockRefusal(lock: VoucherLockView, caseId: string, op: VoucherLockOp) {
  const checked = op === 'LOCK' ? checkVoucherClaimable(lock, caseId) : checkVoucherHeld(lock, caseId);
  return checked.ok ? claimed() : checked;
}

/**
 * What a case's move from `from` to `to` does to its voucher's lock: submission takes it; an end without payment
 * (withdrawn, refused, rejected) gives it back unless it was never taken (a draft); completion marks it reimbursed.
 */
export function voucherLockChange(from: CaseState, to: CaseState): VoucherLockOp | null {
  if (from === 'draft' && to === 'submitted') return 'LOCK';
  if (to === 'completed') return 'REIMBURSE';
  if ((to === 'withdrawn' || to === 'refused' || to === 'rejected') && from !== 'draft') return 'RELEASE';
  return null;
}
