// 待遇核算的输入 — gathers the domain's SettlementInput for a case: insurance type from the insured person, hospital
// level and designation from the visit (filled from the e-voucher), treatment from the person's filings for the
// stay (filingStatusForStay + treatmentFor), the fee line from the voucher's settlement columns with the reviewer's
// adjustments applied (domain `adjustFeeLine`). The calculation itself is the domain's `calculateSettlement`.
import type { FeeLine } from '@shared/domain/benefit/amounts';
import { treatmentFor } from '@shared/domain/benefit/ratio';
import { adjustFeeLine, type FeeAdjustment } from '@shared/domain/benefit/review';
import { calculateSettlement, type SettlementForm, type SettlementInput } from '@shared/domain/benefit/settlement';
import { filingStatusForStay } from '@shared/domain/filing/coverage';
import { policyFor } from '@shared/policy';
import type { StoredCase } from '../../data/case';
import { loadPersonFilings, toDomainFiling } from '../../data/filing';
import { getInsuredPerson } from '../../data/insuredPerson';
import { NotFoundError, RefusalError, UnprocessableError } from '../../support/errors';

/** The voucher's settlement columns as one fee line; a case without an e-voucher has only its declared total. */
function voucherLine(stored: StoredCase): FeeLine {
  const voucher = stored.voucher;
  if (!voucher) return { name: '申报费用', amountFen: stored.claimedTotalFen };
  return {
    name: voucher.billName,
    amountFen: voucher.totalFen,
    classBPrepayFen: voucher.settlement.classBSelfPayFen,
    overLimitFen: voucher.settlement.overLimitSelfPayFen,
    selfPayFen: voucher.settlement.ownExpenseFen,
  };
}

/** The settlement input and form for a case with the reviewer's adjustments; 422 with the domain's reason if not. */
export async function calculateCaseSettlement(
  stored: StoredCase,
  adjustments: readonly FeeAdjustment[],
  paidBeforeByYear: Readonly<Record<string, number>>,
): Promise<{ input: SettlementInput; settlement: SettlementForm }> {
  const person = await getInsuredPerson(stored.personId);
  if (!person) throw new NotFoundError('没有找到该办件的参保人');
  const { visit } = stored;
  if (!visit.hospitalLevel || visit.designated === null) {
    throw new UnprocessableError('HOSPITAL_UNKNOWN', '缺少就诊医院的等级或定点信息，请先核对电子票据');
  }
  const line = adjustFeeLine(voucherLine(stored), adjustments);
  if (!line.ok) {
    const index = typeof line.details?.index === 'number' ? line.details.index : undefined;
    throw new RefusalError(line, index === undefined ? {} : { [`adjustments.${index}`]: line.message });
  }
  const policy = policyFor(stored.agencyRegion);
  const emergency = stored.expenseType === 'EMERGENCY' || stored.facts.rescue;
  const { filings } = await loadPersonFilings(stored.personId);
  const status = filingStatusForStay(policy, filings.map(toDomainFiling), {
    placeCode: visit.placeCode,
    admissionDate: visit.admissionDate,
    dischargeDate: visit.dischargeDate,
    emergency,
  });
  const input: SettlementInput = {
    insuranceType: person.insuranceType,
    hospitalLevel: visit.hospitalLevel,
    treatment: treatmentFor(status, emergency),
    designatedInstitution: visit.designated,
    expenseType: stored.expenseType,
    lines: [line.value],
    admissionDate: visit.admissionDate,
    dischargeDate: visit.dischargeDate ?? visit.admissionDate,
    paidBeforeByYear: Object.fromEntries(Object.entries(paidBeforeByYear).map(([y, fen]) => [Number(y), fen])),
  };
  const result = calculateSettlement(policy, input);
  if (!result.ok) throw new RefusalError(result);
  return { input, settlement: result.value };
}
