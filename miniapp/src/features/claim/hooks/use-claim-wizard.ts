import type { ChecklistResponse, ClaimFacts, ClaimView } from '@shared/api/claims';
import type { HospitalView } from '@shared/api/hospitals';
import type { EligibilityCase, ExpenseType } from '@shared/domain/vocabulary';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { callEndpoint } from '../../../lib/api/client';
import type { ApiError } from '../../../lib/api/errors';
import { getCase, getClaimChecklist } from '../api/claims';

/** The wizard's screens, in order: one question per screen (SPEC §3.3, `000` 流程一). */
export const STEPS = [
  'notice',
  'person',
  'case',
  'expense',
  'facts',
  'place',
  'dates',
  'hospital',
  'voucher',
  'materials',
  'bank',
  'summary',
] as const;
export type ClaimStep = (typeof STEPS)[number];

/** What the applicant answered before the draft exists (POST /v1/claims needs them all at once). */
export interface ClaimAnswers {
  noticeAccepted: boolean;
  personId?: string;
  eligibilityCase?: EligibilityCase;
  expenseType?: ExpenseType;
  facts: ClaimFacts;
  placeCode?: string;
  admissionDate?: string;
  dischargeDate?: string | null;
  /** The hospital chosen by name; the draft keeps the e-voucher's (PATCH has no hospital field). */
  hospital?: HospitalView;
}

export const NO_FACTS: ClaimFacts = {
  rescue: false,
  died: false,
  accidentalInjury: 'NONE',
  dualChannelDrugs: false,
  drugsBoughtOutside: false,
  outsideServicesDuringStay: false,
};

function answersOf(claim: ClaimView): ClaimAnswers {
  return {
    noticeAccepted: true,
    personId: claim.insuredPerson.personId,
    eligibilityCase: claim.eligibilityCase,
    expenseType: claim.expenseType,
    facts: claim.facts,
    placeCode: claim.visit.placeCode,
    admissionDate: claim.visit.admissionDate,
    dischargeDate: claim.visit.dischargeDate,
  };
}

/** Where a resumed draft stopped, from what the server holds: the first thing it still lacks. */
export function resumeStepOf(claim: ClaimView, checklist: ChecklistResponse): ClaimStep {
  if (!claim.voucher) return 'voucher';
  if (!checklist.complete) return 'materials';
  if (!claim.bankAccount) return 'bank';
  return 'summary';
}

/** H5: the address says which draft this is, so a reload (or the link) resumes it; weapp resumes from 我的办件. */
function rememberInAddress(caseId: string): void {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return;
  const hash = window.location.hash;
  if (hash.includes(`id=${caseId}`)) return;
  const [path] = hash.split('?');
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${path}?id=${caseId}`);
}

export type Resume = { status: 'new' } | { status: 'loading' } | { status: 'error'; error: ApiError };

/**
 * The claim wizard's state: the step, the answers, and the draft as the server last answered (its version is what
 * every autosave carries). `?id=` resumes a draft where it stopped; a submitted case is handed to `onSubmitted`.
 */
export function useClaimWizard(caseId: string | undefined, onSubmitted: (caseId: string) => void) {
  const [step, setStep] = useState<ClaimStep>('notice');
  const [history, setHistory] = useState<ClaimStep[]>([]);
  const [answers, setAnswers] = useState<ClaimAnswers>({ noticeAccepted: false, facts: NO_FACTS });
  const [claim, setClaimState] = useState<ClaimView | undefined>(undefined);
  const [resume, setResume] = useState<Resume>(caseId ? { status: 'loading' } : { status: 'new' });
  const onSubmittedRef = useRef(onSubmitted);
  onSubmittedRef.current = onSubmitted;

  const setClaim = useCallback((next: ClaimView) => {
    setClaimState(next);
    rememberInAddress(next.caseId);
  }, []);

  const load = useCallback(
    async (id: string, moveToResumePoint: boolean) => {
      setResume({ status: 'loading' });
      try {
        const detail = await callEndpoint(getCase, { params: { id } });
        if (detail.claim.state !== 'draft') {
          onSubmittedRef.current(id);
          return;
        }
        const checklist = await callEndpoint(getClaimChecklist, { params: { id } });
        setClaim(detail.claim);
        setAnswers(answersOf(detail.claim));
        if (moveToResumePoint) {
          setHistory([]);
          setStep(resumeStepOf(detail.claim, checklist));
        }
        setResume({ status: 'new' });
      } catch (error) {
        setResume({ status: 'error', error: error as ApiError });
      }
    },
    [setClaim],
  );

  useEffect(() => {
    if (caseId) void load(caseId, true);
  }, [caseId, load]);

  const go = useCallback(
    (next: ClaimStep) => {
      setHistory((h) => [...h, step]);
      setStep(next);
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
    },
    [step],
  );
  /** Moves on without leaving a way back to this screen (a screen skipped, e.g. only one person to claim for). */
  const skipTo = useCallback((next: ClaimStep) => setStep(next), []);
  const back = useCallback(() => {
    setHistory((h) => {
      const previous = h[h.length - 1];
      if (previous) setStep(previous);
      return h.slice(0, -1);
    });
  }, []);
  const update = useCallback((patch: Partial<ClaimAnswers>) => setAnswers((a) => ({ ...a, ...patch })), []);

  return {
    step,
    go,
    skipTo,
    back,
    canGoBack: history.length > 0,
    answers,
    update,
    claim,
    setClaim,
    resume,
    /** After a 409: the draft as the server has it now, the wizard staying on its screen. */
    reload: (id: string) => load(id, false),
    retryResume: () => caseId && void load(caseId, true),
  };
}
