/** 拨付前提 — a payment is recorded only on a case with the reviewed amounts and the payee's bank account. */
import { ok, type Result, refuse } from '../errors';
import { cite } from '../sources';

/** Whether the case has what a payment needs: the review's settlement and the bank account to pay into. */
export function checkReadyForPayment<R, A>(facts: {
  readonly review?: R | null;
  readonly bankAccount?: A | null;
}): Result<{ readonly review: R; readonly bankAccount: A }> {
  const { review, bankAccount } = facts;
  if (review === undefined || review === null || bankAccount === undefined || bankAccount === null) {
    return refuse('REVIEW_MISSING', '办件缺少审核核定结果或收款账户，不能拨付', cite('000', '流程四'));
  }
  return ok({ review, bankAccount });
}
