import { ROUTES } from '@shared/api/routes';
import { STAFF_ACCESS } from '@shared/domain/case/staffAccess';
import { fieldCrypto } from '../adapters/fieldCrypto';
import { caseContainer } from '../data/case';
import { getInsuredPerson, personContainer } from '../data/insuredPerson';
import { httpHandler } from '../http/http';
import { parsePath } from '../http/request';
import { authenticateStaff, requireStaffRole } from '../usecases/access/staffAuth';
import { auditSensitiveRead, loadCaseForStaff } from '../usecases/cases/staffCases';

/**
 * GET /v1/staff/cases/{id}/sensitive — the whole bank card number, the diagnosis and the applicant's ID number,
 * each decrypted under its own item's data key. Every read is audited BEFORE the data is answered: no audit record,
 * no data (503).
 */
export const handler = httpHandler(async (event) => {
  const { id } = parsePath(event, ROUTES.getStaffCaseSensitive);
  const now = new Date();
  const caller = await authenticateStaff(event);
  requireStaffRole(caller, STAFF_ACCESS.READ_SENSITIVE);
  const stored = await loadCaseForStaff(id, caller);
  const person = await getInsuredPerson(stored.personId);
  const caseValues: Record<string, string> = {};
  if (stored.bankAccount) caseValues.cardNumber = stored.bankAccount.cardNumberEnc;
  if (stored.diagnosisEnc) caseValues.diagnosis = stored.diagnosisEnc;
  const fields = [
    stored.bankAccount ? 'bankCardNumber' : null,
    stored.diagnosisEnc ? 'diagnosis' : null,
    person ? 'idNumber' : null,
  ].filter((f): f is string => f !== null);
  const auditId = await auditSensitiveRead(
    caller,
    { type: 'CASE', id: stored.caseId },
    fields.join(',') || 'none',
    now,
  );
  const [opened, identity] = await Promise.all([
    stored.dataKey && Object.keys(caseValues).length > 0
      ? fieldCrypto().open(caseContainer(stored.caseId), { dataKey: stored.dataKey, values: caseValues })
      : Promise.resolve<Record<string, string>>({}),
    person
      ? fieldCrypto().open(personContainer(person.personId), {
          dataKey: person.dataKey,
          values: { idNumber: person.idNumberEnc },
        })
      : Promise.resolve<Record<string, string>>({}),
  ]);
  return {
    body: {
      caseId: stored.caseId,
      bankCardNumber: opened.cardNumber ?? null,
      diagnosis: opened.diagnosis ?? null,
      idNumber: identity.idNumber ?? null,
      auditId,
    },
    headers: { 'cache-control': 'no-store' },
  };
});
