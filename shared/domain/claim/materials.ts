/**
 * 报销材料 — which checklist item an applicant's upload may answer, and the case's lists of attached and supplied
 * items as pages come and go. Pages answer the case's own checklist (`003 Art. 27`, `000` §一); while supplementing
 * after an ordinary one-time notice only the items it lists (`000` 流程二: 按告知补正). An item counts as supplied
 * when a page of it was attached while the case waited for the supplement (what `checkSupplement` counts).
 */
import type { CaseRecord } from '../case/types';
import { ok, type Result, refuse } from '../errors';
import { cite } from '../sources';
import { type CaseState, MATERIAL_ITEM, type MaterialItem } from '../vocabulary';

/** The state in which attached pages count as the supplement a notice asked for. */
const SUPPLEMENTING: CaseState = 'awaiting_supplement';

/** The case's item lists: items with at least one page, and items supplied after the notice. */
export type MaterialLists = { readonly attached: readonly MaterialItem[]; readonly supplied: readonly MaterialItem[] };
/** The new lists (fresh arrays, for the write). */
export type NewMaterialLists = { attached: MaterialItem[]; supplied: MaterialItem[] };

/** Whether a page of `item` may be attached to this case now: on its checklist and, when supplementing, requested. */
export function checkMaterialItem(
  record: Pick<CaseRecord, 'state' | 'checklist' | 'notices'>,
  item: MaterialItem,
): Result<MaterialItem> {
  if (!record.checklist.some((i) => i.item === item)) {
    return refuse(
      'ITEM_NOT_ON_CHECKLIST',
      `“${MATERIAL_ITEM[item]}”不在本次报销的材料清单中，请按清单上传`,
      cite('003', 'Art. 27'),
    );
  }
  const notice = record.notices[record.notices.length - 1];
  if (record.state === SUPPLEMENTING && notice?.kind === 'ORDINARY' && !notice.items.some((i) => i.item === item)) {
    return refuse(
      'ITEM_NOT_REQUESTED',
      `补正通知没有要求补充“${MATERIAL_ITEM[item]}”，请按通知列出的材料上传`,
      cite('000', '流程二'),
    );
  }
  return ok(item);
}

const withItem = (list: readonly MaterialItem[], item: MaterialItem): MaterialItem[] =>
  list.includes(item) ? [...list] : [...list, item];

/** The lists after pages of `item` are attached in `state`: attached, and supplied when supplementing. */
export function listsAfterAttach(lists: MaterialLists, state: CaseState, item: MaterialItem): NewMaterialLists {
  return {
    attached: withItem(lists.attached, item),
    supplied: state === SUPPLEMENTING ? withItem(lists.supplied, item) : [...lists.supplied],
  };
}

/**
 * The lists after a page of `item` is removed, given the item's pages that remain (with the state each was
 * attached in): still attached while any page remains, still supplied while a page attached in supplement remains.
 */
export function listsAfterRemoval(
  lists: MaterialLists,
  item: MaterialItem,
  remaining: readonly { readonly attachedInState: string }[],
): NewMaterialLists {
  const stillSupplied = remaining.some((page) => page.attachedInState === SUPPLEMENTING);
  return {
    attached: remaining.length > 0 ? [...lists.attached] : lists.attached.filter((i) => i !== item),
    supplied: stillSupplied ? [...lists.supplied] : lists.supplied.filter((i) => i !== item),
  };
}
