import { ROUTES } from '@shared/api/routes';
import { getResultForm } from '../data/resultForm';
import { httpHandler } from '../http/http';
import { parsePath } from '../http/request';
import { NotFoundError } from '../support/errors';
import { checkResultForm } from '../usecases/documents/resultFormCheck';

/**
 * GET /v1/verify/{formId} — 结果单核验 (public; the QR code on the form leads here): whether the form is genuine,
 * check by check, and the little it may show (masked name, amounts, agency, date).
 */
export const handler = httpHandler(async (event) => {
  const { formId } = parsePath(event, ROUTES.getVerifyResultForm);
  const form = await getResultForm(formId);
  if (!form) throw new NotFoundError('没有找到该结果单，请核对编号');
  const checks = await checkResultForm(form);
  const valid = checks.documentHash && checks.signature && checks.ledger;
  return {
    body: {
      formId,
      valid,
      message: valid ? '结果单真实有效，未被改动' : '核验未通过：结果单内容或存证记录与原件不符',
      checks,
      agencyName: form.agencyName,
      issuedOn: form.summary.issuedOn,
      personNameMasked: form.summary.personNameMasked,
      expenseType: form.summary.expenseType,
      hospitalName: form.summary.hospitalName,
      totalFen: form.summary.totalFen,
      fundFen: form.summary.fundFen,
      sha256: form.sha256,
      ledger: { chain: form.ledgerChain, seq: form.ledgerSeq },
    },
  };
});
