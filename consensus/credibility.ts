/**
 * PoCo result-consensus math (Sarmenta's credibility voting as in iExec PoCo v5), in integers only.
 *
 * - A contribution's weight comes from its worker's score s: w = max(⌊s/3⌋, 3) − 1 (so w ≥ 2).
 * - Each result hash has a group value; a contribution multiplies it: group' = max(group, 1)·w
 *   (the odds that the group is right multiply). The task total starts at 1 and grows by the same
 *   delta (group' − group), so total = 1 + Σ groups.
 * - Consensus on a result hash when group·trust > total·(trust − 1), i.e. its credibility
 *   group/total exceeds 1 − 1/trust. trust 0 is treated as 1 (a single contribution suffices).
 * - Rewards are split by scheduler/settlement.ts (iExec's ⌊log2 w⌋ weighting).
 *
 * Pure and deterministic: bigint arithmetic, no floats, no clock.
 */

/** Weight of a contribution from its worker's score: max(⌊score/3⌋, 3) − 1. */
export function contributionWeight(score: bigint): bigint {
  if (score < 0n) throw new RangeError("score must be non-negative");
  const third = score / 3n;
  return (third > 3n ? third : 3n) - 1n;
}

/** Where a result group and the task total stand after one more contribution of weight `w`. */
export interface GroupUpdate {
  group: bigint;
  total: bigint;
  delta: bigint;
}

/** group' = max(group, 1)·w; total' = total + (group' − group). */
export function addContribution(group: bigint, total: bigint, weight: bigint): GroupUpdate {
  if (group < 0n || total < 1n || weight < 1n) throw new RangeError("group ≥ 0, total ≥ 1 and weight ≥ 1");
  const next = (group > 1n ? group : 1n) * weight;
  const delta = next - group;
  return { group: next, total: total + delta, delta };
}

/** The initial task total (the "1" in total = 1 + Σ groups). */
export const INITIAL_TOTAL = 1n;

/** group·trust > total·(trust − 1), with trust 0 read as 1. */
export function hasConsensus(group: bigint, total: bigint, trust: bigint): boolean {
  const t = trust > 1n ? trust : 1n;
  return group * t > total * (t - 1n);
}
