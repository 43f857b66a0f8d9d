import { ROUTES } from '@shared/api/routes';
import { getSignature } from '../data/signature';
import { httpHandler } from '../http/http';
import { parsePath } from '../http/request';
import { NotFoundError } from '../support/errors';
import { authenticateBound } from '../usecases/access/auth';
import { mayReadSignature, signatureOf } from '../usecases/documents/signatureAccess';

/** GET /v1/signatures/{signatureId} — a signed letter, masked; for its submitter and the insured person only. */
export const handler = httpHandler(async (event) => {
  const { signatureId } = parsePath(event, ROUTES.getSignature);
  const caller = await authenticateBound(event);
  const signature = await getSignature(signatureId);
  if (!signature || !(await mayReadSignature(caller, signature))) throw new NotFoundError('没有找到该签名文书');
  return { body: signatureOf(signature) };
});
