// 电子签名 — signing a letter on screen (SPEC §2, `001 附件1–2`, the proxy's 委托书): the letter's blanks are
// filled by the domain's `fillLetter` from the region's template — those the server knows (the insured person's
// name, ID number, sex, insured place, the destination's name; a 委托书's agent) by the server when the client leaves
// them out —, the signer is checked against the person the letter is about, and the exact text, the PNG and their
// SHA-256 are stored once. A preview runs the same checks and fills, and stores nothing. Who may read it, and how it is
// shown: functions/usecases/documents/signatureAccess.ts.
import { createHash } from 'node:crypto';
import { ErrorCode, type ErrorCodeWithStatus } from '@shared/api/errors';
import {
  type CreateSignatureRequest,
  LETTER_NAME,
  LETTER_SUBJECT_FIELDS,
  MAX_SIGNATURE_IMAGE_BYTES,
  SERVER_FILLED_FIELDS,
  SIGNER_RELATIONSHIP_NAME,
  type SignaturePreviewRequest,
  type SignaturePreviewResponse,
} from '@shared/api/signatures';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { destinationName, filingDestination } from '@shared/domain/filing/destination';
import {
  fillLetter,
  insuredPlaceName,
  previewLetter,
  renderPersonCategories,
  SEX_NAME,
} from '@shared/domain/filing/letter';
import { maskIdNumber, maskPhone } from '@shared/domain/validation/mask';
import { FILING_TYPES, type FilingType, type Region } from '@shared/domain/vocabulary';
import { policyFor } from '@shared/policy';
import { letterTemplate } from '@shared/policy/letters';
import type { LetterTemplate } from '@shared/policy/schema';
import { PDFDocument } from 'pdf-lib';
import { fieldCrypto } from '../../adapters/fieldCrypto';
import { putObject } from '../../adapters/s3';
import { getInsuredPerson, type InsuredPerson, personContainer } from '../../data/insuredPerson';
import { createSignature, type Signature, signatureContainer } from '../../data/signature';
import { AppError, ForbiddenError, NotFoundError, RefusalError } from '../../support/errors';
import { ulid } from '../../support/ids';
import { logger } from '../../support/logger';
import type { BoundCaller } from '../access/auth';
import { requireActingFor } from '../people/actingFor';
import { confirmPrincipal } from '../people/principal';
import { inspectFile } from './fileType';

/** The person a letter is about, as the letter must name them; `idNumber` in clear when the server knows it. */
type Subject = {
  name: string;
  idNumber: string | undefined;
  idNumberIndex: string;
  personId: string | undefined;
  region: Region;
};

/** What signing and previewing share: which letter, for whom, its blanks, where, and (when signing) who signs. */
type LetterRequest = Pick<CreateSignatureRequest, 'letter' | 'insuredPersonId' | 'fields' | 'destinationCode'> & {
  signer?: CreateSignatureRequest['signer'] | undefined;
};

/** The signer with the blanks the server filled: name and ID number always known once resolved for signing. */
type ResolvedSigner = CreateSignatureRequest['signer'] & { name: string; idNumber: string };

/** A letter ready to fill: its template, its checked subject, every blank the client or the server knows. */
type PreparedLetter = {
  template: LetterTemplate;
  subject: Subject;
  fields: Record<string, string>;
  signer: ResolvedSigner | undefined;
};

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

/** The blanks the client filled: an empty one counts as left out (the server may fill it). */
function sentFields(fields: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== ''));
}

/** An insured person's ID number in clear (for the letter's blank; never answered unmasked). */
async function idNumberOf(person: InsuredPerson): Promise<string> {
  const opened = await fieldCrypto().open(personContainer(person.personId), {
    dataKey: person.dataKey,
    values: { idNumber: person.idNumberEnc },
  });
  return opened.idNumber;
}

/** 就医地 from the filing destination the client picked: checked as a filing's (`002 §1(3)`), then named. */
function treatmentPlaceOf(code: string, person: InsuredPerson): string {
  const destination = filingDestination(code, policyFor(person.insuredRegion).filing.destination.source);
  if (!destination.ok) {
    const details = destination.details as { suggestedCode?: string; suggestedName?: string } | undefined;
    throw new RefusalError(destination, {
      destinationCode: destination.message,
      ...(details?.suggestedCode
        ? { suggestedDestinationCode: details.suggestedCode, suggestedDestinationName: details.suggestedName ?? '' }
        : {}),
    });
  }
  return destinationName(destination.value);
}

/**
 * A letter about an insured person on record (承诺书): the caller acts for them; the blanks the server knows are filled
 * from their record when left out; those sent must name them.
 */
async function insuredSubject(caller: BoundCaller, request: LetterRequest) {
  const keys = LETTER_SUBJECT_FIELDS[request.letter];
  const personId = request.insuredPersonId ?? '';
  await requireActingFor(caller, personId);
  const person = await getInsuredPerson(personId);
  if (!person) throw new NotFoundError('没有找到该参保人');
  const idNumber = await idNumberOf(person);
  const derived: Record<string, string> = { [keys.name]: person.name, [keys.idNumber]: idNumber };
  if (request.letter === 'PERSONAL_COMMITMENT') {
    derived.sex = SEX_NAME[person.gender];
    derived.insuredPlace = insuredPlaceName(person.insuredCity, person.insuredCityName);
    if (request.destinationCode) derived.treatmentPlace = treatmentPlaceOf(request.destinationCode, person);
  }
  const fields = { ...derived, ...sentFields(request.fields) };
  const subject: Subject = {
    name: person.name,
    idNumber,
    idNumberIndex: person.idNumberIndex,
    personId,
    region: person.insuredRegion,
  };
  if (!(await names(fields, keys, subject))) {
    throw mismatch(ErrorCode.LETTER_PERSON_MISMATCH, '文书上的姓名、身份证号码须与参保人一致', [
      `fields.${keys.name}`,
      `fields.${keys.idNumber}`,
    ]);
  }
  return { subject, fields };
}

/**
 * 委托书: its principal may be new to us, so the registry confirms them; the agent is the caller (their own name and ID
 * number filled when left out). A preview without the principal's name or ID number yet skips the registry and reads
 * as the caller's region would have it.
 */
async function principalSubject(caller: BoundCaller, request: LetterRequest, preview: boolean) {
  const keys = LETTER_SUBJECT_FIELDS[request.letter];
  const self = await getInsuredPerson(caller.insuredPersonId);
  if (!self) throw new ForbiddenError('请先完成实名绑定', ErrorCode.BINDING_REQUIRED);
  const sent = sentFields(request.fields);
  const derived: Record<string, string> = { agentName: self.name };
  if (!sent.agentIdNumber) derived.agentIdNumber = await idNumberOf(self);
  const fields = { ...derived, ...sent };
  const agent: Subject = {
    name: self.name,
    idNumber: undefined,
    idNumberIndex: self.idNumberIndex,
    personId: self.personId,
    region: self.insuredRegion,
  };
  const principalName = (fields[keys.name] ?? '').trim();
  const principalIdNumber = normaliseId(fields[keys.idNumber]);
  const principal =
    preview && (principalName === '' || principalIdNumber === '')
      ? undefined
      : await confirmPrincipal(principalName, principalIdNumber);
  if (!(await names(fields, { name: 'agentName', idNumber: 'agentIdNumber' }, agent))) {
    throw mismatch(ErrorCode.LETTER_PERSON_MISMATCH, '受托人须为您本人（与实名绑定的信息一致）', [
      'fields.agentName',
      'fields.agentIdNumber',
    ]);
  }
  if (!principal) return { subject: { ...agent, name: '', idNumberIndex: '', personId: undefined }, fields };
  if (principal.idNumberIndex === self.idNumberIndex) {
    throw mismatch(ErrorCode.LETTER_PERSON_MISMATCH, '委托人与受托人不能是同一人', ['fields.principalIdNumber']);
  }
  const subject: Subject = {
    name: principal.registry.name,
    idNumber: principalIdNumber,
    idNumberIndex: principal.idNumberIndex,
    personId: principal.known?.personId,
    region: principal.region,
  };
  return { subject, fields };
}

/**
 * The signer is the person (SELF: their name and ID number taken from the letter's subject when left out), or a close
 * relative who is not (`001 附件2`; the schema requires the relative's name, ID number and phone).
 */
async function resolveSigner(signer: CreateSignatureRequest['signer'], subject: Subject): Promise<ResolvedSigner> {
  const resolved = {
    ...signer,
    name: signer.name ?? (signer.relationship === 'SELF' ? subject.name : ''),
    idNumber: signer.idNumber ?? (signer.relationship === 'SELF' ? (subject.idNumber ?? '') : ''),
  };
  const index = await fieldCrypto().blindIndex('idNumber', resolved.idNumber);
  const same = resolved.name === subject.name && index === subject.idNumberIndex;
  if (signer.relationship === 'SELF' && !same) {
    throw mismatch(ErrorCode.SIGNER_MISMATCH, '本人签名时，签名人姓名、身份证号码须与参保人一致', [
      'signer.name',
      'signer.idNumber',
    ]);
  }
  if (signer.relationship !== 'SELF' && index === subject.idNumberIndex) {
    throw mismatch(ErrorCode.SIGNER_MISMATCH, '代签人不能是参保人本人；本人签名请选择“本人”', ['signer.relationship']);
  }
  return resolved;
}

/** The letter's subject checked, its blanks filled as far as the server knows them, and the signer resolved. */
async function prepareLetter(caller: BoundCaller, request: LetterRequest, preview: boolean): Promise<PreparedLetter> {
  const { subject, fields } =
    request.letter === 'POWER_OF_ATTORNEY'
      ? await principalSubject(caller, request, preview)
      : await insuredSubject(caller, request);
  // A preview without its principal yet has no one to check a signer against.
  const signer = request.signer && subject.idNumberIndex ? await resolveSigner(request.signer, subject) : undefined;
  const template = letterTemplate(policyFor(subject.region), request.letter);
  return { template, subject, fields, signer };
}

/** The signature line before anyone has signed. */
const UNSIGNED = '（手写签名）';

/**
 * The blanks as the letter shows them: a filing type's code in 人员类别 becomes the ticked list of `001 附件1`; the
 * signature line and the date are the server's, not the client's.
 */
function letterValues(prepared: PreparedLetter, now: Date): Record<string, string> {
  const { subject, signer } = prepared;
  const values: Record<string, string> = { ...prepared.fields };
  const category = values.personCategory;
  if (category && (FILING_TYPES as readonly string[]).includes(category)) {
    values.personCategory = renderPersonCategories(category as FilingType);
  }
  values.signature = !signer
    ? UNSIGNED
    : signer.relationship === 'SELF'
      ? signer.name
      : `${subject.name}（由${SIGNER_RELATIONSHIP_NAME[signer.relationship]}${signer.name}代签）`;
  const [year, month, day] = todayInShanghai(now).split('-');
  values.signYear = year ?? '';
  values.signMonth = String(Number(month));
  values.signDay = String(Number(day));
  return values;
}

/** The blanks with every ID number and phone masked, as answers show them. */
function maskedValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, SENSITIVE_FIELD.test(k) && v.trim() !== '' ? maskSensitive(k, v) : v]),
  );
}

/**
 * 签署前预览 — the letter exactly as it will be signed (ID numbers and phones masked), with the blanks still empty;
 * the same checks as signing (who may act, the registry for a 委托书, the mismatches), nothing stored.
 */
export async function previewLetterFor(
  caller: BoundCaller,
  request: SignaturePreviewRequest,
  now: Date,
): Promise<SignaturePreviewResponse> {
  const prepared = await prepareLetter(caller, request, true);
  const { template } = prepared;
  const preview = previewLetter(template, maskedValues(letterValues(prepared, now)));
  const serverFilled: readonly string[] = SERVER_FILLED_FIELDS;
  return {
    letter: request.letter,
    letterName: LETTER_NAME[request.letter],
    title: template.title,
    text: preview.text,
    source: template.source.label,
    fields: template.fields.filter((f) => !serverFilled.includes(f.key)).map((f) => ({ key: f.key, label: f.label })),
    missing: preview.missing.filter((key) => !serverFilled.includes(key)),
  };
}

/** 签署 — checks, fills and stores a signed letter; the answer's text has ID numbers and phones masked. */
export async function signLetter(caller: BoundCaller, request: CreateSignatureRequest, now: Date) {
  const image = await checkedImage(request.image);
  const prepared = await prepareLetter(caller, request, false);
  const { template, subject } = prepared;
  const signer = prepared.signer ?? (await resolveSigner(request.signer, subject));
  const values = letterValues({ ...prepared, signer }, now);
  const filled = fillLetter(template, values);
  if (!filled.ok) {
    const missing = (filled.details?.fields ?? []) as readonly string[];
    throw new RefusalError(filled, Object.fromEntries(missing.map((k) => [`fields.${k}`, '请填写此项'])));
  }
  const textMasked = fillLetter(template, maskedValues(values));
  const text = filled.value;
  const sha256 = createHash('sha256').update(Buffer.from(text, 'utf8')).update(image).digest('hex');

  const signatureId = ulid(now.getTime());
  const secrets: Record<string, string> = { signerIdNumber: signer.idNumber, text };
  if (signer.phone) secrets.signerPhone = signer.phone;
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
    signerName: signer.name,
    signerRelationship: signer.relationship,
    dataKey: sealed.dataKey,
    signerIdNumberEnc: sealed.values.signerIdNumber ?? '',
    signerIdNumberMasked: maskIdNumber(signer.idNumber),
    signerPhoneEnc: sealed.values.signerPhone,
    signerPhoneMasked: signer.phone ? maskPhone(signer.phone) : undefined,
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
  logger.info('letter signed', { signatureId, letter: request.letter, relationship: signer.relationship });
  return signature;
}

function maskSensitive(key: string, value: string): string {
  return /phone$/i.test(key) ? maskPhone(value) : maskIdNumber(value);
}
