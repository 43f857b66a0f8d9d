/** 服务承诺 — what a region promises about its time limits, in plain Chinese, derived from its policy data. */
import type { RegionPolicy } from '../../policy/schema';
import { SOURCE_DOCUMENT, type Source } from '../sources';

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
    return { promise, basis: combinedBasis(stages.map(([, s]) => s.source)) };
  }
  const parts = [`材料齐全后${limits.general.workingDays}个工作日内办结`];
  const sources = [limits.general.source];
  if (limits.smallOutpatient) {
    const yuan = limits.smallOutpatient.maxAmountFen / 100;
    parts.push(`单次门诊${yuan}元以下${limits.smallOutpatient.workingDays}个工作日`);
    sources.push(limits.smallOutpatient.source);
  }
  if (limits.special) {
    parts.push(`特殊情况最长${limits.special.workingDays}个工作日`);
    sources.push(limits.special.source);
  }
  return { promise: `手工报销${parts.join('；')}`, basis: combinedBasis(sources) };
}

/** One "依据：" line for several clauses: each document named once, its clauses listed after it. */
function combinedBasis(sources: readonly Source[]): string {
  const clausesByDocument = new Map<string, string[]>();
  for (const { label, file } of sources) {
    const prefix = `依据：${SOURCE_DOCUMENT[file]}`;
    const clause = label.startsWith(prefix) ? label.slice(prefix.length) : label;
    const clauses = clausesByDocument.get(prefix) ?? [];
    if (!clauses.includes(clause)) clauses.push(clause);
    clausesByDocument.set(prefix, clauses);
  }
  return [...clausesByDocument].map(([prefix, clauses]) => `${prefix}${clauses.join('、')}`).join('；');
}
