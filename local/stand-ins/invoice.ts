// Local stand-in for the fiscal e-invoice platform's verification interface (财政电子票据查验), serving the demo
// invoices. The real platforms' open interfaces (e.g. the provincial 财政电子票据 platforms) name the three keys
// billBatchCode (票据代码), billNo (票据号码) and random (校验码) and answer with a result code, S0000 for success;
// this stand-in keeps those names and that envelope, in plain JSON, with every amount in integer fen (…Fen).
//
//   POST /einvoice/v1/verify
//   Authorization: Bearer <the applicant's authorisation token>   (optional; recorded, not checked)
//   { "billBatchCode": "46062601", "billNo": "0002310457", "random": "8f3a2c" }
//
//   200 { "result": "S0000", "message": "查验成功", "data": VerifiedInvoice }
//   400 { "result": "E0001", "message": "票据代码应为 8 位数字", "field": "billBatchCode" }
//   404 { "result": "E0404", "message": "未查询到该票据，请核对票据代码、票据号码和校验码" }
//   503 { "result": "E9999", "message": "系统繁忙，请稍后再试" }   (only when a fault is injected)
//
// A wrong check code answers exactly like an unknown invoice, so the look-up cannot be used to probe which invoice
// numbers exist. The check code is compared without regard to case (people retype it from paper).
// Admin action (POST /__stand-in/faults): { action: 'set_status', billBatchCode, billNo, status } changes an
// invoice's platform status (NORMAL / REIMBURSED / REVERSED), e.g. reimbursed elsewhere while our claim is open.
// Relative, not @shared/…: jest's globalSetup loads this file without the test path alias.
import { EXPENSE_TYPE, type ExpenseType, STAY_EXPENSE_TYPES } from '../../shared/domain/vocabulary';
import { type DemoInvoice, demoHospitals, demoInvoices, type InvoiceStatus } from '../seed/demo';
import {
  type Fault,
  isRecord,
  json,
  type ListenOptions,
  type RunningStandIn,
  type StandInDefinition,
  type StandInResponse,
  startStandIn,
  stringField,
} from './server';

/** 票据状态 names as the platform shows them. */
export const invoiceStatusNames = {
  NORMAL: '正常',
  REIMBURSED: '已报销',
  REVERSED: '已冲红',
} as const satisfies Record<InvoiceStatus, string>;

/** The `data` of a successful verification. */
export interface VerifiedInvoice {
  billName: string;
  billBatchCode: string;
  billNo: string;
  random: string;
  ivcDate: string;
  invoicingParty: { code: string; name: string; level: string | null; designated: boolean | null };
  payer: { name: string; idCardNo: string };
  medicalCareType: ExpenseType;
  medicalCareTypeName: string;
  inHospitalDate: string | null;
  outHospitalDate: string | null;
  diagnosis: string;
  totalAmtFen: number;
  settlement: {
    fundScopeAmtFen: number;
    classBSelfPayAmtFen: number;
    overLimitSelfPayAmtFen: number;
    ownExpenseAmtFen: number;
  };
  items: { itemName: string; quantity: number; amtFen: number }[];
  status: InvoiceStatus;
  statusName: string;
  reimbursement: { agency: string; date: string } | null;
}

/** How a demo invoice looks on the platform. */
export function toVerifiedInvoice(invoice: DemoInvoice, status: InvoiceStatus = invoice.status): VerifiedInvoice {
  const hospital = demoHospitals.find((h) => h.code === invoice.hospitalCode);
  const stay = STAY_EXPENSE_TYPES.includes(invoice.visitType) ? '住院' : '门诊';
  const reimbursement =
    status === 'REIMBURSED' ? (invoice.reimbursedBy ?? { agency: '其他经办机构', date: invoice.bill.issueDate }) : null;
  return {
    billName: `医疗收费票据（电子）·${stay}`,
    billBatchCode: invoice.bill.code,
    billNo: invoice.bill.number,
    random: invoice.bill.checkCode,
    ivcDate: invoice.bill.issueDate,
    invoicingParty: {
      code: invoice.hospitalCode,
      name: hospital?.name ?? invoice.hospitalCode,
      level: hospital?.level ?? null,
      designated: hospital?.designated ?? null,
    },
    payer: { name: invoice.patientName, idCardNo: invoice.patientIdNumber },
    medicalCareType: invoice.visitType,
    medicalCareTypeName: EXPENSE_TYPE[invoice.visitType],
    inHospitalDate: invoice.stay?.admission ?? null,
    outHospitalDate: invoice.stay?.discharge ?? null,
    diagnosis: invoice.diagnosis,
    totalAmtFen: invoice.amountsFen.total,
    settlement: {
      fundScopeAmtFen: invoice.amountsFen.inScope,
      classBSelfPayAmtFen: invoice.amountsFen.classBSelfPay,
      overLimitSelfPayAmtFen: invoice.amountsFen.overLimitSelfPay,
      ownExpenseAmtFen: invoice.amountsFen.selfPaid,
    },
    items: invoice.items.map((i) => ({ itemName: i.name, quantity: i.quantity, amtFen: i.amountFen })),
    status,
    statusName: invoiceStatusNames[status],
    reimbursement,
  };
}

const fail = (status: number, result: string, message: string, field?: string): StandInResponse =>
  json(status, { result, message, ...(field ? { field } : {}) });

const notFoundMessage = '未查询到该票据，请核对票据代码、票据号码和校验码';
const keyOf = (billBatchCode: string, billNo: string) => `${billBatchCode}/${billNo}`;
const isInvoiceStatus = (value: unknown): value is InvoiceStatus =>
  typeof value === 'string' && Object.hasOwn(invoiceStatusNames, value);

/** The e-invoice platform stand-in's behaviour, for startStandIn; serves `invoices` (default: the demo set). */
export function invoiceStandIn(invoices: readonly DemoInvoice[] = demoInvoices): StandInDefinition {
  const byKey = new Map(invoices.map((invoice) => [keyOf(invoice.bill.code, invoice.bill.number), invoice]));
  const statusOverrides = new Map<string, InvoiceStatus>();

  const verify = (body: unknown, badJson: boolean): StandInResponse => {
    if (badJson || !isRecord(body)) return fail(400, 'E0001', '请求体应为 JSON 对象');
    const billBatchCode = stringField(body, 'billBatchCode') ?? '';
    const billNo = stringField(body, 'billNo') ?? '';
    const random = stringField(body, 'random') ?? '';
    if (!/^\d{8}$/.test(billBatchCode)) return fail(400, 'E0001', '票据代码应为 8 位数字', 'billBatchCode');
    if (!/^\d{10}$/.test(billNo)) return fail(400, 'E0001', '票据号码应为 10 位数字', 'billNo');
    if (!/^[0-9A-Za-z]{6}$/.test(random)) return fail(400, 'E0001', '校验码应为 6 位字母或数字', 'random');
    const key = keyOf(billBatchCode, billNo);
    const invoice = byKey.get(key);
    if (!invoice || invoice.bill.checkCode.toLowerCase() !== random.toLowerCase()) {
      return fail(404, 'E0404', notFoundMessage);
    }
    return json(200, {
      result: 'S0000',
      message: '查验成功',
      data: toVerifiedInvoice(invoice, statusOverrides.get(key)),
    });
  };

  return {
    name: 'invoice',
    routes: {
      'POST /einvoice/v1/verify': ({ body, bodyError }) => verify(body, bodyError !== undefined),
    },
    faultResponse: (fault: Fault) =>
      fail(
        fault.status ?? 503,
        fault.errcode === undefined ? 'E9999' : String(fault.errcode),
        fault.errmsg ?? '系统繁忙，请稍后再试',
      ),
    notFound: ({ method, path }) => fail(404, 'E0405', `接口不存在：${method} ${path}`),
    actions: {
      set_status: (args) => {
        const key = keyOf(stringField(args, 'billBatchCode') ?? '', stringField(args, 'billNo') ?? '');
        if (!byKey.has(key)) return `no invoice ${key}`;
        if (!isInvoiceStatus(args.status)) return `status must be one of ${Object.keys(invoiceStatusNames).join(', ')}`;
        statusOverrides.set(key, args.status);
        return undefined;
      },
    },
    reset: () => statusOverrides.clear(),
  };
}

/** Start the e-invoice platform stand-in (loopback only; port 0 picks a free port). */
export function startInvoiceStandIn(
  listen: ListenOptions = {},
  invoices?: readonly DemoInvoice[],
): Promise<RunningStandIn> {
  return startStandIn(invoiceStandIn(invoices), listen);
}
