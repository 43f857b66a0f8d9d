// 代办提醒 — when a proxy files or submits a claim in an insured person's name, the person's own bound user is told
// (inbox, and a push where subscribed) who did what: the outbox item the filing's or the submission's transaction
// also writes. The words are the domain's (shared/domain/notice/actedForNotices.ts). Nobody to tell when the
// caller is the person themselves, or when the person has no bound user of their own.
import { RELATIONSHIP } from '@shared/api/proxies';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { type ActedForMatter, actedForNotice } from '@shared/domain/notice/actedForNotices';
import { casePage } from '@shared/domain/notice/caseNotices';
import { maskName } from '@shared/domain/validation/mask';
import { getBinding } from '../../data/binding';
import type { StoredCase } from '../../data/case';
import type { StoredFiling } from '../../data/filing';
import { getInsuredPerson } from '../../data/insuredPerson';
import { buildOutboxItem, type OutboxItem } from '../../data/outbox';
import { getProxyAuthorisation } from '../../data/proxyAuthorisation';
import type { BoundCaller } from '../access/auth';
import { destinationName, filingPage } from '../filings/filingNotice';

/** The outbox item telling the person `personId` that the caller (their proxy) did `matter`; undefined if none owed. */
async function actedForOutbox(
  caller: BoundCaller,
  personId: string,
  matter: ActedForMatter,
  subject: { type: 'FILING' | 'CASE'; id: string; page: string },
  now: Date,
): Promise<OutboxItem | undefined> {
  if (caller.insuredPersonId === personId) return undefined;
  const binding = await getBinding(personId);
  if (!binding || binding.userId === caller.userId) return undefined;
  const [self, grant] = await Promise.all([
    getInsuredPerson(caller.insuredPersonId),
    getProxyAuthorisation(personId, caller.userId),
  ]);
  const content = actedForNotice(
    {
      nameMasked: self ? maskName(self.name) : '*',
      relationshipName: grant ? RELATIONSHIP[grant.relationship] : null,
    },
    matter,
    todayInShanghai(now),
  );
  return buildOutboxItem(
    {
      ...content,
      subject: { type: subject.type, id: subject.id },
      recipients: [binding.userId],
      page: subject.page,
    },
    now,
  );
}

/** The acted-for notice of a filing the caller just made, when they made it as the person's proxy. */
export function actedForFilingNotice(
  caller: BoundCaller,
  filing: StoredFiling,
  now: Date,
): Promise<OutboxItem | undefined> {
  return actedForOutbox(
    caller,
    filing.personId,
    { kind: 'FILING', type: filing.type, place: destinationName(filing) },
    { type: 'FILING', id: filing.filingId, page: filingPage(filing.filingId) },
    now,
  );
}

/** The acted-for notice of a claim the caller just submitted, when they submitted it as the person's proxy. */
export function actedForClaimNotice(
  caller: BoundCaller,
  stored: Pick<StoredCase, 'caseId' | 'personId' | 'expenseType'>,
  now: Date,
): Promise<OutboxItem | undefined> {
  return actedForOutbox(
    caller,
    stored.personId,
    { kind: 'CLAIM', caseId: stored.caseId, expenseType: stored.expenseType },
    { type: 'CASE', id: stored.caseId, page: casePage(stored.caseId) },
    now,
  );
}
