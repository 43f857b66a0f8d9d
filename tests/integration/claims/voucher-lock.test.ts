// SPEC §3.7 — one open claim per voucher, decided by the database: two claims with one voucher submitted at the
// same moment, exactly one wins. Withdrawing the winner releases the voucher (same transaction), and the other
// claim can then be submitted. This file alone submits the voucher `retiree-major-inpatient`.
import { CaseDetailSchema, ClaimViewSchema } from '@shared/api/claims';
import { getCase } from '../../../functions/data/case';
import { getVoucherLock } from '../../../functions/data/voucherLock';
import { demoInvoice } from '../../../local/seed/demo';
import { type Answer, call, errorOf } from '../../support/api';
import {
  type Applicant,
  activeFiling,
  attachStored,
  bankAccountOf,
  createDraft,
  demoApplicant,
  draftFor,
  useStackEnvironment,
  voucherOf,
} from './people';

// Each function's first call starts it in serverless-offline; on a busy machine that takes seconds.
jest.setTimeout(30_000);

const VOUCHER = 'retiree-major-inpatient';
const { bill } = demoInvoice(VOUCHER);
const key = { invoiceCode: bill.code, invoiceNumber: bill.number };

/** A complete draft backed by the voucher, ready to submit. */
async function readyClaim(person: Applicant): Promise<string> {
  const draft = await createDraft(person, draftFor(person, VOUCHER));
  const fetched = await call('POST', `/v1/claims/${draft.caseId}/voucher`, {
    token: person.token,
    body: voucherOf(VOUCHER),
  });
  if (fetched.status !== 200) throw new Error(`voucher refused: ${fetched.text}`);
  const attached = await attachStored(person, draft.caseId, 'DIAGNOSIS_OR_DISCHARGE');
  if (attached.status !== 200) throw new Error(`attach refused: ${attached.text}`);
  await call('PUT', `/v1/claims/${draft.caseId}/bank-account`, { token: person.token, body: bankAccountOf('retiree') });
  return draft.caseId;
}

const submit = (person: Applicant, caseId: string) =>
  call('POST', `/v1/claims/${caseId}/submit`, { token: person.token, body: {} });

let first: Applicant;
let second: Applicant;
let firstCase: string;
let secondCase: string;
let winner: { person: Applicant; caseId: string };
let loser: { person: Applicant; caseId: string };

beforeAll(async () => {
  useStackEnvironment();
  // Two accounts for the same insured person's voucher (e.g. she and a relative each started a claim).
  [first, second] = await Promise.all([demoApplicant('retiree'), demoApplicant('retiree')]);
  await Promise.all([
    activeFiling(first, { code: '460000', level: 'PROVINCE' }),
    activeFiling(second, { code: '460000', level: 'PROVINCE' }),
  ]);
  [firstCase, secondCase] = await Promise.all([readyClaim(first), readyClaim(second)]);
});

describe('SPEC §3.7 — an e-voucher backs at most one open claim (conditional write, not a read)', () => {
  it('of two claims submitted at the same moment with one voucher, exactly one wins; the other gets 409', async () => {
    const answers: Answer[] = await Promise.all([submit(first, firstCase), submit(second, secondCase)]);

    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 409]);
    const lost = answers.find((a) => a.status === 409) as Answer;
    expect(errorOf(lost).code).toBe('VOUCHER_ALREADY_CLAIMED');
    expect(errorOf(lost).message).toMatch(/票据/);
    const firstWon = answers[0]?.status === 200;
    winner = firstWon ? { person: first, caseId: firstCase } : { person: second, caseId: secondCase };
    loser = firstWon ? { person: second, caseId: secondCase } : { person: first, caseId: firstCase };
    expect(await getVoucherLock(key)).toMatchObject({ caseId: winner.caseId, state: 'OPEN' });
  });

  it('leaves nothing of the losing submission: still a draft, no event, no queue key', async () => {
    const detail = CaseDetailSchema.parse(
      (await call('GET', `/v1/cases/${loser.caseId}`, { token: loser.person.token })).body,
    );
    const stored = await getCase(loser.caseId);

    expect(detail.claim.state).toBe('draft');
    expect(detail.timeline).toEqual([]);
    expect(stored?.queueStage).toBe('NONE');
  });

  it('a voucher already held is refused early at look-up on a third claim', async () => {
    const third = await demoApplicant('retiree');
    await activeFiling(third, { code: '460000', level: 'PROVINCE' });
    const draft = await createDraft(third, draftFor(third, VOUCHER));

    const answer = await call('POST', `/v1/claims/${draft.caseId}/voucher`, {
      token: third.token,
      body: voucherOf(VOUCHER),
    });

    expect(answer.status).toBe(409);
    expect(errorOf(answer).code).toBe('VOUCHER_ALREADY_CLAIMED');
  });

  it('withdrawing the winner releases the voucher in the same transaction and leaves the queue', async () => {
    const answer = await call('POST', `/v1/claims/${winner.caseId}/withdraw`, {
      token: winner.person.token,
      body: { reason: '票据信息填错，重新申请' },
    });

    expect(answer.status).toBe(200);
    const detail = CaseDetailSchema.parse(answer.body);
    expect(detail.claim.state).toBe('withdrawn');
    expect(detail.timeline.map((e) => [e.action, e.reason])).toEqual([
      ['SUBMIT', null],
      ['WITHDRAW', '票据信息填错，重新申请'],
    ]);
    expect(detail.allowedActions).toEqual([]);
    expect(detail.deadline).toBeNull();
    expect(await getVoucherLock(key)).toMatchObject({ caseId: winner.caseId, state: 'RELEASED' });
    const stored = await getCase(winner.caseId);
    expect(stored?.queueStage).toBe('NONE');
    expect(stored).not.toHaveProperty('gsi3pk');
  });

  it('the released voucher backs a new claim: the other claim now submits', async () => {
    const answer = await submit(loser.person, loser.caseId);

    expect(answer.status).toBe(200);
    expect(CaseDetailSchema.parse(answer.body).claim.state).toBe('submitted');
    expect(await getVoucherLock(key)).toMatchObject({ caseId: loser.caseId, state: 'OPEN' });
  });

  it('a withdrawn claim stays withdrawn: no more changes (409)', async () => {
    const answer = await call('PUT', `/v1/claims/${winner.caseId}/bank-account`, {
      token: winner.person.token,
      body: bankAccountOf('retiree'),
    });
    const again = await call('POST', `/v1/claims/${winner.caseId}/withdraw`, { token: winner.person.token, body: {} });

    expect(answer.status).toBe(409);
    expect(again.status).toBe(409);
    expect(errorOf(again).code).toBe('TRANSITION_NOT_ALLOWED');
    expect(ClaimViewSchema.safeParse(answer.body).success).toBe(false);
  });
});
