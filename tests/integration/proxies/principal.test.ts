// 我的代办人 over real HTTP (SPEC §1, `000 流程一`): the insured person sees who acts for them and revokes one (the
// record stays as evidence; the proxy then sees nothing of theirs); and whenever a proxy files in their name, their
// inbox says who filed what — a guard against filings they never asked for. The proxy's own filing says nothing.
import { FilingResponseSchema, type FilingView } from '@shared/api/filings';
import { MyPersonsResponseSchema } from '@shared/api/me';
import { MessageListResponseSchema, type MessageView } from '@shared/api/messages';
import { MyProxyListResponseSchema, RevokeMyProxyResponseSchema } from '@shared/api/proxies';
import { getProxyAuthorisation } from '../../../functions/data/proxyAuthorisation';
import { call, errorOf } from '../../support/api';
import { outboxOf } from '../../support/table';
import { HAINAN, SHANGHAI } from '../filings/filing-api';
import {
  type Applicant,
  applicant,
  authoriseProxy,
  PROFILES,
  signCommitment,
  useStackEnvironment,
} from '../filings/people';

const ACTED_FOR_TITLE = '代办人为您提交了异地就医备案';

beforeAll(useStackEnvironment);

/** A mother and her daughter, who acts for her (an active authorisation, relationship 子女). */
async function motherAndDaughter(): Promise<{ mother: Applicant; daughter: Applicant }> {
  const mother = await applicant(PROFILES.shanxiRetiree);
  const daughter = await applicant(PROFILES.shanxiProxy);
  await authoriseProxy(mother, daughter);
  return { mother, daughter };
}

/** `by` files a resettled retiree's commitment filing for `person` (201). */
async function filingFor(person: Applicant, by: Applicant): Promise<FilingView> {
  const signatureId = await signCommitment(person, 'SHANXI');
  const answer = await call('POST', '/v1/filings', {
    token: by.token,
    body: {
      insuredPersonId: person.personId,
      type: 'RETIREE_RESETTLED',
      basis: 'COMMITMENT',
      destinationCode: HAINAN,
      signatureId,
    },
  });
  if (answer.status !== 201) throw new Error(`filing refused: ${answer.status} ${answer.text}`);
  return FilingResponseSchema.parse(answer.body).filing;
}

/** The inbox message of `who` about `subjectId` titled `title`, once the notifier (run from the stream) wrote it. */
async function messageAbout(who: Applicant, subjectId: string, title: string): Promise<MessageView> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const answer = await call('GET', '/v1/messages', { token: who.token });
    const found = MessageListResponseSchema.parse(answer.body).messages.find(
      (m) => m.subject.id === subjectId && m.title === title,
    );
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no message "${title}" about ${subjectId}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('GET /v1/me/proxies and DELETE /v1/me/proxies/{proxyUserId} — who acts for me', () => {
  it('lists my proxy, masked; I revoke her; she can then no longer act on my filings, and the record stays', async () => {
    const { mother, daughter } = await motherAndDaughter();
    const filed = await filingFor(mother, daughter);
    const before = await call('GET', '/v1/me/persons', { token: daughter.token });

    const listed = await call('GET', '/v1/me/proxies', { token: mother.token });
    const revoked = await call('DELETE', `/v1/me/proxies/${daughter.userId}`, { token: mother.token });
    const cancel = await call('POST', `/v1/filings/${filed.filingId}/cancel`, { token: daughter.token, body: {} });
    const refile = await call('POST', '/v1/filings', {
      token: daughter.token,
      body: { insuredPersonId: mother.personId, type: 'TEMPORARY_OTHER', basis: 'PROOF', destinationCode: SHANGHAI },
    });
    const after = await call('GET', '/v1/me/persons', { token: daughter.token });
    const again = await call('DELETE', `/v1/me/proxies/${daughter.userId}`, { token: mother.token });
    const listedAfter = await call('GET', '/v1/me/proxies', { token: mother.token });
    const mine = await call('GET', `/v1/filings/${filed.filingId}`, { token: mother.token });

    expect(listed.status).toBe(200);
    expect(MyProxyListResponseSchema.parse(listed.body).proxies).toEqual([
      {
        proxyUserId: daughter.userId,
        nameMasked: '李*燕',
        relationship: 'CHILD',
        relationshipName: '子女',
        powerOfAttorney: { kind: 'UPLOAD', id: expect.any(String) },
        grantedAt: expect.any(String),
      },
    ]);
    expect(MyPersonsResponseSchema.parse(before.body).persons.map((p) => p.relation)).toEqual(['self', 'proxy']);
    expect(revoked.status).toBe(200);
    expect(RevokeMyProxyResponseSchema.parse(revoked.body)).toMatchObject({
      proxyUserId: daughter.userId,
      status: 'REVOKED',
    });
    expect(cancel.status).toBe(404);
    expect(refile.status).toBe(404);
    expect(MyPersonsResponseSchema.parse(after.body).persons.map((p) => p.relation)).toEqual(['self']);
    expect(again.status).toBe(404);
    expect(MyProxyListResponseSchema.parse(listedAfter.body).proxies).toEqual([]);
    expect(mine.status).toBe(200);
    expect(await getProxyAuthorisation(mother.personId, daughter.userId)).toMatchObject({
      status: 'REVOKED',
      revokedBy: mother.userId,
    });
  });

  it("never shows the proxy the principal's own filings, before or after", async () => {
    const { mother, daughter } = await motherAndDaughter();
    const own = await filingFor(mother, mother);

    const before = await call('GET', `/v1/filings/${own.filingId}`, { token: daughter.token });
    await call('DELETE', `/v1/me/proxies/${daughter.userId}`, { token: mother.token });
    const after = await call('GET', `/v1/filings/${own.filingId}`, { token: daughter.token });

    expect([before.status, after.status]).toEqual([404, 404]);
  });

  it("refuses a stranger's revocation with 404 and leaves the authorisation in force", async () => {
    const { mother, daughter } = await motherAndDaughter();
    const stranger = await applicant(PROFILES.liaoningWorker);

    const answer = await call('DELETE', `/v1/me/proxies/${daughter.userId}`, { token: stranger.token });
    const proxyOwn = await call('DELETE', `/v1/me/proxies/${mother.userId}`, { token: daughter.token });

    expect(answer.status).toBe(404);
    expect(errorOf(answer).message).toBe('没有找到该代办人');
    expect(proxyOwn.status).toBe(404);
    expect((await getProxyAuthorisation(mother.personId, daughter.userId))?.status).toBe('ACTIVE');
    expect(
      MyProxyListResponseSchema.parse((await call('GET', '/v1/me/proxies', { token: stranger.token })).body),
    ).toEqual({
      proxies: [],
    });
  });
});

describe('000 流程一 — the insured person is told whenever a proxy files in their name', () => {
  it('writes the notice with the filing, to the person only, and it reaches her inbox naming the filing', async () => {
    const { mother, daughter } = await motherAndDaughter();

    const filing = await filingFor(mother, daughter);

    const actedFor = (await outboxOf(filing.filingId)).filter((item) => item.title === ACTED_FOR_TITLE);
    expect(actedFor).toHaveLength(1);
    expect(actedFor[0]).toMatchObject({ kind: 'FILING_RESULT', subjectType: 'FILING', recipients: [mother.userId] });
    const message = await messageAbout(mother, filing.filingId, ACTED_FOR_TITLE);
    expect(message.subject).toEqual({ type: 'FILING', id: filing.filingId });
    expect(message.page).toBe(`pages/filing/detail/index?id=${filing.filingId}`);
    expect(message.body).toContain('您的代办人李*燕（子女）');
    expect(message.body).toContain('以您的名义提交了异地安置退休人员备案（就医地：海南省）');
    expect(message.body).toContain('解除');
  });

  it("sends nothing of the kind for the proxy's own filing for herself", async () => {
    const { daughter } = await motherAndDaughter();

    const { filingId } = await filingFor(daughter, daughter);

    expect((await outboxOf(filingId)).filter((item) => item.title === ACTED_FOR_TITLE)).toEqual([]);
  });
});
