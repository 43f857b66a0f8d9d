import { ClaimErrorCode, type VoucherRequest, VoucherRequestSchema } from '@shared/api/claims';
import { normaliseIdNumber } from '@shared/domain/validation/identity';
import { EXPENSE_TYPE, STAY_EXPENSE_TYPES } from '@shared/domain/vocabulary';
import { fieldCrypto } from '../adapters/fieldCrypto';
import { type VerifiedVoucher, verifyVoucher } from '../adapters/invoicePlatform';
import { type StoredCase, type StoredVisit, type StoredVoucher, updateCaseFields } from '../data/case';
import { getInsuredPerson, type InsuredPerson } from '../data/insuredPerson';
import { getVoucherLock } from '../data/voucherLock';
import { authenticateBound } from '../lib/auth';
import { checkEligibility, loadCaseFor, requireState, versionConflict } from '../lib/claims';
import { ConflictError, NotFoundError, UnprocessableError } from '../lib/errors';
import { httpHandler } from '../lib/http';
import { loadClaimView } from '../lib/presentClaim';
import { rateLimitedForUser } from '../lib/rateLimit';
import { parseBody } from '../lib/request';

/** Whether the voucher's patient is the insured person: the registry-verified name and the ID number's blind index. */
async function isPatient(voucher: VerifiedVoucher, person: InsuredPerson): Promise<boolean> {
  if (voucher.payer.name.trim() !== person.name) return false;
  const index = await fieldCrypto().blindIndex('idNumber', normaliseIdNumber(voucher.payer.idCardNo));
  return index === person.idNumberIndex;
}

/** The platform's refusals of a voucher's use: another patient, reimbursed or reversed, another expense type. */
async function checkVoucher(voucher: VerifiedVoucher, person: InsuredPerson, stored: StoredCase): Promise<void> {
  if (!(await isPatient(voucher, person))) {
    throw new UnprocessableError(
      ClaimErrorCode.VOUCHER_PATIENT_MISMATCH,
      '该票据的就诊人不是本次报销的参保人，只能使用参保人本人就医的票据',
    );
  }
  if (voucher.status === 'REIMBURSED') {
    const where = voucher.reimbursement
      ? `已于${voucher.reimbursement.date}在${voucher.reimbursement.agency}报销`
      : '已报销';
    throw new UnprocessableError(ClaimErrorCode.VOUCHER_REIMBURSED, `该票据${where}，同一张票据不能重复报销`);
  }
  if (voucher.status === 'REVERSED') {
    throw new UnprocessableError(
      ClaimErrorCode.VOUCHER_REVERSED,
      '该票据已冲红作废，不能用于报销。请使用医院重新开具的票据',
    );
  }
  if (voucher.medicalCareType !== stored.expenseType) {
    throw new UnprocessableError(
      ClaimErrorCode.VOUCHER_TYPE_MISMATCH,
      `该票据是${EXPENSE_TYPE[voucher.medicalCareType]}票据，与本次申报的费用类型（${EXPENSE_TYPE[stored.expenseType]}）不一致`,
    );
  }
  // A friendly early answer only: the submission's conditional write is what keeps a voucher to one claim.
  const lock = await getVoucherLock({ invoiceCode: voucher.billBatchCode, invoiceNumber: voucher.billNo });
  if (lock?.state === 'REIMBURSED') {
    throw new ConflictError('该票据已在本平台报销，同一张票据不能重复报销', ClaimErrorCode.VOUCHER_ALREADY_REIMBURSED);
  }
  if (lock?.state === 'OPEN' && lock.caseId !== stored.caseId) {
    throw new ConflictError(
      '该票据已用于另一笔正在办理的报销申请，不能重复申请',
      ClaimErrorCode.VOUCHER_ALREADY_CLAIMED,
    );
  }
}

/** The voucher from the platform, checked for this claim: one look-up, as the rate limit counts it. */
async function lookUpVoucher(
  request: VoucherRequest,
  person: InsuredPerson,
  stored: StoredCase,
): Promise<VerifiedVoucher> {
  const voucher = await verifyVoucher(request);
  await checkVoucher(voucher, person, stored);
  return voucher;
}

/** The visit as the voucher states it: the hospital, its place (from its code) and, for a stay, the stay's dates. */
function visitFrom(voucher: VerifiedVoucher, current: StoredVisit): StoredVisit {
  const place = /^H(\d{6})/.exec(voucher.invoicingParty.code)?.[1];
  const stay = STAY_EXPENSE_TYPES.includes(voucher.medicalCareType);
  return {
    placeCode: place ?? current.placeCode,
    admissionDate: (stay ? voucher.inHospitalDate : null) ?? current.admissionDate,
    dischargeDate: stay ? voucher.outHospitalDate : current.dischargeDate,
    hospitalCode: voucher.invoicingParty.code,
    hospitalName: voucher.invoicingParty.name,
    hospitalLevel: voucher.invoicingParty.level,
    designated: voucher.invoicingParty.designated,
  };
}

function storedVoucherOf(voucher: VerifiedVoucher, now: Date): StoredVoucher {
  return {
    invoiceCode: voucher.billBatchCode,
    invoiceNumber: voucher.billNo,
    billName: voucher.billName,
    issueDate: voucher.ivcDate,
    hospitalName: voucher.invoicingParty.name,
    totalFen: voucher.totalAmtFen,
    settlement: {
      fundScopeFen: voucher.settlement.fundScopeAmtFen,
      classBSelfPayFen: voucher.settlement.classBSelfPayAmtFen,
      overLimitSelfPayFen: voucher.settlement.overLimitSelfPayAmtFen,
      ownExpenseFen: voucher.settlement.ownExpenseAmtFen,
    },
    items: voucher.items.map((i) => ({ name: i.itemName, quantity: i.quantity, amountFen: i.amtFen })),
    fetchedAt: now.toISOString(),
  };
}

/**
 * POST /v1/claims/{id}/voucher — fetches the electronic settlement voucher (票据代码 + 号码 + 校验码) from the
 * e-invoice platform, checks it is the insured person's and still usable, and fills the hospital, dates and
 * itemised amounts (integer fen) into the draft; eligibility is decided again with the voucher's place and dates.
 */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateBound(event);
  const now = new Date();
  const { stored } = await loadCaseFor(event.pathParameters?.id, caller);
  const request = parseBody(event, VoucherRequestSchema);
  requireState(stored, ['draft']);
  const person = await getInsuredPerson(stored.personId);
  if (!person) throw new NotFoundError('没有找到该办件的参保人');

  const voucher = await rateLimitedForUser('VOUCHER_LOOKUP', event, caller.userId, () =>
    lookUpVoucher(request, person, stored),
  );
  const visit = visitFrom(voucher, stored.visit);
  const eligibility = await checkEligibility(person, { ...stored, visit });

  // The diagnosis is health information: kept encrypted under the case's own data key, shown by no route here.
  const crypto = fieldCrypto();
  const container = `CASE#${stored.caseId}`;
  const sealed = stored.dataKey
    ? {
        dataKey: stored.dataKey,
        values: await crypto.sealMore(container, stored.dataKey, { diagnosis: voucher.diagnosis }),
      }
    : await crypto.seal(container, { diagnosis: voucher.diagnosis });
  const saved = await updateCaseFields(
    stored,
    {
      voucher: storedVoucherOf(voucher, now),
      visit,
      eligibility: { description: eligibility.description, source: eligibility.source },
      claimedTotalFen: voucher.totalAmtFen,
      dataKey: sealed.dataKey,
      diagnosisEnc: sealed.values.diagnosis,
    },
    ['draft'],
    now,
  );
  if (!saved) throw versionConflict();
  return { body: await loadClaimView(saved) };
});
