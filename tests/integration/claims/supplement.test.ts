// 000 流程二 — the one-time deficiency notice (一次性告知) and the resubmission. The notice itself is the staff
// console's (issue 5): here intake sends it through the domain's state machine and the case data layer, as the
// console will. The applicant then sees it, supplies exactly the listed item, and resubmits; the acceptance clock
// restarts. This file alone submits the voucher `retiree-cross-year` — once, in `beforeAll` (the seed has one):
// the `it`s share that noticed case; the first three only read it or are refused, the last (the resubmission) moves
// it on, so it stays last.
import { CaseDetailSchema } from '@shared/api/claims';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { applyTransition } from '@shared/domain/case/stateMachine';
import { getCase } from '../../../functions/data/case';
import { transitionCase } from '../../../functions/data/caseTransition';
import { caseRecordOf, policyOf, queueOf, storedEventOf } from '../../../functions/usecases/claims/claims';
import { call, errorOf } from '../../support/api';
import { attachStored, submittedClaim } from '../../support/claims';
import { type Applicant, useStackEnvironment } from '../../support/people';

// Each function's first call starts it in serverless-offline; on a busy machine that takes seconds.
jest.setTimeout(30_000);

const VOUCHER = 'retiree-cross-year';

let retiree: Applicant;
let caseId: string;

/** Intake sends the one-time notice: the discharge certificate photo is unreadable. */
async function notifyDeficiency(): Promise<void> {
  const now = new Date();
  const before = await getCase(caseId);
  if (!before) throw new Error('no case');
  const policy = policyOf(before);
  const result = applyTransition(
    policy,
    caseRecordOf(before),
    {
      action: 'NOTIFY_DEFICIENCY',
      notice: {
        kind: 'ORDINARY',
        items: [{ item: 'DIAGNOSIS_OR_DISCHARGE', problem: 'DEFECTIVE', reason: '照片模糊，无法辨认诊断结论' }],
        note: '请重新拍摄清晰的出院小结',
      },
    },
    { id: 'sx-intake', role: 'intake' },
    now,
  );
  if (!result.ok) throw new Error(`notice refused: ${result.message}`);
  const outcome = await transitionCase({
    before,
    next: result.value.record,
    queue: queueOf(policy, result.value.record, now),
    event: storedEventOf(result.value.event, 'staff:sx-intake', '张*'),
    now,
  });
  if (!outcome.ok) throw new Error(`notice not written: ${outcome.reason}`);
}

beforeAll(async () => {
  useStackEnvironment();
  ({ applicant: retiree, caseId } = await submittedClaim(VOUCHER));
  await notifyDeficiency();
});

describe('000 流程二 — the one-time deficiency notice and the resubmission', () => {
  it('shows the notice with each listed item and its reason; the case leaves the acceptance queue', async () => {
    const answer = await call('GET', `/v1/cases/${caseId}`, { token: retiree.token });

    expect(answer.status).toBe(200);
    const detail = CaseDetailSchema.parse(answer.body);
    expect(detail.claim.state).toBe('awaiting_supplement');
    expect(detail.notice).toMatchObject({
      kind: 'ORDINARY',
      items: [
        {
          item: 'DIAGNOSIS_OR_DISCHARGE',
          itemName: '诊断证明或出院小结',
          problem: 'DEFECTIVE',
          reason: '照片模糊，无法辨认诊断结论',
        },
      ],
      note: '请重新拍摄清晰的出院小结',
    });
    expect(detail.allowedActions.map((a) => a.action).sort()).toEqual(['RESUBMIT', 'WITHDRAW']);
    expect(detail.deadline).toBeNull();
    expect(detail.timeline.map((e) => e.action)).toEqual(['SUBMIT', 'NOTIFY_DEFICIENCY']);
    expect(detail.timeline[1]?.actor).toEqual({ role: 'intake', roleName: '受理', nameMasked: '张*' });
    // Off the staff queues: it waits for the applicant in the daily sweep's SUPPLEMENT queue (issue 5, deadlines).
    expect((await getCase(caseId))?.queueStage).toBe('SUPPLEMENT');
  });

  it('refuses a resubmission before the listed item is supplied, naming it', async () => {
    const answer = await call('POST', `/v1/claims/${caseId}/resubmit`, { token: retiree.token, body: {} });

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('SUPPLEMENT_INCOMPLETE');
    expect(errorOf(answer).message).toBe('请补充上传：诊断证明或出院小结');
  });

  it('takes only the items the notice lists', async () => {
    const answer = await attachStored(retiree, caseId, 'INVOICE');

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('ITEM_NOT_REQUESTED');
  });

  it('after the listed item is supplied, the resubmission restarts the acceptance clock', async () => {
    const supplied = await attachStored(retiree, caseId, 'DIAGNOSIS_OR_DISCHARGE');
    expect(supplied.status).toBe(200);

    const answer = await call('POST', `/v1/claims/${caseId}/resubmit`, { token: retiree.token, body: {} });

    expect(answer.status).toBe(200);
    const detail = CaseDetailSchema.parse(answer.body);
    expect(detail.claim.state).toBe('submitted');
    expect(detail.timeline.map((e) => e.action)).toEqual(['SUBMIT', 'NOTIFY_DEFICIENCY', 'RESUBMIT']);
    expect(detail.deadline).toMatchObject({ stage: 'ACCEPTANCE', from: todayInShanghai(new Date()) });
    const stored = await getCase(caseId);
    expect(stored).toMatchObject({ queueStage: 'ACCEPTANCE', supplied: [] });
  });
});
