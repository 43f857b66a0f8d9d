/**
 * `policyFor(region)` — each region's policy, validated with zod the first time it is asked for (an invalid region
 * file is a deployment error and throws at start-up, never a half-valid policy at run time).
 */
import { REGION, REGIONS, type Region } from '../domain/vocabulary';
import { jiangsu } from './jiangsu';
import { liaoning } from './liaoning';
import { type RegionPolicy, type RegionPolicyInput, RegionPolicySchema } from './schema';
import { shandong } from './shandong';
import { shanxi } from './shanxi';

export type { RegionPolicy } from './schema';

const RAW: Record<Region, RegionPolicyInput> = {
  SHANXI: shanxi,
  JIANGSU: jiangsu,
  LIAONING: liaoning,
  SHANDONG: shandong,
};
const cache = new Map<Region, RegionPolicy>();

/** Validate a region policy (also for policies edited by admin and loaded from the database). */
export function parseRegionPolicy(input: unknown): RegionPolicy {
  return RegionPolicySchema.parse(input);
}

/** The validated policy of a region. */
export function policyFor(region: Region): RegionPolicy {
  let policy = cache.get(region);
  if (!policy) {
    policy = parseRegionPolicy(RAW[region]);
    if (policy.region !== region) throw new Error(`policy file for ${region} declares ${policy.region}`);
    cache.set(region, policy);
  }
  return policy;
}

/** The region whose GB/T 2260 province prefix a division code starts with, if it is one of ours. */
export function regionOfDivision(code: string): Region | null {
  return REGIONS.find((region) => REGION[region].prefix === code.slice(0, 2)) ?? null;
}

/** Every region's validated policy. */
export function allPolicies(): RegionPolicy[] {
  return REGIONS.map(policyFor);
}
