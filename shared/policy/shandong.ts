/**
 * 山东省 — `004` (鲁医保发〔2020〕68号): commitment filing everywhere, filing never to a hospital, referral without
 * agency stamp, self-service filing (免证明材料、免经办审核、即时开通) in the pilot areas. `004` says nothing on manual
 * reimbursement: those entries follow Jiangsu's rulebook or are platform configuration, and say so.
 */
import { adopt, cite } from '../domain/sources';
import { benefitTable, CROSS_CHECK_THRESHOLD_FEN, standardBaseMaterials, standardSupplements } from './common';
import { personalCommitmentLetter, traumaNoThirdPartyLetter } from './letters';
import type { RegionPolicyInput } from './schema';

const commitmentEverywhere = cite('004', '§3(3)');

/** 山东省's policy, validated by `policyFor`. */
export const shandong: RegionPolicyInput = {
  region: 'SHANDONG',
  name: '山东省',
  scope: '山东省基本医疗保险参保人员；自助备案限首批试点地区（省直、济南、青岛、临沂、滨州、日照、枣庄、聊城）',
  agencyName: '参保地医疗保险经办机构',
  filing: {
    types: {
      RETIREE_RESETTLED: {
        offered: true,
        acceptedProofs: ['HOUSEHOLD_REGISTER'],
        commitmentAllowed: true,
        validity: { kind: 'LONG_TERM' },
        source: commitmentEverywhere,
      },
      LONG_TERM_RESIDENT: {
        offered: true,
        acceptedProofs: ['RESIDENCE_PROOF'],
        commitmentAllowed: true,
        validity: { kind: 'LONG_TERM' },
        source: commitmentEverywhere,
      },
      STATIONED_WORKER: {
        offered: true,
        acceptedProofs: ['WORK_PROOF'],
        commitmentAllowed: true,
        validity: { kind: 'LONG_TERM' },
        source: commitmentEverywhere,
      },
      REFERRAL: {
        offered: true,
        acceptedProofs: ['REFERRAL_CERT'],
        commitmentAllowed: false,
        validity: { kind: 'MONTHS', months: 6 },
        source: commitmentEverywhere,
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
    selfService: { enabled: true, source: cite('004', '§2(4)') },
    review: { workingDays: 1, source: adopt('003', 'Art. 9(2)') },
    lateFiling: { untilDischargeSettlement: true, source: adopt('003', 'Art. 25') },
    commitmentSupplement: { required: false, source: cite('004', '§2(4)') },
    destination: { source: commitmentEverywhere },
    identity: { source: adopt('003', 'Art. 8') },
  },
  claim: {
    eligibilityCases: {
      FILED_NOT_SETTLED: { description: '已备案但未能直接结算', source: adopt('003', 'Art. 26(1)') },
      EMERGENCY_UNFILED: { description: '未备案的急诊抢救', source: adopt('003', 'Art. 26(2)') },
      STUDENT_VACATION: { description: '参保学生寒暑假期间回原籍地就医', source: adopt('003', 'Art. 26(3)') },
      MATERNITY_AWAY: { description: '异地生育', source: adopt('003', 'Art. 26(4)') },
    },
    online: {
      expenseTypes: ['INPATIENT', 'OUTPATIENT', 'EMERGENCY', 'MATERNITY'],
      source: cite('CONFIG', '山东文件未规定零星报销，线上受理全部费用类型'),
    },
    materials: standardBaseMaterials(adopt('003', 'Art. 27')),
    supplements: standardSupplements({
      art27: adopt('003', 'Art. 27'),
      trauma: adopt('003', 'Art. 27'),
      outsideServices: adopt('003', 'Art. 39'),
      proxy: adopt('000', '流程一'),
    }),
    eVoucher: { satisfies: ['INVOICE', 'FEE_LIST'], source: adopt('000', '流程一') },
    additionalMaterials: { allowed: true, source: adopt('003', 'Art. 27') },
  },
  caseTimeLimits: {
    kind: 'WHOLE_CASE',
    smallOutpatient: null,
    general: { workingDays: 30, source: cite('CONFIG', '山东文件未规定零星报销办理时限，按30个工作日配置') },
    special: null,
    overrunNotice: { required: true, source: cite('CONFIG', '不能按期办结的提前告知参保人') },
  },
  benefit: {
    parameters: benefitTable(
      {
        levels: [
          [200, 90],
          [500, 88],
          [800, 86],
        ],
        ceilingYuan: 300_000,
      },
      {
        levels: [
          [300, 80],
          [600, 70],
          [1_000, 55],
        ],
        ceilingYuan: 200_000,
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
      cite('CONFIG', '山东文件未附承诺书文本，采用晋医保办发〔2022〕28号附件1的文本'),
    ),
    traumaNoThirdParty: traumaNoThirdPartyLetter(
      '外伤无第三方责任承诺书',
      '参保地医疗保险经办机构',
      cite('CONFIG', '山东文件未附承诺书文本，采用晋医保办发〔2022〕28号附件2的文本'),
    ),
  },
};
