// 材料 — a file attached to a case as one checklist item (several pages = several files):
// CASE#<caseId>/MATERIAL#<materialItem>#<fileId>. The file itself is an upload (upload.ts) moved under the case's
// prefix; this item records which checklist item it answers. Written with the case's version bump in one
// transaction (caseTransition.ts), so the case's `attached` list and its materials never disagree.
import { MATERIAL_ITEMS, type MaterialItem } from '@shared/domain/vocabulary';
import { Entity, type EntityItem } from 'electrodb';
import { declareEntity, ENTITY_OPTIONS, SERVICE, table } from './table';

export const CaseMaterialEntity = declareEntity(
  new Entity(
    {
      model: { entity: 'caseMaterial', version: '1', service: SERVICE },
      attributes: {
        caseId: { type: 'string', required: true, readOnly: true },
        item: { type: MATERIAL_ITEMS, required: true, readOnly: true },
        fileId: { type: 'string', required: true, readOnly: true },
        contentType: { type: 'string', readOnly: true },
        size: { type: 'number', readOnly: true },
        /** Who attached it (a user id). */
        attachedBy: { type: 'string', required: true, readOnly: true },
        attachedAt: { type: 'string', required: true, readOnly: true },
        /** The state the case was in: files attached while awaiting supplement answer the deficiency notice. */
        attachedInState: { type: 'string', required: true, readOnly: true },
      },
      indexes: {
        byCase: {
          pk: { field: 'pk', composite: ['caseId'], template: 'CASE#${caseId}', casing: 'none' },
          sk: {
            field: 'sk',
            composite: ['item', 'fileId'],
            template: 'MATERIAL#${item}#${fileId}',
            casing: 'none',
          },
        },
      },
    },
    ENTITY_OPTIONS,
  ),
);

/** A material as stored. */
export type CaseMaterial = EntityItem<typeof CaseMaterialEntity>;

/** Query CASE#<caseId>, begins_with MATERIAL# (or MATERIAL#<item># for one item) — a case's materials. */
export async function listCaseMaterials(caseId: string, item?: MaterialItem): Promise<CaseMaterial[]> {
  table();
  const { data } = await CaseMaterialEntity.query.byCase(item ? { caseId, item } : { caseId }).go({ pages: 'all' });
  return data;
}

/** GetItem CASE#<caseId>/MATERIAL#<item>#<fileId> — one material, or undefined. */
export async function getCaseMaterial(
  caseId: string,
  item: MaterialItem,
  fileId: string,
): Promise<CaseMaterial | undefined> {
  table();
  const { data } = await CaseMaterialEntity.get({ caseId, item, fileId }).go({ consistent: true });
  return data ?? undefined;
}
