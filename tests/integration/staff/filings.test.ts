// Issue 5 deliverables 2–3 — filings waiting for review (Jiangsu reviews online filings, 003 Art. 9(2)): the
// FILING_REVIEW queue of the insuring agency and the filing as its reviewers see it; other agencies get 404.
import type { FilingView } from '@shared/api/filings';
import { StaffFilingDetailSchema, StaffQueueResponseSchema } from '@shared/api/staff';
import { call, errorOf } from '../../support/api';
import { loginStaff } from '../../support/staff';
import { commitmentFiling } from '../filings/filing-api';
import { applicant, PROFILES, useStackEnvironment } from '../filings/people';

jest.setTimeout(60_000);

let filing: FilingView;

async function staffGet(username: string, path: string) {
  return call('GET', path, { token: await loginStaff(username) });
}

beforeAll(async () => {
  useStackEnvironment();
  filing = await commitmentFiling(await applicant(PROFILES.jiangsuStudent), 'JIANGSU');
});

describe('003 Art. 9(2) — filings waiting for the Jiangsu agency’s review', () => {
  it('lists the filing in the agency’s FILING_REVIEW queue with its review deadline', async () => {
    const answer = await staffGet('js-intake', '/v1/staff/queues/FILING_REVIEW?limit=100');

    expect(answer.status).toBe(200);
    const row = StaffQueueResponseSchema.parse(answer.body).items.find((i) => i.id === filing.filingId);
    expect(row).toMatchObject({ kind: 'FILING', state: 'PENDING_REVIEW', due: filing.review?.deadline });
    expect(row?.personNameMasked).toContain('*');
  });

  it('shows the filing, masked, with the decisions open to intake; finance may look but not decide', async () => {
    const intake = await staffGet('js-intake', `/v1/staff/filings/${filing.filingId}`);
    const finance = await staffGet('js-finance', `/v1/staff/filings/${filing.filingId}`);

    expect(intake.status).toBe(200);
    const detail = StaffFilingDetailSchema.parse(intake.body);
    expect(detail.filing).toMatchObject({ filingId: filing.filingId, status: 'PENDING_REVIEW' });
    expect(detail.allowedDecisions).toEqual(['APPROVE', 'REFUSE']);
    expect(StaffFilingDetailSchema.parse(finance.body).allowedDecisions).toEqual([]);
    expect((await staffGet('js-finance', '/v1/staff/queues/FILING_REVIEW')).status).toBe(403);
  });

  it('answers 404 to staff of another agency, in the queue and for the filing', async () => {
    const shanxi = await staffGet('sx-intake', `/v1/staff/filings/${filing.filingId}`);
    const queue = StaffQueueResponseSchema.parse((await staffGet('sx-intake', '/v1/staff/queues/FILING_REVIEW')).body);

    expect(shanxi.status).toBe(404);
    expect(errorOf(shanxi).message).toBe('没有找到该备案');
    expect(queue.items.map((i) => i.id)).not.toContain(filing.filingId);
  });
});
