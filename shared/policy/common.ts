/**
 * Building blocks shared by the region files: the `003 Art. 27` material checklist and the benefit parameter table.
 * Each region passes its own source for every clause, so a rule adopted from Jiangsu says so in its "依据".
 */
import type { Source } from '../domain/sources';
import type { MaterialItem } from '../domain/vocabulary';
import type { RegionPolicyInput } from './schema';

type ClaimInput = RegionPolicyInput['claim'];
type Entry = ClaimInput['materials']['INPATIENT']['items'][number];

/** One checklist entry. */
export function material(item: MaterialItem, name: string, source: Source, stayOnly?: boolean): Entry {
  return stayOnly ? { item, name, source, stayOnly } : { item, name, source };
}

/** Where each clause of the standard checklist comes from, for one region. */
export interface ChecklistSources {
  art27: Source;
  trauma: Source;
  outsideServices: Source;
  proxy: Source;
}

/** The base materials per expense type as `003 Art. 27(1)–(4)` lists them. */
export function standardBaseMaterials(src: Source): ClaimInput['materials'] {
  return {
    INPATIENT: {
      reason: '住院费用零星报销的基本材料',
      items: [
        material('INVOICE', '医院收费票据', src),
        material('FEE_LIST', '住院费用清单', src),
        material('DIAGNOSIS_OR_DISCHARGE', '诊断证明（或出院小结）', src),
      ],
    },
    OUTPATIENT: {
      reason: '门诊费用零星报销的基本材料',
      items: [
        material('INVOICE', '医院收费票据', src),
        material('FEE_LIST', '门诊费用清单', src),
        material('PRESCRIPTION_OR_RECORD', '门诊处方底方（或门诊病历）', src),
      ],
    },
    EMERGENCY: {
      reason: '急诊费用零星报销的基本材料',
      items: [
        material('INVOICE', '医院收费票据', src),
        material('FEE_LIST', '医药费明细清单', src),
        material('EMERGENCY_DIAGNOSIS_OR_RECORD', '急诊诊断证明（或急诊病历）', src),
      ],
    },
    MATERNITY: {
      reason: '生育费用零星报销的基本材料',
      items: [
        material('INVOICE', '生育或产前检查医药费票据', src),
        material('FEE_LIST', '医疗费明细清单', src),
        material('DISCHARGE_SUMMARY', '出院小结', src),
      ],
    },
  };
}

/** The conditional supplements of `003 Art. 27`, `001 附件2–3` and `000` 流程一. */
export function standardSupplements(s: ChecklistSources): ClaimInput['supplements'] {
  return {
    RESCUE: {
      reason: '因抢救就医，需补充抢救病历；住院的还需出院小结',
      items: [
        material('RESCUE_RECORD', '门诊抢救病历', s.art27),
        material('DISCHARGE_SUMMARY', '出院小结', s.art27, true),
      ],
    },
    RESCUE_DIED: {
      reason: '抢救无效死亡，需补充死亡记录及死亡证明',
      items: [material('DEATH_RECORD', '死亡记录及死亡证明', s.art27)],
    },
    ACCIDENT_WITH_DOCUMENTS: {
      reason: '意外伤害就医，需补充公检法部门出具的相关证明材料',
      items: [
        material('ACCIDENT_DOCUMENT', '交通事故认定书、法院判决书、调解协议书等公检法部门出具的相关证明材料', s.art27),
      ],
    },
    ACCIDENT_WITHOUT_DOCUMENTS: {
      reason: '意外伤害就医且无法提供相关证明，需先签署承诺书',
      items: [material('TRAUMA_NO_THIRD_PARTY_LETTER', '外伤无第三方责任承诺书', s.trauma)],
    },
    DUAL_CHANNEL_DRUGS: {
      reason: '使用“双通道”管理及单独支付药品',
      items: [material('DUAL_CHANNEL_DRUG_FORM', '《参保患者“双通道”管理及单独支付药品用药申请表》', s.art27)],
    },
    DRUGS_BOUGHT_OUTSIDE: {
      reason: '有外购药品',
      items: [
        material('OUTSIDE_PURCHASE_INVOICE', '外购发票', s.art27),
        material('ORDER_OR_PRESCRIPTION', '住院医嘱单或外购药处方原件复印件', s.art27),
      ],
    },
    OUTSIDE_SERVICES_DURING_STAY: {
      reason: '住院期间在外院检查治疗或到定点药店购药',
      items: [
        material(
          'OUTSIDE_SERVICE_SLIP',
          '住院期间外院检查治疗或定点药店购药单（加盖医疗机构医保办公室章）',
          s.outsideServices,
        ),
      ],
    },
    PROXY: {
      reason: '由代办人代为申请',
      items: [
        material('PROXY_ID', '代办人有效身份证明', s.proxy),
        material('POWER_OF_ATTORNEY', '参保人签署的委托书', s.proxy),
      ],
    },
  };
}

type Parameters = RegionPolicyInput['benefit']['parameters'];
/** [deductible yuan, ratio %] for primary, secondary, tertiary hospitals. */
type LevelRow = readonly [number, number];

/** The benefit table from yuan and percent (configuration, not policy). */
export function benefitTable(
  employee: { levels: readonly [LevelRow, LevelRow, LevelRow]; ceilingYuan: number },
  resident: { levels: readonly [LevelRow, LevelRow, LevelRow]; ceilingYuan: number },
): Parameters {
  const of = (p: typeof employee) => ({
    levels: {
      PRIMARY: { deductibleFen: p.levels[0][0] * 100, ratioPercent: p.levels[0][1] },
      SECONDARY: { deductibleFen: p.levels[1][0] * 100, ratioPercent: p.levels[1][1] },
      TERTIARY: { deductibleFen: p.levels[2][0] * 100, ratioPercent: p.levels[2][1] },
    },
    annualCeilingFen: p.ceilingYuan * 100,
  });
  return { EMPLOYEE: of(employee), RESIDENT: of(resident) };
}

/** 30,000 yuan in fen: the fee cross-check threshold of `003 Art. 56` ("超过3万元（含3万元）"). */
export const CROSS_CHECK_THRESHOLD_FEN = 3_000_000;
