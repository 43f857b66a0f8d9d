// The claim routes' refusals over real HTTP, each a 4xx with a Chinese message (and a field message where a field
// is at fault): vouchers that cannot back this claim, cases the region does not take online, missing materials,
// a bad bank card, a stale autosave. Nothing here submits a voucher: the locks belong to the other files.
import { ChecklistResponseSchema, ClaimViewSchema } from '@shared/api/claims';
import { call, errorOf } from '../../support/api';
import {
  activeFiling,
  attachStored,
  bankAccountOf,
  createDraft,
  draftFor,
  filedRetiree,
  voucherOf,
} from '../../support/claims';
import { type Applicant, demoShapedApplicant, useStackEnvironment } from '../../support/people';

// Each function's first call starts it in serverless-offline; on a busy machine that takes seconds.
jest.setTimeout(30_000);

const HAN = /\p{Script=Han}/u;

let retiree: Applicant;

beforeAll(async () => {
  useStackEnvironment();
  retiree = await filedRetiree();
});

describe('SPEC §3.7 — a voucher that cannot back this claim is refused at look-up', () => {
  it('refuses another patient’s voucher (the student’s) without saying whose it is', async () => {
    const draft = await createDraft(retiree, draftFor(retiree, 'retiree-inpatient'));

    const answer = await call('POST', `/v1/claims/${draft.caseId}/voucher`, {
      token: retiree.token,
      body: voucherOf('student-vacation-inpatient'),
    });

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('VOUCHER_PATIENT_MISMATCH');
    expect(errorOf(answer).message).toMatch(HAN);
    expect(answer.text).not.toContain('张晨阳');
  });

  it('refuses a voucher the platform reports reimbursed elsewhere (已报销), naming where', async () => {
    const worker = await demoShapedApplicant('worker');
    await activeFiling(worker, { code: '310000', level: 'CITY' }, 'STATIONED_WORKER');
    const draft = await createDraft(worker, draftFor(worker, 'worker-reimbursed'));

    const answer = await call('POST', `/v1/claims/${draft.caseId}/voucher`, {
      token: worker.token,
      body: voucherOf('worker-reimbursed'),
    });

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('VOUCHER_REIMBURSED');
    expect(errorOf(answer).message).toContain('上海市医疗保险事业管理中心');
  });

  it('refuses a reversed voucher (已冲红)', async () => {
    const draft = await createDraft(retiree, draftFor(retiree, 'retiree-inpatient'));

    const answer = await call('POST', `/v1/claims/${draft.caseId}/voucher`, {
      token: retiree.token,
      body: voucherOf('retiree-reversed'),
    });

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('VOUCHER_REVERSED');
  });

  it('refuses a voucher of another expense type than the claim’s', async () => {
    const draft = await createDraft(retiree, draftFor(retiree, 'retiree-inpatient'));

    const answer = await call('POST', `/v1/claims/${draft.caseId}/voucher`, {
      token: retiree.token,
      body: voucherOf('retiree-non-designated'),
    });

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('VOUCHER_TYPE_MISMATCH');
  });

  it('answers an unknown voucher or a wrong check code alike (422), and a malformed one per field (400)', async () => {
    const draft = await createDraft(retiree, draftFor(retiree, 'retiree-inpatient'));
    const right = voucherOf('retiree-inpatient');

    const wrongCheck = await call('POST', `/v1/claims/${draft.caseId}/voucher`, {
      token: retiree.token,
      body: { ...right, checkCode: 'zzzzzz' },
    });
    const malformed = await call('POST', `/v1/claims/${draft.caseId}/voucher`, {
      token: retiree.token,
      body: { ...right, invoiceNumber: '123' },
    });

    expect(wrongCheck.status).toBe(422);
    expect(errorOf(wrongCheck).code).toBe('VOUCHER_NOT_FOUND');
    expect(malformed.status).toBe(400);
    expect(errorOf(malformed).fields?.invoiceNumber).toBe('票据号码应为10位数字');
  });
});

describe('003 Art. 26 — the domain decides whether the case may be claimed online', () => {
  it('refuses an outpatient claim where the region takes inpatient costs only online (Shanxi, 000 §1)', async () => {
    const answer = await call('POST', '/v1/claims', {
      token: retiree.token,
      body: draftFor(retiree, 'retiree-outpatient', { expenseType: 'OUTPATIENT' }),
    });

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('EXPENSE_TYPE_NOT_ONLINE');
    expect(errorOf(answer).source).toMatch(/^依据：/);
  });

  it('refuses “filed but not settled” for a stay no filing covers', async () => {
    const unfiled = await demoShapedApplicant('retiree');

    const answer = await call('POST', '/v1/claims', {
      token: unfiled.token,
      body: draftFor(unfiled, 'retiree-inpatient'),
    });

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('ELIGIBILITY_FACTS_MISMATCH');
    expect(errorOf(answer).message).toContain('备案');
  });

  it('accepts an unfiled rescue as 未备案的急诊抢救, with the rescue record on the checklist', async () => {
    const unfiled = await demoShapedApplicant('retiree');

    const draft = await createDraft(
      unfiled,
      draftFor(unfiled, 'retiree-inpatient', { eligibilityCase: 'EMERGENCY_UNFILED', facts: { rescue: true } }),
    );

    const checklist = ChecklistResponseSchema.parse(
      (await call('GET', `/v1/claims/${draft.caseId}/checklist`, { token: unfiled.token })).body,
    );
    expect(checklist.items.map((i) => i.item)).toEqual(expect.arrayContaining(['RESCUE_RECORD', 'DISCHARGE_SUMMARY']));
  });

  it('refuses facts that contradict each other (outside services on an outpatient claim), per field', async () => {
    const worker = await demoShapedApplicant('worker');
    await activeFiling(worker, { code: '310000', level: 'CITY' }, 'STATIONED_WORKER');

    const answer = await call('POST', '/v1/claims', {
      token: worker.token,
      body: draftFor(worker, 'worker-emergency', {
        expenseType: 'OUTPATIENT',
        facts: { outsideServicesDuringStay: true },
        visit: { placeCode: '310100', admissionDate: '2026-09-27', dischargeDate: null },
      }),
    });

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('FACTS_INCONSISTENT');
    expect(errorOf(answer).fields?.facts).toMatch(HAN);
  });

  it('answers bad input per field in Chinese (400), never a 500', async () => {
    const answer = await call('POST', '/v1/claims', {
      token: retiree.token,
      body: {
        insuredPersonId: retiree.personId,
        eligibilityCase: 'X',
        visit: { placeCode: '46', admissionDate: '2099-01-01' },
      },
    });

    expect(answer.status).toBe(400);
    const fields = errorOf(answer).fields ?? {};
    expect(fields.eligibilityCase).toBe('请选择报销情形');
    expect(fields.expenseType).toBe('请选择费用类型');
    expect(fields['visit.placeCode']).toBe('就医地应为6位行政区划代码');
    expect(fields['visit.admissionDate']).toMatch(/不能晚于今天/);
  });

  it('answers 404 for a person the caller may not act for', async () => {
    const stranger = await demoShapedApplicant('worker');

    const answer = await call('POST', '/v1/claims', {
      token: stranger.token,
      body: draftFor(retiree, 'retiree-inpatient'),
    });

    expect(answer.status).toBe(404);
  });
});

describe('003 Art. 27 — submission needs every material; payment needs the insured person’s own account', () => {
  it('refuses a submission with missing materials, listing each in Chinese', async () => {
    const draft = await createDraft(retiree, draftFor(retiree, 'retiree-inpatient'));
    await call('PUT', `/v1/claims/${draft.caseId}/bank-account`, {
      token: retiree.token,
      body: bankAccountOf('retiree'),
    });

    const answer = await call('POST', `/v1/claims/${draft.caseId}/submit`, { token: retiree.token, body: {} });

    expect(answer.status).toBe(422);
    const error = errorOf(answer);
    expect(error.code).toBe('MATERIALS_INCOMPLETE');
    // Named as Shanxi's own checklist names them (000 流程一), the names the checklist screen showed.
    expect(error.message).toBe('请先上传：住院发票、住院费用清单、诊断建议书或出院证');
    expect(error.fields).toMatchObject({
      'materials.INVOICE': '请上传住院发票',
      'materials.FEE_LIST': '请上传住院费用清单',
      'materials.DIAGNOSIS_OR_DISCHARGE': '请上传诊断建议书或出院证',
    });
    const after = await call('GET', `/v1/cases/${draft.caseId}`, { token: retiree.token });
    expect((after.body.claim as { state: string }).state).toBe('draft');
  });

  it('refuses a bank card that fails the Luhn check (400, field message in Chinese)', async () => {
    const draft = await createDraft(retiree, draftFor(retiree, 'retiree-inpatient'));

    const answer = await call('PUT', `/v1/claims/${draft.caseId}/bank-account`, {
      token: retiree.token,
      body: { ...bankAccountOf('retiree'), cardNumber: '6222021234567890123' },
    });

    expect(answer.status).toBe(400);
    expect(errorOf(answer).fields?.cardNumber).toBe('银行卡号校验不通过，请核对后重新输入');
    expect(answer.text).not.toContain('6222021234567890123');
  });

  it.each([
    ['000000000000000000', '银行卡号不能全部是同一个数字，请核对后重新输入'],
    ['6201021980010112395', '这像是身份证号码多了一位数字，请填写银行卡卡号'],
  ])(
    'refuses %s, which passes Luhn but is no bank card (400 on cardNumber), and stores nothing',
    async (card, message) => {
      const draft = await createDraft(retiree, draftFor(retiree, 'retiree-inpatient'));

      const answer = await call('PUT', `/v1/claims/${draft.caseId}/bank-account`, {
        token: retiree.token,
        body: { ...bankAccountOf('retiree'), cardNumber: card },
      });

      expect(answer.status).toBe(400);
      expect(errorOf(answer)).toMatchObject({ code: 'VALIDATION_FAILED', fields: { cardNumber: message } });
      expect(answer.text).not.toContain(card);
      const after = await call('GET', `/v1/cases/${draft.caseId}`, { token: retiree.token });
      expect(ClaimViewSchema.parse(after.body.claim)).toMatchObject({ bankAccount: null, version: draft.version });
    },
  );

  it('refuses an account in someone else’s name (400 on accountName)', async () => {
    const draft = await createDraft(retiree, draftFor(retiree, 'retiree-inpatient'));

    const answer = await call('PUT', `/v1/claims/${draft.caseId}/bank-account`, {
      token: retiree.token,
      body: { ...bankAccountOf('retiree'), accountName: '李晓燕' },
    });

    expect(answer.status).toBe(400);
    expect(errorOf(answer).fields?.accountName).toMatch(HAN);
  });

  it('refuses a material that is not on the checklist', async () => {
    const draft = await createDraft(retiree, draftFor(retiree, 'retiree-inpatient'));

    const answer = await attachStored(retiree, draft.caseId, 'DEATH_RECORD');

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('ITEM_NOT_ON_CHECKLIST');
  });

  it('removes a page attached by mistake; the item is missing again', async () => {
    const draft = await createDraft(retiree, draftFor(retiree, 'retiree-inpatient'));
    const attached = ClaimViewSchema.parse((await attachStored(retiree, draft.caseId, 'DIAGNOSIS_OR_DISCHARGE')).body);
    const page = attached.materials[0];

    const answer = await call('DELETE', `/v1/claims/${draft.caseId}/materials/DIAGNOSIS_OR_DISCHARGE/${page?.fileId}`, {
      token: retiree.token,
    });

    expect(answer.status).toBe(200);
    expect(ClaimViewSchema.parse(answer.body).materials).toEqual([]);
    const checklist = ChecklistResponseSchema.parse(
      (await call('GET', `/v1/claims/${draft.caseId}/checklist`, { token: retiree.token })).body,
    );
    expect(checklist.missing.map((m) => m.item)).toContain('DIAGNOSIS_OR_DISCHARGE');
    const gone = await call('GET', `/v1/claims/${draft.caseId}/materials/DIAGNOSIS_OR_DISCHARGE/${page?.fileId}`, {
      token: retiree.token,
    });
    expect(gone.status).toBe(404);
  });
});

describe('PATCH /v1/claims/{id} — autosave, conditional on the version read', () => {
  it('saves a change and moves the version; a save from a stale version is refused (409)', async () => {
    const draft = await createDraft(retiree, draftFor(retiree, 'retiree-inpatient'));

    const saved = await call('PATCH', `/v1/claims/${draft.caseId}`, {
      token: retiree.token,
      body: { version: draft.version, facts: { dualChannelDrugs: true } },
    });
    const stale = await call('PATCH', `/v1/claims/${draft.caseId}`, {
      token: retiree.token,
      body: { version: draft.version, facts: { drugsBoughtOutside: true } },
    });

    expect(saved.status).toBe(200);
    const claim = ClaimViewSchema.parse(saved.body);
    expect(claim.version).toBe(draft.version + 1);
    expect(claim.facts.dualChannelDrugs).toBe(true);
    expect(stale.status).toBe(409);
    expect(errorOf(stale).code).toBe('VERSION_CONFLICT');
  });

  it('keeps the voucher’s dates: a fetched voucher fixes the visit', async () => {
    const worker = await demoShapedApplicant('worker');
    await activeFiling(worker, { code: '310000', level: 'CITY' }, 'STATIONED_WORKER');
    const draft = await createDraft(
      worker,
      draftFor(worker, 'worker-maternity', { eligibilityCase: 'MATERNITY_AWAY' }),
    );
    const fetched = ClaimViewSchema.parse(
      (
        await call('POST', `/v1/claims/${draft.caseId}/voucher`, {
          token: worker.token,
          body: voucherOf('worker-maternity'),
        })
      ).body,
    );

    const answer = await call('PATCH', `/v1/claims/${draft.caseId}`, {
      token: worker.token,
      body: { version: fetched.version, visit: { placeCode: '310100', admissionDate: '2026-05-01' } },
    });

    expect(fetched.visit).toMatchObject({ admissionDate: '2026-05-10', dischargeDate: '2026-05-14' });
    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('VISIT_FROM_VOUCHER');
  });
});
