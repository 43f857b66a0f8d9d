import type {
  AttachMaterialsRequest,
  BankAccountRequest,
  CaseDetail,
  ClaimView,
  VoucherRequest,
} from '@shared/api/claims';
import type { MaterialItem } from '@shared/domain/vocabulary';
import { useWrite } from '../../../hooks/use-write';
import { callEndpoint } from '../../../lib/api/client';
import type { ApiError } from '../../../lib/api/errors';
import { postClaimMaterials, postClaimSubmit, postClaimVoucher, putClaimBankAccount } from '../api/claims';

type OnSaved = (claim: ClaimView) => void;

/** 查验电子票据: the platform's answer fills the hospital, dates and fee items, or a refusal with its reason. */
export function useVoucherLookup(caseId: string, onSaved: OnSaved, onError?: (error: ApiError) => void) {
  return useWrite<VoucherRequest, ClaimView>(
    (body) => callEndpoint(postClaimVoucher, { params: { id: caseId }, body }),
    { onSuccess: onSaved, onError },
  );
}

/** Attaches one item's confirmed pages to the draft. */
export function useAttachMaterial(caseId: string, onSaved: OnSaved) {
  return useWrite<AttachMaterialsRequest & { item: MaterialItem }, ClaimView>(
    (body) => callEndpoint(postClaimMaterials, { params: { id: caseId }, body }),
    { onSuccess: onSaved },
  );
}

/** Saves the bank account (the insured person's own; the card number Luhn-checked before it is sent). */
export function useBankAccount(caseId: string, onSaved: OnSaved, onError?: (error: ApiError) => void) {
  return useWrite<BankAccountRequest, ClaimView>(
    (body) => callEndpoint(putClaimBankAccount, { params: { id: caseId }, body }),
    { onSuccess: onSaved, onError },
  );
}

/** 提交申请: one Idempotency-Key for the logical submit, so a double tap or a retried request makes one case. */
export function useSubmitClaim(caseId: string, onSubmitted: (detail: CaseDetail) => void) {
  return useWrite<{ version: number }, CaseDetail>(
    (body, idempotencyKey) => callEndpoint(postClaimSubmit, { params: { id: caseId }, body, idempotencyKey }),
    { onSuccess: onSubmitted },
  );
}
