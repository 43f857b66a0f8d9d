// SPEC §3.7 — one open claim per voucher, decided by the database: two claims with one voucher submitted at the
// same moment, exactly one wins. Withdrawing the winner releases the voucher (same transaction), and the other
// claim can then be submitted. This file alone submits the voucher `retiree-major-inpatient`; the seed has one such
// voucher, and each step below needs the lock the step before left, so the lifecycle is ONE `it` of labelled steps.
import { CaseDetailSchema, ClaimViewSchema } from '@shared/api/claims';
import { getCase } from '../../../functions/data/case';
import { getVoucherLock } from '../../../functions/data/voucherLock';
import { demoInvoice } from '../../../local/seed/demo';
import { type Answer, call, errorOf } from '../../support/api';
import {
  bankAccountOf,
  draftClaim,
  filedRetiree,
  readyClaim,
  submitClaim,
  voucherOf,
  withdrawClaim,
} from '../../support/claims';
import { useStackEnvironment } from '../../support/people';
import { step } from '../../support/steps';

// Each function's first call starts it in serverless-offline; on a busy machine that takes seconds.
jest.setTimeout(30_000);

const VOUCHER = 'retiree-major-inpatient';
const { bill } = demoInvoice(VOUCHER);
const key = { invoiceCode: bill.code, invoiceNumber: bill.number };

beforeAll(() => {
  useStackEnvironment();
});

describe('SPEC §3.7 — an e-voucher backs at most one open claim (conditional write, not a read)', () => {
  it('one voucher through its lifecycle: a race with one winner, look-up refused while held, released on withdrawal, then the other claim', async () => {
    // Two accounts for the same insured person's voucher (e.g. she and a relative each started a claim).
    const [first, second] = await Promise.all([filedRetiree(), filedRetiree()]);
    const [firstCase, secondCase] = await Promise.all([readyClaim(first, VOUCHER), readyClaim(second, VOUCHER)]);

    const { winner, loser } = await step(
      '1. of two claims submitted at the same moment with one voucher, exactly one wins; the other gets 409',
      async () => {
        const answers: Answer[] = await Promise.all([submitClaim(first, firstCase), submitClaim(second, secondCase)]);

        expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
        const lost = answers.find((a) => a.status === 409) as Answer;
        expect(errorOf(lost).code).toBe('VOUCHER_ALREADY_CLAIMED');
        expect(errorOf(lost).message).toMatch(/票据/);
        const firstWon = answers[0]?.status === 200;
        const won = firstWon ? { person: first, caseId: firstCase } : { person: second, caseId: secondCase };
        expect(await getVoucherLock(key)).toMatchObject({ caseId: won.caseId, state: 'OPEN' });
        return {
          winner: won,
          loser: firstWon ? { person: second, caseId: secondCase } : { person: first, caseId: firstCase },
        };
      },
    );

    await step('2. the losing submission leaves nothing: still a draft, no event, no queue key', async () => {
      const detail = CaseDetailSchema.parse(
        (await call('GET', `/v1/cases/${loser.caseId}`, { token: loser.person.token })).body,
      );
      const stored = await getCase(loser.caseId);

      expect(detail.claim.state).toBe('draft');
      expect(detail.timeline).toEqual([]);
      expect(stored?.queueStage).toBe('NONE');
    });

    await step('3. a voucher already held is refused early at look-up on a third claim', async () => {
      const third = await filedRetiree();
      const caseId = await draftClaim(third, VOUCHER);

      const answer = await call('POST', `/v1/claims/${caseId}/voucher`, {
        token: third.token,
        body: voucherOf(VOUCHER),
      });

      expect(answer.status).toBe(409);
      expect(errorOf(answer).code).toBe('VOUCHER_ALREADY_CLAIMED');
    });

    await step(
      '4. withdrawing the winner releases the voucher in the same transaction and leaves the queue',
      async () => {
        const answer = await withdrawClaim(winner.person, winner.caseId, '票据信息填错，重新申请');

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
      },
    );

    await step('5. the released voucher backs a new claim: the other claim now submits', async () => {
      const answer = await submitClaim(loser.person, loser.caseId);

      expect(answer.status).toBe(200);
      expect(CaseDetailSchema.parse(answer.body).claim.state).toBe('submitted');
      expect(await getVoucherLock(key)).toMatchObject({ caseId: loser.caseId, state: 'OPEN' });
    });

    await step('6. a withdrawn claim stays withdrawn: no more changes (409)', async () => {
      const answer = await call('PUT', `/v1/claims/${winner.caseId}/bank-account`, {
        token: winner.person.token,
        body: bankAccountOf('retiree'),
      });
      const again = await withdrawClaim(winner.person, winner.caseId);

      expect(answer.status).toBe(409);
      expect(again.status).toBe(409);
      expect(errorOf(again).code).toBe('TRANSITION_NOT_ALLOWED');
      expect(ClaimViewSchema.safeParse(answer.body).success).toBe(false);
    });
  }, 120_000);
});
