/**
 * 山西省 — filing and settlement rules of `001` (晋医保办发〔2022〕28号, written for 省直 insured persons) and the
 * online manual-reimbursement flow of `000` (晋医保发〔2024〕14号, inpatient costs, per-stage 2 working days).
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

const adopted27 = adopt('003', 'Art. 27');
const flow1 = cite('000', '流程一');
const longTerm = cite('001', '§1(1)');
const base = standardBaseMaterials(adopted27);

/** 山西省's policy, validated by `policyFor`. */
export const shanxi: RegionPolicyInput = {
  region: 'SHANXI',
  name: '山西省',
  scope: '山西省省直参保人员（备案、结算规则）；全省住院费用省内异地线上手工报销（线上报销流程）',
  agencyName: '山西省医疗保险管理服务中心',
  filing: {
    types: {
      RETIREE_RESETTLED: {
        offered: true,
        acceptedProofs: ['HOUSEHOLD_REGISTER'],
        commitmentAllowed: true,
        validity: { kind: 'LONG_TERM' },
        source: longTerm,
      },
      LONG_TERM_RESIDENT: {
        offered: true,
        acceptedProofs: ['RESIDENCE_PROOF'],
        commitmentAllowed: true,
        validity: { kind: 'LONG_TERM' },
        source: longTerm,
      },
      STATIONED_WORKER: {
        offered: true,
        acceptedProofs: ['WORK_PROOF'],
        commitmentAllowed: true,
        validity: { kind: 'LONG_TERM' },
        source: longTerm,
      },
      REFERRAL: {
        offered: true,
        acceptedProofs: ['REFERRAL_CERT'],
        commitmentAllowed: false,
        validity: { kind: 'MONTHS', months: 6 },
        source: cite('001', '§2(2)'),
      },
      TEMPORARY_OTHER: {
        offered: false,
        reason:
          '山西省已取消非急诊且未转诊人员的异地就医备案：临时外出就医可直接持社会保障卡或医保电子凭证办理住院，' +
          '出院时按非急诊且未转诊人员待遇直接结算，无需办理备案。',
        source: cite('001', '§1(2)2'),
      },
    },
    commitmentLock: { months: 0, source: cite('001', '§2(1)') },
    multiPlace: { allowed: true, commitmentAllowed: false, source: adopt('003', 'Art. 11') },
    selfService: { enabled: true, source: longTerm },
    review: { workingDays: 1, source: adopt('003', 'Art. 9(2)') },
    lateFiling: { untilDischargeSettlement: true, source: cite('001', '§2(3)') },
    commitmentSupplement: { required: false, source: cite('001', '附件1') },
    destination: { source: adopt('002', '§1(3)') },
    identity: { source: adopt('003', 'Art. 8') },
  },
  claim: {
    eligibilityCases: {
      FILED_NOT_SETTLED: { description: '已备案，因故无法直接结算的异地医疗费用', source: cite('001', '§2(3)') },
      EMERGENCY_UNFILED: {
        description: '未备案的急诊抢救（视同已备案，按异地急诊抢救待遇报销）',
        source: cite('001', '§3(1)1'),
      },
      STUDENT_VACATION: { description: '参保学生寒暑假期间回原籍地就医', source: adopt('003', 'Art. 26(3)') },
      MATERNITY_AWAY: { description: '异地生育', source: adopt('003', 'Art. 26(4)') },
      OTHER_LOCAL: { description: '在省内异地定点医疗机构住院并已自费结算', source: cite('000', '§1') },
    },
    online: { expenseTypes: ['INPATIENT'], source: cite('000', '§1') },
    materials: {
      ...base,
      INPATIENT: {
        reason: '住院费用线上手工报销的基本材料',
        items: [
          material('INVOICE', '住院发票', flow1),
          material('FEE_LIST', '住院费用清单', adopted27),
          material('DIAGNOSIS_OR_DISCHARGE', '诊断建议书或出院证', flow1),
        ],
      },
    },
    supplements: standardSupplements({
      art27: adopted27,
      trauma: cite('001', '附件2'),
      outsideServices: cite('001', '附件3'),
      proxy: flow1,
    }),
    eVoucher: { satisfies: ['INVOICE', 'FEE_LIST'], source: flow1 },
    additionalMaterials: { allowed: true, source: cite('000', '流程二') },
  },
  caseTimeLimits: {
    kind: 'PER_STAGE',
    acceptance: { workingDays: 2, source: cite('000', '流程二') },
    review: { workingDays: 2, source: cite('000', '流程三') },
    secondReview: { workingDays: 2, source: cite('000', '流程四') },
    finance: { workingDays: 2, source: cite('000', '流程四') },
  },
  benefit: {
    parameters: benefitTable(
      {
        levels: [
          [200, 90],
          [500, 85],
          [800, 80],
        ],
        ceilingYuan: 250_000,
      },
      {
        levels: [
          [200, 80],
          [500, 70],
          [1_000, 55],
        ],
        ceilingYuan: 150_000,
      },
    ),
    parametersSource: cite('CONFIG', '起付标准、支付比例、年度最高支付限额为示例配置，以参保地现行待遇文件为准'),
    adjustments: {
      longTermAtPlace: { reductionPoints: 0, source: adopt('003', 'Art. 17') },
      referral: { reductionPoints: 5, source: adopt('003', 'Art. 18') },
      temporaryFiled: { reductionPoints: 10, source: cite('001', '§1(2)2') },
      // In Shanxi a non-emergency, non-referred stay needs no filing: it is paid at the same temporary rate.
      unfiled: { reductionPoints: 10, source: cite('001', '§1(2)2') },
      emergency: { reductionPoints: 0, source: cite('001', '§3(1)1') },
      nonDesignated: { paysNothingExceptEmergency: true, source: adopt('003', 'Art. 19') },
    },
    crossYear: { mode: 'SPLIT_BY_DAILY_AVERAGE', source: cite('001', '§3(2)1') },
    crossCheck: { thresholdFen: CROSS_CHECK_THRESHOLD_FEN, source: adopt('003', 'Art. 56') },
  },
  letters: {
    personalCommitment: personalCommitmentLetter('山西省省直单位异地就医备案个人承诺书'),
    traumaNoThirdParty: traumaNoThirdPartyLetter('山西省省直外伤无第三方责任承诺书', '山西省医疗保险管理服务中心'),
  },
};
