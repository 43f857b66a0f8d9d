import { AttachMaterialsRequestSchema } from '@shared/api/claims';
import { ErrorCode } from '@shared/api/errors';
import { MATERIAL_ITEM, type MaterialItem } from '@shared/domain/vocabulary';
import { getCase, type StoredCase } from '../data/case';
import { type CaseMaterial, listCaseMaterials } from '../data/caseMaterial';
import { attachCaseMaterials } from '../data/caseTransition';
import { httpHandler } from '../http/http';
import { loadClaimView } from '../http/presentClaim';
import { parseBody } from '../http/request';
import { ConflictError, UnprocessableError } from '../support/errors';
import { authenticateBound } from '../usecases/access/auth';
import { checklistOf, loadCaseFor, requireState, versionConflict } from '../usecases/claims/claims';
import { attachUploads } from '../usecases/documents/uploads';

const STATES_TAKING_MATERIALS = ['draft', 'awaiting_supplement'] as const;
// A phone may attach several items at once: each attach bumps the version, so a lost race is simply retried.
const ATTEMPTS = 3;

/** Which items this attachment may answer: the checklist's; while supplementing, only those the notice lists. */
function checkItem(stored: StoredCase, item: MaterialItem): void {
  if (!checklistOf(stored).some((i) => i.item === item)) {
    throw new UnprocessableError(
      ErrorCode.ITEM_NOT_ON_CHECKLIST,
      `“${MATERIAL_ITEM[item]}”不在本次报销的材料清单中，请按清单上传`,
    );
  }
  const notice = stored.notices[stored.notices.length - 1];
  if (stored.state === 'awaiting_supplement' && notice?.kind === 'ORDINARY') {
    if (!notice.items.some((i) => i.item === item)) {
      throw new UnprocessableError(
        ErrorCode.ITEM_NOT_REQUESTED,
        `补正通知没有要求补充“${MATERIAL_ITEM[item]}”，请按通知列出的材料上传`,
      );
    }
  }
}

const union = (list: readonly MaterialItem[], item: MaterialItem) =>
  list.includes(item) ? [...list] : [...list, item];

/**
 * POST /v1/claims/{id}/materials — attaches confirmed uploads of the caller as pages of one checklist item (in a
 * draft, or while supplementing after a deficiency notice). The files move under the case; the case's version
 * moves with its materials in one transaction. Retrying the same request attaches nothing twice.
 */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateBound(event);
  const now = new Date();
  const { stored: first } = await loadCaseFor(event.pathParameters?.id, caller);
  const { item, fileIds } = parseBody(event, AttachMaterialsRequestSchema);
  requireState(first, STATES_TAKING_MATERIALS);
  checkItem(first, item);

  const uploads = await attachUploads(
    fileIds,
    caller.userId,
    { kind: 'case', id: first.caseId, item },
    { purposes: ['CLAIM_MATERIAL', 'POWER_OF_ATTORNEY'], now },
  );
  let stored: StoredCase | undefined = first;
  for (let attempt = 1; stored; attempt += 1) {
    requireState(stored, STATES_TAKING_MATERIALS);
    const known = new Set((await listCaseMaterials(stored.caseId, item)).map((m) => m.fileId));
    const materials: CaseMaterial[] = uploads
      .filter((u) => !known.has(u.fileId))
      .map((u) => ({
        caseId: first.caseId,
        item,
        fileId: u.fileId,
        contentType: u.contentType,
        size: u.size,
        attachedBy: caller.userId,
        attachedAt: now.toISOString(),
        attachedInState: stored?.state ?? 'draft',
      }));
    if (materials.length === 0) return { body: await loadClaimView(stored) };
    const outcome = await attachCaseMaterials(
      stored,
      materials,
      {
        attached: union(stored.attached, item),
        supplied: stored.state === 'awaiting_supplement' ? union(stored.supplied, item) : [...stored.supplied],
      },
      now,
    );
    if (outcome.ok) break;
    if (outcome.reason === 'MATERIAL_CONFLICT') throw new ConflictError('文件已添加，请刷新后查看');
    if (attempt >= ATTEMPTS) throw versionConflict();
    stored = await getCase(first.caseId);
  }
  const saved = await getCase(first.caseId);
  if (!saved) throw versionConflict();
  return { body: await loadClaimView(saved) };
});
