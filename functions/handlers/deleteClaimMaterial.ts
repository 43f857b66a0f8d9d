import { ROUTES } from '@shared/api/routes';
import { listsAfterRemoval } from '@shared/domain/claim/materials';
import { deleteObject } from '../adapters/s3';
import { getCase } from '../data/case';
import { getCaseMaterial, listCaseMaterials } from '../data/caseMaterial';
import { removeCaseMaterial } from '../data/caseTransition';
import { httpHandler } from '../http/http';
import { loadClaimView } from '../http/presentClaim';
import { parsePath } from '../http/request';
import { NotFoundError } from '../support/errors';
import { logger } from '../support/logger';
import { authenticateBound } from '../usecases/access/auth';
import { loadCaseFor, requireEditable, versionConflict } from '../usecases/claims/claims';
import { attachedKey } from '../usecases/documents/uploads';

const NOT_FOUND = '没有找到该材料';

/**
 * DELETE /v1/claims/{id}/materials/{item}/{fileId} — removes a page the applicant attached by mistake (in a draft
 * or while supplementing); the case's version moves with it. The file itself is deleted too: medical materials are
 * not kept once they are no longer part of a case.
 */
export const handler = httpHandler(async (event) => {
  const { id, item, fileId } = parsePath(event, ROUTES.deleteClaimMaterial);
  const caller = await authenticateBound(event);
  const now = new Date();
  const { stored } = await loadCaseFor(id, caller);
  const material = await getCaseMaterial(stored.caseId, item, fileId);
  if (!material) throw new NotFoundError(NOT_FOUND);
  requireEditable(stored, 'MATERIALS');

  const rest = (await listCaseMaterials(stored.caseId, item)).filter((m) => m.fileId !== fileId);
  const outcome = await removeCaseMaterial(stored, material, listsAfterRemoval(stored, item, rest), now);
  if (!outcome.ok) {
    if (outcome.reason === 'MATERIAL_CONFLICT') throw new NotFoundError(NOT_FOUND);
    throw versionConflict();
  }
  try {
    await deleteObject(attachedKey({ kind: 'case', id: stored.caseId }, fileId));
  } catch (error) {
    // The material is no longer part of the case either way; an operator can remove the object.
    logger.warn('removed material left in the bucket', {
      caseId: stored.caseId,
      fileId,
      errorName: (error as Error).name,
    });
  }
  const saved = await getCase(stored.caseId);
  if (!saved) throw versionConflict();
  return { body: await loadClaimView(saved) };
});
