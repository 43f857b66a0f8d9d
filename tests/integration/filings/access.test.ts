// SPEC §6 over real HTTP: a filing is seen by its insured person and its submitter (a proxy acting for them), and
// by nobody else — who gets 404 with no data, for reading, changing and cancelling alike.
import { FilingListResponseSchema, FilingResponseSchema, type FilingView } from '@shared/api/filings';
import { call } from '../../support/api';
import { file, HAINAN, SHANGHAI } from './filing-api';
import { type Applicant, applicant, authoriseProxy, PROFILES, signCommitment, useStackEnvironment } from './people';

beforeAll(useStackEnvironment);

describe('SPEC §6 — a filing is seen only by its insured person and its submitter', () => {
  let mother: Applicant;
  let daughter: Applicant;
  let stranger: Applicant;
  let filedByDaughter: FilingView;
  let strangersOwn: FilingView;

  beforeAll(async () => {
    mother = await applicant(PROFILES.shanxiRetiree);
    daughter = await applicant(PROFILES.shanxiProxy);
    stranger = await applicant(PROFILES.liaoningWorker);
    await authoriseProxy(mother, daughter);
    const signatureId = await signCommitment(mother, 'SHANXI');
    const answer = await call('POST', '/v1/filings', {
      token: daughter.token,
      body: {
        insuredPersonId: mother.personId,
        type: 'RETIREE_RESETTLED',
        basis: 'COMMITMENT',
        destinationCode: HAINAN,
        signatureId,
      },
    });
    expect(answer.status).toBe(201);
    filedByDaughter = FilingResponseSchema.parse(answer.body).filing;
    const own = await file(stranger, { type: 'TEMPORARY_OTHER', basis: 'PROOF', destinationCode: SHANGHAI });
    expect(own.status).toBe(201);
    strangersOwn = FilingResponseSchema.parse(own.body).filing;
  });

  const listOf = async (who: Applicant) => {
    const answer = await call('GET', '/v1/filings', { token: who.token });
    expect(answer.status).toBe(200);
    return FilingListResponseSchema.parse(answer.body).filings.map((f) => f.filingId);
  };

  it('lists a proxy filing for both the insured person and the proxy, and for nobody else', async () => {
    expect(await listOf(mother)).toEqual([filedByDaughter.filingId]);
    expect(await listOf(daughter)).toEqual([filedByDaughter.filingId]);
    expect(await listOf(stranger)).toEqual([strangersOwn.filingId]);
  });

  it('shows the proxy filing to the mother, masked, marked as filed for her', async () => {
    const answer = await call('GET', `/v1/filings/${filedByDaughter.filingId}`, { token: mother.token });

    expect(answer.status).toBe(200);
    const filing = FilingResponseSchema.parse(answer.body).filing;
    expect(filing).toMatchObject({
      submittedByCaller: false,
      insuredPerson: { nameMasked: '王*兰' },
      // Both the insured person and who filed for her (SPEC §1).
      submitter: { relation: 'proxy', nameMasked: '李*燕' },
    });
    expect(filing.insuredPerson.idNumberMasked).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
  });

  it('answers 404 with no data to anyone else, for reading, changing and cancelling', async () => {
    const path = `/v1/filings/${filedByDaughter.filingId}`;

    const answers = await Promise.all([
      call('GET', path, { token: stranger.token }),
      call('PATCH', path, { token: stranger.token, body: { destinationCode: SHANGHAI } }),
      call('POST', `${path}/cancel`, { token: stranger.token, body: {} }),
    ]);

    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.text).not.toContain(filedByDaughter.filingId);
      expect(answer.text).not.toContain(mother.personId);
    }
  });

  it('refuses to file for a person the caller may not act for, as if the person did not exist', async () => {
    const answer = await call('POST', '/v1/filings', {
      token: stranger.token,
      body: { insuredPersonId: mother.personId, type: 'TEMPORARY_OTHER', basis: 'PROOF', destinationCode: HAINAN },
    });

    expect(answer.status).toBe(404);
  });
});
