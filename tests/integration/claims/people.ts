// Test people and helpers for the claim suites. Each test gets a fresh insured person shaped like a demo person —
// the same name and the blind index of the same ID number, so the e-invoice stand-in's demo vouchers are "theirs" —
// bound to a fresh WeChat login through the data layer (the registry stand-in and the demo persons' real bindings
// belong to the binding suite). Filings are put through the filings data layer, valid from a date in the past, so
// a stay of 2026 counts as filed. Materials go through the upload routes and a real PUT to s3rver.
import { randomBytes } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { type CaseDetail, type ClaimView, ClaimViewSchema } from '@shared/api/claims';
import { maskIdNumber } from '@shared/domain/validation/mask';
import type { ExpenseType, FilingType } from '@shared/domain/vocabulary';
import { fieldCrypto } from '../../../functions/adapters/fieldCrypto';
import { s3 } from '../../../functions/adapters/s3';
import { config } from '../../../functions/config';
import { bindExistingPerson } from '../../../functions/data/binding';
import { loadPersonFilings, putNewFiling } from '../../../functions/data/filing';
import { InsuredPersonEntity } from '../../../functions/data/insuredPerson';
import { table } from '../../../functions/data/table';
import { createUpload } from '../../../functions/data/upload';
import { ulid } from '../../../functions/lib/ids';
import { checkedKey } from '../../../functions/lib/uploads';
import { type DemoInvoice, demoInvoice, demoPersons, type PersonKey } from '../../../local/seed/demo';
import { type Answer, call, login, newUserCode } from '../../support/api';
import { testStack } from '../../support/stack';
import { jpegBytes as wholeJpeg } from '../uploads/files';

export { useStackEnvironment } from '../filings/people';

/** A logged-in, bound applicant: their access token, user id and insured person id. */
export type Applicant = { token: string; userId: string; personId: string };

/**
 * A new WeChat user bound to a new insured person shaped like demo person `key`: its name, insurance and region,
 * and the blind index of its ID number (no ID-number index item: several such persons may exist side by side).
 */
export async function demoApplicant(key: PersonKey): Promise<Applicant> {
  const demo = demoPersons[key];
  const session = await login(newUserCode(`claim-${key}`));
  table();
  const now = new Date();
  const personId = ulid(now.getTime());
  const crypto = fieldCrypto();
  const sealed = await crypto.seal(`PERSON#${personId}`, { idNumber: demo.idNumber });
  const snapshot = {
    name: demo.name,
    gender: demo.gender,
    insuranceType: demo.insuranceType,
    insuredRegion: demo.insuredRegion,
    insuredCity: demo.insuredCity.code,
    insuredCityName: demo.insuredCity.name,
    insuredStatus: demo.status,
    personCategory: demo.category,
    registryCheckedAt: now.toISOString(),
  };
  await InsuredPersonEntity.create({
    ...snapshot,
    personId,
    dataKey: sealed.dataKey,
    idNumberEnc: sealed.values.idNumber,
    idNumberMasked: maskIdNumber(demo.idNumber),
    idNumberIndex: await crypto.blindIndex('idNumber', demo.idNumber),
    createdAt: now.toISOString(),
  }).go();
  const outcome = await bindExistingPerson(
    snapshot,
    { personId, userId: session.userId, boundAt: now.toISOString() },
    undefined,
  );
  if (!outcome.ok) throw new Error(`test binding failed: ${outcome.reason}`);
  return { token: session.accessToken, userId: session.userId, personId };
}

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

/** A small real JPEG (a whole, well-formed one: the check at confirmation walks it) — a phone photo in miniature. */
export function jpegBytes(): Buffer {
  return wholeJpeg(512);
}

/** Uploads a photo as the applicant does: announce it, PUT it to the presigned URL (s3rver), confirm it. */
export async function uploadPhoto(person: Applicant): Promise<string> {
  const bytes = jpegBytes();
  const announced = await call('POST', '/v1/uploads', {
    token: person.token,
    body: { purpose: 'CLAIM_MATERIAL', contentType: 'image/jpeg', size: bytes.length },
  });
  if (announced.status !== 200 && announced.status !== 201) {
    throw new Error(`upload refused: ${announced.status} ${announced.text}`);
  }
  const { fileId, uploadUrl, headers } = announced.body as {
    fileId: string;
    uploadUrl: string;
    headers: Record<string, string>;
  };
  const put = await fetch(uploadUrl, { method: 'PUT', headers, body: new Uint8Array(bytes) });
  if (!put.ok) throw new Error(`PUT to the bucket failed: ${put.status} ${await put.text()}`);
  const confirmed = await call('POST', `/v1/uploads/${fileId}/confirm`, { token: person.token });
  if (confirmed.status !== 200) throw new Error(`confirm refused: ${confirmed.status} ${confirmed.text}`);
  return fileId;
}

/**
 * A confirmed photo of the person, put straight into the bucket (as its checked copy) and the table — where the
 * upload routes are not the point.
 */
export async function storedPhoto(person: Applicant): Promise<string> {
  table();
  const fileId = ulid();
  const s3Key = checkedKey(person.userId, fileId, ulid());
  const body = jpegBytes();
  await s3().send(
    new PutObjectCommand({ Bucket: config().bucketName, Key: s3Key, Body: body, ContentType: 'image/jpeg' }),
  );
  const now = new Date();
  await createUpload({
    fileId,
    ownerUserId: person.userId,
    purpose: 'CLAIM_MATERIAL',
    declaredContentType: 'image/jpeg',
    declaredSize: body.length,
    contentType: 'image/jpeg',
    size: body.length,
    state: 'CONFIRMED',
    s3Key,
    createdAt: now.toISOString(),
    confirmedAt: now.toISOString(),
    expiresAt: Math.floor(now.getTime() / 1000) + 3600,
  });
  return fileId;
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

/** A fresh Idempotency-Key. */
export function idempotencyKey(): string {
  return `claim-${randomBytes(8).toString('hex')}`;
}

/** The case detail of an answer (submit, withdraw, resubmit, GET /v1/cases/{id}). */
export function detailOf(answer: Answer): CaseDetail {
  return answer.body as unknown as CaseDetail;
}

/** The stand-in URLs of the running stack. */
export const stack = () => testStack();
