// The FILING_RESULT notice of a filing (inbox text and the subscribe message's keywords; the words are the domain's,
// shared/domain/notice/filingNotices.ts), and the destination in words it and the filing's view show.
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import { MAINLAND_PROVINCES } from '@shared/domain/divisions';
import { isFilingDecided, isFilingInForce } from '@shared/domain/filing/filing';
import { filingNotice } from '@shared/domain/notice/filingNotices';
import { maskName } from '@shared/domain/validation/mask';
import type { StoredFiling } from '../../data/filing';
import type { InsuredPerson } from '../../data/insuredPerson';
import { buildOutboxItem, type OutboxItem } from '../../data/outbox';

/** The destination in words: the province, and the city's code when it is a city (no city names are on file). */
export function destinationName(filing: Pick<StoredFiling, 'destinationCode' | 'destinationLevel'>): string {
  const province = MAINLAND_PROVINCES[filing.destinationCode.slice(0, 2)] ?? '';
  return filing.destinationLevel === 'PROVINCE' ? province : `${province}（${filing.destinationCode}）`;
}

/** The mini-program page of a filing. */
export function filingPage(filingId: string): string {
  return `pages/filing/detail/index?id=${filingId}`;
}

/**
 * The FILING_RESULT notice of a filing just approved or refused: inbox text for the person and the submitter, and
 * the subscribe message's keywords (type, place, result, date, a hint). Undefined for any other state.
 */
export function filingResultNotice(
  filing: StoredFiling,
  person: InsuredPerson,
  recipients: readonly (string | undefined)[],
  now: Date,
): OutboxItem | undefined {
  if (!isFilingDecided(filing)) return undefined;
  const content = filingNotice(
    {
      type: filing.type,
      place: destinationName(filing),
      personNameMasked: maskName(person.name),
      filedOn: filing.filedOn,
      validFrom: filing.validFrom ?? null,
      validUntil: filing.validUntil ?? null,
      refusalReason: filing.refusalReason ?? null,
    },
    isFilingInForce(filing),
    todayInShanghai(now),
  );
  return buildOutboxItem(
    {
      ...content,
      subject: { type: 'FILING', id: filing.filingId },
      recipients,
      page: filingPage(filing.filingId),
    },
    now,
  );
}
