// 000 流程五 — completion: finance completes a paid case; the result form (settlement-form layout, seal, QR code)
// is stored and signed, the voucher is REIMBURSED and recorded on the hash-chained ledger in the same transaction.
// The public verification route says genuine; one changed byte of the PDF, or an edited or removed ledger entry,
// makes verification fail. The voucher can never be claimed again.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DeleteItemCommand, DynamoDBClient, GetItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { VerifyResultFormResponseSchema } from '@shared/api/resultForms';
import { StaffActionResponseSchema } from '@shared/api/staffActions';
import { s3 } from '../../../functions/adapters/s3';
import { getLedgerHead, listLedgerEntries } from '../../../functions/data/ledgerEntry';
import { demoInvoice } from '../../../local/seed/demo';
import { verifyLedgers } from '../../../scripts/ledger-verify';
import { call, errorOf } from '../../support/api';
import { testStack } from '../../support/stack';
import { loginStaff } from '../../support/staff';
import { step } from '../../support/steps';
import { createDraft, demoApplicant, draftFor, useStackEnvironment, voucherOf } from '../claims/people';
import { act, clinicVoucher, paidCase } from '../staff-actions/cases';

jest.setTimeout(90_000);

const client = () => new DynamoDBClient({});
const tableName = () => testStack().tableName;

async function item(pk: string, sk: string): Promise<Record<string, unknown> | undefined> {
  const out = await client().send(
    new GetItemCommand({ TableName: tableName(), Key: { pk: { S: pk }, sk: { S: sk } }, ConsistentRead: true }),
  );
  return out.Item ? unmarshall(out.Item) : undefined;
}

beforeAll(() => {
  useStackEnvironment();
});

describe('completion', () => {
  // One paid case is completed, then its result form and the voucher's ledger entry are checked and tampered with:
  // each step needs the form the first step made (the seed's practice voucher `retiree-clinic-06` backs one case),
  // so this is ONE `it` of labelled steps.
  it('a paid case completed by finance: its result form verified, its voucher never again, tampering detected', async () => {
    const c = await paidCase(6, loginStaff);

    const formId = await step(
      '1. only finance completes; the case is completed with a result form, the voucher REIMBURSED on the ledger',
      async () => {
        const byReviewer = await act(await loginStaff('sx-reviewer-a'), c.caseId, 'complete', { version: c.version });
        const answer = await act(await loginStaff('sx-finance'), c.caseId, 'complete', { version: c.version });

        expect(byReviewer.status).toBe(403);
        expect(answer.status).toBe(200);
        const result = StaffActionResponseSchema.parse(answer.body);
        expect(result.state).toBe('completed');
        const id = result.resultFormId ?? '';
        expect(id).toMatch(/^[0-9A-Z]{26}$/);
        const { bill } = demoInvoice(clinicVoucher(6));
        const lock = await item(`VOUCHER#${bill.code}#${bill.number}`, 'LOCK');
        expect(lock).toMatchObject({ state: 'REIMBURSED', caseId: c.caseId });
        const entries = await listLedgerEntries('SHANXI');
        expect(entries.find((e) => e.formId === id)).toMatchObject({
          invoiceCode: bill.code,
          invoiceNumber: bill.number,
          state: 'REIMBURSED',
          caseId: c.caseId,
        });
        return id;
      },
    );

    await step(
      '2. the public verification route finds the form genuine; the applicant downloads the PDF, a stranger cannot',
      async () => {
        const verify = await call('GET', `/v1/verify/${formId}`);
        const pdf = await call('GET', `/v1/cases/${c.caseId}/result`, { token: c.applicant.token });
        const unknown = await call('GET', '/v1/verify/01ARZ3NDEKTSV4RRFFQ69G5FAV');
        const stranger = await demoApplicant('student');
        const strangers = await call('GET', `/v1/cases/${c.caseId}/result`, { token: stranger.token });

        expect(verify.status).toBe(200);
        const verdict = VerifyResultFormResponseSchema.parse(verify.body);
        expect(verdict).toMatchObject({ valid: true, checks: { documentHash: true, signature: true, ledger: true } });
        expect(verdict.personNameMasked).toContain('*');
        expect(pdf.status).toBe(200);
        expect(pdf.headers.get('content-type')).toBe('application/pdf');
        expect(pdf.text.startsWith('%PDF')).toBe(true);
        expect(unknown.status).toBe(404);
        // Not her case: 404 with no data, as if it did not exist.
        expect(strangers.status).toBe(404);
        expect(strangers.text.startsWith('%PDF')).toBe(false);
      },
    );

    await step('3. the voucher can never be claimed again (conditional write, not a check in code)', async () => {
      const again = await act(await loginStaff('sx-finance'), c.caseId, 'complete', { version: c.version + 1 });
      const draft = await createDraft(c.applicant, draftFor(c.applicant, clinicVoucher(6)));
      const voucher = await call('POST', `/v1/claims/${draft.caseId}/voucher`, {
        token: c.applicant.token,
        body: voucherOf(clinicVoucher(6)),
      });

      expect(again.status).toBe(409);
      // Refused at the voucher already (the lock says REIMBURSED) or at submission by the conditional lock.
      expect(voucher.status).toBeGreaterThanOrEqual(400);
      expect(['VOUCHER_ALREADY_REIMBURSED', 'VOUCHER_REIMBURSED']).toContain(errorOf(voucher).code);
    });

    await step('4. one changed byte of the stored PDF makes verification fail', async () => {
      const form = await item(`RESULTFORM#${formId}`, 'FORM');
      const key = String(form?.s3Key);
      const bucket = testStack().bucketName;
      const original = await (
        await s3().send(new GetObjectCommand({ Bucket: bucket, Key: key }))
      ).Body?.transformToByteArray();
      if (!original) throw new Error('no PDF');
      const tampered = Buffer.from(original);
      const at = Math.floor(tampered.length / 2);
      tampered[at] = (tampered[at] ?? 0) ^ 0x01;
      await s3().send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: tampered, ContentType: 'application/pdf' }),
      );

      const verdict = VerifyResultFormResponseSchema.parse((await call('GET', `/v1/verify/${formId}`)).body);

      expect(verdict.valid).toBe(false);
      expect(verdict.checks).toEqual({ documentHash: false, signature: true, ledger: true });
      await s3().send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: original, ContentType: 'application/pdf' }),
      );
      expect(VerifyResultFormResponseSchema.parse((await call('GET', `/v1/verify/${formId}`)).body).valid).toBe(true);
    });

    await step(
      '5. an edited or removed ledger entry breaks the chain: verification names the entry, the command exits 1',
      async () => {
        expect((await verifyLedgers(['SHANXI']))[0]?.ok).toBe(true);
        const entry = (await listLedgerEntries('SHANXI')).find((e) => e.formId === formId);
        if (!entry) throw new Error('no entry');
        const key = { pk: { S: 'LEDGER#SHANXI' }, sk: { S: `ENTRY#${entry.seqKey}` } };
        await client().send(
          new UpdateItemCommand({
            TableName: tableName(),
            Key: key,
            UpdateExpression: 'SET invoiceNumber = :n',
            ExpressionAttributeValues: { ':n': { S: '9999999999' } },
          }),
        );

        const edited = (await verifyLedgers(['SHANXI']))[0];
        const verdict = VerifyResultFormResponseSchema.parse((await call('GET', `/v1/verify/${formId}`)).body);
        const env = { ...process.env, TABLE_NAME: tableName(), AWS_ENDPOINT_URL_DYNAMODB: testStack().urls.dynamodb };
        const run = await promisify(execFile)('npx', ['tsx', 'scripts/ledger-verify.ts'], { env }).then(
          () => ({ code: 0, stdout: '' }),
          (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
        );

        expect(edited).toMatchObject({ ok: false, firstBreak: { seq: entry.seq, problem: 'HASH_MISMATCH' } });
        expect(verdict.checks.ledger).toBe(false);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain(`BROKEN SHANXI`);

        // Put it back, then remove the last entry: the head no longer matches.
        await client().send(
          new UpdateItemCommand({
            TableName: tableName(),
            Key: key,
            UpdateExpression: 'SET invoiceNumber = :n',
            ExpressionAttributeValues: { ':n': { S: entry.invoiceNumber } },
          }),
        );
        expect((await verifyLedgers(['SHANXI']))[0]?.ok).toBe(true);
        const head = await getLedgerHead('SHANXI');
        const last = (await listLedgerEntries('SHANXI')).at(-1);
        if (!last || !head) throw new Error('empty chain');
        const lastItem = await item('LEDGER#SHANXI', `ENTRY#${last.seqKey}`);
        await client().send(
          new DeleteItemCommand({
            TableName: tableName(),
            Key: { pk: { S: 'LEDGER#SHANXI' }, sk: { S: `ENTRY#${last.seqKey}` } },
          }),
        );
        expect((await verifyLedgers(['SHANXI']))[0]).toMatchObject({
          ok: false,
          firstBreak: { problem: 'HEAD_MISMATCH' },
        });
        // Restore, so other suites see an intact chain.
        const { marshall } = await import('@aws-sdk/util-dynamodb');
        const { PutItemCommand } = await import('@aws-sdk/client-dynamodb');
        await client().send(new PutItemCommand({ TableName: tableName(), Item: marshall(lastItem ?? {}) }));
        expect((await verifyLedgers(['SHANXI']))[0]?.ok).toBe(true);
      },
    );
  }, 180_000);
});
