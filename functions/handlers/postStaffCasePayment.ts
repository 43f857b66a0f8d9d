import { StaffPaymentRequestSchema } from '@shared/api/staffActions';
import { checkPaymentAmount } from '@shared/domain/benefit/review';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { RefusalError, UnprocessableError } from '../lib/errors';
import { staffActionHandler } from '../lib/staffTransition';

/**
 * POST /v1/staff/cases/{id}/payment — 财务拨付 (finance, `000` 流程四): the amount must be the reviewed fund payment;
 * the payment is recorded with the transfer reference and the payee account as shown (masked).
 */
export const handler = staffActionHandler({
  action: 'RECORD_PAYMENT',
  schema: StaffPaymentRequestSchema,
  command: (body) => ({ action: 'RECORD_PAYMENT', paymentReference: body.transferReference }),
  prepare: async ({ stored, body, caller, now }) => {
    if (!stored.review || !stored.bankAccount) {
      throw new UnprocessableError('REVIEW_MISSING', '办件缺少审核核定结果或收款账户，不能拨付');
    }
    const checked = checkPaymentAmount(body.amountFen, stored.review.settlement.fundTotalFen);
    if (!checked.ok) throw new RefusalError(checked, { amountFen: checked.message });
    return {
      payment: {
        amountFen: body.amountFen,
        transferReference: body.transferReference,
        accountName: stored.bankAccount.accountName,
        bankName: stored.bankAccount.bankName,
        cardNumberMasked: stored.bankAccount.cardNumberMasked,
        paidOn: todayInShanghai(now),
        by: caller.username,
        at: now.toISOString(),
      },
    };
  },
  outcome: ({ body, stored }) => ({
    kind: 'PAID',
    amountFen: body.amountFen,
    cardNumberMasked: stored.bankAccount?.cardNumberMasked ?? '',
  }),
});
