// 电子签名 — signing a letter on screen (SPEC §2, `001 附件1–2`, the proxy's 委托书): the letter's blanks are
// filled by the domain's `fillLetter` from the region's template, the signer is checked against the person the
// letter is about, and the exact text, the PNG and their SHA-256 are stored once. Who may read it, and how it is
// shown: functions/usecases/documents/signatureAccess.ts.
import { createHash } from 'node:crypto';
import { ErrorCode, type ErrorCodeWithStatus } from '@shared/api/errors';
import {
  type CreateSignatureRequest,
  LETTER_SUBJECT_FIELDS,
  MAX_SIGNATURE_IMAGE_BYTES,
  SIGNER_RELATIONSHIP_NAME,
} from '@shared/api/signatures';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { fillLetter, renderPersonCategories } from '@shared/domain/filing/letter';
import { maskIdNumber, maskPhone } from '@shared/domain/validation/mask';
import { FILING_TYPES, type FilingType, type Region } from '@shared/domain/vocabulary';
import { policyFor } from '@shared/policy';
import { letterTemplate } from '@shared/policy/letters';
import { PDFDocument } from 'pdf-lib';
import { fieldCrypto } from '../../adapters/fieldCrypto';
import { putObject } from '../../adapters/s3';
import { getInsuredPerson } from '../../data/insuredPerson';
import { createSignature, type Signature, signatureContainer } from '../../data/signature';
import { AppError, ForbiddenError, NotFoundError, RefusalError } from '../../support/errors';
import { ulid } from '../../support/ids';
import { logger } from '../../support/logger';
import type { BoundCaller } from '../access/auth';
import { requireActingFor } from '../people/actingFor';
import { confirmPrincipal } from '../people/principal';
import { inspectFile } from './fileType';

/** The person a letter is about, as the letter must name them. */
type Subject = { name: string; idNumberIndex: string; personId: string | undefined; region: Region };

const SENSITIVE_FIELD = /(idNumber|phone)$/i;
const imageError = (message: string) =>
  new AppError(ErrorCode.SIGNATURE_IMAGE_INVALID, message, { fields: { image: message } });

/** Where a signature's image is kept (outside `incoming/`: never expires). */
export function signatureImageKey(signatureId: string): string {
  return `signatures/${signatureId}.png`;
}

/**
 * The signature PNG's bytes, checked by size, as a whole well-formed PNG (as uploads are), and that pdf-lib can draw
 * it (its PDF never fails).
 */
async function checkedImage(base64: string): Promise<Uint8Array> {
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  if (bytes.length > MAX_SIGNATURE_IMAGE_BYTES) throw imageError('签名图片过大（不超过 200 KB），请重新签名');
  const inspected = inspectFile(bytes);
  if (inspected.type !== 'image/png') throw imageError('签名图片须为 PNG 格式，请重新签名');
  if (!inspected.ok) throw imageError('签名图片无法识别，请重新签名');
  try {
    await (await PDFDocument.create()).embedPng(bytes);
  } catch {
    throw imageError('签名图片无法识别，请重新签名');
  }
  return bytes;
}

const normaliseId = (value: string | undefined) => (value ?? '').trim().toUpperCase();

/** 422 naming the letter's blanks that do not match the person they must name. */
function mismatch(code: ErrorCodeWithStatus<422>, message: string, keys: readonly string[]): AppError {
  return new AppError(code, message, { fields: Object.fromEntries(keys.map((k) => [k, message])) });
}

/** Whether a letter's name and ID-number blanks name this person. */
async function names(fields: Record<string, string>, keys: { name: string; idNumber: string }, person: Subject) {
  const index = await fieldCrypto().blindIndex('idNumber', normaliseId(fields[keys.idNumber]));
  return (fields[keys.name] ?? '').trim() === person.name && index === person.idNumberIndex;
}

/** The person a letter is about, checked: the caller acts for them (or, for a 委托书, the registry confirms them). */
async function subjectOf(caller: BoundCaller, request: CreateSignatureRequest): Promise<Subject> {
  const keys = LETTER_SUBJECT_FIELDS[request.letter];
  if (request.letter !== 'POWER_OF_ATTORNEY') {
    const personId = request.insuredPersonId ?? '';
    await requireActingFor(caller, personId);
    const person = await getInsuredPerson(personId);
    if (!person) throw new NotFoundError('没有找到该参保人');
    const subject = { name: person.name, idNumberIndex: person.idNumberIndex, personId, region: person.insuredRegion };
    if (!(await names(request.fields, keys, subject))) {
      throw mismatch(ErrorCode.LETTER_PERSON_MISMATCH, '文书上的姓名、身份证号码须与参保人一致', [
        `fields.${keys.name}`,
        `fields.${keys.idNumber}`,
      ]);
    }
    return subject;
  }
  // 委托书: its principal may be new to us; the registry confirms them, and the agent named must be the caller.
  const principal = await confirmPrincipal(
    (request.fields[keys.name] ?? '').trim(),
    normaliseId(request.fields[keys.idNumber]),
  );
  const self = await getInsuredPerson(caller.insuredPersonId);
  if (!self) throw new ForbiddenError('请先完成实名绑定', ErrorCode.BINDING_REQUIRED);
  const agent = {
    name: self.name,
    idNumberIndex: self.idNumberIndex,
    personId: self.personId,
    region: principal.region,
  };
  if (!(await names(request.fields, { name: 'agentName', idNumber: 'agentIdNumber' }, agent))) {
    throw mismatch(ErrorCode.LETTER_PERSON_MISMATCH, '受托人须为您本人（与实名绑定的信息一致）', [
      'fields.agentName',
      'fields.agentIdNumber',
    ]);
  }
  if (principal.idNumberIndex === self.idNumberIndex) {
    throw mismatch(ErrorCode.LETTER_PERSON_MISMATCH, '委托人与受托人不能是同一人', ['fields.principalIdNumber']);
  }
  return {
    name: principal.registry.name,
    idNumberIndex: principal.idNumberIndex,
    personId: principal.known?.personId,
    region: principal.region,
  };
}

/** The signer is the person (SELF), or a close relative who is not (`001 附件2`). */
async function checkSigner(request: CreateSignatureRequest, subject: Subject): Promise<void> {
  const index = await fieldCrypto().blindIndex('idNumber', request.signer.idNumber);
  const same = request.signer.name === subject.name && index === subject.idNumberIndex;
  if (request.signer.relationship === 'SELF' && !same) {
    throw mismatch(ErrorCode.SIGNER_MISMATCH, '本人签名时，签名人姓名、身份证号码须与参保人一致', [
      'signer.name',
      'signer.idNumber',
    ]);
  }
  if (request.signer.relationship !== 'SELF' && index === subject.idNumberIndex) {
    throw mismatch(ErrorCode.SIGNER_MISMATCH, '代签人不能是参保人本人；本人签名请选择“本人”', ['signer.relationship']);
  }
}

/** The blanks as the letter shows them: the signature line and the date are the server's, not the client's. */
function letterValues(request: CreateSignatureRequest, subject: Subject, now: Date): Record<string, string> {
  const values: Record<string, string> = { ...request.fields };
  const category = values.personCategory;
  if (category && (FILING_TYPES as readonly string[]).includes(category)) {
    values.personCategory = renderPersonCategories(category as FilingType);
  }
  const { signer } = request;
  values.signature =
    signer.relationship === 'SELF'
      ? signer.name
      : `${subject.name}（由${SIGNER_RELATIONSHIP_NAME[signer.relationship]}${signer.name}代签）`;
  const [year, month, day] = todayInShanghai(now).split('-');
  values.signYear = year ?? '';
  values.signMonth = String(Number(month));
  values.signDay = String(Number(day));
  return values;
}

/** 签署 — checks, fills and stores a signed letter; the answer's text has ID numbers and phones masked. */
export async function signLetter(caller: BoundCaller, request: CreateSignatureRequest, now: Date) {
  const image = await checkedImage(request.image);
  const subject = await subjectOf(caller, request);
  await checkSigner(request, subject);
  const template = letterTemplate(policyFor(subject.region), request.letter);
  const values = letterValues(request, subject, now);
  const filled = fillLetter(template, values);
  if (!filled.ok) {
    const missing = (filled.details?.fields ?? []) as readonly string[];
    throw new RefusalError(filled, Object.fromEntries(missing.map((k) => [`fields.${k}`, '请填写此项'])));
  }
  const masked = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, SENSITIVE_FIELD.test(k) ? maskSensitive(k, v) : v]),
  );
  const textMasked = fillLetter(template, masked);
  const text = filled.value;
  const sha256 = createHash('sha256').update(Buffer.from(text, 'utf8')).update(image).digest('hex');

  const signatureId = ulid(now.getTime());
  const secrets: Record<string, string> = { signerIdNumber: request.signer.idNumber, text };
  if (request.signer.phone) secrets.signerPhone = request.signer.phone;
  const sealed = await fieldCrypto().seal(signatureContainer(signatureId), secrets);
  const imageKey = signatureImageKey(signatureId);
  await putObject(imageKey, image, 'image/png');
  const signature: Signature = {
    signatureId,
    letter: request.letter,
    region: subject.region,
    title: template.title,
    insuredPersonId: subject.personId,
    subjectIdNumberIndex: subject.idNumberIndex,
    submitterUserId: caller.userId,
    signerName: request.signer.name,
    signerRelationship: request.signer.relationship,
    dataKey: sealed.dataKey,
    signerIdNumberEnc: sealed.values.signerIdNumber ?? '',
    signerIdNumberMasked: maskIdNumber(request.signer.idNumber),
    signerPhoneEnc: sealed.values.signerPhone,
    signerPhoneMasked: request.signer.phone ? maskPhone(request.signer.phone) : undefined,
    agentUserId: request.letter === 'POWER_OF_ATTORNEY' ? caller.userId : undefined,
    textEnc: sealed.values.text ?? '',
    textMasked: textMasked.ok ? textMasked.value : '',
    signatureLine: template.body.split('\n').findIndex((line) => line.includes('{{signature}}')),
    imageKey,
    imageBytes: image.length,
    sha256,
    signedAt: now.toISOString(),
  };
  await createSignature(signature);
  logger.info('letter signed', { signatureId, letter: request.letter, relationship: request.signer.relationship });
  return signature;
}

function maskSensitive(key: string, value: string): string {
  return /phone$/i.test(key) ? maskPhone(value) : maskIdNumber(value);
}
