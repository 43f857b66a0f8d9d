// Helpers of the filing suites: filing over HTTP as a test applicant, and reading what the table holds.
import { FilingResponseSchema, type FilingView } from '@shared/api/filings';
import { todayInShanghai } from '@shared/domain/calendar/isoDate';
import type { Region } from '@shared/domain/vocabulary';
import { type Answer, call } from '../../support/api';
import { outboxOf, tableItem } from '../../support/table';
import { type Applicant, signCommitment } from './people';

/** 海南省: 海南 files at province level (002 §1(3)). */
export const HAINAN = '460000';
/** 三亚, a city of 海南: not a filing destination itself (refused, 海南省 suggested). */
export const SANYA = '460200';
/** 徐州. */
export const XUZHOU = '320300';
/** 上海 is a municipality: its city-level row files as the municipality itself (SHANGHAI_FILED). */
export const SHANGHAI = '310100';
export const SHANGHAI_FILED = '310000';

/** Today in Beijing time, as the API decides it. */
export const today = () => todayInShanghai(new Date());

/** POST /v1/filings for the applicant's own person (the body may name another). */
export function file(
  who: Applicant,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer> {
  return call('POST', '/v1/filings', { token: who.token, body: { insuredPersonId: who.personId, ...body }, headers });
}

/** A 个人承诺书 filing of a resettled retiree, which must be accepted (201). */
export async function commitmentFiling(who: Applicant, region: Region, destinationCode = HAINAN): Promise<FilingView> {
  const signatureId = await signCommitment(who, region);
  const answer = await file(who, { type: 'RETIREE_RESETTLED', basis: 'COMMITMENT', destinationCode, signatureId });
  expect(answer.status).toBe(201);
  return FilingResponseSchema.parse(answer.body).filing;
}

/** The raw table item of a filing. */
export async function storedFiling(filingId: string): Promise<Record<string, unknown>> {
  return (await tableItem(`FILING#${filingId}`, 'FILING')) ?? {};
}

/** The outbox items about a filing. */
export const outboxFor = outboxOf;
