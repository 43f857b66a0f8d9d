/**
 * 报销材料清单 — the exact list of items a claim needs, computed from its facts and the region's checklist data
 * (`003 Art. 27`, `000` 流程一, `001 附件2–3`, `002 §3`), and which of them are still missing. The e-voucher
 * (医疗收费电子结算凭证) satisfies the invoice and the itemised list (`000` 流程一).
 */
import type { MaterialEntry, RegionPolicy, SupplementCondition } from '../../policy/schema';
import { ok, type Result, refuse } from '../errors';
import type { Source } from '../sources';
import {
  type AccidentalInjury,
  type EligibilityCase,
  type ExpenseType,
  type MaterialItem,
  STAY_EXPENSE_TYPES,
} from '../vocabulary';

/** The facts of a claim that decide its checklist. */
export interface ClaimFacts {
  readonly eligibilityCase: EligibilityCase;
  readonly expenseType: ExpenseType;
  /** 抢救 — the patient was rescued. */
  readonly rescue: boolean;
  /** The patient died (matters with rescue: 死亡记录及死亡证明). */
  readonly died: boolean;
  readonly accidentalInjury: AccidentalInjury;
  /** “双通道”管理及单独支付药品. */
  readonly dualChannelDrugs: boolean;
  /** 外购药品 — drugs bought outside the hospital. */
  readonly drugsBoughtOutside: boolean;
  /** 住院期间外院检查治疗或定点药店购药. */
  readonly outsideServicesDuringStay: boolean;
  /** Submitted by a proxy (代办人). */
  readonly filedByProxy: boolean;
  /** The electronic settlement voucher was fetched online. */
  readonly eVoucherFetched: boolean;
}

/** One required item: what, why, on what basis, and whether the e-voucher already satisfies it. */
export interface ChecklistItem {
  readonly item: MaterialItem;
  readonly name: string;
  readonly reason: string;
  readonly source: Source;
  readonly satisfiedByEVoucher: boolean;
  /** A form the platform provides (signed on screen or printed) instead of a document to photograph. */
  readonly form: 'TRAUMA_NO_THIRD_PARTY' | 'OUTSIDE_SERVICE_SLIP' | null;
}

/** Which supplements apply to these facts, in checklist order. */
export function applicableSupplements(facts: ClaimFacts): SupplementCondition[] {
  const on: [SupplementCondition, boolean][] = [
    ['RESCUE', facts.rescue],
    ['RESCUE_DIED', facts.rescue && facts.died],
    ['ACCIDENT_WITH_DOCUMENTS', facts.accidentalInjury === 'WITH_OFFICIAL_DOCUMENTS'],
    ['ACCIDENT_WITHOUT_DOCUMENTS', facts.accidentalInjury === 'WITHOUT_OFFICIAL_DOCUMENTS'],
    ['DUAL_CHANNEL_DRUGS', facts.dualChannelDrugs],
    ['DRUGS_BOUGHT_OUTSIDE', facts.drugsBoughtOutside],
    ['OUTSIDE_SERVICES_DURING_STAY', facts.outsideServicesDuringStay],
    ['PROXY', facts.filedByProxy],
  ];
  return on.filter(([, applies]) => applies).map(([condition]) => condition);
}

const FORMS: Partial<Record<MaterialItem, ChecklistItem['form']>> = {
  TRAUMA_NO_THIRD_PARTY_LETTER: 'TRAUMA_NO_THIRD_PARTY',
  OUTSIDE_SERVICE_SLIP: 'OUTSIDE_SERVICE_SLIP',
};

/** The required items for a claim, or a refusal when its facts contradict each other. */
export function requiredMaterials(policy: RegionPolicy, facts: ClaimFacts): Result<ChecklistItem[]> {
  const stay = STAY_EXPENSE_TYPES.includes(facts.expenseType);
  if (facts.outsideServicesDuringStay && !stay) {
    return refuse(
      'FACTS_INCONSISTENT',
      '“住院期间外院检查治疗或购药”只适用于住院（含生育住院）费用',
      policy.claim.supplements.OUTSIDE_SERVICES_DURING_STAY.items[0]?.source ?? policy.claim.online.source,
    );
  }
  if (facts.eligibilityCase === 'MATERNITY_AWAY' && facts.expenseType !== 'MATERNITY') {
    return refuse('FACTS_INCONSISTENT', '异地生育情形的费用类型应为生育', policy.claim.online.source);
  }
  const eVoucherItems = facts.eVoucherFetched ? policy.claim.eVoucher.satisfies : [];
  const list: ChecklistItem[] = [];
  const add = (entry: MaterialEntry, reason: string) => {
    if (entry.stayOnly && !stay) return;
    const index = list.findIndex((i) => i.item === entry.item);
    const existing = list[index];
    if (existing) {
      list[index] = { ...existing, reason: `${existing.reason}；${reason}` };
      return;
    }
    list.push({
      item: entry.item,
      name: entry.name,
      reason,
      source: entry.source,
      satisfiedByEVoucher: eVoucherItems.includes(entry.item),
      form: FORMS[entry.item] ?? null,
    });
  };
  const base = policy.claim.materials[facts.expenseType];
  for (const entry of base.items) add(entry, base.reason);
  for (const condition of applicableSupplements(facts)) {
    const group = policy.claim.supplements[condition];
    for (const entry of group.items) add(entry, group.reason);
  }
  return ok(list);
}

/** The items that still need an upload: required, not satisfied by the e-voucher, not attached. */
export function missingMaterials(
  checklist: readonly ChecklistItem[],
  attached: readonly MaterialItem[],
): ChecklistItem[] {
  return checklist.filter((i) => !i.satisfiedByEVoucher && !attached.includes(i.item));
}

/** Whether every required item is attached or satisfied by the e-voucher. */
export function isChecklistComplete(checklist: readonly ChecklistItem[], attached: readonly MaterialItem[]): boolean {
  return missingMaterials(checklist, attached).length === 0;
}
