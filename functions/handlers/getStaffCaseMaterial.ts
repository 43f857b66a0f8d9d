import type { MaterialDownloadResponse } from '@shared/api/claims';
import { ROUTES } from '@shared/api/routes';
import { getCaseMaterial } from '../data/caseMaterial';
import { httpHandler } from '../http/http';
import { parsePath } from '../http/request';
import { NotFoundError } from '../support/errors';
import { authenticateStaff } from '../usecases/access/staffAuth';
import { auditSensitiveRead, loadCaseForStaff } from '../usecases/cases/staffCases';
import { presignDownload } from '../usecases/documents/uploads';

/**
 * GET /v1/staff/cases/{id}/materials/{item}/{fileId} — a 5-minute download link of one attached page for any staff
 * member of the case's agency (intake checks the materials too). Medical files are sensitive: the read is audited
 * (what `material:<item>`) before the link is answered.
 */
export const handler = httpHandler(async (event) => {
  const { id, item, fileId } = parsePath(event, ROUTES.getStaffCaseMaterial);
  const now = new Date();
  const caller = await authenticateStaff(event);
  const stored = await loadCaseForStaff(id, caller);
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
