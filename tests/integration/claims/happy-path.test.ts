// 000 流程一 over real HTTP: the demo retiree (a fresh person shaped like 王秀兰, resettled in 三亚 with a long-term
// filing) claims her September stay online — draft, e-voucher, materials through the presigned PUT to s3rver, bank
// account, one submission for a double tap — and tracks it. Then: nobody else sees the case. Each `it` makes its
// own retiree and claim through the shared factories (tests/support/claims.ts). This file alone submits the voucher
// `retiree-inpatient`, once, in the last `it` of the journey (submitting and tracking, one `it` of labelled steps);
// the `it`s before only look it up, which a held voucher would refuse — so that `it` stays last.
import {
  CaseDetailSchema,
  CaseListResponseSchema,
  ChecklistResponseSchema,
  ClaimViewSchema,
  MaterialDownloadResponseSchema,
} from '@shared/api/claims';
import { addWorkingDays, defaultCalendar } from '@shared/domain/calendar/calendar';
import { addDays, todayInShanghai } from '@shared/domain/calendar/isoDate';
import { listCasesByStageDeadline } from '../../../functions/data/case';
import { demoInvoice, demoPersons } from '../../../local/seed/demo';
import { call, errorOf } from '../../support/api';
import {
  attachPhotos,
  bankAccountOf,
  createDraft,
  draftClaim,
  draftFor,
  draftWithVoucher,
  filedRetiree,
  idempotencyKey,
  readyClaim,
  submitClaim,
  voucherOf,
} from '../../support/claims';
import { authoriseProxy, demoShapedApplicant, unboundUser, useStackEnvironment } from '../../support/people';
import { step } from '../../support/steps';
import { tableItem } from '../../support/table';

// Each function's first call starts it in serverless-offline; on a busy machine that takes seconds.
jest.setTimeout(30_000);

const HAN = /\p{Script=Han}/u;
const CARD = '6222021234567890128';
const VOUCHER = 'retiree-inpatient';
const stay = demoInvoice(VOUCHER);

beforeAll(() => {
  useStackEnvironment();
});

describe('000 流程一 — the demo retiree claims her stay at 三亚市人民医院 online', () => {
  it('creates a draft for her filed stay; the domain accepts the case with its 依据', async () => {
    const retiree = await filedRetiree();

    const answer = await call('POST', '/v1/claims', {
      token: retiree.token,
      body: draftFor(retiree, VOUCHER),
      headers: { 'idempotency-key': idempotencyKey() },
    });

    expect(answer.status).toBe(201);
    const draft = ClaimViewSchema.parse(answer.body);
    expect(draft).toMatchObject({
      state: 'draft',
      version: 1,
      region: 'SHANXI',
      eligibilityCase: 'FILED_NOT_SETTLED',
      expenseType: 'INPATIENT',
      insuredPerson: { nameMasked: '王*兰', idNumberMasked: '140***********0241' },
      submitter: { relation: 'self', nameMasked: '王*兰' },
      voucher: null,
      bankAccount: null,
    });
    expect(draft.eligibility.source).toMatch(/^依据：/);
    expect(answer.text).not.toContain(demoPersons.retiree.idNumber);
  });

  it('lists the materials with why and 依据; before the e-voucher the invoice and fee list are missing', async () => {
    const retiree = await filedRetiree();
    const caseId = await draftClaim(retiree, VOUCHER);

    const answer = await call('GET', `/v1/claims/${caseId}/checklist`, { token: retiree.token });

    expect(answer.status).toBe(200);
    const checklist = ChecklistResponseSchema.parse(answer.body);
    expect(checklist.missing.map((m) => m.item)).toEqual(['INVOICE', 'FEE_LIST', 'DIAGNOSIS_OR_DISCHARGE']);
    for (const item of checklist.items) {
      expect(item.reason).toMatch(HAN);
      expect(item.source).toMatch(/^依据：/);
    }
  });

  it('fetches the e-voucher: the hospital, stay dates and itemised amounts (fen) fill the draft', async () => {
    const retiree = await filedRetiree();
    const caseId = await draftClaim(retiree, VOUCHER);

    const answer = await call('POST', `/v1/claims/${caseId}/voucher`, { token: retiree.token, body: voucherOf(stay) });

    expect(answer.status).toBe(200);
    const claim = ClaimViewSchema.parse(answer.body);
    expect(claim.visit).toMatchObject({
      placeCode: '460200',
      admissionDate: '2026-09-03',
      dischargeDate: '2026-09-13',
      hospitalCode: 'H46020000001',
      hospitalName: '三亚市人民医院',
      hospitalLevel: 'TERTIARY',
      designated: true,
    });
    expect(claim.voucher?.totalFen).toBe(1_856_420);
    expect(claim.claimedTotalFen).toBe(1_856_420);
    expect(claim.voucher?.items.reduce((sum, i) => sum + i.amountFen, 0)).toBe(1_856_420);
    expect(answer.text).not.toContain(stay.diagnosis);
    const checklist = ChecklistResponseSchema.parse(
      (await call('GET', `/v1/claims/${caseId}/checklist`, { token: retiree.token })).body,
    );
    expect(checklist.eVoucherFetched).toBe(true);
    expect(checklist.missing.map((m) => m.item)).toEqual(['DIAGNOSIS_OR_DISCHARGE']);
  });

  it('attaches the discharge certificate (two pages) uploaded through the presigned PUT', async () => {
    const retiree = await filedRetiree();
    const caseId = await draftWithVoucher(retiree, VOUCHER);

    const claim = await attachPhotos(retiree, caseId, 'DIAGNOSIS_OR_DISCHARGE', 2);

    expect(claim.materials).toHaveLength(2);
    expect(claim.materials.every((m) => m.item === 'DIAGNOSIS_OR_DISCHARGE' && m.contentType === 'image/jpeg')).toBe(
      true,
    );
    const checklist = ChecklistResponseSchema.parse(
      (await call('GET', `/v1/claims/${caseId}/checklist`, { token: retiree.token })).body,
    );
    expect(checklist.complete).toBe(true);
    const page = claim.materials[0];
    const link = await call('GET', `/v1/claims/${caseId}/materials/DIAGNOSIS_OR_DISCHARGE/${page?.fileId}`, {
      token: retiree.token,
    });
    expect(link.status).toBe(200);
    const file = await fetch(MaterialDownloadResponseSchema.parse(link.body).downloadUrl);
    expect(file.status).toBe(200);
    expect([...new Uint8Array(await file.arrayBuffer()).slice(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  });

  it('takes her bank account: the card number is masked in the answer and stored only encrypted', async () => {
    const retiree = await filedRetiree();
    const caseId = await draftWithVoucher(retiree, VOUCHER);

    const answer = await call('PUT', `/v1/claims/${caseId}/bank-account`, {
      token: retiree.token,
      body: { ...bankAccountOf('retiree'), cardNumber: CARD },
    });

    expect(answer.status).toBe(200);
    expect(ClaimViewSchema.parse(answer.body).bankAccount).toEqual({
      accountNameMasked: '王*兰',
      bankName: '中国工商银行三亚分行',
      cardNumberMasked: '6222 **** **** *** 0128',
    });
    expect(answer.text).not.toContain(CARD);
    const item = await tableItem(`CASE#${caseId}`, 'CASE');
    expect(JSON.stringify(item)).not.toContain(CARD);
    expect(item?.bankAccount).toMatchObject({ cardNumberMasked: '6222 **** **** *** 0128' });
  });

  // The one submission of the voucher: keep this `it` the last of the file to look the voucher up (see the top).
  it('submits once for a double tap, then she tracks it: her cases, the detail, the acceptance queue; nobody else sees it', async () => {
    const retiree = await filedRetiree();
    const caseId = await readyClaim(retiree, VOUCHER);

    await step('1. a double tap (one Idempotency-Key, twice) makes one submission', async () => {
      const key = idempotencyKey();

      const first = await submitClaim(retiree, caseId, { 'idempotency-key': key });
      const again = await submitClaim(retiree, caseId, { 'idempotency-key': key });

      expect(first.status).toBe(200);
      expect(again.status).toBe(200);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(again.body).toEqual(first.body);
      const detail = CaseDetailSchema.parse(first.body);
      expect(detail.claim.state).toBe('submitted');
      expect(detail.timeline.map((e) => e.action)).toEqual(['SUBMIT']);
      // A new request (another key) is a second submission: the state machine refuses it.
      const other = await submitClaim(retiree, caseId, { 'idempotency-key': idempotencyKey() });
      expect(other.status).toBe(409);
      expect(errorOf(other).code).toBe('TRANSITION_NOT_ALLOWED');
    });

    await step('2. it appears in her cases with its acceptance deadline in official working days', async () => {
      const due = addWorkingDays(defaultCalendar(), todayInShanghai(new Date()), 2).date;

      const list = await call('GET', '/v1/cases', { token: retiree.token });

      expect(list.status).toBe(200);
      const mine = CaseListResponseSchema.parse(list.body).cases.find((c) => c.caseId === caseId);
      expect(mine).toMatchObject({
        state: 'submitted',
        relation: 'self',
        insuredPersonNameMasked: '王*兰',
        hospitalName: '三亚市人民医院',
        claimedTotalFen: 1_856_420,
        deadline: { due, stageName: '受理' },
      });
    });

    await step(
      '3. the detail shows the timeline, the deadline with its 依据, and what she may do now (withdraw)',
      async () => {
        const answer = await call('GET', `/v1/cases/${caseId}`, { token: retiree.token });

        expect(answer.status).toBe(200);
        const detail = CaseDetailSchema.parse(answer.body);
        expect(detail.deadline).toMatchObject({ stage: 'ACCEPTANCE', workingDays: 2, provisional: false });
        expect(detail.deadline?.source).toMatch(/^依据：/);
        expect(detail.allowedActions.map((a) => a.action)).toEqual(['WITHDRAW']);
        expect(detail.timeline).toEqual([
          expect.objectContaining({
            action: 'SUBMIT',
            from: 'draft',
            to: 'submitted',
            actor: { role: 'applicant', roleName: '参保人', nameMasked: '王*兰' },
          }),
        ]);
        expect(detail.notice).toBeNull();
        expect(detail.result).toBeNull();
      },
    );

    await step('4. it waits in the Shanxi acceptance queue by its deadline, and holds its voucher', async () => {
      const detail = CaseDetailSchema.parse((await call('GET', `/v1/cases/${caseId}`, { token: retiree.token })).body);

      const item = await tableItem(`CASE#${caseId}`, 'CASE');
      const lock = await tableItem(`VOUCHER#${stay.bill.code}#${stay.bill.number}`, 'LOCK');
      const event = await tableItem(`CASE#${caseId}`, `EVENT#${String(detail.claim.version).padStart(10, '0')}`);

      expect(item).toMatchObject({ gsi3pk: 'QUEUE#SHANXI#ACCEPTANCE', gsi3sk: `${detail.deadline?.due}#${caseId}` });
      const due = detail.deadline?.due ?? '';
      const queued = (dueBefore?: string) =>
        listCasesByStageDeadline('SHANXI', 'ACCEPTANCE', dueBefore ? { dueBefore } : {}).then((cases) =>
          cases.map((c) => c.caseId),
        );
      expect(await queued()).toContain(caseId);
      expect(await queued(due)).not.toContain(caseId);
      expect(await queued(addDays(due, 1))).toContain(caseId);
      expect(lock).toMatchObject({ caseId, state: 'OPEN' });
      expect(event).toMatchObject({ action: 'SUBMIT', from: 'draft', to: 'submitted', role: 'applicant' });
    });

    await step('5. a stranger gets 404 for the submitted case and does not list it', async () => {
      const stranger = await demoShapedApplicant('worker');

      const detail = await call('GET', `/v1/cases/${caseId}`, { token: stranger.token });
      const list = CaseListResponseSchema.parse((await call('GET', '/v1/cases', { token: stranger.token })).body);

      expect(detail.status).toBe(404);
      expect(detail.text).not.toContain('王');
      expect(list.cases.map((c) => c.caseId)).not.toContain(caseId);
    });
  }, 90_000);
});

describe('SPEC §6 — a case is seen only by its insured person and its submitter', () => {
  it('answers 404 to a stranger on every case route, and lists nothing of it', async () => {
    const retiree = await filedRetiree();
    const caseId = await draftClaim(retiree, VOUCHER);
    const stranger = await demoShapedApplicant('worker');
    const routes: [string, string, unknown?][] = [
      ['GET', `/v1/cases/${caseId}`],
      ['PATCH', `/v1/claims/${caseId}`, { version: 1 }],
      ['GET', `/v1/claims/${caseId}/checklist`],
      ['POST', `/v1/claims/${caseId}/voucher`, voucherOf(stay)],
      ['POST', `/v1/claims/${caseId}/materials`, { item: 'INVOICE', fileIds: ['01JAAAAAAAAAAAAAAAAAAAAAAA'] }],
      ['GET', `/v1/claims/${caseId}/materials/DIAGNOSIS_OR_DISCHARGE/01JAAAAAAAAAAAAAAAAAAAAAAA`],
      ['DELETE', `/v1/claims/${caseId}/materials/DIAGNOSIS_OR_DISCHARGE/01JAAAAAAAAAAAAAAAAAAAAAAA`],
      ['PUT', `/v1/claims/${caseId}/bank-account`, { ...bankAccountOf('worker'), cardNumber: CARD }],
      ['POST', `/v1/claims/${caseId}/submit`, {}],
      ['POST', `/v1/claims/${caseId}/withdraw`, {}],
      ['POST', `/v1/claims/${caseId}/resubmit`, {}],
    ];

    for (const [method, path, body] of routes) {
      const answer = await call(method, path, { token: stranger.token, body });
      expect({ route: `${method} ${path}`, status: answer.status }).toEqual({
        route: `${method} ${path}`,
        status: 404,
      });
      expect(answer.text).not.toContain('王');
    }
    const list = CaseListResponseSchema.parse((await call('GET', '/v1/cases', { token: stranger.token })).body);
    expect(list.cases.map((c) => c.caseId)).not.toContain(caseId);
  });

  it('answers 403 BINDING_REQUIRED to a user who has not bound a real name', async () => {
    const retiree = await filedRetiree();
    const caseId = await draftClaim(retiree, VOUCHER);
    const unbound = await unboundUser();

    const create = await call('POST', '/v1/claims', { token: unbound.accessToken, body: draftFor(retiree, VOUCHER) });
    const list = await call('GET', '/v1/cases', { token: unbound.accessToken });
    const detail = await call('GET', `/v1/cases/${caseId}`, { token: unbound.accessToken });

    for (const answer of [create, list, detail]) {
      expect(answer.status).toBe(403);
      expect(errorOf(answer).code).toBe('BINDING_REQUIRED');
    }
  });

  it('a proxy files for the retiree: the case records both, and both see it', async () => {
    const retiree = await filedRetiree();
    const ownCase = await draftClaim(retiree, VOUCHER);
    const daughter = await demoShapedApplicant('proxy');
    await authoriseProxy(retiree, daughter);

    const draft = await createDraft(daughter, draftFor(retiree, 'retiree-cross-year'));

    expect(draft.submitter).toEqual({ relation: 'proxy', nameMasked: '李*燕' });
    expect(draft.insuredPerson.nameMasked).toBe('王*兰');
    const checklist = ChecklistResponseSchema.parse(
      (await call('GET', `/v1/claims/${draft.caseId}/checklist`, { token: daughter.token })).body,
    );
    expect(checklist.missing.map((m) => m.item)).toEqual(expect.arrayContaining(['PROXY_ID', 'POWER_OF_ATTORNEY']));
    const hers = CaseListResponseSchema.parse((await call('GET', '/v1/cases', { token: retiree.token })).body);
    const mine = CaseListResponseSchema.parse((await call('GET', '/v1/cases', { token: daughter.token })).body);
    expect(hers.cases.find((c) => c.caseId === draft.caseId)?.relation).toBe('self');
    expect(mine.cases.find((c) => c.caseId === draft.caseId)?.relation).toBe('proxy');
    expect(hers.cases.map((c) => c.caseId)).toEqual([draft.caseId, ownCase]);
  });

  it('pages through my cases newest first with a cursor', async () => {
    const retiree = await filedRetiree();
    const older = await draftClaim(retiree, VOUCHER);
    const newer = await draftClaim(retiree, 'retiree-cross-year');

    const first = CaseListResponseSchema.parse((await call('GET', '/v1/cases?limit=1', { token: retiree.token })).body);
    const second = CaseListResponseSchema.parse(
      (await call('GET', `/v1/cases?limit=1&cursor=${first.cursor}`, { token: retiree.token })).body,
    );
    const bad = await call('GET', '/v1/cases?cursor=not-a-cursor', { token: retiree.token });

    expect(first.cases.map((c) => c.caseId)).toEqual([newer]);
    expect(first.cursor).not.toBeNull();
    expect(second.cases.map((c) => c.caseId)).toEqual([older]);
    expect(second.cursor).toBeNull();
    expect(bad.status).toBe(400);
    expect(errorOf(bad).fields?.cursor).toMatch(HAN);
  });
});
