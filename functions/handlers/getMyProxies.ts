import type { MyProxyListResponse } from '@shared/api/proxies';
import { httpHandler } from '../http/http';
import { authenticateBound } from '../usecases/access/auth';
import { proxiesOfPrincipal } from '../usecases/people/proxies';

/** GET /v1/me/proxies — who acts for the caller's insured person now (active authorisations), masked. */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateBound(event);
  const body: MyProxyListResponse = { proxies: await proxiesOfPrincipal(caller.insuredPersonId) };
  return { body };
});
