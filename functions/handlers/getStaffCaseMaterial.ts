import type { MaterialDownloadResponse } from '@shared/api/claims';
import { getCaseMaterial } from '../data/caseMaterial';
import { isMaterialItem } from '../lib/claims';
import { NotFoundError } from '../lib/errors';
import { httpHandler } from '../lib/http';
import { authenticateStaff } from '../lib/staffAuth';
import { auditSensitiveRead, loadCaseForStaff } from '../lib/staffCases';
import { presignDownload } from '../lib/uploads';

/**
 * GET /v1/staff/cases/{id}/materials/{item}/{fileId} — a 5-minute download link of one attached page for any staff
 * member of the case's agency (intake checks the materials too). Medical files are sensitive: the read is audited
 * (what `material:<item>`) before the link is answered.
 */
export const handler = httpHandler(async (event) => {
  const now = new Date();
  const caller = await authenticateStaff(event);
  const stored = await loadCaseForStaff(event.pathParameters?.id, caller);
  const item = event.pathParameters?.item;
  const fileId = event.pathParameters?.fileId;
  if (!isMaterialItem(item) || !fileId) throw new NotFoundError('没有找到该材料');
  const material = await getCaseMaterial(stored.caseId, item, fileId);
  if (!material) throw new NotFoundError('没有找到该材料');
  const auditId = await auditSensitiveRead(caller, { type: 'CASE', id: stored.caseId }, `material:${item}`, now);
  const download = await presignDownload(fileId, now);
  const body: MaterialDownloadResponse & { auditId: string } = {
    fileId,
    item,
    downloadUrl: download.url,
    expiresAt: download.expiresAt,
    auditId,
  };
  return { body };
});
