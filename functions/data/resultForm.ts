// 结算结果单 — the result form issued at completion (RESULTFORM#<formId>/FORM): where its PDF is, the SHA-256 of
// the PDF's bytes, the digital signature over that hash, and its ledger position. Written once (Put if absent, in
// the completion's transaction), never updated; the public verification route reads it.
import { CustomAttributeType, Entity, type EntityItem } from 'electrodb';
import type { FormSignature } from '../adapters/signer';
import { declareEntity, ENTITY_OPTIONS, SERVICE, table } from './table';

/** What the public verification page may show: nothing that identifies the person beyond a masked name. */
export type ResultFormSummary = {
  personNameMasked: string;
  expenseType: string;
  hospitalName: string;
  totalFen: number;
  fundFen: number;
  issuedOn: string;
};

export const ResultFormEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'resultForm', version: '1', service: SERVICE },
      attributes: {
        formId: { type: 'string', required: true, readOnly: true },
        caseId: { type: 'string', required: true, readOnly: true },
        agencyRegion: { type: 'string', required: true, readOnly: true },
        agencyName: { type: 'string', required: true, readOnly: true },
        s3Key: { type: 'string', required: true, readOnly: true },
        sha256: { type: 'string', required: true, readOnly: true },
        signature: { type: CustomAttributeType<FormSignature>('any'), required: true, readOnly: true },
        ledgerChain: { type: 'string', required: true, readOnly: true },
        ledgerSeq: { type: 'number', required: true, readOnly: true },
        summary: { type: CustomAttributeType<ResultFormSummary>('any'), required: true, readOnly: true },
        issuedAt: { type: 'string', required: true, readOnly: true },
        issuedBy: { type: 'string', required: true, readOnly: true },
      },
      indexes: {
        byId: {
          pk: { field: 'pk', composite: ['formId'], template: 'RESULTFORM#${formId}', casing: 'none' },
          sk: { field: 'sk', composite: [], template: 'FORM', casing: 'none' },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

export type ResultForm = EntityItem<typeof ResultFormEntity>;

/** GetItem RESULTFORM#<formId>/FORM — the form record, or undefined. */
export async function getResultForm(formId: string): Promise<ResultForm | undefined> {
  table();
  const { data } = await ResultFormEntity.get({ formId }).go({ consistent: true });
  return data ?? undefined;
}
