import type { MaterialDownloadResponse } from '@shared/api/claims';
import { ROUTES } from '@shared/api/routes';
import { getCaseMaterial } from '../data/caseMaterial';
import { httpHandler } from '../http/http';
import { parsePath } from '../http/request';
import { NotFoundError } from '../support/errors';
import { authenticateBound } from '../usecases/access/auth';
import { loadCaseFor } from '../usecases/claims/claims';
import { presignDownload } from '../usecases/documents/uploads';

/**
 * GET /v1/claims/{id}/materials/{item}/{fileId} — a 5-minute download link of one attached page, for the case's
 * insured person and its submitter only (anyone else: 404, as for a case that does not exist).
 */
export const handler = httpHandler(async (event) => {
  const { id, item, fileId } = parsePath(event, ROUTES.getClaimMaterial);
  const caller = await authenticateBound(event);
  const { stored } = await loadCaseFor(id, caller);
  const material = await getCaseMaterial(stored.caseId, item, fileId);
  if (!material) throw new NotFoundError('没有找到该材料');
  const download = await presignDownload(fileId);
  const body: MaterialDownloadResponse = {
    fileId,
    item,
    downloadUrl: download.url,
    expiresAt: download.expiresAt,
  };
  return { body };
});
