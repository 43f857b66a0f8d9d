import { StaffPaymentRequestSchema } from '@shared/api/staffActions';
import { checkPaymentAmount } from '@shared/domain/benefit/review';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { checkReadyForPayment } from '@shared/domain/case/payment';
import { staffActionHandler } from '../http/staffTransition';
import { RefusalError } from '../support/errors';

/**
 * POST /v1/staff/cases/{id}/payment — 财务拨付 (finance, `000` 流程四): the amount must be the reviewed fund payment;
 * the payment is recorded with the transfer reference and the payee account as shown (masked).
 */
export const handler = staffActionHandler({
  action: 'RECORD_PAYMENT',
  schema: StaffPaymentRequestSchema,
  command: (body) => ({ action: 'RECORD_PAYMENT', paymentReference: body.transferReference }),
  prepare: async ({ stored, body, caller, now }) => {
    const ready = checkReadyForPayment(stored);
    if (!ready.ok) throw new RefusalError(ready);
    const { review, bankAccount } = ready.value;
    const checked = checkPaymentAmount(body.amountFen, review.settlement.fundTotalFen);
    if (!checked.ok) throw new RefusalError(checked, { amountFen: checked.message });
    return {
      payment: {
        amountFen: body.amountFen,
        transferReference: body.transferReference,
        accountName: bankAccount.accountName,
        bankName: bankAccount.bankName,
        cardNumberMasked: bankAccount.cardNumberMasked,
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
