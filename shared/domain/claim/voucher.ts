/**
 * 电子票据可用性 — whether an electronic settlement voucher, as the e-invoice platform returned it, may be used for
 * this claim: the insured person's own treatment, not reimbursed or reversed elsewhere, of the declared expense
 * type. Who holds it on this platform is the lock's rule (voucherLock.ts).
 */
import { ok, type Result, refuse } from '../errors';
import { cite, type Source } from '../sources';
import { EXPENSE_TYPE, type ExpenseType } from '../vocabulary';

/** The e-voucher is the claim's evidence of the expense (`000` 流程一: 电子票据). */
const VOUCHER_SOURCE: Source = cite('000', '流程一');

/** What the platform says about the voucher, with the blind index of its payer's ID number. */
export interface VoucherFacts {
  readonly status: 'NORMAL' | 'REIMBURSED' | 'REVERSED';
  readonly medicalCareType: ExpenseType;
  readonly payerName: string;
  readonly payerIdNumberIndex: string;
  /** Where and when it was reimbursed, when the platform says so. */
  readonly reimbursement?: { readonly date: string; readonly agency: string } | null;
}

/** The claim the voucher is for and its insured person (name as registered, blind index of the ID number). */
export interface VoucherClaim {
  readonly expenseType: ExpenseType;
}
export interface VoucherPatient {
  readonly name: string;
  readonly idNumberIndex: string;
}

/** Whether the voucher may be used for this claim; refused with the platform's reason otherwise. */
export function checkVoucherUsable(voucher: VoucherFacts, claim: VoucherClaim, person: VoucherPatient): Result<true> {
  if (voucher.payerName.trim() !== person.name || voucher.payerIdNumberIndex !== person.idNumberIndex) {
    return refuse(
      'VOUCHER_PATIENT_MISMATCH',
      '该票据的就诊人不是本次报销的参保人，只能使用参保人本人就医的票据',
      VOUCHER_SOURCE,
    );
  }
  if (voucher.status === 'REIMBURSED') {
    const where = voucher.reimbursement
      ? `已于${voucher.reimbursement.date}在${voucher.reimbursement.agency}报销`
      : '已报销';
    return refuse('VOUCHER_REIMBURSED', `该票据${where}，同一张票据不能重复报销`, VOUCHER_SOURCE);
  }
  if (voucher.status === 'REVERSED') {
    return refuse('VOUCHER_REVERSED', '该票据已冲红作废，不能用于报销。请使用医院重新开具的票据', VOUCHER_SOURCE);
  }
  if (voucher.medicalCareType !== claim.expenseType) {
    return refuse(
      'VOUCHER_TYPE_MISMATCH',
      `该票据是${EXPENSE_TYPE[voucher.medicalCareType]}票据，与本次申报的费用类型（${EXPENSE_TYPE[claim.expenseType]}）不一致`,
      VOUCHER_SOURCE,
    );
  }
  return ok(true);
}

/** The hospital's place: the six-digit division code its code carries after `H` (H110105…), if any. */
export function placeCodeOfHospital(hospitalCode: string): string | undefined {
  return /^H(\d{6})/.exec(hospitalCode)?.[1];
}
