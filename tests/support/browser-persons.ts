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
} as const satisfies Record<string, DemoPerson>;

/** Every person the test stack's registry knows: the demo persons and the browser tests' own. */
export const TEST_REGISTRY_PERSONS: readonly DemoPerson[] = [
  ...Object.values(demoPersons),
  ...Object.values(BROWSER_PERSONS),
];
