/** 办件 — the reimbursement case as the state machine sees it, its commands and its events (SPEC.md §4). */
import type { IsoDate } from '../calendar/isoDate';
import type { ChecklistItem } from '../claim/checklist';
import type { CaseState, ExpenseType, MaterialItem, Role } from '../vocabulary';

/** Who acts: a user id and the role they act in. */
export interface Actor {
  readonly id: string;
  readonly role: Role;
}

/** One item of an ordinary deficiency notice. */
export interface DeficiencyItem {
  readonly item: MaterialItem;
  readonly problem: 'MISSING' | 'DEFECTIVE';
  /** Why, in plain Chinese (e.g. 照片模糊，无法辨认金额). */
  readonly reason: string;
}

/** 一次性告知 — the one-time deficiency notice, or the exceptional provincial-list request (`000` 流程二). */
export type DeficiencyNoticeContent =
  | { readonly kind: 'ORDINARY'; readonly items: readonly DeficiencyItem[]; readonly note: string }
  | {
      readonly kind: 'PROVINCIAL_LIST';
      /** The item of the provincial list of government services (政务服务事项清单) that requires the material. */
      readonly listItem: string;
      readonly mailingAddress: string;
      readonly phone: string;
      readonly note: string;
    };

/** A notice as recorded on the case. */
export type DeficiencyNotice = DeficiencyNoticeContent & { readonly sentOn: IsoDate; readonly by: string };

/** The case fields the rules read. */
export interface CaseRecord {
  readonly state: CaseState;
  /** The insured person (参保人). */
  readonly applicantId: string;
  /** The proxy who submitted for them, if any (代办人). */
  readonly proxyId: string | null;
  readonly expenseType: ExpenseType;
  /** Total of the claimed expenses, integer fen. */
  readonly claimedTotalFen: number;
  readonly checklist: readonly ChecklistItem[];
  readonly attached: readonly MaterialItem[];
  /** The latest (re)submission: the acceptance clock and 收齐材料之日 run from it. */
  readonly lastSubmittedOn: IsoDate | null;
  readonly acceptedOn: IsoDate | null;
  /** When the current review round started: acceptance, or the day the second reviewer returned it. */
  readonly reviewStartedOn: IsoDate | null;
  readonly reviewedOn: IsoDate | null;
  readonly reviewerId: string | null;
  readonly secondReviewedOn: IsoDate | null;
  readonly paidOn: IsoDate | null;
  readonly notices: readonly DeficiencyNotice[];
  /** 特殊情况 — marked special, with the longer time limit (`003 Art. 28`). */
  readonly special: { readonly reason: string; readonly markedOn: IsoDate } | null;
  /** Optimistic-lock version: the database write is conditional on it. */
  readonly version: number;
}

/** What an actor asks the case to do. */
export type CaseCommand =
  | { readonly action: 'SUBMIT' }
  | { readonly action: 'RESUBMIT'; readonly suppliedItems: readonly MaterialItem[]; readonly listItemMailed: boolean }
  | { readonly action: 'ACCEPT' }
  | { readonly action: 'NOTIFY_DEFICIENCY'; readonly notice: DeficiencyNoticeContent }
  | { readonly action: 'REFUSE'; readonly reason: string }
  | { readonly action: 'APPROVE_REVIEW' }
  | { readonly action: 'REJECT'; readonly reason: string }
  | { readonly action: 'CONFIRM_REVIEW' }
  | { readonly action: 'RETURN_REVIEW'; readonly reason: string }
  | { readonly action: 'RECORD_PAYMENT'; readonly paymentReference: string }
  | { readonly action: 'COMPLETE' }
  | { readonly action: 'WITHDRAW'; readonly reason: string };

export type CaseAction = CaseCommand['action'];

/** One entry of the append-only event log: who, when, from, to, why. */
export interface CaseEvent {
  readonly action: CaseAction;
  readonly from: CaseState;
  readonly to: CaseState;
  readonly actorId: string;
  readonly role: Role;
  /** Instant, ISO 8601 UTC. */
  readonly at: string;
  /** The date in Asia/Shanghai. */
  readonly on: IsoDate;
  readonly reason: string | null;
  readonly notice: DeficiencyNotice | null;
  readonly paymentReference: string | null;
}
