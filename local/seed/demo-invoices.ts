// The demo electronic medical invoices (医疗收费电子票据), kept apart from demo.ts only for length: import them from
// demo.ts, which joins each row with its patient. All amounts are integer fen; for every invoice the four settlement
// parts and the line items each sum exactly to the total (tests/unit/local/demo-data.test.ts proves it).
import type { ExpenseType } from '../../shared/domain/vocabulary';
import type { PersonKey } from './demo';

/** 票据状态 on the e-invoice platform — 正常 / 已报销 / 已冲红. */
export type InvoiceStatus = 'NORMAL' | 'REIMBURSED' | 'REVERSED';

/** One line of the invoice (收费项目). */
export interface InvoiceLineItem {
  name: string;
  quantity: number;
  amountFen: number;
}

/** The invoice's identity on the e-invoice platform. */
export interface InvoiceBill {
  /** 票据代码 — 8 digits. */
  code: string;
  /** 票据号码 — 10 digits. */
  number: string;
  /** 校验码 — 6 characters. */
  checkCode: string;
  issueDate: string;
}

/** The settlement parts of an invoice, integer fen: the four parts always sum to `total`. */
export interface InvoiceAmountsFen {
  total: number;
  /** 统筹基金支付范围内费用. */
  inScope: number;
  /** 乙类先行自付. */
  classBSelfPay: number;
  /** 超限价自付. */
  overLimitSelfPay: number;
  /** 自费. */
  selfPaid: number;
}

/** A demo invoice as stored here, its patient given by key. */
export interface DemoInvoiceRow {
  key: string;
  bill: InvoiceBill;
  hospitalCode: string;
  patient: PersonKey;
  /** 就诊类型 — the expense type of the visit. */
  visitType: ExpenseType;
  /** 入院 / 出院 dates: inpatient and maternity stays only. */
  stay?: { admission: string; discharge: string };
  diagnosis: string;
  amountsFen: InvoiceAmountsFen;
  items: readonly InvoiceLineItem[];
  status: InvoiceStatus;
  /** Who already reimbursed it, for a `REIMBURSED` invoice. */
  reimbursedBy?: { agency: string; date: string };
  /** What the invoice is in the demo for. */
  story: string;
}

const item = (name: string, quantity: number, amountFen: number): InvoiceLineItem => ({ name, quantity, amountFen });

/** The demo invoices, in no particular order; `key` is stable and used by tests. */
export const demoInvoiceRows: readonly DemoInvoiceRow[] = [
  {
    key: 'retiree-inpatient',
    bill: { code: '46062601', number: '0002310457', checkCode: '8f3a2c', issueDate: '2026-09-13' },
    hospitalCode: 'H46020000001',
    patient: 'retiree',
    visitType: 'INPATIENT',
    stay: { admission: '2026-09-03', discharge: '2026-09-13' },
    diagnosis: '社区获得性肺炎',
    amountsFen: {
      total: 1_856_420,
      inScope: 1_502_300,
      classBSelfPay: 126_840,
      overLimitSelfPay: 18_600,
      selfPaid: 208_680,
    },
    items: [
      item('床位费', 10, 120_000),
      item('护理费', 10, 86_000),
      item('检查费', 6, 312_400),
      item('化验费', 14, 168_900),
      item('治疗费', 22, 254_300),
      item('西药费', 48, 687_520),
      item('卫生材料费', 35, 227_300),
    ],
    status: 'NORMAL',
    story: '普通住院：已备案但医院未能直接结算',
  },
  {
    key: 'retiree-outpatient',
    bill: { code: '46062601', number: '0003127786', checkCode: 'k2m9q4', issueDate: '2026-10-15' },
    hospitalCode: 'H46020300001',
    patient: 'retiree',
    visitType: 'OUTPATIENT',
    diagnosis: '原发性高血压',
    amountsFen: { total: 45_680, inScope: 38_200, classBSelfPay: 3_480, overLimitSelfPay: 0, selfPaid: 4_000 },
    items: [item('诊查费', 1, 1_000), item('化验费', 2, 8_680), item('西药费', 3, 36_000)],
    status: 'NORMAL',
    story: '社区门诊，1000 元以下',
  },
  {
    key: 'retiree-major-inpatient',
    bill: { code: '46062601', number: '0001854390', checkCode: 'x7t5w1', issueDate: '2026-06-26' },
    hospitalCode: 'H46010600001',
    patient: 'retiree',
    visitType: 'INPATIENT',
    stay: { admission: '2026-06-08', discharge: '2026-06-26' },
    diagnosis: '股骨颈骨折（人工髋关节置换术）',
    amountsFen: {
      total: 4_268_350,
      inScope: 3_125_600,
      classBSelfPay: 412_750,
      overLimitSelfPay: 86_000,
      selfPaid: 644_000,
    },
    items: [
      item('床位费', 18, 216_000),
      item('护理费', 18, 144_000),
      item('检查费', 9, 486_300),
      item('化验费', 21, 238_450),
      item('手术费', 1, 620_000),
      item('麻醉费', 1, 98_600),
      item('西药费', 76, 1_124_000),
      item('卫生材料费（人工髋关节）', 1, 1_341_000),
    ],
    status: 'NORMAL',
    story: '单次住院 3 万元以上：触发费用协查（003 Art. 56）',
  },
  {
    key: 'retiree-cross-year',
    bill: { code: '46062601', number: '0000041268', checkCode: 'p4c8n6', issueDate: '2026-01-10' },
    hospitalCode: 'H46020000002',
    patient: 'retiree',
    visitType: 'INPATIENT',
    stay: { admission: '2025-12-20', discharge: '2026-01-10' },
    diagnosis: '慢性阻塞性肺疾病急性加重',
    amountsFen: {
      total: 2_520_000,
      inScope: 2_016_000,
      classBSelfPay: 201_600,
      overLimitSelfPay: 50_400,
      selfPaid: 252_000,
    },
    items: [
      item('床位费', 21, 252_000),
      item('护理费', 21, 168_000),
      item('检查费', 8, 398_000),
      item('化验费', 19, 214_000),
      item('治疗费', 30, 356_000),
      item('西药费', 64, 862_000),
      item('中成药费', 12, 96_000),
      item('卫生材料费', 28, 174_000),
    ],
    status: 'NORMAL',
    story: '跨年度住院（2025-12-20 入院，2026-01-10 出院）：按日均费用和各年天数拆分（001 §3(2)1）',
  },
  {
    key: 'retiree-reversed',
    bill: { code: '46062601', number: '0003209915', checkCode: 'r6d2h8', issueDate: '2026-10-20' },
    hospitalCode: 'H46020000001',
    patient: 'retiree',
    visitType: 'OUTPATIENT',
    diagnosis: '腰椎间盘突出症',
    amountsFen: { total: 12_800, inScope: 10_000, classBSelfPay: 0, overLimitSelfPay: 0, selfPaid: 2_800 },
    items: [item('诊查费', 1, 2_000), item('检查费', 1, 10_800)],
    status: 'REVERSED',
    story: '已冲红的票据：医院作废后重开，不能再用来报销',
  },
  {
    key: 'retiree-non-designated',
    bill: { code: '46062601', number: '0002675031', checkCode: 'b9e3v7', issueDate: '2026-08-20' },
    hospitalCode: 'H46020000088',
    patient: 'retiree',
    visitType: 'OUTPATIENT',
    diagnosis: '膝骨关节炎',
    amountsFen: { total: 28_600, inScope: 22_000, classBSelfPay: 1_600, overLimitSelfPay: 0, selfPaid: 5_000 },
    items: [item('诊查费', 1, 1_500), item('治疗费（理疗）', 6, 18_000), item('西药费', 2, 9_100)],
    status: 'NORMAL',
    story: '非定点医疗机构门诊：除急诊外基金不予支付（003 Art. 19）',
  },
  {
    key: 'student-vacation-outpatient',
    bill: { code: '32062601', number: '0000583142', checkCode: 'm3q7z2', issueDate: '2026-02-03' },
    hospitalCode: 'H32030200001',
    patient: 'student',
    visitType: 'OUTPATIENT',
    diagnosis: '急性支气管炎',
    amountsFen: { total: 68_900, inScope: 55_400, classBSelfPay: 4_600, overLimitSelfPay: 0, selfPaid: 8_900 },
    items: [item('挂号诊查费', 1, 2_500), item('检查费', 2, 21_400), item('西药费', 4, 45_000)],
    status: 'NORMAL',
    story: '寒假回家门诊，1000 元以下：江苏 5 个工作日办结（003 Art. 28）',
  },
  {
    key: 'student-vacation-inpatient',
    bill: { code: '32062601', number: '0002017764', checkCode: 'h8w4k1', issueDate: '2026-07-26' },
    hospitalCode: 'H32031100001',
    patient: 'student',
    visitType: 'INPATIENT',
    stay: { admission: '2026-07-20', discharge: '2026-07-26' },
    diagnosis: '急性阑尾炎（腹腔镜阑尾切除术）',
    amountsFen: {
      total: 1_236_500,
      inScope: 1_012_000,
      classBSelfPay: 86_500,
      overLimitSelfPay: 12_000,
      selfPaid: 126_000,
    },
    items: [
      item('床位费', 6, 42_000),
      item('护理费', 6, 24_000),
      item('检查费', 5, 186_000),
      item('化验费', 11, 92_500),
      item('手术费', 1, 280_000),
      item('麻醉费', 1, 65_000),
      item('西药费', 29, 312_000),
      item('卫生材料费', 17, 235_000),
    ],
    status: 'NORMAL',
    story: '暑假回家住院：在校学生寒暑假就医（003 Art. 26(3)）',
  },
  {
    key: 'worker-emergency',
    bill: { code: '11062601', number: '0004420871', checkCode: 'e5y9f3', issueDate: '2026-09-27' },
    hospitalCode: 'H11010500001',
    patient: 'worker',
    visitType: 'EMERGENCY',
    diagnosis: '急性胃肠炎伴中度脱水',
    amountsFen: { total: 356_780, inScope: 298_400, classBSelfPay: 21_380, overLimitSelfPay: 0, selfPaid: 37_000 },
    items: [
      item('急诊诊查费', 1, 5_000),
      item('检查费（CT）', 1, 98_000),
      item('化验费', 6, 46_780),
      item('治疗费（静脉输液）', 3, 72_000),
      item('西药费', 9, 135_000),
    ],
    status: 'NORMAL',
    story: '北京出差急诊，未备案：视同备案，比例不降（003 Art. 8(5), 19）',
  },
  {
    key: 'worker-maternity',
    bill: { code: '31062601', number: '0001369025', checkCode: 'u2j6s9', issueDate: '2026-05-14' },
    hospitalCode: 'H31011500001',
    patient: 'worker',
    visitType: 'MATERNITY',
    stay: { admission: '2026-05-10', discharge: '2026-05-14' },
    diagnosis: '孕39周 单胎活产（子宫下段剖宫产术）',
    amountsFen: { total: 986_400, inScope: 802_000, classBSelfPay: 56_400, overLimitSelfPay: 0, selfPaid: 128_000 },
    items: [
      item('床位费', 4, 60_000),
      item('护理费', 4, 32_000),
      item('检查费', 7, 146_000),
      item('化验费', 12, 88_400),
      item('手术费', 1, 320_000),
      item('西药费', 21, 198_000),
      item('卫生材料费', 16, 142_000),
    ],
    status: 'NORMAL',
    story: '异地生育',
  },
  {
    key: 'worker-reimbursed',
    bill: { code: '31062601', number: '0000896473', checkCode: 'g7n1c5', issueDate: '2026-03-09' },
    hospitalCode: 'H31010400001',
    patient: 'worker',
    visitType: 'INPATIENT',
    stay: { admission: '2026-03-02', discharge: '2026-03-09' },
    diagnosis: '甲状腺结节（甲状腺部分切除术）',
    amountsFen: {
      total: 1_568_000,
      inScope: 1_280_000,
      classBSelfPay: 98_000,
      overLimitSelfPay: 20_000,
      selfPaid: 170_000,
    },
    items: [
      item('床位费', 7, 98_000),
      item('护理费', 7, 56_000),
      item('检查费', 6, 268_000),
      item('化验费', 13, 146_000),
      item('治疗费', 9, 210_000),
      item('西药费', 33, 540_000),
      item('卫生材料费', 14, 250_000),
    ],
    status: 'REIMBURSED',
    reimbursedBy: { agency: '上海市医疗保险事业管理中心', date: '2026-04-20' },
    story: '平台显示已在别处报销：审核时必须拒绝（重复报销）',
  },
  {
    key: 'suspended-outpatient',
    bill: { code: '37062601', number: '0003385620', checkCode: 'w4r8p2', issueDate: '2026-10-08' },
    hospitalCode: 'H37020200001',
    patient: 'suspended',
    visitType: 'OUTPATIENT',
    diagnosis: '2型糖尿病',
    amountsFen: { total: 52_300, inScope: 41_000, classBSelfPay: 3_300, overLimitSelfPay: 0, selfPaid: 8_000 },
    items: [item('诊查费', 1, 3_000), item('检查费', 3, 19_300), item('西药费', 3, 30_000)],
    status: 'NORMAL',
    story: '暂停参保人员的门诊票据：申请报销应被拒绝',
  },
  // The staff console's practice cases: twelve short stays of the retiree at a 三亚 hospital, one voucher each, so
  // intake, review, finance and completion can each be walked (and tested) on a voucher of their own.
  ...Array.from({ length: 12 }, (_, i): DemoInvoiceRow => {
    const n = i + 1;
    const admission = `2026-10-${String(n + 9).padStart(2, '0')}`;
    const discharge = `2026-10-${String(n + 13).padStart(2, '0')}`;
    const drugs = 420_000 + n * 1_150;
    const total = 48_000 + 96_400 + 132_600 + drugs;
    return {
      key: `retiree-clinic-${String(n).padStart(2, '0')}`,
      bill: {
        code: '46062601',
        number: String(4_100_000 + n).padStart(10, '0'),
        checkCode: `cl${String(n).padStart(2, '0')}k9`,
        issueDate: discharge,
      },
      hospitalCode: 'H46020000001',
      patient: 'retiree',
      visitType: 'INPATIENT',
      stay: { admission, discharge },
      diagnosis: '原发性高血压',
      amountsFen: {
        total,
        inScope: total - 36_000 - 4_000 - 20_000,
        classBSelfPay: 36_000,
        overLimitSelfPay: 4_000,
        selfPaid: 20_000,
      },
      items: [
        item('床位费', 4, 48_000),
        item('检查费', 3, 96_400),
        item('治疗费', 6, 132_600),
        item('西药费', 12, drugs),
      ],
      status: 'NORMAL',
      story: '短期住院（经办练习用）',
    };
  }),
];
