// Claims for the integration suites, each built as the applicant builds it through the API: a filed claimant, a
// draft for a demo voucher's treatment, the draft with its e-voucher, a ready draft (every missing material and
// the bank account too), a submitted claim, a withdrawn one. Filings are put through the filings data layer, valid
// from a date in the past, so a stay of 2026 counts as filed.
//
// A voucher backs one open claim at a time (SPEC §3.7), and the suites run side by side on one stack: a suite that
// submits a voucher owns it (the file says so at its top); the others only look vouchers up.
import { randomBytes } from 'node:crypto';
import {
  type CaseDetail,
  CaseDetailSchema,
  ChecklistResponseSchema,
  type ClaimView,
  ClaimViewSchema,
} from '@shared/api/claims';
import type { ExpenseType, FilingType } from '@shared/domain/vocabulary';
import { loadPersonFilings, putNewFiling } from '../../functions/data/filing';
import { table } from '../../functions/data/table';
import { ulid } from '../../functions/support/ids';
import { type DemoInvoice, demoInvoice, demoPersons, type PersonKey } from '../../local/seed/demo';
import { type Answer, call } from './api';
import { jpegBytes as wholeJpeg } from './files';
import { type Applicant, demoShapedApplicant } from './people';
import { confirmedUpload, storedUpload } from './uploads';

/** 海南省, where the demo retiree is resettled (海南 files at province level, 002 §1(3)). */
export const HAINAN_PROVINCE = { code: '460000', level: 'PROVINCE' } as const;

/** An approved long-term filing of the person to `destination` (a province-level or city code), valid since 2025. */
export async function activeFiling(
  person: Applicant,
  destination: { code: string; level: 'CITY' | 'PROVINCE' },
  type: FilingType = 'RETIREE_RESETTLED',
): Promise<void> {
  table();
  const filingId = ulid();
  const at = new Date().toISOString();
  const { registerVersion } = await loadPersonFilings(person.personId);
  const outcome = await putNewFiling(
    {
      filingId,
      personId: person.personId,
      submitterUserId: person.userId,
      region: 'SHANXI',
      insuredPlaceCode: '140100',
      type,
      basis: 'PROOF',
      proofs: ['HOUSEHOLD_REGISTER'],
      proofFiles: [],
      destinationCode: destination.code,
      destinationLevel: destination.level,
      filedOn: '2025-01-02',
      validFrom: '2025-01-02',
      status: 'ACTIVE',
      proofDue: false,
      decisions: [],
      version: 1,
      createdAt: at,
      updatedAt: at,
    },
    registerVersion,
    undefined,
  );
  if (!outcome.ok) throw new Error('test filing failed');
}

/** A fresh person shaped like the demo retiree 王秀兰, bound, with her long-term filing to 海南省. */
export async function filedRetiree(): Promise<Applicant> {
  const retiree = await demoShapedApplicant('retiree');
  await activeFiling(retiree, HAINAN_PROVINCE);
  return retiree;
}

/** The e-voucher look-up body of a demo invoice. */
export function voucherOf(invoice: DemoInvoice | string): Record<string, string> {
  const { bill } = typeof invoice === 'string' ? demoInvoice(invoice) : invoice;
  return { invoiceCode: bill.code, invoiceNumber: bill.number, checkCode: bill.checkCode };
}

/** A draft request for a demo invoice's treatment (its place and dates), as the applicant declares it. */
export function draftFor(
  person: Applicant,
  invoiceKey: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const invoice = demoInvoice(invoiceKey);
  const place = /^H(\d{6})/.exec(invoice.hospitalCode)?.[1] ?? '';
  const expenseType: ExpenseType = invoice.visitType;
  return {
    insuredPersonId: person.personId,
    eligibilityCase: 'FILED_NOT_SETTLED',
    expenseType,
    facts: {},
    visit: {
      placeCode: place,
      admissionDate: invoice.stay?.admission ?? invoice.bill.issueDate,
      dischargeDate: invoice.stay?.discharge ?? null,
    },
    ...overrides,
  };
}

/** Creates a draft; fails the test unless it is created. */
export async function createDraft(person: Applicant, body: Record<string, unknown>): Promise<ClaimView> {
  const answer = await call('POST', '/v1/claims', { token: person.token, body });
  if (answer.status !== 201) throw new Error(`draft refused: ${answer.status} ${answer.text}`);
  return ClaimViewSchema.parse(answer.body);
}

/** A draft of the person for demo voucher `voucherKey`'s treatment (the voucher not yet fetched); its case id. */
export async function draftClaim(person: Applicant, voucherKey: string): Promise<string> {
  return (await createDraft(person, draftFor(person, voucherKey))).caseId;
}

/** Fetches the e-voucher into a draft; fails the test unless it is taken. */
export async function fetchVoucher(person: Applicant, caseId: string, voucherKey: string): Promise<ClaimView> {
  const answer = await call('POST', `/v1/claims/${caseId}/voucher`, {
    token: person.token,
    body: voucherOf(voucherKey),
  });
  if (answer.status !== 200) throw new Error(`voucher ${voucherKey}: ${answer.status} ${answer.text}`);
  return ClaimViewSchema.parse(answer.body);
}

/** A draft for demo voucher `voucherKey` with its e-voucher fetched (only a look-up: nothing is locked); its id. */
export async function draftWithVoucher(person: Applicant, voucherKey: string): Promise<string> {
  const caseId = await draftClaim(person, voucherKey);
  await fetchVoucher(person, caseId, voucherKey);
  return caseId;
}

/** A small real JPEG (a whole, well-formed one: the check at confirmation walks it) — a phone photo in miniature. */
export function jpegBytes(): Buffer {
  return wholeJpeg(512);
}

/** Uploads a photo as the applicant does: announce it, PUT it to the presigned URL (s3rver), confirm it. */
export function uploadPhoto(person: Applicant): Promise<string> {
  return confirmedUpload(person.token, 'CLAIM_MATERIAL', 'image/jpeg', jpegBytes());
}

/** A confirmed claim-material photo of the person, put straight into the bucket and the table. */
export function storedPhoto(person: Applicant): Promise<string> {
  return storedUpload(person, 'CLAIM_MATERIAL', 'image/jpeg', jpegBytes());
}

/** Attaches stored photos as `item` (several pages); the answer as it comes. */
export async function attachStored(person: Applicant, caseId: string, item: string, pages = 1): Promise<Answer> {
  const fileIds: string[] = [];
  for (let i = 0; i < pages; i += 1) fileIds.push(await storedPhoto(person));
  return call('POST', `/v1/claims/${caseId}/materials`, { token: person.token, body: { item, fileIds } });
}

/** Attaches freshly uploaded photos as `item`; fails the test unless attached. */
export async function attachPhotos(person: Applicant, caseId: string, item: string, pages = 1): Promise<ClaimView> {
  const fileIds: string[] = [];
  for (let i = 0; i < pages; i += 1) fileIds.push(await uploadPhoto(person));
  const answer = await call('POST', `/v1/claims/${caseId}/materials`, { token: person.token, body: { item, fileIds } });
  if (answer.status !== 200) throw new Error(`attach refused: ${answer.status} ${answer.text}`);
  return ClaimViewSchema.parse(answer.body);
}

/** The insured person's bank account (the demo person's name, a Luhn-valid card). */
export function bankAccountOf(key: PersonKey): Record<string, string> {
  return { accountName: demoPersons[key].name, bankName: '中国工商银行三亚分行', cardNumber: '6222021234567890128' };
}

/**
 * A complete draft for demo voucher `voucherKey`, ready to submit: its e-voucher, a stored photo for every item
 * the checklist still misses, and the retiree's bank account; its case id.
 */
export async function readyClaim(person: Applicant, voucherKey: string): Promise<string> {
  const caseId = await draftWithVoucher(person, voucherKey);
  const checklist = ChecklistResponseSchema.parse(
    (await call('GET', `/v1/claims/${caseId}/checklist`, { token: person.token })).body,
  );
  for (const missing of checklist.missing) {
    const attached = await attachStored(person, caseId, missing.item);
    if (attached.status !== 200) throw new Error(`attach ${missing.item}: ${attached.status} ${attached.text}`);
  }
  const bank = await call('PUT', `/v1/claims/${caseId}/bank-account`, {
    token: person.token,
    body: bankAccountOf('retiree'),
  });
  if (bank.status !== 200) throw new Error(`bank account: ${bank.status} ${bank.text}`);
  return caseId;
}

/** Submits a claim; the answer as it comes. */
export function submitClaim(person: Applicant, caseId: string, headers: Record<string, string> = {}): Promise<Answer> {
  return call('POST', `/v1/claims/${caseId}/submit`, { token: person.token, body: {}, headers });
}

/** A submitted claim: who, which case, its version. */
export type SubmittedClaim = { applicant: Applicant; caseId: string; version: number };

/**
 * A claim on demo voucher `voucherKey` submitted by `person` (by default a new filed retiree) — this locks the
 * voucher; fails the test unless submitted.
 */
export async function submittedClaim(voucherKey: string, person?: Applicant): Promise<SubmittedClaim> {
  const applicant = person ?? (await filedRetiree());
  const caseId = await readyClaim(applicant, voucherKey);
  const submitted = await submitClaim(applicant, caseId);
  if (submitted.status !== 200) throw new Error(`submit: ${submitted.status} ${submitted.text}`);
  return { applicant, caseId, version: CaseDetailSchema.parse(submitted.body).claim.version };
}

/** Withdraws a claim; the answer as it comes. */
export function withdrawClaim(person: Applicant, caseId: string, reason?: string): Promise<Answer> {
  return call('POST', `/v1/claims/${caseId}/withdraw`, { token: person.token, body: reason ? { reason } : {} });
}

/** A fresh Idempotency-Key. */
export function idempotencyKey(): string {
  return `claim-${randomBytes(8).toString('hex')}`;
}

/** The case detail of an answer (submit, withdraw, resubmit, GET /v1/cases/{id}). */
export function detailOf(answer: Answer): CaseDetail {
  return answer.body as unknown as CaseDetail;
}
