import type { CaseListResponse } from '@shared/api/claims';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { z } from 'zod';
import { listCasesByInsuredPerson, listCasesBySubmitter, type StoredCase } from '../data/case';
import { getInsuredPerson } from '../data/insuredPerson';
import { httpHandler } from '../http/http';
import { caseSummaryOf } from '../http/presentClaim';
import { ValidationError } from '../support/errors';
import { authenticateBound } from '../usecases/access/auth';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 50;

const CursorSchema = z.object({ createdAt: z.string().min(1), caseId: z.string().min(1) });
type Cursor = z.infer<typeof CursorSchema>;

const sortKey = (c: Pick<StoredCase, 'createdAt' | 'caseId'>) => `${c.createdAt}#${c.caseId}`;

function pageOf(event: APIGatewayProxyEventV2): { limit: number; before?: Cursor } {
  const query = event.queryStringParameters ?? {};
  const limit = query.limit === undefined ? DEFAULT_LIMIT : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new ValidationError({ limit: `每页条数应为1至${MAX_LIMIT}` });
  }
  if (!query.cursor) return { limit };
  try {
    const before = CursorSchema.parse(JSON.parse(Buffer.from(query.cursor, 'base64url').toString('utf8')));
    return { limit, before };
  } catch {
    throw new ValidationError({ cursor: '翻页参数无效，请从第一页重新查看' });
  }
}

/**
 * GET /v1/cases — my cases: those of the insured person I am (gsi1) and those I submitted, e.g. as proxy (gsi2),
 * merged newest first. Each index is read one past the page, so the cursor (the last case's sort key) is given
 * only when more cases exist.
 */
export const handler = httpHandler(async (event) => {
  const caller = await authenticateBound(event);
  const { limit, before } = pageOf(event);
  const page = { limit: limit + 1, ...(before ? { before } : {}) };
  const [asPerson, asSubmitter] = await Promise.all([
    listCasesByInsuredPerson(caller.insuredPersonId, page),
    listCasesBySubmitter(caller.userId, page),
  ]);
  const byId = new Map([...asPerson, ...asSubmitter].map((c) => [c.caseId, c]));
  const merged = [...byId.values()].sort((a, b) => (sortKey(a) < sortKey(b) ? 1 : -1));
  const cases = merged.slice(0, limit);
  const last = cases[cases.length - 1];
  const personIds = [...new Set(cases.map((c) => c.personId))];
  const persons = new Map(
    (await Promise.all(personIds.map((id) => getInsuredPerson(id)))).flatMap((p) => (p ? [[p.personId, p]] : [])),
  );
  const body: CaseListResponse = {
    cases: cases.map((c) => caseSummaryOf(c, persons.get(c.personId), caller.insuredPersonId)),
    cursor:
      merged.length > limit && last
        ? Buffer.from(JSON.stringify({ createdAt: last.createdAt, caseId: last.caseId })).toString('base64url')
        : null,
  };
  return { body };
});
