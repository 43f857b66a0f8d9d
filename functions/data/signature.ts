// 电子签名 — a letter (个人承诺书, 外伤无第三方责任承诺书, 委托书) signed by hand on screen: the exact text shown
// (encrypted: it carries ID numbers and phones; a masked copy for display), the signature image (in S3 under
// `signatures/<signatureId>.png`), the signer (name; ID number and phone encrypted and masked; relationship when a
// close relative signs for the patient, `001 附件2`), the time, and SHA-256 over the text's UTF-8 bytes followed by
// the image's bytes. Written once, never changed: filings and claims reference it by id.
import { LETTER_IDS, SIGNER_RELATIONSHIPS } from '@shared/api/signatures';
import { REGIONS } from '@shared/domain/vocabulary';
import { Entity, type EntityItem } from 'electrodb';
import { declareEntity, ENTITY_OPTIONS, SERVICE, table } from './table';

export const SignatureEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'signature', version: '1', service: SERVICE },
      attributes: {
        signatureId: { type: 'string', required: true, readOnly: true },
        letter: { type: LETTER_IDS, required: true, readOnly: true },
        /** The region whose letter text was used (the insured person's insuring province). */
        region: { type: REGIONS, required: true, readOnly: true },
        title: { type: 'string', required: true, readOnly: true },
        /**
         * The insured person the letter is about. A power of attorney may be signed before its principal (委托人) is
         * on record: it then has none, and the principal is known by the blind index of their ID number.
         */
        insuredPersonId: { type: 'string', readOnly: true },
        /** Blind index of the ID number of the person the letter is about (the 委托人 for a power of attorney). */
        subjectIdNumberIndex: { type: 'string', required: true, readOnly: true },
        /** The user who submitted it (the insured person's own account, or their proxy's). */
        submitterUserId: { type: 'string', required: true, readOnly: true },
        signerName: { type: 'string', required: true, readOnly: true },
        signerRelationship: { type: SIGNER_RELATIONSHIPS, required: true, readOnly: true },
        dataKey: { type: 'string', required: true, readOnly: true },
        signerIdNumberEnc: { type: 'string', required: true, readOnly: true },
        signerIdNumberMasked: { type: 'string', required: true, readOnly: true },
        signerPhoneEnc: { type: 'string', readOnly: true },
        signerPhoneMasked: { type: 'string', readOnly: true },
        /** For a power of attorney: the proxy (受托人) it names — only that user may use it. */
        agentUserId: { type: 'string', readOnly: true },
        textEnc: { type: 'string', required: true, readOnly: true },
        textMasked: { type: 'string', required: true, readOnly: true },
        /** Which line of the text carries the signature blank: the PDF draws the image there. */
        signatureLine: { type: 'number', readOnly: true },
        imageKey: { type: 'string', required: true, readOnly: true },
        imageBytes: { type: 'number', required: true, readOnly: true },
        /** Hex SHA-256 of UTF-8(text) ‖ image. */
        sha256: { type: 'string', required: true, readOnly: true },
        signedAt: { type: 'string', required: true, readOnly: true },
      },
      indexes: {
        byId: {
          pk: { field: 'pk', composite: ['signatureId'], template: 'SIGNATURE#${signatureId}', casing: 'none' },
          sk: { field: 'sk', composite: [], template: 'SIGNATURE', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** A signature as stored. */
export type Signature = EntityItem<typeof SignatureEntity>;

/** The field-encryption container of a signature (text, signer's ID number and phone): `SIGNATURE#<signatureId>`. */
export function signatureContainer(signatureId: string): string {
  return `SIGNATURE#${signatureId}`;
}

/** PutItem SIGNATURE#<signatureId>/SIGNATURE if absent — a signed letter, written once. */
export async function createSignature(signature: Signature): Promise<void> {
  table();
  await SignatureEntity.create(signature).go();
}

/** GetItem SIGNATURE#<signatureId>/SIGNATURE — the signed letter, or null. Authorisation is the caller's. */
export async function getSignature(signatureId: string): Promise<Signature | null> {
  table();
  const { data } = await SignatureEntity.get({ signatureId }).go();
  return data ?? null;
}
