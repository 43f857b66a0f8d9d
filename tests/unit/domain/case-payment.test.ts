import { checkReadyForPayment } from '@shared/domain/case/payment';
import { cite } from '@shared/domain/sources';

describe('000 流程四 — a payment needs the review and the payee account', () => {
  it('passes them on when both are there', () => {
    expect(checkReadyForPayment({ review: { fund: 1 }, bankAccount: { card: '6222' } })).toEqual({
      ok: true,
      value: { review: { fund: 1 }, bankAccount: { card: '6222' } },
    });
  });

  it.each([[{ bankAccount: { card: '6222' } }], [{ review: { fund: 1 } }], [{ review: null, bankAccount: null }]])(
    'refuses REVIEW_MISSING without one of them (%j)',
    (facts) => {
      expect(checkReadyForPayment(facts)).toMatchObject({
        ok: false,
        code: 'REVIEW_MISSING',
        message: '办件缺少审核核定结果或收款账户，不能拨付',
        source: cite('000', '流程四'),
      });
    },
  );
});
