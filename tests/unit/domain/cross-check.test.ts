// 003 Art. 56 — 费用协查: the staff queue's cross-check selection is the same rule as the flag on one claim.
import { crossCheckCriteria, feeCrossCheck } from '@shared/domain/benefit/crossCheck';
import { EXPENSE_TYPES, REGIONS } from '@shared/domain/vocabulary';
import { policyFor } from '@shared/policy';

describe('003 Art. 56 — fee cross-check selection', () => {
  it.each(REGIONS)('in %s selects exactly the claims feeCrossCheck flags', (region) => {
    const policy = policyFor(region);
    const criteria = crossCheckCriteria(policy);
    expect(criteria.minTotalFen).toBe(3_000_000); // ≥ 30,000 yuan, 含3万元
    expect(criteria.source).toEqual(policy.benefit.crossCheck.source);
    expect(criteria.source.article).toContain('Art. 56');
    for (const expenseType of EXPENSE_TYPES) {
      for (const totalFen of [criteria.minTotalFen - 1, criteria.minTotalFen, criteria.minTotalFen + 1]) {
        const selected = criteria.expenseTypes.includes(expenseType) && totalFen >= criteria.minTotalFen;
        expect(feeCrossCheck(policy, expenseType, totalFen).flagged).toBe(selected);
      }
    }
  });
});
