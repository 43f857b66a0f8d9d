import { ROUTES } from '@shared/api/routes';
import { getResultForm } from '../data/resultForm';
import { httpHandler } from '../http/http';
import { parsePath } from '../http/request';
import { NotFoundError } from '../support/errors';
import { authenticateBound } from '../usecases/access/auth';
import { loadCaseFor } from '../usecases/claims/claims';
import { resultFormPdf } from '../usecases/documents/resultFormCheck';

/** GET /v1/cases/{id}/result — the applicant (or their proxy) downloads the e-sealed result form of a completed case. */
export const handler = httpHandler(async (event) => {
  const { id } = parsePath(event, ROUTES.getCaseResult);
  const caller = await authenticateBound(event);
  const { stored } = await loadCaseFor(id, caller);
  const form = stored.resultFormId ? await getResultForm(stored.resultFormId) : undefined;
  if (!form) throw new NotFoundError('该办件尚未办结，暂无结算结果单');
  return {
    body: await resultFormPdf(form),
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="result-${form.formId}.pdf"`,
    },
  };
});
