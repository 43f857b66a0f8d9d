// Local stand-in for the insured-person registry (参保信息查询), serving the demo persons. Same envelope as the
// e-invoice stand-in (result S0000 on success). The interface answers one question: is this name + ID number an
// insured person, and where and how are they insured.
//
//   POST /insured/v1/query
//   { "name": "王秀兰", "idNumber": "140105195503120241" }
//
//   200 { "result": "S0000", "matched": true, "person": RegistryPerson }
//   200 { "result": "S0000", "matched": false, "message": "姓名与公民身份号码不匹配，或未查询到参保信息" }
//   400 { "result": "E0001", "message": "公民身份号码应为 18 位", "field": "idNumber" }
//   503 { "result": "E9999", "message": "系统繁忙，请稍后再试" }   (only when a fault is injected)
//
// An unknown ID number and a name that does not match it give the same not-matched answer, so the registry cannot be
// used to learn whose ID number is whose. The registry checks the ID number's shape, not its check digit — a number
// with a wrong check digit simply matches nobody. Admin action (POST /__stand-in/faults):
// { action: 'set_status', idNumber, status } changes a person's status (INSURED / SUSPENDED / TERMINATED).
//
// The same platform's directory of institutions (定点医药机构查询), serving the demo hospitals — the ones the
// e-invoice stand-in's vouchers name:
//
//   POST /institutions/v1/query
//   { "name": "三亚", "cityCode": "460200", "limit": 20 }        (cityCode and limit optional)
//
//   200 { "result": "S0000", "institutions": [{ "code", "name", "cityCode", "level", "designated" }] }
//   400 { "result": "E0001", "message": "机构名称应为 1–30 个字", "field": "name" }
import { type DemoHospital, type DemoPerson, demoHospitals, demoPersons, type InsuredStatus } from '../seed/demo';
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

/** 参保状态 names as the registry shows them. */
export const insuredStatusNames = {
  INSURED: '参保缴费',
  SUSPENDED: '暂停参保',
  TERMINATED: '终止参保',
} as const satisfies Record<InsuredStatus, string>;

const insuranceTypeNames = { EMPLOYEE: '职工基本医疗保险', RESIDENT: '城乡居民基本医疗保险' } as const;
const categoryNames = { RETIRED: '退休', EMPLOYED: '在职', STUDENT: '在校学生' } as const;

/** The `person` of a matched query. */
export interface RegistryPerson {
  name: string;
  idNumber: string;
  gender: 'F' | 'M';
  birthDate: string;
  insuredStatus: InsuredStatus;
  insuredStatusName: string;
  insuranceType: DemoPerson['insuranceType'];
  insuranceTypeName: string;
  insuredRegion: DemoPerson['insuredRegion'];
  insuredCity: string;
  insuredCityName: string;
  personCategory: DemoPerson['category'];
  personCategoryName: string;
}

/** How a demo person looks in the registry. */
export function toRegistryPerson(person: DemoPerson, status: InsuredStatus = person.status): RegistryPerson {
  return {
    name: person.name,
    idNumber: person.idNumber,
    gender: person.gender,
    birthDate: person.birthDate,
    insuredStatus: status,
    insuredStatusName: insuredStatusNames[status],
    insuranceType: person.insuranceType,
    insuranceTypeName: insuranceTypeNames[person.insuranceType],
    insuredRegion: person.insuredRegion,
    insuredCity: person.insuredCity.code,
    insuredCityName: person.insuredCity.name,
    personCategory: person.category,
    personCategoryName: categoryNames[person.category],
  };
}

const fail = (status: number, result: string, message: string, field?: string): StandInResponse =>
  json(status, { result, message, ...(field ? { field } : {}) });

const isInsuredStatus = (value: unknown): value is InsuredStatus =>
  typeof value === 'string' && Object.hasOwn(insuredStatusNames, value);

/** The directory's answer to a search: institutions whose name contains `name`, in `cityCode` if given. */
export function queryInstitutions(
  body: unknown,
  badJson: boolean,
  hospitals: readonly DemoHospital[],
): StandInResponse {
  if (badJson || !isRecord(body)) return fail(400, 'E0001', '请求体应为 JSON 对象');
  const name = (stringField(body, 'name') ?? '').trim();
  const cityCode = stringField(body, 'cityCode');
  const limit = typeof body.limit === 'number' && Number.isInteger(body.limit) && body.limit > 0 ? body.limit : 20;
  if (name.length < 1 || name.length > 30) return fail(400, 'E0001', '机构名称应为 1–30 个字', 'name');
  if (cityCode !== undefined && !/^\d{6}$/.test(cityCode)) return fail(400, 'E0001', '城市代码应为 6 位', 'cityCode');
  const institutions = hospitals
    .filter((h) => h.name.includes(name) && (cityCode === undefined || h.cityCode === cityCode))
    .slice(0, limit)
    .map((h) => ({ code: h.code, name: h.name, cityCode: h.cityCode, level: h.level, designated: h.designated }));
  return json(200, { result: 'S0000', institutions });
}

/** The registry stand-in's behaviour, for startStandIn; serves `persons` (default: the demo persons). */
export function registryStandIn(persons: readonly DemoPerson[] = Object.values(demoPersons)): StandInDefinition {
  // ID numbers are keyed upper-case: the check character X may be typed as x.
  const byId = new Map(persons.map((person) => [person.idNumber.toUpperCase(), person]));
  const statusOverrides = new Map<string, InsuredStatus>();

  const query = (body: unknown, badJson: boolean): StandInResponse => {
    if (badJson || !isRecord(body)) return fail(400, 'E0001', '请求体应为 JSON 对象');
    const name = (stringField(body, 'name') ?? '').trim();
    const idNumber = (stringField(body, 'idNumber') ?? '').trim().toUpperCase();
    if (name === '') return fail(400, 'E0001', '姓名不能为空', 'name');
    if (!/^\d{17}[\dX]$/.test(idNumber)) return fail(400, 'E0001', '公民身份号码应为 18 位', 'idNumber');
    const person = byId.get(idNumber);
    if (!person || person.name !== name) {
      return json(200, { result: 'S0000', matched: false, message: '姓名与公民身份号码不匹配，或未查询到参保信息' });
    }
    return json(200, {
      result: 'S0000',
      matched: true,
      person: toRegistryPerson(person, statusOverrides.get(idNumber)),
    });
  };

  return {
    name: 'registry',
    routes: {
      'POST /insured/v1/query': ({ body, bodyError }) => query(body, bodyError !== undefined),
      'POST /institutions/v1/query': ({ body, bodyError }) =>
        queryInstitutions(body, bodyError !== undefined, demoHospitals),
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
        const idNumber = (stringField(args, 'idNumber') ?? '').toUpperCase();
        if (!byId.has(idNumber)) return `no person with ID number ${idNumber}`;
        if (!isInsuredStatus(args.status)) return `status must be one of ${Object.keys(insuredStatusNames).join(', ')}`;
        statusOverrides.set(idNumber, args.status);
        return undefined;
      },
    },
    reset: () => statusOverrides.clear(),
  };
}

/** Start the registry stand-in (loopback only; port 0 picks a free port). */
export function startRegistryStandIn(
  listen: ListenOptions = {},
  persons?: readonly DemoPerson[],
): Promise<RunningStandIn> {
  return startStandIn(registryStandIn(persons), listen);
}
