import type { MaterialDownloadResponse } from '@shared/api/claims';
import { getCaseMaterial } from '../data/caseMaterial';
import { authenticateBound } from '../lib/auth';
import { isMaterialItem, loadCaseFor } from '../lib/claims';
import { NotFoundError } from '../lib/errors';
import { httpHandler } from '../lib/http';
import { presignDownload } from '../lib/uploads';

/**
 * GET /v1/claims/{id}/materials/{item}/{fileId} — a 5-minute download link of one attached page, for the case's
 * insured person and its submitter only (anyone else: 404, as for a case that does not exist).
 */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateBound(event);
  const { stored } = await loadCaseFor(event.pathParameters?.id, caller);
  const item = event.pathParameters?.item;
  const fileId = event.pathParameters?.fileId;
  if (!isMaterialItem(item) || !fileId) throw new NotFoundError('没有找到该材料');
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
