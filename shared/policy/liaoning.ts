/**
 * 辽宁省 — `002` (辽医保〔2019〕21号): filing to a city, simplified and commitment-then-supplement filing
 * (承诺补充制), a published material list told once, reimbursement within 30 working days of complete materials.
 * Where `002` is silent the platform follows Jiangsu's rulebook and says so in each entry's source.
 */
import { adopt, cite } from '../domain/sources';
import {
  benefitTable,
  CROSS_CHECK_THRESHOLD_FEN,
  material,
  standardBaseMaterials,
  standardSupplements,
} from './common';
import { personalCommitmentLetter, traumaNoThirdPartyLetter } from './letters';
import type { RegionPolicyInput } from './schema';

const s3 = cite('002', '§3');
const simplified = cite('002', '§1(2)');
const base = standardBaseMaterials(adopt('003', 'Art. 27'));

/** 辽宁省's policy, validated by `policyFor`. */
export const liaoning: RegionPolicyInput = {
  region: 'LIAONING',
  name: '辽宁省',
  scope: '辽宁省基本医疗保险参保人员（职工、城乡居民）',
  agencyName: '参保地医疗保险经办机构',
  filing: {
    types: {
      RETIREE_RESETTLED: {
        offered: true,
        acceptedProofs: ['HOUSEHOLD_REGISTER', 'RESIDENCE_PROOF'],
        commitmentAllowed: true,
        validity: { kind: 'LONG_TERM' },
        source: simplified,
      },
      LONG_TERM_RESIDENT: {
        offered: true,
        acceptedProofs: ['RESIDENCE_PROOF'],
        commitmentAllowed: true,
        validity: { kind: 'LONG_TERM' },
        source: simplified,
      },
      STATIONED_WORKER: {
        offered: true,
        acceptedProofs: ['WORK_PROOF', 'RESIDENCE_PROOF'],
        commitmentAllowed: true,
        validity: { kind: 'LONG_TERM' },
        source: simplified,
      },
      REFERRAL: {
        offered: true,
        acceptedProofs: ['REFERRAL_CERT'],
        commitmentAllowed: false,
        validity: { kind: 'MONTHS', months: 6 },
        source: adopt('003', 'Art. 10'),
      },
      TEMPORARY_OTHER: {
        offered: true,
        acceptedProofs: [],
        commitmentAllowed: false,
        validity: { kind: 'MONTHS', months: 6 },
        source: adopt('003', 'Art. 10'),
      },
    },
    commitmentLock: { months: 6, source: adopt('003', 'Art. 10') },
    multiPlace: { allowed: true, commitmentAllowed: false, source: adopt('003', 'Art. 11') },
    selfService: { enabled: false, source: simplified },
    review: { workingDays: 1, source: adopt('003', 'Art. 9(2)') },
    lateFiling: { untilDischargeSettlement: true, source: adopt('003', 'Art. 25') },
    commitmentSupplement: { required: true, source: simplified },
    destination: { source: cite('002', '§1(3)') },
    identity: { source: s3 },
  },
  claim: {
    eligibilityCases: {
      FILED_NOT_SETTLED: { description: '已备案但未能直接结算', source: adopt('003', 'Art. 26(1)') },
      EMERGENCY_UNFILED: { description: '未备案的急诊抢救', source: adopt('003', 'Art. 26(2)') },
      STUDENT_VACATION: { description: '参保学生寒暑假期间回原籍地就医', source: adopt('003', 'Art. 26(3)') },
      MATERNITY_AWAY: { description: '异地生育', source: adopt('003', 'Art. 26(4)') },
    },
    online: { expenseTypes: ['INPATIENT', 'OUTPATIENT', 'EMERGENCY', 'MATERNITY'], source: simplified },
    materials: {
      ...base,
      INPATIENT: {
        reason: '住院费用手工报销的材料清单',
        items: [
          material('INVOICE', '收费票据', s3),
          material('FEE_LIST', '费用清单', s3),
          material('DIAGNOSIS_OR_DISCHARGE', '住院病历', s3),
        ],
      },
      OUTPATIENT: {
        reason: '门诊费用手工报销的材料清单',
        items: [
          material('INVOICE', '收费票据', s3),
          material('FEE_LIST', '费用清单', s3),
          material('PRESCRIPTION_OR_RECORD', '门诊病历和处方', s3),
        ],
      },
      EMERGENCY: {
        reason: '急诊费用手工报销的材料清单',
        items: [
          material('INVOICE', '收费票据', s3),
          material('FEE_LIST', '费用清单', s3),
          material('EMERGENCY_DIAGNOSIS_OR_RECORD', '急诊病历和处方', s3),
        ],
      },
    },
    supplements: standardSupplements({
      art27: adopt('003', 'Art. 27'),
      trauma: adopt('003', 'Art. 27'),
      outsideServices: adopt('003', 'Art. 39'),
      proxy: adopt('000', '流程一'),
    }),
    eVoucher: { satisfies: ['INVOICE', 'FEE_LIST'], source: adopt('000', '流程一') },
    additionalMaterials: { allowed: true, source: s3 },
  },
  caseTimeLimits: {
    kind: 'WHOLE_CASE',
    smallOutpatient: null,
    general: { workingDays: 30, source: s3 },
    special: null,
    overrunNotice: { required: true, source: s3 },
  },
  benefit: {
    parameters: benefitTable(
      {
        levels: [
          [200, 90],
          [500, 87],
          [900, 85],
        ],
        ceilingYuan: 200_000,
      },
      {
        levels: [
          [200, 80],
          [500, 70],
          [900, 60],
        ],
        ceilingYuan: 150_000,
      },
    ),
    parametersSource: cite('CONFIG', '起付标准、支付比例、年度最高支付限额为示例配置，以参保地现行待遇文件为准'),
    adjustments: {
      longTermAtPlace: { reductionPoints: 0, source: adopt('003', 'Art. 17') },
      referral: { reductionPoints: 5, source: adopt('003', 'Art. 18') },
      temporaryFiled: {
        reductionPoints: 10,
        source: cite('CONFIG', '其他临时外出就医人员降幅为配置值，不超过未备案降幅'),
      },
      unfiled: { reductionPoints: 20, source: adopt('003', 'Art. 18') },
      emergency: { reductionPoints: 0, source: adopt('003', 'Art. 19') },
      nonDesignated: { paysNothingExceptEmergency: true, source: adopt('003', 'Art. 19') },
    },
    crossYear: { mode: 'SPLIT_BY_DAILY_AVERAGE', source: adopt('003', 'Art. 44') },
    crossCheck: { thresholdFen: CROSS_CHECK_THRESHOLD_FEN, source: adopt('003', 'Art. 56') },
  },
  letters: {
    personalCommitment: personalCommitmentLetter(
      '异地就医备案个人承诺书',
      cite('CONFIG', '辽宁文件未附承诺书文本，采用晋医保办发〔2022〕28号附件1的文本'),
    ),
    traumaNoThirdParty: traumaNoThirdPartyLetter(
      '外伤无第三方责任承诺书',
      '参保地医疗保险经办机构',
      cite('CONFIG', '辽宁文件未附承诺书文本，采用晋医保办发〔2022〕28号附件2的文本'),
    ),
  },
};
