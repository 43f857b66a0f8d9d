// The claim and case-tracking walks' own insured persons and e-vouchers (tests/e2e/claim.test.ts, cases.test.ts). The integration suites bind the
// demo persons and each use a demo voucher in the same stack at the same time (a voucher backs one open claim), so
// the browser walk claims for persons and vouchers nobody else touches. Shaped like the demo worker 陈静 (a 沈阳
// employee) and her unfiled emergency visit in 北京 (`worker-emergency`); ID numbers valid in form only (GB 11643
// check digit from shared/domain/validation/identity.ts › idCheckCharacter), like every demo person's.
import { type DemoInvoice, type DemoPerson, demoInvoice, demoPersons } from '../../local/seed/demo';

/** The claim walk's persons: shaped like the demo worker (its key), with names and ID numbers of their own. */
export const BROWSER_CLAIM_PERSONS = {
  /** The claim walk in normal mode. */
  claimWorker: {
    ...demoPersons.worker,
    name: '宋雅琴',
    idNumber: '210102198804120328',
    birthDate: '1988-04-12',
    phone: '13904240120',
    story: 'browser test: the unfiled emergency claim in normal mode',
  },
  /** The claim walk in elder mode. */
  claimWorkerElder: {
    ...demoPersons.worker,
    name: '韩淑敏',
    idNumber: '210102198611230424',
    birthDate: '1986-11-23',
    phone: '13904240121',
    story: 'browser test: the unfiled emergency claim in elder mode',
  },
} as const satisfies Record<string, DemoPerson>;

export type BrowserClaimPersonKey = keyof typeof BROWSER_CLAIM_PERSONS;

/** The case-tracking walk's persons (tests/e2e/cases.test.ts), which submits and withdraws through the API: shaped like the demo worker, with names and ID numbers of their own. */
export const BROWSER_CASE_PERSONS = {
  /** The tracking walk in normal mode. */
  caseWorker: {
    ...demoPersons.worker,
    name: '吕桂芳',
    idNumber: '210102197903050420',
    birthDate: '1979-03-05',
    phone: '13904240122',
    story: 'browser test: my cases, the case detail and 撤回 in normal mode',
  },
  /** The tracking walk in elder mode. */
  caseWorkerElder: {
    ...demoPersons.worker,
    name: '钱玉兰',
    idNumber: '210102198107160623',
    birthDate: '1981-07-16',
    phone: '13904240123',
    story: 'browser test: my cases, the case detail and 撤回 in elder mode',
  },
} as const satisfies Record<string, DemoPerson>;

export type BrowserCasePersonKey = keyof typeof BROWSER_CASE_PERSONS;

/** One e-voucher like `worker-emergency` (北京 中日友好医院, 急诊, not filed), issued to `patient` with its own number. */
function emergencyVoucherOf(key: string, patient: DemoPerson, number: string, checkCode: string): DemoInvoice {
  const template = demoInvoice('worker-emergency');
  return {
    ...template,
    key: `browser-${key}-emergency`,
    bill: { ...template.bill, number, checkCode },
    patientName: patient.name,
    patientIdNumber: patient.idNumber,
    story: `browser test: ${patient.story}`,
  };
}

/** The claim walk's e-vouchers, by person: one each, used by that walk only. */
export const BROWSER_CLAIM_VOUCHERS = {
  claimWorker: emergencyVoucherOf('claimWorker', BROWSER_CLAIM_PERSONS.claimWorker, '0004429101', 'b7c2k4'),
  claimWorkerElder: emergencyVoucherOf(
    'claimWorkerElder',
    BROWSER_CLAIM_PERSONS.claimWorkerElder,
    '0004429102',
    'm3q8t6',
  ),
} as const satisfies Record<BrowserClaimPersonKey, DemoInvoice>;

/** The tracking walk's e-vouchers, by person: one each, used by that walk only. */
export const BROWSER_CASE_VOUCHERS = {
  caseWorker: emergencyVoucherOf('caseWorker', BROWSER_CASE_PERSONS.caseWorker, '0004429103', 'r4w7n2'),
  caseWorkerElder: emergencyVoucherOf('caseWorkerElder', BROWSER_CASE_PERSONS.caseWorkerElder, '0004429104', 'h6p3x9'),
} as const satisfies Record<BrowserCasePersonKey, DemoInvoice>;

/** The e-vouchers the test stack's invoice stand-in serves on top of the demo set. */
export const TEST_EXTRA_INVOICES: readonly DemoInvoice[] = [
  ...Object.values(BROWSER_CLAIM_VOUCHERS),
  ...Object.values(BROWSER_CASE_VOUCHERS),
];
