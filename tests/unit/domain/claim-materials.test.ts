import type { DeficiencyNotice } from '@shared/domain/case/types';
import type { ChecklistItem } from '@shared/domain/claim/checklist';
import { checkMaterialItem, listsAfterAttach, listsAfterRemoval } from '@shared/domain/claim/materials';
import { PLATFORM_RULE } from '@shared/domain/sources';
import type { CaseState, MaterialItem } from '@shared/domain/vocabulary';

const item = (code: MaterialItem): ChecklistItem => ({
  item: code,
  name: code,
  reason: '',
  source: PLATFORM_RULE,
  satisfiedByEVoucher: false,
  form: null,
});
const CHECKLIST = [item('INVOICE'), item('FEE_LIST'), item('DISCHARGE_SUMMARY')];
const ORDINARY: DeficiencyNotice = {
  kind: 'ORDINARY',
  items: [{ item: 'FEE_LIST', problem: 'DEFECTIVE', reason: '照片模糊' }],
  note: '',
  sentOn: '2026-03-02',
  by: 'intake1',
};
const PROVINCIAL: DeficiencyNotice = {
  kind: 'PROVINCIAL_LIST',
  listItem: '异地就医费用报销',
  mailingAddress: '太原市',
  phone: '12393',
  note: '',
  sentOn: '2026-03-05',
  by: 'intake1',
};
const record = (state: CaseState, notices: readonly DeficiencyNotice[] = []) => ({
  state,
  checklist: CHECKLIST,
  notices,
});

describe('000 流程二 / 003 Art. 27 — which item a page may answer', () => {
  it('takes any item of the checklist in a draft', () => {
    expect(checkMaterialItem(record('draft'), 'DISCHARGE_SUMMARY')).toEqual({ ok: true, value: 'DISCHARGE_SUMMARY' });
  });

  it('refuses an item not on the case’s checklist, with its 依据', () => {
    const result = checkMaterialItem(record('draft'), 'DEATH_RECORD');
    expect(result).toMatchObject({ ok: false, code: 'ITEM_NOT_ON_CHECKLIST' });
    if (!result.ok) {
      expect(result.message).toContain('不在本次报销的材料清单中');
      expect(result.source.label).toMatch(/^依据：/);
    }
  });

  it('while supplementing after an ordinary notice, takes only the items the notice lists', () => {
    expect(checkMaterialItem(record('awaiting_supplement', [ORDINARY]), 'FEE_LIST').ok).toBe(true);
    const result = checkMaterialItem(record('awaiting_supplement', [ORDINARY]), 'INVOICE');
    expect(result).toMatchObject({ ok: false, code: 'ITEM_NOT_REQUESTED' });
    if (!result.ok) expect(result.source.label).toContain('第二部分');
  });

  it('reads only the latest notice: after a provincial-list request any checklist item may be attached', () => {
    expect(checkMaterialItem(record('awaiting_supplement', [ORDINARY, PROVINCIAL]), 'INVOICE').ok).toBe(true);
  });

  it('does not limit a draft by an earlier notice (the notice binds only while supplementing)', () => {
    expect(checkMaterialItem(record('draft', [ORDINARY]), 'INVOICE').ok).toBe(true);
  });

  it('refuses an item off the checklist even when supplementing', () => {
    expect(checkMaterialItem(record('awaiting_supplement', [ORDINARY]), 'DEATH_RECORD')).toMatchObject({
      code: 'ITEM_NOT_ON_CHECKLIST',
    });
  });
});

describe('the attached and supplied lists', () => {
  const lists = { attached: ['INVOICE'] as MaterialItem[], supplied: [] as MaterialItem[] };

  it('marks an item attached in a draft, not supplied', () => {
    expect(listsAfterAttach(lists, 'draft', 'FEE_LIST')).toEqual({ attached: ['INVOICE', 'FEE_LIST'], supplied: [] });
  });

  it('marks an item attached while supplementing as supplied too, without repeating it', () => {
    const after = listsAfterAttach(lists, 'awaiting_supplement', 'INVOICE');
    expect(after).toEqual({ attached: ['INVOICE'], supplied: ['INVOICE'] });
    expect(listsAfterAttach(after, 'awaiting_supplement', 'INVOICE')).toEqual(after);
  });

  it('returns fresh arrays (the input is not changed)', () => {
    const after = listsAfterAttach(lists, 'draft', 'INVOICE');
    expect(after.attached).not.toBe(lists.attached);
    expect(after.supplied).not.toBe(lists.supplied);
  });

  it('keeps an item attached while a page of it remains, and drops it with its last page', () => {
    const both = { attached: ['INVOICE', 'FEE_LIST'] as MaterialItem[], supplied: ['FEE_LIST'] as MaterialItem[] };
    expect(listsAfterRemoval(both, 'FEE_LIST', [{ attachedInState: 'awaiting_supplement' }])).toEqual(both);
    expect(listsAfterRemoval(both, 'FEE_LIST', [])).toEqual({ attached: ['INVOICE'], supplied: [] });
  });

  it('drops the supplied mark when only pages attached before the notice remain', () => {
    const both = { attached: ['FEE_LIST'] as MaterialItem[], supplied: ['FEE_LIST'] as MaterialItem[] };
    expect(listsAfterRemoval(both, 'FEE_LIST', [{ attachedInState: 'draft' }])).toEqual({
      attached: ['FEE_LIST'],
      supplied: [],
    });
  });
});
