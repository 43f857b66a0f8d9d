import { type VoucherRequest, VoucherRequestSchema } from '@shared/api/claims';
import { editableStates } from '@shared/domain/case/claimEdits';
import { checkVoucherUsable, placeCodeOfHospital } from '@shared/domain/claim/voucher';
import { checkVoucherClaimable } from '@shared/domain/claim/voucherLock';
import { normaliseIdNumber } from '@shared/domain/validation/identity';
import { STAY_EXPENSE_TYPES } from '@shared/domain/vocabulary';
import { fieldCrypto } from '../adapters/fieldCrypto';
import { type VerifiedVoucher, verifyVoucher } from '../adapters/invoicePlatform';
import { type StoredCase, type StoredVisit, type StoredVoucher, updateCaseFields } from '../data/case';
import { getInsuredPerson, type InsuredPerson } from '../data/insuredPerson';
import { getVoucherLock } from '../data/voucherLock';
import { httpHandler } from '../http/http';
import { loadClaimView } from '../http/presentClaim';
import { parseBody } from '../http/request';
import { NotFoundError, RefusalError } from '../support/errors';
import { authenticateBound } from '../usecases/access/auth';
import { checkEligibility, loadCaseFor, requireEditable, versionConflict } from '../usecases/claims/claims';
import { rateLimitedForUser } from '../usecases/security/rateLimit';

/**
 * The platform's refusals of a voucher's use (the domain's `checkVoucherUsable`: another patient, reimbursed or
 * reversed, another expense type), then whether it is free on this platform (`checkVoucherClaimable`).
 */
async function checkVoucher(voucher: VerifiedVoucher, person: InsuredPerson, stored: StoredCase): Promise<void> {
  const payerIdNumberIndex = await fieldCrypto().blindIndex('idNumber', normaliseIdNumber(voucher.payer.idCardNo));
  const usable = checkVoucherUsable(
    {
      status: voucher.status,
      medicalCareType: voucher.medicalCareType,
      payerName: voucher.payer.name,
      payerIdNumberIndex,
      reimbursement: voucher.reimbursement ?? null,
    },
    stored,
    person,
  );
  if (!usable.ok) throw new RefusalError(usable);
  // A friendly early answer only: the submission's conditional write is what keeps a voucher to one claim.
  const lock = await getVoucherLock({ invoiceCode: voucher.billBatchCode, invoiceNumber: voucher.billNo });
  const free = checkVoucherClaimable(lock, stored.caseId);
  if (!free.ok) throw new RefusalError(free);
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
  const place = placeCodeOfHospital(voucher.invoicingParty.code);
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
  requireEditable(stored, 'VOUCHER');
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
    editableStates('VOUCHER'),
    now,
  );
  if (!saved) throw versionConflict();
  return { body: await loadClaimView(saved) };
});
