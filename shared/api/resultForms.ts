/** 结果单核验 — the public verification answer of a result form. */
import { z } from 'zod';

export const VerifyResultFormResponseSchema = z.object({
  formId: z.string(),
  valid: z.boolean(),
  message: z.string(),
  checks: z.object({ documentHash: z.boolean(), signature: z.boolean(), ledger: z.boolean() }),
  agencyName: z.string(),
  issuedOn: z.string(),
  personNameMasked: z.string(),
  expenseType: z.string(),
  hospitalName: z.string(),
  totalFen: z.number().int(),
  fundFen: z.number().int(),
  sha256: z.string(),
  ledger: z.object({ chain: z.string(), seq: z.number().int() }),
});
