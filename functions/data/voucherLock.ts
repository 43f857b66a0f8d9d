// 电子票据锁 — one item per electronic voucher (VOUCHER#<invoiceCode>#<invoiceNumber>/LOCK): a voucher backs at most
// one open claim, and once reimbursed it is never claimable again (SPEC §3.7). Decided by conditional writes in the
// case's own transactions (caseTransition.ts), never by reading first.
import { Entity, type EntityItem } from 'electrodb';
import { declareEntity, ENTITY_OPTIONS, isConditionFailure, SERVICE, table } from './table';

/** OPEN: held by an open claim; RELEASED: free again (refused, rejected, withdrawn); REIMBURSED: for good. */
export const VOUCHER_LOCK_STATES = ['OPEN', 'RELEASED', 'REIMBURSED'] as const;

export const VoucherLockEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'voucherLock', version: '1', service: SERVICE },
      attributes: {
        invoiceCode: { type: 'string', required: true, readOnly: true },
        invoiceNumber: { type: 'string', required: true, readOnly: true },
        caseId: { type: 'string', required: true },
        state: { type: VOUCHER_LOCK_STATES, required: true },
        lockedAt: { type: 'string', required: true },
        releasedAt: { type: 'string' },
        reimbursedAt: { type: 'string' },
      },
      indexes: {
        byVoucher: {
          pk: {
            field: 'pk',
            composite: ['invoiceCode', 'invoiceNumber'],
            template: 'VOUCHER#${invoiceCode}#${invoiceNumber}',
            casing: 'none',
          },
          sk: { field: 'sk', composite: [], template: 'LOCK', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** A voucher lock as stored. */
export type VoucherLock = EntityItem<typeof VoucherLockEntity>;
/** A voucher's identity on the e-invoice platform. */
export type VoucherKey = { invoiceCode: string; invoiceNumber: string };

/** GetItem VOUCHER#<code>#<number>/LOCK — who holds the voucher, if anyone (for messages; never to decide). */
export async function getVoucherLock(key: VoucherKey): Promise<VoucherLock | undefined> {
  table();
  const { data } = await VoucherLockEntity.get(key).go({ consistent: true });
  return data ?? undefined;
}

/**
 * UpdateItem — 已报销: the voucher is reimbursed by this case and never claimable again (completion, issue 5).
 * False when the lock is not this case's.
 */
export async function markVoucherReimbursed(key: VoucherKey, caseId: string, now: Date): Promise<boolean> {
  table();
  try {
    await VoucherLockEntity.patch(key)
      .set({ state: 'REIMBURSED', reimbursedAt: now.toISOString() })
      .where((lock, { eq }) => eq(lock.caseId, caseId))
      .go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
