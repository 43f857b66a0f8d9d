import { BankAccountRequestSchema } from '@shared/api/claims';
import { ROUTES } from '@shared/api/routes';
import { editableStates } from '@shared/domain/case/claimEdits';
import { maskBankCard } from '@shared/domain/validation/mask';
import { fieldCrypto } from '../adapters/fieldCrypto';
import { caseContainer, updateCaseFields } from '../data/case';
import { getInsuredPerson } from '../data/insuredPerson';
import { httpHandler } from '../http/http';
import { loadClaimView } from '../http/presentClaim';
import { parseBody, parsePath } from '../http/request';
import { NotFoundError, ValidationError } from '../support/errors';
import { authenticateBound } from '../usecases/access/auth';
import { loadCaseFor, requireEditable, versionConflict } from '../usecases/claims/claims';

/**
 * PUT /v1/claims/{id}/bank-account — the account the benefit is paid to (`000` 流程四): in the insured person's own
 * name, a Luhn-valid card. The card number is stored only encrypted (under the case's data key) and masked.
 */
export const handler = httpHandler(async (event) => {
  const { id } = parsePath(event, ROUTES.putClaimBankAccount);
  const caller = await authenticateBound(event);
  const now = new Date();
  const { stored } = await loadCaseFor(id, caller);
  const request = parseBody(event, BankAccountRequestSchema);
  requireEditable(stored, 'BANK_ACCOUNT');
  const person = await getInsuredPerson(stored.personId);
  if (!person) throw new NotFoundError('没有找到该办件的参保人');
  if (request.accountName !== person.name) {
    throw new ValidationError({ accountName: '收款账户须为参保人本人的账户，户名应与参保人姓名一致' });
  }
  const crypto = fieldCrypto();
  const container = caseContainer(stored.caseId);
  const sealed = stored.dataKey
    ? {
        dataKey: stored.dataKey,
        values: await crypto.sealMore(container, stored.dataKey, { cardNumber: request.cardNumber }),
      }
    : await crypto.seal(container, { cardNumber: request.cardNumber });
  const saved = await updateCaseFields(
    stored,
    {
      dataKey: sealed.dataKey,
      bankAccount: {
        accountName: request.accountName,
        bankName: request.bankName,
        cardNumberEnc: sealed.values.cardNumber,
        cardNumberMasked: maskBankCard(request.cardNumber),
      },
    },
    editableStates('BANK_ACCOUNT'),
    now,
  );
  if (!saved) throw versionConflict();
  return { body: await loadClaimView(saved) };
});
