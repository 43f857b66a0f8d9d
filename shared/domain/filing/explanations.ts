/**
 * 备案说明 — the filing wizard's plain words: one line per person type and per proof for an elderly reader, and the
 * region's approval, 6-month lock and destination rules said simply. Each line paraphrases the clause it cites
 * (`003 Art. 7–8, 10, 12`, `001 §1–2, 附件1`, `002 §1(3)`); what a region offers comes from its policy, never from here.
 */
import type { RegionPolicy } from '../../policy/schema';
import { cite, type Source } from '../sources';
import {
  FILING_PROOF,
  FILING_TYPE,
  FILING_TYPES,
  type FilingProof,
  type FilingType,
  isLongTermFilingType,
} from '../vocabulary';

/** A plain line and the clause it says in other words. */
export interface Explanation {
  readonly text: string;
  readonly source: Source;
}

/**
 * Who each person type is (`003 Art. 7`: 长期在参保地外工作、居住、生活的人员; 临时外出就医人员), with the proof that marks
 * them out (`003 Art. 8(1)–(6)`, `001 附件1` 告知书).
 */
export const FILING_TYPE_EXPLANATION: Readonly<Record<FilingType, Explanation>> = {
  RETIREE_RESETTLED: {
    text: '退休后户口迁到外地、在外地长期生活的人',
    source: cite('003', 'Art. 8(1)'),
  },
  LONG_TERM_RESIDENT: {
    text: '在外地有居住证（或居住证明）、长期住在外地的人',
    source: cite('003', 'Art. 8(2)'),
  },
  STATIONED_WORKER: {
    text: '被单位派到外地、或长期在外地上班的人',
    source: cite('003', 'Art. 8(3)'),
  },
  REFERRAL: {
    text: '病情需要、由医院开了转诊证明去外地看病的人',
    source: cite('003', 'Art. 8(4)'),
  },
  TEMPORARY_OTHER: {
    text: '因出差、旅游等临时去外地、需要在外地看病的人',
    source: cite('003', 'Art. 7(2)'),
  },
};

/** What each proof is, in the words of `001 附件1` (告知书) and `003 Art. 8`. */
export const FILING_PROOF_EXPLANATION: Readonly<Record<FilingProof, Explanation>> = {
  HOUSEHOLD_REGISTER: { text: '就医地户口本的首页和本人页', source: cite('001', '附件1') },
  RESIDENCE_PROOF: { text: '就医地的居住证（暂住证），或村委会、居委会开的证明', source: cite('001', '附件1') },
  WORK_PROOF: {
    text: '单位开的派出证明（盖公章）、外地工作单位的证明或工作合同，任选一种',
    source: cite('003', 'Art. 8(3)'),
  },
  REFERRAL_CERT: { text: '参保地医院开的转诊转院证明', source: cite('003', 'Art. 8(4)') },
  PERSONAL_COMMITMENT: {
    text: '暂时拿不出证明材料时，在手机上签一份个人承诺书代替',
    source: cite('003', 'Art. 8(1)'),
  },
};

/** 长期有效 (`003 Art. 10`: 长期异地居住人员…备案长期有效). */
export const LONG_TERM_VALIDITY = '长期有效（直到变更或取消）';

/** 备案到就医地市或省份 (`002 §1(3)`, `003 Art. 12`): a city, 海南/西藏 the province, never a hospital. */
export const DESTINATION_EXPLANATION = '就医地选到地级市（直辖市选到市）；海南、西藏选到省；不用选具体医院';

/** The wizard's view of one person type in a region: whether it is offered, how long it lasts, what proves it. */
export interface FilingTypeOption {
  readonly type: FilingType;
  readonly name: string;
  readonly explanation: string;
  readonly offered: boolean;
  readonly notOfferedReason: string | null;
  readonly longTerm: boolean;
  readonly validity: string;
  readonly commitmentAllowed: boolean;
  readonly proofs: readonly { proof: FilingProof; name: string; explanation: string }[];
  readonly source: string;
}

/** What the filing wizard shows for a region: its person types, how a filing is approved, the lock, the destination. */
export interface FilingOptions {
  readonly types: readonly FilingTypeOption[];
  readonly approval: {
    readonly atOnce: boolean;
    readonly reviewWorkingDays: number | null;
    readonly explanation: string;
    readonly source: string;
  };
  readonly commitmentLock: { readonly months: number; readonly explanation: string | null; readonly source: string };
  readonly destination: { readonly explanation: string; readonly source: string };
}

function typeOption(policy: RegionPolicy, type: FilingType): FilingTypeOption {
  const rule = policy.filing.types[type];
  const common = {
    type,
    name: FILING_TYPE[type],
    explanation: FILING_TYPE_EXPLANATION[type].text,
    longTerm: isLongTermFilingType(type),
    source: rule.source.label,
  };
  if (!rule.offered) {
    return {
      ...common,
      offered: false,
      notOfferedReason: rule.reason,
      validity: '',
      commitmentAllowed: false,
      proofs: [],
    };
  }
  return {
    ...common,
    offered: true,
    notOfferedReason: null,
    validity: rule.validity.kind === 'LONG_TERM' ? LONG_TERM_VALIDITY : `${rule.validity.months}个月`,
    commitmentAllowed: rule.commitmentAllowed,
    proofs: rule.acceptedProofs.map((proof) => ({
      proof,
      name: FILING_PROOF[proof],
      explanation: FILING_PROOF_EXPLANATION[proof].text,
    })),
  };
}

/**
 * 备案选项 — the region's filing rules as the wizard shows them: every person type (offered or with the reason it is
 * not), approval at once where self-service is on (`004 §2(4)`) or review within the working days of `003 Art. 9(2)`,
 * the commitment lock of `003 Art. 10` in plain words when it applies (null when the region has none), the destination.
 */
export function filingOptions(policy: RegionPolicy): FilingOptions {
  const { selfService, review, commitmentLock, destination } = policy.filing;
  const atOnce = selfService.enabled;
  return {
    types: FILING_TYPES.map((type) => typeOption(policy, type)),
    approval: {
      atOnce,
      reviewWorkingDays: atOnce ? null : review.workingDays,
      explanation: atOnce ? '提交后即时生效' : `提交后由经办机构在${review.workingDays}个工作日内审核`,
      source: (atOnce ? selfService.source : review.source).label,
    },
    commitmentLock: {
      months: commitmentLock.months,
      explanation:
        commitmentLock.months > 0 ? `凭个人承诺书备案的，备案后${commitmentLock.months}个月内不能变更或取消` : null,
      source: commitmentLock.source.label,
    },
    destination: { explanation: DESTINATION_EXPLANATION, source: destination.source.label },
  };
}
