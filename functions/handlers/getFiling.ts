import type { FilingResponse } from '@shared/api/filings';
import { ROUTES } from '@shared/api/routes';
import { httpHandler } from '../http/http';
import { filingView } from '../http/presentFiling';
import { parsePath } from '../http/request';
import { authenticateBound } from '../usecases/access/auth';
import { filingPerson, loadVisibleFiling } from '../usecases/filings/filings';

/** GET /v1/filings/{id} — one filing of the caller (as insured person or submitter); 404 for anyone else. */
export const handler = httpHandler(async (event) => {
  const { id } = parsePath(event, ROUTES.getFiling);
  const caller = await authenticateBound(event);
  const filing = await loadVisibleFiling(caller, id);
  const body: FilingResponse = { filing: filingView(filing, await filingPerson(filing.personId), caller.userId) };
  return { body };
});
