import { AttachMaterialsRequestSchema } from '@shared/api/claims';
import { listsAfterAttach } from '@shared/domain/claim/materials';
import { getCase, type StoredCase } from '../data/case';
import { type CaseMaterial, listCaseMaterials } from '../data/caseMaterial';
import { attachCaseMaterials } from '../data/caseTransition';
import { httpHandler } from '../http/http';
import { loadClaimView } from '../http/presentClaim';
import { parseBody } from '../http/request';
import { ConflictError } from '../support/errors';
import { authenticateBound } from '../usecases/access/auth';
import { loadCaseFor, requireEditable, requireMaterialItem, versionConflict } from '../usecases/claims/claims';
import { attachUploads } from '../usecases/documents/uploads';

// A phone may attach several items at once: each attach bumps the version, so a lost race is simply retried.
const ATTEMPTS = 3;

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
  requireEditable(first, 'MATERIALS');
  requireMaterialItem(first, item);

  const uploads = await attachUploads(
    fileIds,
    caller.userId,
    { kind: 'case', id: first.caseId, item },
    { purposes: ['CLAIM_MATERIAL', 'POWER_OF_ATTORNEY'], now },
  );
  let stored: StoredCase | undefined = first;
  for (let attempt = 1; stored; attempt += 1) {
    const current: StoredCase = stored;
    requireEditable(current, 'MATERIALS');
    const known = new Set((await listCaseMaterials(current.caseId, item)).map((m) => m.fileId));
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
        attachedInState: current.state,
      }));
    if (materials.length === 0) return { body: await loadClaimView(current) };
    const outcome = await attachCaseMaterials(current, materials, listsAfterAttach(current, current.state, item), now);
    if (outcome.ok) break;
    if (outcome.reason === 'MATERIAL_CONFLICT') throw new ConflictError('文件已添加，请刷新后查看');
    if (attempt >= ATTEMPTS) throw versionConflict();
    stored = await getCase(first.caseId);
  }
  const saved = await getCase(first.caseId);
  if (!saved) throw versionConflict();
  return { body: await loadClaimView(saved) };
});
