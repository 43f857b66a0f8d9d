// 备案登记 over real HTTP against the local stack: each region's policy decides — self-service approval with its
// FILING_RESULT notice, or the review queue with its 1-working-day deadline; commitment only for long-term types;
// the destination a city (or 海南/西藏 province), never a hospital. Every refusal carries its 依据.
import { FilingListResponseSchema, FilingResponseSchema, type FilingView } from '@shared/api/filings';
import { addWorkingDays, defaultCalendar } from '@shared/domain/calendar/calendar';
import { addDays, addMonths } from '@shared/domain/calendar/isoDate';
import { listFilingsByInsuredPerson, listFilingsByReviewDeadline } from '../../../functions/data/filing';
import { getUpload } from '../../../functions/data/upload';
import { call, errorOf } from '../../support/api';
import { commitmentFiling, file, HAINAN, outboxFor, SANYA, SHANGHAI, storedFiling, today, XUZHOU } from './filing-api';
import { type Applicant, applicant, confirmedProof, PROFILES, signCommitment, useStackEnvironment } from './people';

beforeAll(useStackEnvironment);

describe('004 §2(4) — Shandong self-service: a commitment filing is approved at once', () => {
  let person: Applicant;
  let filing: FilingView;

  beforeAll(async () => {
    person = await applicant(PROFILES.shandongRetiree);
    filing = await commitmentFiling(person, 'SHANDONG');
  });

  it('opens the filing at once, long-term, with the 依据 of each decision', () => {
    expect(filing).toMatchObject({
      status: 'ACTIVE',
      statusName: '有效',
      type: 'RETIREE_RESETTLED',
      basis: 'COMMITMENT',
      longTerm: true,
      validFrom: today(),
      validUntil: null,
      review: null,
      // 海南 files at province level (002 §1(3)).
      destination: { code: '460000', level: 'PROVINCE', provinceName: '海南省' },
      insuredPerson: { personId: person.personId, nameMasked: '赵*华' },
      submittedByCaller: true,
      submitter: { relation: 'self', nameMasked: '赵*华' },
      version: 1,
    });
    expect(filing.decisions.map((d) => d.action)).toEqual(['FILED', 'APPROVED']);
    expect(filing.decisions[1]?.source).toContain('山东省完善异地就医即时结算制度实施方案');
    expect(filing.changeAllowedFrom).toBe(addDays(addMonths(today(), 6), 1));
  });

  it('writes its FILING_RESULT notice in the same transaction: PENDING, for the person, fitted to WeChat', async () => {
    const items = await outboxFor(filing.filingId);

    expect(items).toHaveLength(1);
    const [notice] = items;
    expect(notice).toMatchObject({
      kind: 'FILING_RESULT',
      subjectType: 'FILING',
      status: 'PENDING',
      recipients: [person.userId],
      title: '异地就医备案已通过',
    });
    const data = notice?.templateData as Record<string, string>;
    expect(data.phrase3).toBe('已通过');
    expect(data.date4).toBe(today());
    for (const [key, value] of Object.entries(data)) {
      if (key.startsWith('thing')) expect([...value].length).toBeLessThanOrEqual(20);
    }
  });

  it('refuses to cancel it before 6 months, citing the clause Shandong adopts (003 Art. 10)', async () => {
    const answer = await call('POST', `/v1/filings/${filing.filingId}/cancel`, { token: person.token, body: {} });

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('COMMITMENT_LOCKED');
    expect(errorOf(answer).message).toContain(addMonths(today(), 6).slice(0, 4));
    expect(errorOf(answer).source).toMatch(/^依据：.*江苏省异地就医经办服务规程》第十条/);
  });
});

describe('003 Art. 9(2) — Jiangsu: an online filing is reviewed within 1 working day', () => {
  it('queues a commitment filing with its review deadline, in the agency queue, and sends no notice yet', async () => {
    const person = await applicant(PROFILES.jiangsuStudent);

    const filing = await commitmentFiling(person, 'JIANGSU', HAINAN);

    const deadline = addWorkingDays(defaultCalendar(), today(), 1);
    expect(filing.status).toBe('PENDING_REVIEW');
    expect(filing.validFrom).toBeNull();
    expect(filing.review).toEqual({
      deadline: deadline.date,
      provisional: deadline.provisional,
      explanation: deadline.explanation,
      source: '依据：《江苏省异地就医经办服务规程》第九条第（二）项',
    });
    expect(filing.decisions.map((d) => d.action)).toEqual(['FILED', 'QUEUED_FOR_REVIEW']);
    const item = await storedFiling(filing.filingId);
    expect(item.gsi3pk).toBe('QUEUE#JIANGSU#FILING_REVIEW');
    expect(item.gsi3sk).toBe(`${deadline.date}#${filing.filingId}`);
    const queue = await listFilingsByReviewDeadline('JIANGSU', { limit: 500 });
    expect(queue.filings.map((f) => f.filingId)).toContain(filing.filingId);
    expect(await outboxFor(filing.filingId)).toEqual([]);
  });

  it('queues a proof filing and attaches its proof pages to it; a page cannot back a second filing', async () => {
    const person = await applicant(PROFILES.jiangsuStudent);
    const fileId = await confirmedProof(person);
    const proofs = [{ proof: 'RESIDENCE_PROOF', fileIds: [fileId] }];

    const answer = await file(person, { type: 'LONG_TERM_RESIDENT', basis: 'PROOF', destinationCode: XUZHOU, proofs });
    const again = await file(person, { type: 'LONG_TERM_RESIDENT', basis: 'PROOF', destinationCode: HAINAN, proofs });

    expect(answer.status).toBe(201);
    const filing = FilingResponseSchema.parse(answer.body).filing;
    expect(filing.status).toBe('PENDING_REVIEW');
    expect(filing.proofs).toEqual([{ proof: 'RESIDENCE_PROOF', proofName: '居住证/居住证明', fileIds: [fileId] }]);
    const upload = await getUpload(fileId);
    expect(upload?.state).toBe('ATTACHED');
    expect(upload?.attachedTo).toMatchObject({ kind: 'filing', id: filing.filingId });
    expect(again.status).toBe(422);
    expect(errorOf(again).code).toBe('UPLOAD_NOT_USABLE');
  });

  it('refuses a proof filing without the proof the type needs, naming it and its 依据', async () => {
    const person = await applicant(PROFILES.jiangsuStudent);

    const answer = await file(person, { type: 'STATIONED_WORKER', basis: 'PROOF', destinationCode: SHANGHAI });

    expect(answer.status).toBe(422);
    expect(errorOf(answer)).toMatchObject({ code: 'PROOF_MISSING' });
    expect(errorOf(answer).fields?.proofs).toContain('派出证明');
    expect(errorOf(answer).source).toBe('依据：《江苏省异地就医经办服务规程》第八条第（三）项');
  });
});

describe('003 Art. 8 — commitment only for the long-term types', () => {
  it('refuses a commitment filing for a temporary trip with a Chinese message and its 依据', async () => {
    const person = await applicant(PROFILES.shandongRetiree);
    const signatureId = await signCommitment(person, 'SHANDONG');

    const answer = await file(person, {
      type: 'TEMPORARY_OTHER',
      basis: 'COMMITMENT',
      destinationCode: HAINAN,
      signatureId,
    });

    expect(answer.status).toBe(422);
    const error = errorOf(answer);
    expect(error.code).toBe('COMMITMENT_NOT_ALLOWED');
    expect(error.message).toBe('其他临时外出就医人员不能以个人承诺办理备案，请提供证明材料');
    expect(error.fields?.basis).toBe(error.message);
    expect(error.source).toMatch(/^依据：/);
  });

  it('refuses a signature that is not a 个人承诺书 signed for this person', async () => {
    const person = await applicant(PROFILES.shandongRetiree);
    const other = await applicant(PROFILES.shandongRetiree);
    const othersSignature = await signCommitment(other, 'SHANDONG');

    const answer = await file(person, {
      type: 'RETIREE_RESETTLED',
      basis: 'COMMITMENT',
      destinationCode: HAINAN,
      signatureId: othersSignature,
    });

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('SIGNATURE_NOT_USABLE');
  });
});

describe('002 §1(3), 004 §3(3) — the destination is a city, or the province for 海南 and 西藏', () => {
  let person: Applicant;
  beforeAll(async () => {
    person = await applicant(PROFILES.shandongRetiree);
  });
  const temporary = (destinationCode: string) =>
    file(person, { type: 'TEMPORARY_OTHER', basis: 'PROOF', destinationCode });

  it('refuses a hospital code, with the reason next to the field and its 依据', async () => {
    const answer = await temporary('H46020000001');

    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe('DESTINATION_INVALID');
    expect(errorOf(answer).fields?.destinationCode).toContain('不能备案到具体医疗机构');
    expect(errorOf(answer).source).toMatch(/^依据：/);
  });

  it('refuses a whole province other than 海南 and 西藏', async () => {
    const answer = await temporary('320000');

    expect(answer.status).toBe(422);
    expect(errorOf(answer)).toMatchObject({ code: 'DESTINATION_TOO_BROAD', message: '请在江苏省中选择具体的地级市' });
  });

  it('accepts 海南 as a province, valid for 6 months (temporary trip)', async () => {
    const answer = await temporary('460000');

    expect(answer.status).toBe(201);
    expect(FilingResponseSchema.parse(answer.body).filing).toMatchObject({
      destination: { code: '460000', level: 'PROVINCE', provinceName: '海南省' },
      status: 'ACTIVE',
      validUntil: addMonths(today(), 6),
    });
  });

  it('accepts a city', async () => {
    const answer = await temporary(XUZHOU);

    expect(answer.status).toBe(201);
    expect(FilingResponseSchema.parse(answer.body).filing.destination).toMatchObject({ code: XUZHOU, level: 'CITY' });
  });

  it('refuses a county (440305, a district of 深圳) with 深圳市 named and offered, and stores nothing', async () => {
    const newcomer = await applicant(PROFILES.shandongRetiree);

    const answer = await file(newcomer, { type: 'TEMPORARY_OTHER', basis: 'PROOF', destinationCode: '440305' });

    expect(answer.status).toBe(422);
    const message = '备案就医地应选择到市：440305属于广东省深圳市，请选择“深圳市”';
    expect(errorOf(answer)).toMatchObject({
      code: 'DESTINATION_TOO_NARROW',
      message,
      fields: { destinationCode: message, suggestedDestinationCode: '440300', suggestedDestinationName: '深圳市' },
    });
    expect(errorOf(answer).source).toBe(
      '依据：《山东省完善异地就医即时结算制度实施方案》（鲁医保发〔2020〕68号）第三部分（三）',
    );
    const list = await call('GET', '/v1/filings', { token: newcomer.token });
    expect(FilingListResponseSchema.parse(list.body).filings).toEqual([]);
    expect(await listFilingsByInsuredPerson(newcomer.personId)).toEqual([]);
  });

  it('refuses a city of 海南 (三亚), offering 海南省', async () => {
    const answer = await temporary(SANYA);

    expect(answer.status).toBe(422);
    expect(errorOf(answer)).toMatchObject({
      code: 'DESTINATION_TOO_NARROW',
      fields: { suggestedDestinationCode: HAINAN, suggestedDestinationName: '海南省' },
    });
  });
});
