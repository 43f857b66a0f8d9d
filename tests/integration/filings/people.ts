// Test people for the filing and message suites: the people themselves come from the shared factories
// (tests/support/people.ts — a real WeChat login, a binding through the data layer to a fresh insured person shaped
// like a demo person); what is the filings' own stays here: a signed 个人承诺书 and a confirmed proof upload.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Region } from '@shared/domain/vocabulary';
import { documents } from '../../../functions/adapters/dynamodb';
import { config } from '../../../functions/config';
import { ulid } from '../../../functions/support/ids';
import type { Applicant } from '../../support/people';
import { storedUpload } from '../../support/uploads';

export {
  type Applicant,
  authoriseProxy,
  PROFILES,
  type Profile,
  profileApplicant as applicant,
  useStackEnvironment,
} from '../../support/people';

/**
 * A signed 个人承诺书 for the applicant's person. Written as a raw item with the attributes the filing routes read
 * (letter, region, the person, the submitter), keyed as functions/data/signature.ts keys it: the signing route
 * (uploads, signatures, proxies part) is being built alongside, and a signature's full content is its business.
 */
export async function signCommitment(person: Applicant, region: Region): Promise<string> {
  const signatureId = ulid();
  await documents().send(
    new PutCommand({
      TableName: config().tableName,
      Item: {
        pk: `SIGNATURE#${signatureId}`,
        sk: 'SIGNATURE',
        entity: 'signature',
        entityVersion: '1',
        signatureId,
        letter: 'PERSONAL_COMMITMENT',
        region,
        title: '个人承诺书',
        insuredPersonId: person.personId,
        submitterUserId: person.userId,
        signedAt: new Date().toISOString(),
      },
    }),
  );
  return signatureId;
}

/** A confirmed FILING_PROOF upload of the user (a small PDF, its checked copy in checked/), as the upload routes leave it. */
export function confirmedProof(owner: Applicant): Promise<string> {
  return storedUpload(
    owner,
    'FILING_PROOF',
    'application/pdf',
    Buffer.from('%PDF-1.4\n% test proof\nstartxref\n0\n%%EOF\n'),
  );
}
