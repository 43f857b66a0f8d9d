// Issue 9 item 4 — no 500 from long ids: every path parameter of every route is checked against its schema before
// any read. Generated from the route table: each route with a path parameter is called, with a token of its own
// audience, once per parameter with a 2,000-character value, `../x`, a NUL and a blank in that parameter (the others
// well-formed) — each answer is 400 VALIDATION_FAILED naming that parameter in Chinese, never a 5xx. Then the three
// URLs the issue reported (a real case, a 2,000-character file id) and the 404 a well-formed unknown file id keeps.
import { ROUTES } from '@shared/api/routes';
import { CaseEntity } from '../../functions/data/case';
import { table } from '../../functions/data/table';
import { ulid } from '../../functions/support/ids';
import { type Answer, call, errorOf, login, newUserCode } from '../support/api';
import { loginStaff } from '../support/staff';
import {
  activeFiling,
  createDraft,
  demoApplicant,
  draftFor,
  idempotencyKey,
  useStackEnvironment,
} from './claims/people';

// Each function's first call starts it in serverless-offline; on a busy machine that takes seconds.
jest.setTimeout(120_000);

const HAN = /\p{Script=Han}/u;

/** What an attacker puts in a path segment (sent percent-encoded, as a client must). */
const BAD_VALUES: [string, string][] = [
  ['2,000 characters', 'A'.repeat(2_000)],
  ['../x', '../x'],
  ['a NUL', '\u0000'],
  ['a blank', ' '],
];

/** A well-formed value of each path parameter name of the table (an unknown name fails the test: add it here). */
function wellFormed(name: string): string {
  switch (name) {
    case 'id':
    case 'fileId':
    case 'signatureId':
    case 'personId':
    case 'proxyUserId':
    case 'formId':
      return ulid();
    case 'messageId':
      return `${ulid()}-${ulid()}`;
    case 'item':
      return 'INVOICE';
    case 'stage':
      return 'ACCEPTANCE';
    default:
      throw new Error(`path parameter {${name}} has no well-formed value in this test`);
  }
}

function paramNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name as string);
}

function urlOf(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}

const CASES = Object.entries(ROUTES).flatMap(([name, route]) =>
  paramNames(route.path).map((param) => ({ name, route, param })),
);

let tokens: Record<'public' | 'user' | 'bound' | 'staff', string | undefined>;
let caseId: string;
let applicantToken: string;

beforeAll(async () => {
  useStackEnvironment();
  const applicant = await demoApplicant('retiree');
  await activeFiling(applicant, { code: '460000', level: 'PROVINCE' });
  caseId = (await createDraft(applicant, draftFor(applicant, 'retiree-inpatient'))).caseId;
  applicantToken = applicant.token;
  // Submitted, so the agency's staff see it too (a draft is the applicant's own).
  table();
  await CaseEntity.patch({ caseId }).set({ state: 'submitted' }).go();
  tokens = {
    public: undefined,
    user: (await login(newUserCode('path-params'))).accessToken,
    bound: applicant.token,
    staff: await loginStaff('sx-admin'),
  };
});

function expectRefused(answer: Answer, param: string, what: string): void {
  const summary = { what, status: answer.status, code: errorOf(answer)?.code, fields: errorOf(answer)?.fields };
  expect(summary).toEqual({
    what,
    status: 400,
    code: 'VALIDATION_FAILED',
    fields: { [param]: expect.stringMatching(HAN) },
  });
  expect(errorOf(answer).message).toMatch(HAN);
  expect(answer.text).not.toMatch(/stack|errorMessage|\/work\//i);
}

describe('every path parameter of every route is checked before any read (issue 9 item 4)', () => {
  it('the table has routes with path parameters to check', () => {
    expect(CASES.length).toBeGreaterThan(40);
  });

  it.each(CASES.map((c) => [`${c.route.method} ${c.route.path} {${c.param}}`, c] as const))(
    '%s: 400 with a Chinese message for a long, a traversing, a NUL and a blank value',
    async (_label, { route, param }) => {
      const valid = Object.fromEntries(paramNames(route.path).map((n) => [n, wellFormed(n)]));
      for (const [what, bad] of BAD_VALUES) {
        const answer = await call(route.method, urlOf(route.path, { ...valid, [param]: bad }), {
          token: tokens[route.auth],
          body: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
          headers: 'idempotent' in route && route.idempotent ? { 'idempotency-key': idempotencyKey() } : {},
        });
        expectRefused(answer, param, `${what} in {${param}}`);
      }
    },
  );
});

describe('the URLs of the report: a real case, a file id of 2,000 characters', () => {
  const longFileId = 'A'.repeat(2_000);

  it('GET /v1/claims/{id}/materials/INVOICE/<2,000 × A> is 400, not 500', async () => {
    const answer = await call('GET', `/v1/claims/${caseId}/materials/INVOICE/${longFileId}`, { token: applicantToken });

    expectRefused(answer, 'fileId', 'GET applicant material');
  });

  it('DELETE /v1/claims/{id}/materials/INVOICE/<2,000 × A> is 400, not 500, and changes nothing', async () => {
    table();
    const before = (await CaseEntity.get({ caseId }).go({ consistent: true })).data;
    const answer = await call('DELETE', `/v1/claims/${caseId}/materials/INVOICE/${longFileId}`, {
      token: applicantToken,
    });
    const after = (await CaseEntity.get({ caseId }).go({ consistent: true })).data;

    expectRefused(answer, 'fileId', 'DELETE applicant material');
    expect(after?.version).toBe(before?.version);
  });

  it('GET /v1/staff/cases/{id}/materials/INVOICE/<2,000 × A> is 400, not 500', async () => {
    const answer = await call('GET', `/v1/staff/cases/${caseId}/materials/INVOICE/${longFileId}`, {
      token: await loginStaff('sx-intake'),
    });

    expectRefused(answer, 'fileId', 'GET staff material');
  });

  it('a well-formed file id that is not attached stays 404 (nothing says whether it exists elsewhere)', async () => {
    const mine = await call('GET', `/v1/claims/${caseId}/materials/INVOICE/${ulid()}`, { token: applicantToken });
    const staff = await call('GET', `/v1/staff/cases/${caseId}/materials/INVOICE/${ulid()}`, {
      token: await loginStaff('sx-intake'),
    });

    expect([mine.status, errorOf(mine).code]).toEqual([404, 'NOT_FOUND']);
    expect([staff.status, errorOf(staff).code]).toEqual([404, 'NOT_FOUND']);
  });
});
