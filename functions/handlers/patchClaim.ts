import { patchClaimRequestSchema } from '@shared/api/claims';
import { ErrorCode } from '@shared/api/errors';
import { ROUTES } from '@shared/api/routes';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { editableStates } from '@shared/domain/case/claimEdits';
import { type DraftChanges, updateCaseFields } from '../data/case';
import { getInsuredPerson } from '../data/insuredPerson';
import { httpHandler } from '../http/http';
import { loadClaimView } from '../http/presentClaim';
import { parseBody, parsePath } from '../http/request';
import { NotFoundError, UnprocessableError } from '../support/errors';
import { authenticateBound } from '../usecases/access/auth';
import {
  checkEligibility,
  checklistOf,
  loadCaseFor,
  requireEditable,
  versionConflict,
} from '../usecases/claims/claims';

/**
 * PATCH /v1/claims/{id} — autosave of a draft, conditional on the version the client read (another device's save
 * in between → 409). Eligibility and the facts' consistency are decided again by the domain on every save.
 */
export const handler = httpHandler(async (event) => {
  const { id } = parsePath(event, ROUTES.patchClaim);
  const caller = await authenticateBound(event);
  const now = new Date();
  const { stored } = await loadCaseFor(id, caller);
  const request = parseBody(event, patchClaimRequestSchema(todayInShanghai(now)));
  requireEditable(stored, 'DETAILS');
  if (request.version !== stored.version) throw versionConflict();
  const expenseChanged = request.expenseType !== undefined && request.expenseType !== stored.expenseType;
  if (stored.voucher && (request.visit || expenseChanged || request.declaredTotalFen !== undefined)) {
    throw new UnprocessableError(
      ErrorCode.VISIT_FROM_VOUCHER,
      '已获取电子票据：就医日期、费用类型和金额以票据为准，不能修改。如票据有误，请重新获取正确的票据',
    );
  }
  const next = {
    eligibilityCase: request.eligibilityCase ?? stored.eligibilityCase,
    expenseType: request.expenseType ?? stored.expenseType,
    facts: { ...stored.facts, ...request.facts },
    visit: request.visit ? { ...stored.visit, ...request.visit } : stored.visit,
  };
  const person = await getInsuredPerson(stored.personId);
  if (!person) throw new NotFoundError('没有找到该办件的参保人');
  const eligibility = await checkEligibility(person, next);
  checklistOf({ ...stored, ...next });
  const changes: DraftChanges = {
    ...next,
    eligibility: { description: eligibility.description, source: eligibility.source },
    ...(request.declaredTotalFen !== undefined
      ? { declaredTotalFen: request.declaredTotalFen, claimedTotalFen: request.declaredTotalFen }
      : {}),
  };
  const saved = await updateCaseFields(stored, changes, editableStates('DETAILS'), now);
  if (!saved) throw versionConflict();
  return { body: await loadClaimView(saved) };
});
