// 000 流程二–四 in the staff console over real HTTP: intake accepts, the reviewer calculates and approves with an
// adjustment and its reason, a different second reviewer confirms (four-eyes), finance pays exactly the reviewed
// amount. Each step is one transaction: the case (version condition), its event, the applicant's notice (outbox)
// and the staff member's audit record. Refusals: wrong role, other agency, the reviewer as second reviewer, stale
// version, illegal transition; and a race between two intake staff.
import { StaffActionResponseSchema } from '@shared/api/staffActions';
import { demoInvoice } from '../../../local/seed/demo';
import { call, errorOf } from '../../support/api';
import { loginStaff } from '../../support/staff';
import { step } from '../../support/steps';
import { tableItem as item, outboxOf, partition } from '../../support/table';
import { attachStored, useStackEnvironment } from '../claims/people';
import { act, clinicVoucher, submittedCase } from './cases';

jest.setTimeout(60_000);

let tokens: Record<string, string>;

beforeAll(async () => {
  useStackEnvironment();
  const names = ['sx-intake', 'sx-intake-b', 'sx-reviewer-a', 'sx-reviewer-b', 'sx-finance', 'js-intake'];
  tokens = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await loginStaff(n)] as const)));
});

describe('staff sign-in', () => {
  it('a wrong password and an unknown user get the same 401; tokens do not cross between applicants and staff', async () => {
    const wrong = await call('POST', '/v1/staff/auth/login', { body: { username: 'sx-finance', password: 'nope' } });
    const unknown = await call('POST', '/v1/staff/auth/login', { body: { username: 'nobody-here', password: 'nope' } });
    const submitted = await submittedCase(1);

    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(errorOf(wrong)).toEqual(errorOf(unknown));
    expect(errorOf(wrong).message).toBe('用户名或密码错误');
    const applicantOnStaff = await act(submitted.applicant.token, submitted.caseId, 'accept', { version: 1 });
    expect(applicantOnStaff.status).toBe(401);
    const staffOnApplicant = await call('GET', `/v1/cases/${submitted.caseId}`, { token: tokens['sx-intake'] });
    expect(staffOnApplicant.status).toBe(401);
  });
});

describe('000 流程二–四 — one case through intake, review, second review and finance', () => {
  // One case moves from stage to stage, each step acting on the version the step before left: ONE `it` of
  // labelled steps (the seed's practice voucher `retiree-clinic-02` backs one case).
  it('one case through intake, review, second review and finance, refused on the way where it must be', async () => {
    const c = await submittedCase(2);
    let version = c.version;

    await step(
      '1. finance cannot accept (403 with 依据); another agency sees no such case (404); a stale version is 409',
      async () => {
        const wrongRole = await act(tokens['sx-finance'] ?? '', c.caseId, 'accept', { version });
        const otherAgency = await act(tokens['js-intake'] ?? '', c.caseId, 'accept', { version });
        const stale = await act(tokens['sx-intake'] ?? '', c.caseId, 'accept', { version: version - 1 });
        const illegal = await act(tokens['sx-finance'] ?? '', c.caseId, 'payment', {
          version,
          amountFen: 100,
          transferReference: 'TR-000001',
        });

        expect(wrongRole.status).toBe(403);
        expect(errorOf(wrongRole).code).toBe('ROLE_NOT_ALLOWED');
        expect(errorOf(wrongRole).source).toMatch(/^依据：/);
        // The 依据 is the error's own property; `fields` is for per-field messages only (none here).
        expect(errorOf(wrongRole).fields).toBeUndefined();
        expect(otherAgency.status).toBe(404);
        expect(stale.status).toBe(409);
        expect(illegal.status).toBe(409);
        expect(errorOf(illegal).code).toBe('TRANSITION_NOT_ALLOWED');
        expect((await item(`CASE#${c.caseId}`, 'CASE'))?.state).toBe('submitted');
      },
    );

    await step('2. intake accepts: case, event, notice and audit record are written together', async () => {
      const answer = await act(tokens['sx-intake'] ?? '', c.caseId, 'accept', { version });

      expect(answer.status).toBe(200);
      const result = StaffActionResponseSchema.parse(answer.body);
      expect(result).toMatchObject({ state: 'accepted', version: version + 1 });
      version = result.version;
      const events = (await partition(`CASE#${c.caseId}`)).filter((i) => i.entity === 'caseEvent');
      expect(events.map((e) => [e.action, e.actorId, e.role])).toContainEqual(['ACCEPT', 'sx-intake', 'intake']);
      const notices = await outboxOf(c.caseId);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ kind: 'ACCEPTANCE_RESULT', title: '报销申请已受理' });
      expect((notices[0]?.recipients as string[]) ?? []).toContain(c.applicant.userId);
      const audit = await partition(`AUDIT#CASE#${c.caseId}`);
      expect(audit.map((a) => [a.actor, a.kind, a.what])).toEqual([['sx-intake', 'ACTION', 'ACCEPT']]);
    });

    await step(
      '3. the reviewer approves with the domain calculation and an adjustment recorded with its reason',
      async () => {
        const invoice = demoInvoice(clinicVoucher(2));
        const adjustments = [{ lineName: '西药费', amountFen: 1_000, to: 'SELF_PAY', reason: '含非医保目录药品' }];
        const preview = await call('POST', `/v1/staff/cases/${c.caseId}/settlement-preview`, {
          token: tokens['sx-reviewer-a'],
          body: { adjustments },
        });
        const noReason = await act(tokens['sx-reviewer-a'] ?? '', c.caseId, 'review', {
          version,
          adjustments: [{ ...adjustments[0], reason: ' ' }],
        });
        const answer = await act(tokens['sx-reviewer-a'] ?? '', c.caseId, 'review', { version, adjustments });

        expect(preview.status).toBe(200);
        expect(noReason.status).toBe(400);
        expect(answer.status).toBe(200);
        version = StaffActionResponseSchema.parse(answer.body).version;
        const stored = await item(`CASE#${c.caseId}`, 'CASE');
        const review = stored?.review as {
          adjustments: unknown[];
          by: string;
          settlement: {
            amounts: { totalFen: number; selfPayFen: number };
            fundTotalFen: number;
            personalCashFen: number;
          };
        };
        expect(review.by).toBe('sx-reviewer-a');
        expect(review.adjustments).toEqual(adjustments);
        expect(review.settlement.amounts.totalFen).toBe(invoice.amountsFen.total);
        expect(review.settlement.amounts.selfPayFen).toBe(invoice.amountsFen.selfPaid + 1_000);
        // 总费用 = 基金支付合计 + 个人现金支付
        expect(review.settlement.fundTotalFen + review.settlement.personalCashFen).toBe(invoice.amountsFen.total);
        expect((preview.body.settlement as { fundTotalFen: number }).fundTotalFen).toBe(review.settlement.fundTotalFen);
      },
    );

    await step(
      '4. the reviewer cannot second-review their own review (four-eyes); a different one confirms',
      async () => {
        const own = await act(tokens['sx-reviewer-a'] ?? '', c.caseId, 'second-review', {
          version,
          decision: 'CONFIRM',
        });
        const other = await act(tokens['sx-reviewer-b'] ?? '', c.caseId, 'second-review', {
          version,
          decision: 'CONFIRM',
        });

        expect(own.status).toBe(403);
        expect(errorOf(own).code).toBe('FOUR_EYES_VIOLATION');
        expect(other.status).toBe(200);
        version = StaffActionResponseSchema.parse(other.body).version;
      },
    );

    await step(
      '5. finance pays exactly the reviewed amount and records the transfer; the applicant is told',
      async () => {
        const stored = await item(`CASE#${c.caseId}`, 'CASE');
        const fund =
          (stored?.review as { settlement: { fundTotalFen: number } } | undefined)?.settlement.fundTotalFen ?? -1;

        const wrong = await act(tokens['sx-finance'] ?? '', c.caseId, 'payment', {
          version,
          amountFen: fund + 1,
          transferReference: 'TR-20261122-0001',
        });
        const paid = await act(tokens['sx-finance'] ?? '', c.caseId, 'payment', {
          version,
          amountFen: fund,
          transferReference: 'TR-20261122-0001',
        });

        expect(wrong.status).toBe(422);
        expect(errorOf(wrong).code).toBe('PAYMENT_AMOUNT_MISMATCH');
        expect(paid.status).toBe(200);
        const after = await item(`CASE#${c.caseId}`, 'CASE');
        expect(after?.state).toBe('paid');
        expect(after?.payment).toMatchObject({
          amountFen: fund,
          transferReference: 'TR-20261122-0001',
          by: 'sx-finance',
        });
        expect(String((after?.payment as { cardNumberMasked?: string } | undefined)?.cardNumberMasked)).toContain(
          '****',
        );
        const kinds = (await outboxOf(c.caseId)).map((n) => n.title).sort();
        expect(kinds).toEqual(['报销申请已受理', '报销款已拨付'].sort());
      },
    );
  }, 120_000);
});

describe('000 流程二 — refusals and the one-time notice', () => {
  it('refusing needs a reason and releases the voucher for a corrected claim', async () => {
    const c = await submittedCase(3);
    const invoice = demoInvoice(clinicVoucher(3));

    const noReason = await act(tokens['sx-intake'] ?? '', c.caseId, 'refuse', { version: c.version, reason: '' });
    const refused = await act(tokens['sx-intake'] ?? '', c.caseId, 'refuse', {
      version: c.version,
      reason: '就诊日期不在备案有效期内',
    });

    expect(noReason.status).toBe(400);
    expect(refused.status).toBe(200);
    const lock = await item(`VOUCHER#${invoice.bill.code}#${invoice.bill.number}`, 'LOCK');
    expect(lock?.state).toBe('RELEASED');
    const [notice] = await outboxOf(c.caseId);
    expect(notice?.body).toContain('就诊日期不在备案有效期内');
  });

  it('a second ordinary notice is refused; the provincial-list notice carries item, address and phone', async () => {
    const c = await submittedCase(4);
    const notice = {
      kind: 'ORDINARY',
      items: [{ item: 'DIAGNOSIS_OR_DISCHARGE', problem: 'DEFECTIVE', reason: '出院小结照片缺角' }],
      note: '请重新拍摄完整的出院小结',
    };
    const first = await act(tokens['sx-intake'] ?? '', c.caseId, 'notice', { version: c.version, notice });
    expect(first.status).toBe(200);
    const [sent] = await outboxOf(c.caseId);
    expect(sent).toMatchObject({ kind: 'SUPPLEMENT_NOTICE', title: '请补正报销材料（一次性告知）' });
    expect(String(sent?.body)).toContain('出院小结照片缺角');
    // The applicant supplies the item and resubmits: the case is at acceptance again.
    expect((await attachStored(c.applicant, c.caseId, 'DIAGNOSIS_OR_DISCHARGE')).status).toBe(200);
    const resubmitted = await call('POST', `/v1/claims/${c.caseId}/resubmit`, { token: c.applicant.token, body: {} });
    expect(resubmitted.status).toBe(200);
    const version = Number((await item(`CASE#${c.caseId}`, 'CASE'))?.version);

    const second = await act(tokens['sx-intake'] ?? '', c.caseId, 'notice', { version, notice });
    const incomplete = await act(tokens['sx-intake'] ?? '', c.caseId, 'notice', {
      version,
      notice: { kind: 'PROVINCIAL_LIST', listItem: '住院病案首页', mailingAddress: '', phone: '12345', note: '' },
    });
    const provincial = await act(tokens['sx-intake'] ?? '', c.caseId, 'notice', {
      version,
      notice: {
        kind: 'PROVINCIAL_LIST',
        listItem: '住院病案首页',
        mailingAddress: '太原市小店区长治路 111 号 医保中心 3 楼',
        phone: '0351-6819677',
        note: '',
      },
    });

    expect(second.status).toBe(409);
    expect(errorOf(second).code).toBe('DEFICIENCY_NOTICE_ALREADY_SENT');
    expect(incomplete.status).toBe(422);
    expect(errorOf(incomplete).message).toContain('邮寄地址');
    expect(provincial.status).toBe(200);
    const bodies = (await outboxOf(c.caseId)).map((n) => String(n.body));
    expect(bodies).toHaveLength(2);
    expect(bodies.some((b) => b.includes('住院病案首页') && b.includes('0351-6819677') && b.includes('长治路'))).toBe(
      true,
    );
  });

  it('two intake staff accepting at once: exactly one wins, the other gets 409', async () => {
    const c = await submittedCase(5);

    const answers = await Promise.all([
      act(tokens['sx-intake'] ?? '', c.caseId, 'accept', { version: c.version }),
      act(tokens['sx-intake-b'] ?? '', c.caseId, 'accept', { version: c.version }),
    ]);

    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const events = (await partition(`CASE#${c.caseId}`)).filter(
      (i) => i.entity === 'caseEvent' && i.action === 'ACCEPT',
    );
    expect(events).toHaveLength(1);
    expect(await outboxOf(c.caseId)).toHaveLength(1);
  });
});
