// 办结 — completion (`000` 流程五): the result form is rendered and stored, its SHA-256 signed (KMS / local key),
// and then ONE transaction moves the case to completed, marks the voucher REIMBURSED (only if this case holds it
// open), appends the ledger entry after the head that was read (head Update if `seq = :prev`), and writes the
// result form record, the event, the notice and the audit record. Another completion appending meanwhile moves
// the head: read it again and retry. A PDF stored for a transaction that did not commit is deleted again.
import { createHash } from 'node:crypto';
import { MAINLAND_PROVINCES } from '@shared/domain/divisions';
import { maskName } from '@shared/domain/validation/mask';
import { EXPENSE_TYPE, HOSPITAL_LEVEL, INSURANCE_TYPE, REGION } from '@shared/domain/vocabulary';
import { deleteObject, putObject } from '../../adapters/s3';
import { signDigest } from '../../adapters/signer';
import { type CaseWriteOutcome, type TransitionWrite, transitionCase } from '../../data/caseTransition';
import { getInsuredPerson } from '../../data/insuredPerson';
import { entryHash, GENESIS_HASH, type LedgerFields } from '../../data/ledgerChain';
import { getLedgerHead, ledgerEntryOf } from '../../data/ledgerEntry';
import type { ResultForm } from '../../data/resultForm';
import { UnprocessableError } from '../../support/errors';
import { ulid } from '../../support/ids';
import type { StaffCaller } from '../access/staffAuth';
import { renderResultFormPdf } from '../documents/resultFormPdf';

const LEDGER_ATTEMPTS = 5;

/** The public verification address of a form (the QR code's target). */
export function verifyUrl(formId: string): string {
  const base = (process.env.PUBLIC_VERIFY_BASE ?? '').replace(/\/+$/, '');
  return `${base}/v1/verify/${formId}`;
}

/** Completes a paid case: the result form, the reimbursed voucher and the ledger entry, with the transition. */
export async function completeCase(
  write: TransitionWrite & { caller: StaffCaller },
): Promise<CaseWriteOutcome | { ok: true; resultFormId: string }> {
  const { before, now, caller } = write;
  const { review, payment, voucher } = before;
  if (!review || !payment || !voucher) {
    throw new UnprocessableError('COMPLETION_INCOMPLETE', '办件缺少审核核定、拨付记录或电子票据，不能办结');
  }
  const person = await getInsuredPerson(before.personId);
  if (!person) throw new UnprocessableError('COMPLETION_INCOMPLETE', '没有找到该办件的参保人');
  const formId = ulid(now.getTime());
  // The later of payment and completion (ISO dates compare as text).
  const issuedOn = [payment.paidOn, write.event.on].sort().at(-1) ?? write.event.on;
  const form = review.settlement;
  const pdf = await renderResultFormPdf({
    formId,
    title: `${caller.agencyName}异地就医费用结算单`,
    agencyName: caller.agencyName,
    person: {
      nameMasked: maskName(person.name),
      gender: person.gender === 'F' ? '女' : '男',
      idNumberMasked: person.idNumberMasked,
      insuredPlace: `${REGION[person.insuredRegion].name}${person.insuredCityName}`,
      insuranceType: INSURANCE_TYPE[person.insuranceType],
    },
    visit: {
      place: MAINLAND_PROVINCES[before.visit.placeCode.slice(0, 2)] ?? before.visit.placeCode,
      hospitalName: before.visit.hospitalName ?? voucher.hospitalName,
      hospitalLevel: before.visit.hospitalLevel ? HOSPITAL_LEVEL[before.visit.hospitalLevel] : '—',
      admissionDate: review.input.admissionDate,
      dischargeDate: review.input.dischargeDate,
      days: form.stayDays,
      expenseType: EXPENSE_TYPE[before.expenseType],
    },
    amounts: form.amounts,
    fundTotalFen: form.fundTotalFen,
    personalCashFen: form.personalCashFen,
    funds: form.funds,
    deductibleFen: form.deductibleFen,
    ratioPercent: form.ratio.ratioPercent,
    years: form.years,
    payment: {
      amountFen: payment.amountFen,
      accountNameMasked: maskName(payment.accountName),
      bankName: payment.bankName,
      cardNumberMasked: payment.cardNumberMasked,
      transferReference: payment.transferReference,
      paidOn: payment.paidOn,
    },
    issuedOn,
    verifyUrl: verifyUrl(formId),
  });
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const s3Key = `results/${before.caseId}/${formId}.pdf`;
  await putObject(s3Key, pdf, 'application/pdf');
  const signature = await signDigest(sha256);
  const chain = before.agencyRegion;
  const resultForm: ResultForm = {
    formId,
    caseId: before.caseId,
    agencyRegion: before.agencyRegion,
    agencyName: caller.agencyName,
    s3Key,
    sha256,
    signature,
    ledgerChain: chain,
    ledgerSeq: 0,
    summary: {
      personNameMasked: maskName(person.name),
      expenseType: EXPENSE_TYPE[before.expenseType],
      hospitalName: before.visit.hospitalName ?? voucher.hospitalName,
      totalFen: form.amounts.totalFen,
      fundFen: form.fundTotalFen,
      issuedOn,
    },
    issuedAt: now.toISOString(),
    issuedBy: caller.username,
  };

  let outcome: CaseWriteOutcome = { ok: false, reason: 'LEDGER_MOVED' };
  for (let attempt = 1; attempt <= LEDGER_ATTEMPTS; attempt += 1) {
    const head = await getLedgerHead(chain);
    const fields: LedgerFields = {
      chain,
      seq: (head?.seq ?? 0) + 1,
      invoiceCode: voucher.invoiceCode,
      invoiceNumber: voucher.invoiceNumber,
      state: 'REIMBURSED',
      caseId: before.caseId,
      formId,
      formSha256: sha256,
      at: now.toISOString(),
      prevHash: head?.hash ?? GENESIS_HASH,
    };
    outcome = await transitionCase({
      ...write,
      voucher: { op: 'REIMBURSE', key: { invoiceCode: voucher.invoiceCode, invoiceNumber: voucher.invoiceNumber } },
      extra: { ...write.extra, resultFormId: formId },
      completion: {
        entry: ledgerEntryOf(fields, entryHash(fields)),
        prevSeq: head?.seq ?? 0,
        resultForm: { ...resultForm, ledgerSeq: fields.seq },
      },
    });
    if (outcome.ok) return { ok: true, resultFormId: formId };
    if (outcome.reason !== 'LEDGER_MOVED') break;
  }
  await deleteObject(s3Key);
  return outcome;
}
