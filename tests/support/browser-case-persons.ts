// The case-tracking walk's own insured persons and e-vouchers (tests/e2e/cases.test.ts): each walk submits a claim
// through the API and withdraws it in the browser, so it needs a person and a voucher nobody else binds or claims
// (a voucher backs one open claim, and a person is bound by one WeChat user). Shaped like the demo worker 陈静 and
// her unfiled emergency visit in 北京 (`worker-emergency`), as tests/support/browser-claim-persons.ts does; ID
// numbers valid in form only (GB 11643 check digit, shared/domain/validation/identity.ts › idCheckCharacter).
import { type DemoInvoice, type DemoPerson, demoInvoice, demoPersons } from '../../local/seed/demo';

/** The tracking walk's persons: shaped like the demo worker, with names and ID numbers of their own. */
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

/** One e-voucher like `worker-emergency` (北京 中日友好医院, 急诊, not filed), issued to `person` with its own number. */
function emergencyVoucherOf(person: BrowserCasePersonKey, number: string, checkCode: string): DemoInvoice {
  const template = demoInvoice('worker-emergency');
  const patient = BROWSER_CASE_PERSONS[person];
  return {
    ...template,
    key: `browser-${person}-emergency`,
    bill: { ...template.bill, number, checkCode },
    patientName: patient.name,
    patientIdNumber: patient.idNumber,
    story: `browser test: ${patient.story}`,
  };
}

/** The tracking walk's e-vouchers, by person: one each, used by that walk only. */
export const BROWSER_CASE_VOUCHERS = {
  caseWorker: emergencyVoucherOf('caseWorker', '0004429103', 'r4w7n2'),
  caseWorkerElder: emergencyVoucherOf('caseWorkerElder', '0004429104', 'h6p3x9'),
} as const satisfies Record<BrowserCasePersonKey, DemoInvoice>;

/** The e-vouchers the test stack's invoice stand-in serves for the tracking walk. */
export const TEST_CASE_INVOICES: readonly DemoInvoice[] = Object.values(BROWSER_CASE_VOUCHERS);
