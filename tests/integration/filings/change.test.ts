// 变更、取消备案 over real HTTP: the commitment lock where the region has one (`003 Art. 10`), the proof replacing
// a commitment at any time, and every write conditional on the filing's version (of two concurrent changes one
// wins); a retried creation with the same Idempotency-Key makes one filing.
import { FilingListResponseSchema, FilingResponseSchema } from '@shared/api/filings';
import { addMonths } from '@shared/domain/calendar/isoDate';
import { PLATFORM_RULE } from '@shared/domain/sources';
import { decisionRecord, getFiling, updateFiling } from '../../../functions/data/filing';
import { getUpload } from '../../../functions/data/upload';
import { applyFilingReview } from '../../../functions/usecases/filings/filings';
import { call, errorOf } from '../../support/api';
import {
  commitmentFiling,
  file,
  HAINAN,
  outboxFor,
  SHANGHAI,
  SHANGHAI_FILED,
  storedFiling,
  today,
  XUZHOU,
} from './filing-api';
import { applicant, confirmedProof, PROFILES, signCommitment, useStackEnvironment } from './people';

beforeAll(useStackEnvironment);

describe('承诺补充 — a commitment filing backed by its proof later', () => {
  it('Liaoning queues a commitment filing and records that the proof is still owed', async () => {
    const person = await applicant(PROFILES.liaoningWorker);
    const signatureId = await signCommitment(person, 'LIAONING');

    const answer = await file(person, {
      type: 'STATIONED_WORKER',
      basis: 'COMMITMENT',
      destinationCode: SHANGHAI,
      signatureId,
    });

    expect(answer.status).toBe(201);
    expect(FilingResponseSchema.parse(answer.body).filing).toMatchObject({ status: 'PENDING_REVIEW', proofDue: true });
  });

  it('replaces the commitment by the proof at any time, even inside the 6-month lock (Shandong)', async () => {
    const person = await applicant(PROFILES.shandongRetiree);
    const filing = await commitmentFiling(person, 'SHANDONG');
    const fileId = await confirmedProof(person);

    const answer = await call('PATCH', `/v1/filings/${filing.filingId}`, {
      token: person.token,
      body: { basis: 'PROOF', proofs: [{ proof: 'HOUSEHOLD_REGISTER', fileIds: [fileId] }], version: 1 },
    });

    expect(answer.status).toBe(200);
    expect(FilingResponseSchema.parse(answer.body).filing).toMatchObject({
      basis: 'PROOF',
      status: 'ACTIVE',
      signatureId: null,
      proofs: [{ proof: 'HOUSEHOLD_REGISTER', fileIds: [fileId] }],
      version: 2,
    });
    expect((await getUpload(fileId))?.attachedTo).toMatchObject({ kind: 'filing', id: filing.filingId });
  });
});

describe('003 Art. 10 — a commitment filing may be changed only after 6 months, where the region says so', () => {
  it('refuses a change in Jiangsu before 6 months (once the agency has approved it)', async () => {
    const person = await applicant(PROFILES.jiangsuStudent);
    const queued = await commitmentFiling(person, 'JIANGSU', HAINAN);
    const approved = await applyFilingReview(queued.filingId, { approve: true }, 'js-reviewer', new Date());
    expect(approved.status).toBe('ACTIVE');
    expect(await outboxFor(queued.filingId)).toHaveLength(1);

    const answer = await call('PATCH', `/v1/filings/${queued.filingId}`, {
      token: person.token,
      body: { destinationCode: SHANGHAI },
    });

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('COMMITMENT_LOCKED');
    expect(errorOf(answer).message).toContain(`${addMonths(today(), 6)}`.slice(0, 7));
    expect(errorOf(answer).source).toBe('依据：《江苏省异地就医经办服务规程》第十条');
  });

  it('allows it in Shanxi, which sets no time limit (001 §2(1)), and records the change with that 依据', async () => {
    const person = await applicant(PROFILES.shanxiRetiree);
    const filing = await commitmentFiling(person, 'SHANXI', HAINAN);
    expect(filing.status).toBe('ACTIVE');

    const answer = await call('PATCH', `/v1/filings/${filing.filingId}`, {
      token: person.token,
      body: { destinationCode: SHANGHAI, version: filing.version },
    });

    expect(answer.status).toBe(200);
    const changed = FilingResponseSchema.parse(answer.body).filing;
    expect(changed).toMatchObject({
      status: 'ACTIVE',
      version: 2,
      destination: { code: SHANGHAI_FILED, level: 'CITY' },
    });
    const change = changed.decisions.find((d) => d.action === 'CHANGED');
    expect(change?.source).toContain('晋医保办发〔2022〕28号');
  });

  it('cancels a Shanxi commitment filing at once: it stops covering from today', async () => {
    const person = await applicant(PROFILES.shanxiRetiree);
    const filing = await commitmentFiling(person, 'SHANXI', HAINAN);

    const answer = await call('POST', `/v1/filings/${filing.filingId}/cancel`, { token: person.token, body: {} });

    expect(answer.status).toBe(200);
    expect(FilingResponseSchema.parse(answer.body).filing).toMatchObject({
      status: 'CANCELLED',
      cancelledOn: today(),
      version: 2,
    });
  });
});

describe('optimistic concurrency and Idempotency-Key', () => {
  it('lets exactly one of two concurrent changes of the same version win; the other gets 409', async () => {
    const person = await applicant(PROFILES.shanxiRetiree);
    const filing = await commitmentFiling(person, 'SHANXI', HAINAN);
    const change = (destinationCode: string) =>
      call('PATCH', `/v1/filings/${filing.filingId}`, {
        token: person.token,
        body: { destinationCode, version: filing.version },
      });

    const answers = await Promise.all([change(SHANGHAI), change(XUZHOU)]);

    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const loser = answers.find((a) => a.status === 409);
    expect(loser && errorOf(loser).code).toBe('VERSION_CONFLICT');
    const item = await storedFiling(filing.filingId);
    expect(item.version).toBe(2);
    const actions = (item.decisions as { action: string }[]).map((d) => d.action);
    expect(actions.filter((a) => a === 'CHANGED')).toHaveLength(1);
  });

  it('decides a race in the database: of two writes at the same version exactly one commits', async () => {
    const person = await applicant(PROFILES.shanxiRetiree);
    const filing = await commitmentFiling(person, 'SHANXI', HAINAN);
    const stored = await getFiling(filing.filingId);
    if (!stored) throw new Error('filing not stored');
    const write = (destinationCode: string) =>
      updateFiling(
        stored,
        stored.version,
        {
          set: { destinationCode, updatedAt: new Date().toISOString() },
          remove: [],
          decisions: [decisionRecord('CHANGED', PLATFORM_RULE, new Date())],
        },
        null,
        undefined,
      );

    const outcomes = await Promise.all([write('310000'), write(XUZHOU), write('110000')]);

    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect((await getFiling(filing.filingId))?.version).toBe(2);
  });

  it('refuses a change made on a stale version', async () => {
    const person = await applicant(PROFILES.shanxiRetiree);
    const filing = await commitmentFiling(person, 'SHANXI', HAINAN);

    const answer = await call('PATCH', `/v1/filings/${filing.filingId}`, {
      token: person.token,
      body: { destinationCode: SHANGHAI, version: filing.version + 1 },
    });

    expect(answer.status).toBe(409);
  });

  it('makes one filing of a retried request with the same Idempotency-Key', async () => {
    const person = await applicant(PROFILES.shandongRetiree);
    const body = { type: 'TEMPORARY_OTHER', basis: 'PROOF', destinationCode: SHANGHAI };
    const headers = { 'idempotency-key': `filing-${person.userId}` };

    const first = await file(person, body, headers);
    const retry = await file(person, body, headers);

    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    const list = await call('GET', '/v1/filings', { token: person.token });
    expect(FilingListResponseSchema.parse(list.body).filings).toHaveLength(1);
  });

  it('refuses a second identical filing while the first is in force (no duplicate)', async () => {
    const person = await applicant(PROFILES.shandongRetiree);
    const body = { type: 'TEMPORARY_OTHER', basis: 'PROOF', destinationCode: SHANGHAI };

    const answers = await Promise.all([file(person, body), file(person, body)]);

    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    const refused = answers.find((a) => a.status !== 201);
    expect([409, 422]).toContain(refused?.status);
    const list = await call('GET', '/v1/filings', { token: person.token });
    expect(FilingListResponseSchema.parse(list.body).filings).toHaveLength(1);
  });
});
