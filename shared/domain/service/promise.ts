/** 服务承诺 — what a region promises about its time limits, in plain Chinese, derived from its policy data. */
import type { RegionPolicy } from '../../policy/schema';

/** A region's time-limit promise as one sentence, with the legal basis of every number in it. */
export interface ServicePromise {
  readonly promise: string;
  readonly basis: string;
}

/** The time-limit promise shown on the home screen and the case pages, from the region's `caseTimeLimits`. */
export function servicePromise(policy: RegionPolicy): ServicePromise {
  const limits = policy.caseTimeLimits;
  if (limits.kind === 'PER_STAGE') {
    const stages = [
      ['受理', limits.acceptance],
      ['审核', limits.review],
      ['复核', limits.secondReview],
      ['财务', limits.finance],
    ] as const;
    const promise = `手工报销${stages.map(([name, s]) => `${name}${s.workingDays}个工作日`).join('、')}内完成`;
    return { promise, basis: uniqueLabels(stages.map(([, s]) => s.source.label)) };
  }
  const parts = [`材料齐全后${limits.general.workingDays}个工作日内办结`];
  const labels = [limits.general.source.label];
  if (limits.smallOutpatient) {
    const yuan = limits.smallOutpatient.maxAmountFen / 100;
    parts.push(`单次门诊${yuan}元以下${limits.smallOutpatient.workingDays}个工作日`);
    labels.push(limits.smallOutpatient.source.label);
  }
  if (limits.special) {
    parts.push(`特殊情况最长${limits.special.workingDays}个工作日`);
    labels.push(limits.special.source.label);
  }
  return { promise: `手工报销${parts.join('；')}`, basis: uniqueLabels(labels) };
}

function uniqueLabels(labels: readonly string[]): string {
  return [...new Set(labels)].join('；');
}
