import { CLAIM_EDITS, type ClaimEdit, editableStates, mayEdit } from '@shared/domain/case/claimEdits';
import { CASE_STATES } from '@shared/domain/vocabulary';

describe('000 流程一–二 — what the applicant may still change, and when', () => {
  it('lets the details and the voucher be changed only in a draft', () => {
    for (const edit of ['DETAILS', 'VOUCHER'] as const) {
      expect(CASE_STATES.filter((state) => mayEdit(state, edit))).toEqual(['draft']);
    }
  });

  it('lets materials and the bank account be changed in a draft or while supplementing', () => {
    for (const edit of ['MATERIALS', 'BANK_ACCOUNT'] as const) {
      expect(CASE_STATES.filter((state) => mayEdit(state, edit))).toEqual(['draft', 'awaiting_supplement']);
    }
  });

  it('allows no edit once the case is with the agency or finished', () => {
    const edits = Object.keys(CLAIM_EDITS) as ClaimEdit[];
    for (const state of ['submitted', 'accepted', 'reviewed', 'paid', 'completed', 'withdrawn', 'refused'] as const) {
      for (const edit of edits) expect(mayEdit(state, edit)).toBe(false);
    }
  });

  it('answers the states of an edit from the same table (what the conditional write is guarded by)', () => {
    expect(editableStates('MATERIALS')).toBe(CLAIM_EDITS.MATERIALS);
  });
});
