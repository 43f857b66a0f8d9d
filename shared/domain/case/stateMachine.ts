/**
 * 办件状态机 — every allowed transition of a reimbursement case, the role allowed to make it, and its guards
 * (SPEC.md §4, `000` 流程一–五). Illegal transitions return a typed refusal; nothing here throws.
 */
import type { RegionPolicy } from '../../policy/schema';
import { todayInShanghai } from '../calendar/isoDate';
import { isChecklistComplete, missingMaterials } from '../claim/checklist';
import { ok, type Refusal, type Result, refuse } from '../errors';
import { cite, PLATFORM_RULE, type Source } from '../sources';
import { CASE_STATE, type CaseState, ROLE, type Role } from '../vocabulary';
import { checkDeficiencyNotice, checkSupplement } from './deficiencyNotice';
import type { Actor, CaseAction, CaseCommand, CaseEvent, CaseRecord } from './types';

interface TransitionRule {
  readonly from: readonly CaseState[];
  readonly to: CaseState;
  readonly roles: readonly Role[];
  readonly source: Source;
}

const PARTY: readonly Role[] = ['applicant', 'proxy'];

/** The transition table: from which states, to which state, by which roles. */
export const TRANSITIONS: Readonly<Record<CaseAction, TransitionRule>> = {
  SUBMIT: { from: ['draft'], to: 'submitted', roles: PARTY, source: cite('000', '流程一') },
  RESUBMIT: { from: ['awaiting_supplement'], to: 'submitted', roles: PARTY, source: cite('000', '流程五') },
  ACCEPT: { from: ['submitted'], to: 'accepted', roles: ['intake'], source: cite('000', '流程二') },
  NOTIFY_DEFICIENCY: {
    from: ['submitted'],
    to: 'awaiting_supplement',
    roles: ['intake'],
    source: cite('000', '流程二'),
  },
  REFUSE: { from: ['submitted'], to: 'refused', roles: ['intake'], source: cite('000', '流程二') },
  APPROVE_REVIEW: { from: ['accepted'], to: 'reviewed', roles: ['reviewer'], source: cite('000', '流程三') },
  REJECT: { from: ['accepted'], to: 'rejected', roles: ['reviewer'], source: cite('000', '流程三') },
  CONFIRM_REVIEW: {
    from: ['reviewed'],
    to: 'second_reviewed',
    roles: ['second_reviewer'],
    source: cite('000', '流程四'),
  },
  RETURN_REVIEW: { from: ['reviewed'], to: 'accepted', roles: ['second_reviewer'], source: cite('000', '流程四') },
  RECORD_PAYMENT: { from: ['second_reviewed'], to: 'paid', roles: ['finance'], source: cite('000', '流程四') },
  COMPLETE: { from: ['paid'], to: 'completed', roles: ['finance'], source: cite('000', '流程五') },
  WITHDRAW: {
    from: ['draft', 'submitted', 'awaiting_supplement', 'accepted'],
    to: 'withdrawn',
    roles: PARTY,
    source: PLATFORM_RULE,
  },
};

/** States from which nothing more happens. */
export const FINAL_STATES: readonly CaseState[] = ['refused', 'rejected', 'completed', 'withdrawn'];

/** The checks every command shares: state, role, party, four-eyes. */
function checkActor(record: CaseRecord, action: CaseAction, actor: Actor): Refusal | null {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(record.state)) {
    return refuse('TRANSITION_NOT_ALLOWED', `办件${CASE_STATE[record.state]}，不能进行此操作`, rule.source, {
      state: record.state,
      action,
    });
  }
  if (!rule.roles.includes(actor.role)) {
    return refuse('ROLE_NOT_ALLOWED', `${ROLE[actor.role]}不能进行此操作`, rule.source, { role: actor.role, action });
  }
  if (actor.role === 'applicant' && actor.id !== record.applicantId) {
    return refuse('NOT_CASE_PARTY', '只能办理本人的办件', PLATFORM_RULE);
  }
  if (actor.role === 'proxy' && actor.id !== record.proxyId) {
    return refuse('NOT_CASE_PARTY', '只能办理受委托的办件', PLATFORM_RULE);
  }
  if (actor.role === 'second_reviewer' && actor.id === record.reviewerId) {
    return refuse('FOUR_EYES_VIOLATION', '复核须由审核人以外的工作人员办理', rule.source);
  }
  return null;
}

/** The actions this actor may take on the case now (for buttons; payload checks happen on apply). */
export function allowedActions(record: CaseRecord, actor: Actor): CaseAction[] {
  return (Object.keys(TRANSITIONS) as CaseAction[]).filter((action) => checkActor(record, action, actor) === null);
}

/** Whether a reason was given where the action needs one. */
function reasonOf(command: CaseCommand): string | null {
  return 'reason' in command ? command.reason.trim() : null;
}

/** Apply a command: the next record (version + 1) and the event to append, or a typed refusal. */
export function applyTransition(
  policy: RegionPolicy,
  record: CaseRecord,
  command: CaseCommand,
  actor: Actor,
  now: Date,
): Result<{ readonly record: CaseRecord; readonly event: CaseEvent }> {
  const refused = checkActor(record, command.action, actor);
  if (refused) return refused;
  const rule = TRANSITIONS[command.action];
  const on = todayInShanghai(now);
  const reason = reasonOf(command);
  if (reason === '' && command.action !== 'WITHDRAW') {
    return refuse('REASON_REQUIRED', '请写明原因', rule.source);
  }
  let next: CaseRecord = { ...record, state: rule.to, version: record.version + 1 };
  let notice: CaseEvent['notice'] = null;

  switch (command.action) {
    case 'SUBMIT':
      if (!isChecklistComplete(record.checklist, record.attached)) {
        // Named and cited as the region's own checklist names them (the first missing item's clause).
        const missing = missingMaterials(record.checklist, record.attached);
        return refuse(
          'MATERIALS_INCOMPLETE',
          `请先上传：${missing.map((i) => i.name).join('、')}`,
          missing[0]?.source ?? cite('003', 'Art. 27'),
          { items: missing.map((i) => i.item) },
        );
      }
      next = { ...next, lastSubmittedOn: on };
      break;
    case 'RESUBMIT': {
      const supplied = checkSupplement(record, command.suppliedItems, command.listItemMailed);
      if (!supplied.ok) return supplied;
      const attached = [...new Set([...record.attached, ...command.suppliedItems])];
      // The acceptance clock restarts at resubmission (`000` 流程二).
      next = { ...next, attached, lastSubmittedOn: on };
      break;
    }
    case 'NOTIFY_DEFICIENCY': {
      const valid = checkDeficiencyNotice(policy, record, command.notice);
      if (!valid.ok) return valid;
      notice = { ...command.notice, sentOn: on, by: actor.id };
      next = { ...next, notices: [...record.notices, notice] };
      break;
    }
    case 'ACCEPT':
      if (!isChecklistComplete(record.checklist, record.attached)) {
        return refuse('MATERIALS_INCOMPLETE', '材料不齐全，请发送一次性告知', cite('000', '流程二'));
      }
      next = { ...next, acceptedOn: on, reviewStartedOn: on };
      break;
    case 'APPROVE_REVIEW':
      next = { ...next, reviewedOn: on, reviewerId: actor.id };
      break;
    case 'RETURN_REVIEW':
      next = { ...next, reviewStartedOn: on, reviewedOn: null };
      break;
    case 'CONFIRM_REVIEW':
      next = { ...next, secondReviewedOn: on };
      break;
    case 'RECORD_PAYMENT':
      if (command.paymentReference.trim() === '') return refuse('REASON_REQUIRED', '请填写拨付凭证号', rule.source);
      next = { ...next, paidOn: on };
      break;
    case 'REFUSE':
    case 'REJECT':
    case 'COMPLETE':
    case 'WITHDRAW':
      break;
  }

  const event: CaseEvent = {
    action: command.action,
    from: record.state,
    to: rule.to,
    actorId: actor.id,
    role: actor.role,
    at: now.toISOString(),
    on,
    reason: reason === '' ? null : reason,
    notice,
    paymentReference: command.action === 'RECORD_PAYMENT' ? command.paymentReference.trim() : null,
  };
  return ok({ record: next, event });
}
