// 申请人操作 — an applicant's (or proxy's) action on their claim: authenticate the bound caller → the case if they
// are party to it (404 otherwise) → the request → the one transition runner (transition.ts) → the case as it now
// stands. Idempotency-Key scoped to the caller and the case: a double tap or a retry makes one action.
import type { Actor, CaseCommand } from '@shared/domain/case/types';
import type { z } from 'zod';
import type { StoredCase } from '../data/case';
import { logger } from '../support/logger';
import { authenticateBound, type BoundCaller } from '../usecases/access/auth';
import { runTransition, type TransitionRun } from '../usecases/cases/transition';
import { actorNameMasked, loadCaseFor } from '../usecases/claims/claims';
import { httpHandler } from './http';
import { withIdempotency } from './idempotency';
import { loadCaseDetail } from './presentClaim';
import { parseBody, parsePath } from './request';

/** What an applicant action's steps see: the case as read, the request body, the caller. */
export type ClaimActionContext<B> = { stored: StoredCase; actor: Actor; body: B; caller: BoundCaller; now: Date };

/** One applicant action: its route and body, its command, and what it adds to the runner's steps. */
export type ClaimActionSpec<B> = {
  route: { params: z.ZodType<{ id: string }> };
  schema: z.ZodType<B>;
  /** Checks of the request against the case before anything is decided (the version the caller saw). */
  precheck?: (context: ClaimActionContext<B>) => void;
  command: (context: ClaimActionContext<B>) => CaseCommand;
  decide?: (context: ClaimActionContext<B>) => TransitionRun['decide'];
  refusal?: (context: ClaimActionContext<B>) => TransitionRun['refusal'];
  /** The case fields that change with the action (submittedAt, supplied). */
  extra?: (context: ClaimActionContext<B>) => NonNullable<Awaited<ReturnType<NonNullable<TransitionRun['prepare']>>>>;
  /** The notice the action owes, written in the transition's own transaction (a proxy's submission: the person's). */
  owes?: (context: ClaimActionContext<B>) => TransitionRun['owes'];
  /** The log line of a done action. */
  done: string;
};

/** The Lambda handler of an applicant action on the claim in the path. */
export function claimActionHandler<B>(spec: ClaimActionSpec<B>) {
  return httpHandler(async (event) => {
    const { id } = parsePath(event, spec.route);
    const caller = await authenticateBound(event);
    // Scoped to the case as well: the route key is the same for every case, and a key must never replay another's.
    return withIdempotency(event, `${caller.userId}:${id}`, async () => {
      const now = new Date();
      const { stored, actor } = await loadCaseFor(id, caller);
      const body = parseBody(event, spec.schema);
      const context: ClaimActionContext<B> = { stored, actor, body, caller, now };
      spec.precheck?.(context);
      const decide = spec.decide?.(context);
      const refusal = spec.refusal?.(context);
      const owes = spec.owes?.(context);
      const { extra } = spec;
      const { next } = await runTransition({
        stored,
        actor,
        command: spec.command(context),
        now,
        ...(decide ? { decide } : {}),
        ...(refusal ? { refusal } : {}),
        eventActor: async (person) => ({ userId: caller.userId, nameMasked: await actorNameMasked(caller, person) }),
        ...(extra ? { prepare: async () => extra(context) } : {}),
        ...(owes ? { owes } : {}),
      });
      logger.info(spec.done, {
        caseId: stored.caseId,
        region: stored.agencyRegion,
        from: stored.state,
        version: next.version,
      });
      return { body: await loadCaseDetail(stored.caseId, actor) };
    });
  });
}
