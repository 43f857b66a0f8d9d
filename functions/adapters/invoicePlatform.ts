import { ErrorCode } from '@shared/api/errors';
// Client of the fiscal e-invoice platform's verification interface (财政电子票据查验): the electronic medical
// voucher for 票据代码 + 票据号码 + 校验码, with its patient, hospital, dates, itemised amounts (integer fen) and its
// status on the platform (正常 / 已报销 / 已冲红). Wire format as the stand-in (local/stand-ins/invoice.ts) speaks it:
//   POST {INVOICE_API_BASE}/einvoice/v1/verify { billBatchCode, billNo, random }
//   200 { result: 'S0000', data }   400 { result: 'E0001', message, field }   404 { result: 'E0404', message }
//   503 { result: 'E9999', message }
// The patient's ID number in the answer is handed to the caller only to be compared; it is never logged.
import { EXPENSE_TYPES, HOSPITAL_LEVELS } from '@shared/domain/vocabulary';
import { z } from 'zod';
import { config } from '../config';
import { DependencyUnavailableError, UnprocessableError, ValidationError } from '../support/errors';
import { logger } from '../support/logger';

const TIMEOUT_MS = 8000;
const UNAVAILABLE = '电子票据查验服务暂时不可用，请稍后再试';
const PATH = '/einvoice/v1/verify';

const Fen = z.number().int().nonnegative();

const VerifiedVoucherSchema = z.object({
  billName: z.string(),
  billBatchCode: z.string(),
  billNo: z.string(),
  ivcDate: z.string(),
  invoicingParty: z.object({
    code: z.string(),
    name: z.string(),
    level: z.enum(HOSPITAL_LEVELS).nullable(),
    designated: z.boolean().nullable(),
  }),
  payer: z.object({ name: z.string(), idCardNo: z.string() }),
  medicalCareType: z.enum(EXPENSE_TYPES),
  inHospitalDate: z.string().nullable(),
  outHospitalDate: z.string().nullable(),
  diagnosis: z.string(),
  totalAmtFen: Fen,
  settlement: z.object({
    fundScopeAmtFen: Fen,
    classBSelfPayAmtFen: Fen,
    overLimitSelfPayAmtFen: Fen,
    ownExpenseAmtFen: Fen,
  }),
  items: z.array(z.object({ itemName: z.string(), quantity: z.number(), amtFen: Fen })),
  status: z.enum(['NORMAL', 'REIMBURSED', 'REVERSED']),
  reimbursement: z.object({ agency: z.string(), date: z.string() }).nullable(),
});

const AnswerSchema = z.object({ result: z.literal('S0000'), data: VerifiedVoucherSchema });
const RefusalSchema = z.object({ result: z.string(), message: z.string().optional(), field: z.string().optional() });

/** A voucher as the platform verified it. */
export type VerifiedVoucher = z.infer<typeof VerifiedVoucherSchema>;

/** Our request fields by the platform's names, for a format refusal. */
const FIELD_OF: Record<string, string> = { billBatchCode: 'invoiceCode', billNo: 'invoiceNumber', random: 'checkCode' };

/** Verifies a voucher on the platform: the voucher, or a 4xx/503 AppError in Chinese. */
export async function verifyVoucher(query: {
  invoiceCode: string;
  invoiceNumber: string;
  checkCode: string;
}): Promise<VerifiedVoucher> {
  let response: Response;
  try {
    response = await fetch(new URL(PATH, config().invoiceApiBase), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ billBatchCode: query.invoiceCode, billNo: query.invoiceNumber, random: query.checkCode }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    logger.warn('invoice platform did not answer', { errorName: error instanceof Error ? error.name : 'Unknown' });
    throw new DependencyUnavailableError(UNAVAILABLE, error);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.status === 404) {
    // A wrong check code answers like an unknown voucher: the platform does not say which, nor do we.
    throw new UnprocessableError(
      ErrorCode.VOUCHER_NOT_FOUND,
      '未查询到该电子票据，请核对票据代码、票据号码和校验码（在票据右上方）',
    );
  }
  if (response.status === 400) {
    const refusal = RefusalSchema.safeParse(body);
    const field = (refusal.success && refusal.data.field && FIELD_OF[refusal.data.field]) || 'invoiceCode';
    logger.warn('invoice platform refused the query format', { field });
    throw new ValidationError({ [field]: '票据信息格式不正确，请核对后重新输入' });
  }
  const answer = AnswerSchema.safeParse(body);
  if (!response.ok || !answer.success) {
    logger.warn('invoice platform answered unexpectedly', { status: response.status });
    throw new DependencyUnavailableError(UNAVAILABLE);
  }
  return answer.data.data;
}
