// The demo data set shared by the local stand-ins, the seeders and the tests: insured persons, hospitals, electronic
// medical invoices, WeChat demo users and staff accounts. Everything here is fictitious and for local use only — the
// ID numbers carry valid GB 11643 check digits so that validation code accepts them, but belong to nobody.
// The invoices live in demo-invoices.ts (to keep each file readable) and are joined with their patients here.
// Relative, not @shared/…: jest's globalSetup loads this file without the test path alias.
import type { NoticeKind } from '../../shared/domain/notice/templates';
import type { HospitalLevel, InsuranceType, Region, Role } from '../../shared/domain/vocabulary';
import { type DemoInvoiceRow, demoInvoiceRows } from './demo-invoices';

/** 参保状态 — 参保 / 暂停 / 终止. */
export type InsuredStatus = 'INSURED' | 'SUSPENDED' | 'TERMINATED';
/** 人员类别, as the registry reports it. */
export type PersonCategory = 'RETIRED' | 'EMPLOYED' | 'STUDENT';
export type PersonKey = 'retiree' | 'proxy' | 'student' | 'worker' | 'suspended' | 'terminated';

/** A place given by its GB/T 2260 code and name. */
export interface Place {
  code: string;
  name: string;
}

/** A demo insured person (参保人) as the registry knows them. */
export interface DemoPerson {
  key: PersonKey;
  name: string;
  /** 18-digit 公民身份号码 with a valid GB 11643 check digit. */
  idNumber: string;
  gender: 'F' | 'M';
  birthDate: string;
  phone: string;
  insuranceType: InsuranceType;
  insuredRegion: Region;
  /** 参保地 — prefecture-level city (地级市) code. */
  insuredCity: Place;
  status: InsuredStatus;
  category: PersonCategory;
  /** Where they live or are treated, when that is away from the insured place. */
  livesIn: Place;
  /** What this person is in the demo for. */
  story: string;
}

/** The demo insured persons, by key. */
export const demoPersons = {
  retiree: {
    key: 'retiree',
    name: '王秀兰',
    idNumber: '140105195503120241',
    gender: 'F',
    birthDate: '1955-03-12',
    phone: '13903510001',
    insuranceType: 'EMPLOYEE',
    insuredRegion: 'SHANXI',
    insuredCity: { code: '140100', name: '太原市' },
    status: 'INSURED',
    category: 'RETIRED',
    livesIn: { code: '460200', name: '海南省三亚市' },
    story: '异地安置退休人员：太原退休，随子女在三亚长住；住院、门诊、跨年住院、3 万元以上大额住院都有',
  },
  proxy: {
    key: 'proxy',
    name: '李晓燕',
    idNumber: '14010519820719168X',
    gender: 'F',
    birthDate: '1982-07-19',
    phone: '13903510002',
    insuranceType: 'EMPLOYEE',
    insuredRegion: 'SHANXI',
    insuredCity: { code: '140100', name: '太原市' },
    status: 'INSURED',
    category: 'EMPLOYED',
    livesIn: { code: '140100', name: '山西省太原市' },
    story: '王秀兰的女儿，代办人：替母亲备案和报销（身份证号校验位为 X）',
  },
  student: {
    key: 'student',
    name: '张晨阳',
    idNumber: '320303200509080311',
    gender: 'M',
    birthDate: '2005-09-08',
    phone: '13905160003',
    insuranceType: 'RESIDENT',
    insuredRegion: 'JIANGSU',
    insuredCity: { code: '320100', name: '南京市' },
    status: 'INSURED',
    category: 'STUDENT',
    livesIn: { code: '320300', name: '江苏省徐州市' },
    story: '在南京读大学、随学校参加居民医保的大学生；寒暑假回徐州家中就医',
  },
  worker: {
    key: 'worker',
    name: '陈静',
    idNumber: '210102199206150281',
    gender: 'F',
    birthDate: '1992-06-15',
    phone: '13904240004',
    insuranceType: 'EMPLOYEE',
    insuredRegion: 'LIAONING',
    insuredCity: { code: '210100', name: '沈阳市' },
    status: 'INSURED',
    category: 'EMPLOYED',
    livesIn: { code: '310100', name: '上海市' },
    story: '沈阳单位派驻上海的常驻异地工作人员：生育、北京出差急诊、一张已在别处报销过的住院票据',
  },
  suspended: {
    key: 'suspended',
    name: '赵建华',
    idNumber: '370102197001050151',
    gender: 'M',
    birthDate: '1970-01-05',
    phone: '13905310005',
    insuranceType: 'EMPLOYEE',
    insuredRegion: 'SHANDONG',
    insuredCity: { code: '370100', name: '济南市' },
    status: 'SUSPENDED',
    category: 'EMPLOYED',
    livesIn: { code: '370200', name: '山东省青岛市' },
    story: '暂停参保（单位断缴）：备案与报销都应被拒绝；也拒收微信订阅消息',
  },
  terminated: {
    key: 'terminated',
    name: '周永军',
    idNumber: '21020219780430139X',
    gender: 'M',
    birthDate: '1978-04-30',
    phone: '13904110006',
    insuranceType: 'EMPLOYEE',
    insuredRegion: 'LIAONING',
    insuredCity: { code: '210200', name: '大连市' },
    status: 'TERMINATED',
    category: 'EMPLOYED',
    livesIn: { code: '210200', name: '辽宁省大连市' },
    story: '已终止参保（转出）：登记处查得到，但不能办理任何业务',
  },
} as const satisfies Record<PersonKey, DemoPerson>;

/** A medical institution with its national code (国家医保定点医疗机构编码: H + 6-digit division + 5 digits). */
export interface DemoHospital {
  code: string;
  name: string;
  /** Prefecture-level city (地级市 / 直辖市) the hospital is in. */
  cityCode: string;
  level: HospitalLevel;
  /** 定点 — whether it is a designated institution of the medical insurance. */
  designated: boolean;
}

/** The demo hospitals: where the demo persons were treated, plus one non-designated clinic. */
export const demoHospitals = [
  { code: 'H46020000001', name: '三亚市人民医院', cityCode: '460200', level: 'TERTIARY', designated: true },
  { code: 'H46020000002', name: '三亚中心医院', cityCode: '460200', level: 'TERTIARY', designated: true },
  { code: 'H46020200001', name: '三亚市海棠区人民医院', cityCode: '460200', level: 'SECONDARY', designated: true },
  {
    code: 'H46020300001',
    name: '三亚市吉阳区月川社区卫生服务中心',
    cityCode: '460200',
    level: 'PRIMARY',
    designated: true,
  },
  { code: 'H46020000088', name: '三亚椰林康复门诊部', cityCode: '460200', level: 'PRIMARY', designated: false },
  { code: 'H46010600001', name: '海南省人民医院', cityCode: '460100', level: 'TERTIARY', designated: true },
  { code: 'H32031100001', name: '徐州医科大学附属医院', cityCode: '320300', level: 'TERTIARY', designated: true },
  { code: 'H32030200001', name: '徐州市中心医院', cityCode: '320300', level: 'TERTIARY', designated: true },
  { code: 'H31010400001', name: '复旦大学附属中山医院', cityCode: '310100', level: 'TERTIARY', designated: true },
  { code: 'H31011500001', name: '上海市第一妇婴保健院', cityCode: '310100', level: 'TERTIARY', designated: true },
  { code: 'H11010500001', name: '中日友好医院', cityCode: '110100', level: 'TERTIARY', designated: true },
  { code: 'H37020200001', name: '青岛大学附属医院', cityCode: '370200', level: 'TERTIARY', designated: true },
] as const satisfies readonly DemoHospital[];

export type {
  DemoInvoiceRow,
  InvoiceAmountsFen,
  InvoiceBill,
  InvoiceLineItem,
  InvoiceStatus,
} from './demo-invoices';

/** A demo electronic medical invoice (医疗收费电子票据) with its patient filled in. */
export interface DemoInvoice extends DemoInvoiceRow {
  patientName: string;
  patientIdNumber: string;
}

/** The demo invoices, each joined with its patient's name and ID number. */
export const demoInvoices: readonly DemoInvoice[] = demoInvoiceRows.map((row) => ({
  ...row,
  patientName: demoPersons[row.patient].name,
  patientIdNumber: demoPersons[row.patient].idNumber,
}));

/** One demo invoice by its key; throws on an unknown key so a typo in a test fails loudly. */
export function demoInvoice(key: string): DemoInvoice {
  const found = demoInvoices.find((invoice) => invoice.key === key);
  if (!found) throw new Error(`no demo invoice '${key}'`);
  return found;
}

/** The demo WeChat apps: the mini-program (小程序) and the official account (公众号) that hosts the H5 build. */
export const demoWechatApps = {
  miniProgram: { appid: 'wxdemominiprogram1', secret: 'demo-miniprogram-secret' },
  officialAccount: { appid: 'wxdemoofficialacct', secret: 'demo-official-account-secret' },
} as const;

/** The identities WeChat gives one user: an openid per app and one unionid across them, as the real platform does. */
export interface WechatIdentity {
  miniProgramOpenid: string;
  officialAccountOpenid: string;
  unionid: string;
}

/** A demo WeChat user: log in with `code` (wx.login stand-in code or web-OAuth chooser entry). */
export interface DemoWechatUser extends WechatIdentity {
  code: string;
  nickname: string;
  /** The insured person this user is real-name bound to; none for a newcomer. */
  person?: PersonKey;
  /** The user has turned off our subscribe messages: every send answers 43101. */
  refusesSubscribeMessages: boolean;
}

const demoCodePattern = /^(demo|once)-[A-Za-z0-9_-]{1,40}$/;

/**
 * The WeChat identity for a stand-in login code: `demo-x` (reusable) or `once-x` (single use) → openid `o-demo-x`
 * in the mini-program, `oa-demo-x` in the official account, unionid `u-demo-x`; undefined for any other code.
 */
export function demoWechatIdentity(code: string): WechatIdentity | undefined {
  if (!demoCodePattern.test(code)) return undefined;
  return { miniProgramOpenid: `o-${code}`, officialAccountOpenid: `oa-${code}`, unionid: `u-${code}` };
}

function wechatUser(code: string, nickname: string, person?: PersonKey, refuses = false): DemoWechatUser {
  const identity = demoWechatIdentity(code);
  if (!identity) throw new Error(`bad demo code ${code}`);
  return { code, nickname, ...identity, ...(person ? { person } : {}), refusesSubscribeMessages: refuses };
}

/** The fixed demo WeChat users, one per demo person plus a newcomer who has not bound a real name yet. */
export const demoWechatUsers: readonly DemoWechatUser[] = [
  wechatUser('demo-retiree', '秀兰', 'retiree'),
  wechatUser('demo-proxy', '晓燕', 'proxy'),
  wechatUser('demo-student', '晨阳', 'student'),
  wechatUser('demo-worker', '静静', 'worker'),
  wechatUser('demo-suspended', '建华', 'suspended', true),
  wechatUser('demo-terminated', '永军', 'terminated'),
  wechatUser('demo-newcomer', '新用户'),
];

/** Subscribe-message templates (订阅消息模板) of the demo mini-program, with their keywords' types. */
export const demoSubscribeTemplates = {
  acceptance: {
    id: 'tmpl-demo-acceptance-0001',
    title: '受理结果通知',
    keywords: {
      thing1: '业务名称',
      character_string2: '业务编号',
      phrase3: '受理结果',
      time4: '受理时间',
      thing5: '备注',
    },
  },
  supplement: {
    id: 'tmpl-demo-supplement-0002',
    title: '补正通知',
    keywords: {
      thing1: '业务名称',
      character_string2: '业务编号',
      thing3: '补正内容',
      date4: '补正期限',
      thing5: '温馨提示',
    },
  },
  result: {
    id: 'tmpl-demo-result-0003',
    title: '办理结果通知',
    keywords: {
      thing1: '业务名称',
      character_string2: '业务编号',
      phrase3: '办理结果',
      amount4: '报销金额',
      time5: '办结时间',
    },
  },
} as const;

/**
 * The app's own four templates as the demo mini-program registered them: ids by notice kind, keywords exactly as
 * the app fills them (shared/domain/notice/templates.ts). The stand-in accepts sends on these (and on the three
 * generic templates above, kept for its own wire-format tests).
 */
export const demoNoticeTemplateIds: Readonly<Record<NoticeKind, string>> = {
  ACCEPTANCE_RESULT: 'tmpl-yidi-acceptance-result',
  SUPPLEMENT_NOTICE: 'tmpl-yidi-supplement-notice',
  HANDLING_RESULT: 'tmpl-yidi-handling-result',
  FILING_RESULT: 'tmpl-yidi-filing-result',
};

/** The demo template ids as the notifier's configuration (`<NoticeKind>=<template id>,…`). */
export function demoTemplateIdsParam(): string {
  return Object.entries(demoNoticeTemplateIds)
    .map(([kind, id]) => `${kind}=${id}`)
    .join(',');
}

/** Staff roles (经办人员角色): every role but the applicant's and the proxy's. */
export type StaffRole = Exclude<Role, 'applicant' | 'proxy'>;

/** A demo staff account of an insuring agency (经办机构). The password is for the local demo only. */
export interface DemoStaff {
  username: string;
  displayName: string;
  roles: readonly StaffRole[];
  agencyRegion: Region;
  agencyName: string;
  /** DEMO ONLY — never a real credential; seeded hashed, printed in the README for newcomers. */
  demoPassword: string;
}

const agencies = {
  SHANXI: '山西省医疗保障事务服务中心',
  JIANGSU: '南京市医疗保障基金结算中心',
  LIAONING: '沈阳市医疗保障事务服务中心',
  SHANDONG: '济南市医疗保障服务中心',
} as const satisfies Record<Region, string>;

function staff(username: string, displayName: string, roles: readonly StaffRole[], region: Region): DemoStaff {
  return {
    username,
    displayName,
    roles,
    agencyRegion: region,
    agencyName: agencies[region],
    demoPassword: `Demo@${username}`,
  };
}

/**
 * The demo staff accounts. Shanxi has two reviewers who may each second-review, so four-eyes can be exercised: one
 * reviews, the other confirms, and the reviewer trying to confirm their own review is refused.
 */
export const demoStaff: readonly DemoStaff[] = [
  staff('sx-intake', '张敏', ['intake'], 'SHANXI'),
  staff('sx-intake-b', '刘洋', ['intake'], 'SHANXI'),
  staff('sx-reviewer-a', '李伟', ['reviewer', 'second_reviewer'], 'SHANXI'),
  staff('sx-reviewer-b', '王芳', ['reviewer', 'second_reviewer'], 'SHANXI'),
  staff('sx-finance', '赵丽', ['finance'], 'SHANXI'),
  staff('sx-admin', '孙强', ['admin'], 'SHANXI'),
  staff('js-intake', '周洁', ['intake'], 'JIANGSU'),
  staff('js-reviewer', '吴刚', ['reviewer'], 'JIANGSU'),
  staff('js-checker', '郑琳', ['second_reviewer'], 'JIANGSU'),
  staff('js-finance', '冯涛', ['finance'], 'JIANGSU'),
  staff('ln-clerk', '何军', ['intake', 'reviewer'], 'LIAONING'),
  staff('ln-checker', '许丹', ['second_reviewer', 'finance'], 'LIAONING'),
  staff('sd-clerk', '马超', ['intake', 'reviewer'], 'SHANDONG'),
  staff('sd-checker', '高洁', ['second_reviewer', 'finance'], 'SHANDONG'),
];
