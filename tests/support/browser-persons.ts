// Insured persons known only to the test stack's registry stand-in, for the browser tests that bind through the
// real route. The integration suites bind the demo persons (陈静, 张晨阳, …) in the same stack at the same time; a
// browser walk binding one of them to a new WeChat user would make those tests fail by chance (PERSON_ALREADY_BOUND).
// Their ID numbers are valid in form only (GB 11643 check digit), like every demo person's.
import { type DemoPerson, demoPersons } from '../../local/seed/demo';

/** The browser tests' persons: shaped like a demo person (its key), with a name and ID number of their own. */
export const BROWSER_PERSONS = {
  /** Walks the entry journey in normal mode: a Liaoning employee, like 陈静. */
  worker: {
    ...demoPersons.worker,
    name: '孙丽华',
    idNumber: '210102199003080025',
    birthDate: '1990-03-08',
    phone: '13904240104',
    story: 'browser test: the entry journey in normal mode',
  },
  /** Walks the entry journey in elder mode: a Jiangsu resident, like 张晨阳. */
  student: {
    ...demoPersons.student,
    name: '吴志强',
    idNumber: '320303200411020011',
    birthDate: '2004-11-02',
    phone: '13905160105',
    story: 'browser test: the entry journey in elder mode',
  },
  /** The filing walk in normal mode: a Shandong retiree resettled in Sanya (self-service, 6-month commitment lock). */
  filingRetiree: {
    ...demoPersons.retiree,
    name: '刘桂芳',
    idNumber: '370102195604100243',
    birthDate: '1956-04-10',
    phone: '13905310106',
    insuredRegion: 'SHANDONG',
    insuredCity: { code: '370100', name: '济南市' },
    story: 'browser test: a commitment filing in normal mode',
  },
  /** The filing walk in elder mode: another Shandong retiree resettled in Sanya. */
  filingRetireeElder: {
    ...demoPersons.retiree,
    name: '高秀英',
    idNumber: '370102195209010248',
    birthDate: '1952-09-01',
    phone: '13905310107',
    insuredRegion: 'SHANDONG',
    insuredCity: { code: '370100', name: '济南市' },
    story: 'browser test: a commitment filing in elder mode',
  },
  /** A proof-based filing in normal mode: a Nanjing employee stationed in Shanghai (work proof, reviewed). */
  filingWorker: {
    ...demoPersons.worker,
    name: '马建国',
    idNumber: '320102198506150137',
    gender: 'M',
    birthDate: '1985-06-15',
    phone: '13905160108',
    insuredRegion: 'JIANGSU',
    insuredCity: { code: '320100', name: '南京市' },
    story: 'browser test: a proof-based filing in normal mode',
  },
  /** A proof-based filing in elder mode. */
  filingWorkerElder: {
    ...demoPersons.worker,
    name: '郑国强',
    idNumber: '320102198302200139',
    gender: 'M',
    birthDate: '1983-02-20',
    phone: '13905160109',
    insuredRegion: 'JIANGSU',
    insuredCity: { code: '320100', name: '南京市' },
    story: 'browser test: a proof-based filing in elder mode',
  },
  /** The proxy walk in normal mode: a Taiyuan retiree in Sanya (the principal) … */
  principal: {
    ...demoPersons.retiree,
    name: '何淑珍',
    idNumber: '14010519501111024X',
    birthDate: '1950-11-11',
    phone: '13903510110',
    story: 'browser test: the principal of the proxy walk in normal mode',
  },
  /** … and her son, who acts for her (the proxy). */
  agent: {
    ...demoPersons.proxy,
    name: '何志明',
    idNumber: '140105197805050137',
    gender: 'M',
    birthDate: '1978-05-05',
    phone: '13903510111',
    story: 'browser test: the proxy of the proxy walk in normal mode',
  },
  /** The proxy walk in elder mode: the principal … */
  principalElder: {
    ...demoPersons.retiree,
    name: '林玉兰',
    idNumber: '14010519490707024X',
    birthDate: '1949-07-07',
    phone: '13903510112',
    story: 'browser test: the principal of the proxy walk in elder mode',
  },
  /** … and the proxy. */
  agentElder: {
    ...demoPersons.proxy,
    name: '林海涛',
    idNumber: '140105197603030138',
    gender: 'M',
    birthDate: '1976-03-03',
    phone: '13903510113',
    story: 'browser test: the proxy of the proxy walk in elder mode',
  },
  /** The shared uploader's own walk in normal mode (tests/e2e/components.test.ts): another Nanjing employee in Shanghai. */
  uploaderWorker: {
    ...demoPersons.worker,
    name: '钱立新',
    idNumber: '32010219870910013X',
    gender: 'M',
    birthDate: '1987-09-10',
    phone: '13905160114',
    insuredRegion: 'JIANGSU',
    insuredCity: { code: '320100', name: '南京市' },
    story: 'browser test: the shared page uploader in normal mode',
  },
  /** The shared uploader's own walk in elder mode. */
  uploaderWorkerElder: {
    ...demoPersons.worker,
    name: '孔德明',
    idNumber: '320102198904120152',
    gender: 'M',
    birthDate: '1989-04-12',
    phone: '13905160115',
    insuredRegion: 'JIANGSU',
    insuredCity: { code: '320100', name: '南京市' },
    story: 'browser test: the shared page uploader in elder mode',
  },
} as const satisfies Record<string, DemoPerson>;

/** Every person the test stack's registry knows: the demo persons and the browser tests' own. */
export const TEST_REGISTRY_PERSONS: readonly DemoPerson[] = [
  ...Object.values(demoPersons),
  ...Object.values(BROWSER_PERSONS),
];
