// Issue 5 deliverables 2 and 9 — staff see their own agency's work only: the queues (one Query on gsi3, deadline
// order in working days, overdue flagged, filters, pagination), the case as staff see it (masked, the actions of
// the member's roles), the audited reads of sensitive data and material files, and the admin's audit trail.
// Three practice cases (vouchers retiree-clinic-07…09) are submitted through the applicant API; the queue facts
// a test needs (a deadline long past, a stay above 30,000 yuan) are then set through the data layer.
import { randomBytes } from 'node:crypto';
import {
  StaffAuditResponseSchema,
  StaffCaseDetailSchema,
  StaffCaseSensitiveSchema,
  StaffMaterialDownloadSchema,
  StaffQueueResponseSchema,
} from '@shared/api/staff';
import { listAuditBySubject } from '../../../functions/data/audit';
import { CaseEntity } from '../../../functions/data/case';
import { putStaffIfAbsent } from '../../../functions/data/staff';
import { table } from '../../../functions/data/table';
import { hashPassword } from '../../../functions/support/password';
import { demoPersons } from '../../../local/seed/demo';
import { call, errorOf } from '../../support/api';
import { loginStaff } from '../../support/staff';
import { bankAccountOf, useStackEnvironment } from '../claims/people';
import { type SubmittedCase, submittedCase } from '../staff-actions/cases';

jest.setTimeout(90_000);

let onTime: SubmittedCase;
let late: SubmittedCase;
let large: SubmittedCase;

async function queue(username: string, stage: string, query = '') {
  return call('GET', `/v1/staff/queues/${stage}${query}`, { token: await loginStaff(username) });
}

async function staffGet(username: string, path: string) {
  return call('GET', path, { token: await loginStaff(username) });
}

beforeAll(async () => {
  useStackEnvironment();
  [onTime, late, large] = await Promise.all([submittedCase(7), submittedCase(8), submittedCase(9)]);
  table();
  // `late` has waited since early January: its acceptance deadline is long past. (The queue key is rebuilt from
  // all its parts, so they are all given.)
  await CaseEntity.patch({ caseId: late.caseId })
    .set({ queueDue: '2026-01-06', agencyRegion: 'SHANXI', queueStage: 'ACCEPTANCE' })
    .go();
  // `large` claims 32,000 yuan for the stay: at or above the 30,000 yuan cross-check line.
  await CaseEntity.patch({ caseId: large.caseId }).set({ claimedTotalFen: 3_200_000 }).go();
});

describe('queues (待办队列) — one Query per agency and stage, by working-day deadline', () => {
  it('lists the agency’s cases earliest deadline first, the overdue one flagged with negative working days', async () => {
    const answer = await queue('sx-intake', 'ACCEPTANCE', '?limit=100');

    expect(answer.status).toBe(200);
    const { items } = StaffQueueResponseSchema.parse(answer.body);
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining([onTime.caseId, late.caseId, large.caseId]));
    expect(items.map((i) => i.due)).toEqual([...items.map((i) => i.due)].sort());
    const overdue = items.find((i) => i.id === late.caseId);
    expect(overdue).toMatchObject({ overdue: true, due: '2026-01-06' });
    expect(overdue?.workingDaysLeft).toBeLessThan(0);
    expect(items.find((i) => i.id === onTime.caseId)).toMatchObject({
      overdue: false,
      personNameMasked: '王*兰',
      expenseType: 'INPATIENT',
      filedByProxy: false,
      crossCheck: false,
    });
  });

  it('overdue=true keeps only the overdue cases', async () => {
    const answer = StaffQueueResponseSchema.parse((await queue('sx-intake', 'ACCEPTANCE', '?overdue=true')).body);

    expect(answer.items.map((i) => i.id)).toContain(late.caseId);
    expect(answer.items.map((i) => i.id)).not.toContain(onTime.caseId);
    expect(answer.items.every((i) => i.overdue)).toBe(true);
  });

  it('filters by expense type, treatment province and the ≥ 30,000 yuan cross-check flag (费用协查)', async () => {
    const hainanStays = StaffQueueResponseSchema.parse(
      (await queue('sx-intake', 'ACCEPTANCE', '?expenseType=INPATIENT&placeRegion=46&limit=100')).body,
    );
    const outpatient = StaffQueueResponseSchema.parse(
      (await queue('sx-intake', 'ACCEPTANCE', '?expenseType=OUTPATIENT&limit=100')).body,
    );
    const beijing = StaffQueueResponseSchema.parse(
      (await queue('sx-intake', 'ACCEPTANCE', '?placeRegion=11&limit=100')).body,
    );
    const crossCheck = StaffQueueResponseSchema.parse(
      (await queue('sx-intake', 'ACCEPTANCE', '?crossCheck=true&limit=100')).body,
    );

    expect(hainanStays.items.map((i) => i.id)).toEqual(expect.arrayContaining([onTime.caseId, large.caseId]));
    expect(outpatient.items.map((i) => i.id)).not.toContain(onTime.caseId);
    expect(beijing.items.map((i) => i.id)).not.toContain(onTime.caseId);
    expect(crossCheck.items.map((i) => i.id)).toContain(large.caseId);
    expect(crossCheck.items.map((i) => i.id)).not.toContain(onTime.caseId);
    expect(crossCheck.items.every((i) => i.crossCheck && (i.claimedTotalFen ?? 0) >= 3_000_000)).toBe(true);
  });

  it('pages with limit 1 and the cursor: every case exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page = StaffQueueResponseSchema.parse((await queue('sx-intake', 'ACCEPTANCE', `?limit=1${suffix}`)).body);
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.cursor;
    } while (cursor && seen.length < 300);

    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([onTime.caseId, late.caseId, large.caseId]));
  });

  it('refuses a cursor of another agency’s queue and a bad limit, field by field (400)', async () => {
    const page = StaffQueueResponseSchema.parse((await queue('sx-intake', 'ACCEPTANCE', '?limit=1')).body);
    const foreign = await queue('js-intake', 'ACCEPTANCE', `?cursor=${encodeURIComponent(page.cursor ?? '')}`);
    const badLimit = await queue('sx-intake', 'ACCEPTANCE', '?limit=500');

    expect(foreign.status).toBe(400);
    expect(errorOf(foreign).fields?.cursor).toContain('分页游标无效');
    expect(badLimit.status).toBe(400);
    expect(errorOf(badLimit).fields?.limit).toBe('每页条数应为 1–100');
  });

  it('answers 403 to a role that does not work the queue; another agency never sees these cases', async () => {
    const finance = await queue('sx-finance', 'ACCEPTANCE');
    const jiangsu = StaffQueueResponseSchema.parse((await queue('js-intake', 'ACCEPTANCE', '?limit=100')).body);
    const admin = await queue('sx-admin', 'ACCEPTANCE', '?limit=100');

    expect(finance.status).toBe(403);
    expect(errorOf(finance).code).toBe('ROLE_NOT_ALLOWED');
    expect(jiangsu.items.map((i) => i.id)).not.toContain(onTime.caseId);
    expect(admin.status).toBe(200);
    // A stage outside the queue vocabulary is a malformed path parameter (issue 9 item 4).
    const unknown = await queue('sx-intake', 'NOT_A_QUEUE');
    expect([unknown.status, errorOf(unknown).fields]).toEqual([400, { stage: '没有该待办队列' }]);
  });
});

describe('the case as staff see it', () => {
  it('shows the facts masked, the checklist with its files and the actions of the member’s roles', async () => {
    const intake = await staffGet('sx-intake', `/v1/staff/cases/${onTime.caseId}`);
    const finance = await staffGet('sx-finance', `/v1/staff/cases/${onTime.caseId}`);

    expect(intake.status).toBe(200);
    const detail = StaffCaseDetailSchema.parse(intake.body);
    expect(detail.allowedActions.map((a) => a.action).sort()).toEqual(['ACCEPT', 'NOTIFY_DEFICIENCY', 'REFUSE']);
    expect(StaffCaseDetailSchema.parse(finance.body).allowedActions).toEqual([]);
    expect(detail.claim.bankAccount?.cardNumberMasked).toContain('****');
    expect(detail.claim.insuredPerson.idNumberMasked).toContain('*');
    expect(intake.text).not.toContain(bankAccountOf('retiree').cardNumber);
    expect(intake.text).not.toContain(demoPersons.retiree.idNumber);
    expect(intake.text).not.toContain('原发性高血压');
    expect(detail.checklist.length).toBeGreaterThan(0);
    expect(detail.checklist.flatMap((i) => i.files.map((f) => f.fileId)).sort()).toEqual(
      detail.claim.materials.map((m) => m.fileId).sort(),
    );
    expect(detail).toMatchObject({ version: onTime.version, overdue: false, review: null, payment: null });
  });

  it('answers 404 to another agency and to a case that does not exist, 400 to a malformed id', async () => {
    const other = await staffGet('js-intake', `/v1/staff/cases/${onTime.caseId}`);
    const malformed = await staffGet('sx-intake', '/v1/staff/cases/not-an-id');
    const missing = await staffGet('sx-intake', '/v1/staff/cases/01JZZZZZZZZZZZZZZZZZZZZZZZ');

    expect(other.status).toBe(404);
    expect(errorOf(other).message).toBe('没有找到该办件');
    expect(malformed.status).toBe(400);
    expect(errorOf(malformed).fields).toEqual({ id: '办件编号格式不正确' });
    expect(missing.status).toBe(404);
    expect(errorOf(missing)).toEqual(errorOf(other));
  });
});

describe('SPEC §6 — audited reads of sensitive data (审计)', () => {
  it('answers the whole card number, diagnosis and ID number only after writing the audit record', async () => {
    const intake = await staffGet('sx-intake', `/v1/staff/cases/${onTime.caseId}/sensitive`);
    const before = Date.now();
    const answer = await staffGet('sx-reviewer-b', `/v1/staff/cases/${onTime.caseId}/sensitive`);

    expect(intake.status).toBe(403);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const sensitive = StaffCaseSensitiveSchema.parse(answer.body);
    expect(sensitive).toMatchObject({
      bankCardNumber: bankAccountOf('retiree').cardNumber,
      diagnosis: '原发性高血压',
      idNumber: demoPersons.retiree.idNumber,
    });
    const trail = await listAuditBySubject('CASE', onTime.caseId);
    const record = trail.find((r) => r.auditId === sensitive.auditId);
    expect(record).toMatchObject({
      actor: 'sx-reviewer-b',
      kind: 'READ_SENSITIVE',
      what: 'bankCardNumber,diagnosis,idNumber',
    });
    expect(Date.parse(record?.at ?? '')).toBeGreaterThanOrEqual(before - 1_000);
  });

  it('gives a working download link of a material page and audits it as material:<item>', async () => {
    const detail = StaffCaseDetailSchema.parse((await staffGet('sx-intake', `/v1/staff/cases/${onTime.caseId}`)).body);
    const page = detail.claim.materials[0];
    if (!page) throw new Error('the practice case has no material page');

    const answer = await staffGet(
      'sx-intake',
      `/v1/staff/cases/${onTime.caseId}/materials/${page.item}/${page.fileId}`,
    );
    const foreign = await staffGet(
      'js-intake',
      `/v1/staff/cases/${onTime.caseId}/materials/${page.item}/${page.fileId}`,
    );

    expect(answer.status).toBe(200);
    const download = StaffMaterialDownloadSchema.parse(answer.body);
    const file = await fetch(download.downloadUrl);
    expect(file.status).toBe(200);
    expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(0);
    expect(foreign.status).toBe(404);
    const trail = await listAuditBySubject('CASE', onTime.caseId);
    expect(trail.find((r) => r.auditId === download.auditId)).toMatchObject({
      actor: 'sx-intake',
      kind: 'READ_SENSITIVE',
      what: `material:${page.item}`,
    });
  });

  it('shows the admin the case’s trail and a member’s trail; nobody else, and no other agency', async () => {
    await staffGet('sx-finance', `/v1/staff/cases/${large.caseId}/sensitive`);
    const jsAdmin = `t-js-admin-${randomBytes(4).toString('hex')}`;
    await putStaffIfAbsent({
      username: jsAdmin,
      displayName: '测试管理员',
      roles: ['admin'],
      agencyRegion: 'JIANGSU',
      agencyName: '江苏省医疗保障经办机构',
      passwordHash: await hashPassword(`Demo@${jsAdmin}`),
      createdAt: new Date().toISOString(),
    });

    const byCase = await staffGet('sx-admin', `/v1/staff/audit?caseId=${large.caseId}`);
    const byActor = await staffGet('sx-admin', '/v1/staff/audit?actor=sx-finance');
    const notAdmin = await staffGet('sx-reviewer-a', `/v1/staff/audit?caseId=${large.caseId}`);
    const otherAgency = await staffGet(jsAdmin, `/v1/staff/audit?caseId=${large.caseId}`);
    const otherMember = await staffGet(jsAdmin, '/v1/staff/audit?actor=sx-finance');
    const neither = await staffGet('sx-admin', '/v1/staff/audit');

    expect(byCase.status).toBe(200);
    expect(StaffAuditResponseSchema.parse(byCase.body).entries).toContainEqual(
      expect.objectContaining({ actor: 'sx-finance', kind: 'READ_SENSITIVE', subjectId: large.caseId }),
    );
    const actorTrail = StaffAuditResponseSchema.parse(byActor.body).entries;
    expect(actorTrail).toContainEqual(expect.objectContaining({ kind: 'LOGIN', subjectType: 'STAFF' }));
    expect(actorTrail).toContainEqual(expect.objectContaining({ kind: 'READ_SENSITIVE', subjectId: large.caseId }));
    expect(notAdmin.status).toBe(403);
    expect(otherAgency.status).toBe(404);
    expect(otherMember.status).toBe(404);
    expect(neither.status).toBe(400);
  });
});
