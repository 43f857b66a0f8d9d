import type { CreateFilingRequest, FilingView } from '@shared/api/filings';
import type { SignerRelationship } from '@shared/api/signatures';
import type { FilingBasis, FilingProof, FilingType } from '@shared/domain/vocabulary';
import { useCallback, useState } from 'react';

/** The wizard's screens, one question each. */
export type WizardStep =
  | 'person'
  | 'type'
  | 'destination'
  | 'date'
  | 'basis'
  | 'proof'
  | 'signer'
  | 'letter'
  | 'sign'
  | 'confirm'
  | 'result';

/** Who signs the 个人承诺书, and the contact phone the letter names. */
export interface SignerDetails {
  /** The 联系电话 blank of the letter. */
  phone: string;
  relationship: SignerRelationship;
  /** A close relative signing for the patient: their name, ID number and phone. */
  relative?: { name: string; idNumber: string; phone: string };
}

export interface FilingDraft {
  personId?: string;
  type?: FilingType;
  destination?: { code: string; name: string };
  startDate?: string;
  basis?: FilingBasis;
  proofs: Partial<Record<FilingProof, string[]>>;
  signer?: SignerDetails;
  signatureId?: string;
  result?: FilingView;
}

/** The request the draft makes, once every answer is in (else undefined). */
export function requestOf(draft: FilingDraft): CreateFilingRequest | undefined {
  const { personId, type, destination, basis } = draft;
  if (!personId || !type || !destination || !basis) return undefined;
  const base = { insuredPersonId: personId, type, basis, destinationCode: destination.code };
  const withDate = draft.startDate ? { ...base, startDate: draft.startDate } : base;
  if (basis === 'COMMITMENT') {
    return draft.signatureId ? { ...withDate, proofs: [], signatureId: draft.signatureId } : undefined;
  }
  const proofs = Object.entries(draft.proofs)
    .filter((entry): entry is [Exclude<FilingProof, 'PERSONAL_COMMITMENT'>, string[]] => (entry[1]?.length ?? 0) > 0)
    .map(([proof, fileIds]) => ({ proof, fileIds }));
  return { ...withDate, proofs };
}

/**
 * The 办理备案 wizard's state: the answers so far and the screens walked (上一步 goes back one). Answers that a
 * later change makes stale are dropped (a new person type or destination needs a new letter).
 */
export function useNewFiling(initialPersonId?: string) {
  const [draft, setDraft] = useState<FilingDraft>({ personId: initialPersonId, proofs: {} });
  const [history, setHistory] = useState<WizardStep[]>([initialPersonId ? 'type' : 'person']);
  const step = history[history.length - 1] ?? 'person';

  const go = useCallback((next: WizardStep) => setHistory((h) => [...h, next]), []);
  const back = useCallback(() => setHistory((h) => (h.length > 1 ? h.slice(0, -1) : h)), []);
  /** Start the walk at `first` (e.g. when there is only one person, the 为谁办理 screen is skipped). */
  const startAt = useCallback((first: WizardStep) => setHistory([first]), []);

  const update = useCallback((patch: Partial<FilingDraft>) => {
    setDraft((d) => {
      const next = { ...d, ...patch };
      const letterStale =
        (patch.type !== undefined && patch.type !== d.type) ||
        (patch.destination !== undefined && patch.destination.code !== d.destination?.code) ||
        (patch.personId !== undefined && patch.personId !== d.personId) ||
        patch.signer !== undefined;
      if (letterStale && patch.signatureId === undefined) next.signatureId = undefined;
      if (patch.personId !== undefined && patch.personId !== d.personId) next.type = patch.type;
      return next;
    });
  }, []);

  return { step, draft, go, back, startAt, update, canGoBack: history.length > 1 };
}
