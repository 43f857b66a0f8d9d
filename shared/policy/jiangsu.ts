/** 江苏省 — the region with the complete rulebook (`003`, 江苏省异地就医经办服务规程, in force 2023-01-01). */
import { adopt, cite } from '../domain/sources';
import { benefitTable, CROSS_CHECK_THRESHOLD_FEN, standardBaseMaterials, standardSupplements } from './common';
import { personalCommitmentLetter, traumaNoThirdPartyLetter } from './letters';
import type { RegionPolicyInput } from './schema';

const art27 = cite('003', 'Art. 27');

/** 江苏省's policy, validated by `policyFor`. */
export const jiangsu: RegionPolicyInput = {
  region: 'JIANGSU',
  name: '江苏省',
  scope: '江苏省基本医疗保险参保人员（职工、城乡居民）',
  agencyName: '参保地医疗保险经办机构',
  filing: {
    types: {
      RETIREE_RESETTLED: {
        offered: true,
        acceptedProofs: ['HOUSEHOLD_REGISTER'],
        commitmentAllowed: true,
        validity: { kind: 'LONG_TERM' },
        source: cite('003', 'Art. 8(1)'),
      },
      LONG_TERM_RESIDENT: {
        offered: true,
        acceptedProofs: ['RESIDENCE_PROOF'],
        commitmentAllowed: true,
        validity: { kind: 'LONG_TERM' },
        source: cite('003', 'Art. 8(2)'),
      },
      STATIONED_WORKER: {
        offered: true,
        acceptedProofs: ['WORK_PROOF'],
        commitmentAllowed: true,
        validity: { kind: 'LONG_TERM' },
        source: cite('003', 'Art. 8(3)'),
      },
      REFERRAL: {
        offered: true,
        acceptedProofs: ['REFERRAL_CERT'],
        commitmentAllowed: false,
        validity: { kind: 'MONTHS', months: 6 },
        source: cite('003', 'Art. 10'),
      },
      TEMPORARY_OTHER: {
        offered: true,
        acceptedProofs: [],
        commitmentAllowed: false,
        validity: { kind: 'MONTHS', months: 6 },
        source: cite('003', 'Art. 8(6)'),
      },
    },
    commitmentLock: { months: 6, source: cite('003', 'Art. 10') },
    multiPlace: { allowed: true, commitmentAllowed: false, source: cite('003', 'Art. 11') },
    selfService: { enabled: false, source: cite('003', 'Art. 9(2)') },
    review: { workingDays: 1, source: cite('003', 'Art. 9(2)') },
    lateFiling: { untilDischargeSettlement: true, source: cite('003', 'Art. 25') },
    commitmentSupplement: { required: false, source: cite('003', 'Art. 8') },
    destination: { source: cite('003', 'Art. 12') },
    identity: { source: cite('003', 'Art. 8') },
  },
  claim: {
    eligibilityCases: {
      FILED_NOT_SETTLED: {
        description: '已备案，因未联网结算、未激活社会保障卡等原因未能直接结算',
        source: cite('003', 'Art. 26(1)'),
      },
      EMERGENCY_UNFILED: {
        description: '未备案，因突发急、危、重病抢救就近在参保地外就医',
        source: cite('003', 'Art. 26(2)'),
      },
      STUDENT_VACATION: { description: '参保学生寒暑假期间回原籍地就医', source: cite('003', 'Art. 26(3)') },
      MATERNITY_AWAY: {
        description: '异地生育，在就医地定点医疗机构发生的生育医药费用',
        source: cite('003', 'Art. 26(4)'),
      },
      OTHER_LOCAL: { description: '参保地医保部门规定的其他可以零星报销的情形', source: cite('003', 'Art. 26(5)') },
    },
    online: { expenseTypes: ['INPATIENT', 'OUTPATIENT', 'EMERGENCY', 'MATERNITY'], source: cite('003', 'Art. 28') },
    materials: standardBaseMaterials(art27),
    supplements: standardSupplements({
      art27,
      trauma: cite('003', 'Art. 38'),
      outsideServices: cite('003', 'Art. 39'),
      proxy: adopt('000', '流程一'),
    }),
    eVoucher: { satisfies: ['INVOICE', 'FEE_LIST'], source: cite('003', 'Art. 28') },
    additionalMaterials: { allowed: true, source: art27 },
  },
  caseTimeLimits: {
    kind: 'WHOLE_CASE',
    smallOutpatient: { workingDays: 5, maxAmountFen: 100_000, source: cite('003', 'Art. 28') },
    general: { workingDays: 10, source: cite('003', 'Art. 28') },
    special: { workingDays: 20, source: cite('003', 'Art. 28') },
    overrunNotice: { required: true, source: cite('003', 'Art. 28') },
  },
  benefit: {
    parameters: benefitTable(
      {
        levels: [
          [300, 92],
          [600, 88],
          [900, 85],
        ],
        ceilingYuan: 400_000,
      },
      {
        levels: [
          [300, 85],
          [600, 75],
          [1_200, 60],
        ],
        ceilingYuan: 300_000,
      },
    ),
    parametersSource: cite('CONFIG', '起付标准、支付比例、年度最高支付限额为示例配置，以参保地现行待遇文件为准'),
    adjustments: {
      longTermAtPlace: { reductionPoints: 0, source: cite('003', 'Art. 17') },
      referral: { reductionPoints: 5, source: cite('003', 'Art. 18') },
      temporaryFiled: {
        reductionPoints: 10,
        source: cite('CONFIG', '其他临时外出就医人员降幅为配置值，不超过未备案降幅'),
      },
      unfiled: { reductionPoints: 20, source: cite('003', 'Art. 18') },
      emergency: { reductionPoints: 0, source: cite('003', 'Art. 19') },
      nonDesignated: { paysNothingExceptEmergency: true, source: cite('003', 'Art. 19') },
    },
    crossYear: { mode: 'SPLIT_BY_DAILY_AVERAGE', source: cite('003', 'Art. 44') },
    crossCheck: { thresholdFen: CROSS_CHECK_THRESHOLD_FEN, source: cite('003', 'Art. 56') },
  },
  letters: {
    personalCommitment: personalCommitmentLetter(
      '长期异地居住人员个人承诺书',
      cite('CONFIG', '003第八条所称个人承诺书（附件1）未收录，采用晋医保办发〔2022〕28号附件1的文本'),
    ),
    traumaNoThirdParty: traumaNoThirdPartyLetter(
      '外伤无第三方责任承诺书',
      '参保地医疗保险经办机构',
      cite('CONFIG', '003第三十八条所称承诺书（附件7）未收录，采用晋医保办发〔2022〕28号附件2的文本'),
    ),
  },
};
