/**
 * Per-workerpool SLA records and the reliability they imply. A task completed by its contribution
 * deadline (deal start + 7T) counts as on time, one completed after it (but before the final
 * deadline, start + 10T) as late; a claimed task as failed. Latency = completion − deal start.
 */
import { type Deal, readSla, type Task, type WorkerpoolSla, writeSla } from "./records.js";
import type { MarketState } from "./types.js";

export function recordCompletion(state: MarketState, deal: Deal, task: Task, nowMs: number): void {
  const sla = readSla(state, deal.workerpool);
  if (nowMs <= task.contributionDeadlineMs) sla.completedOnTime += 1;
  else sla.completedLate += 1;
  sla.totalLatencyMs += nowMs - deal.startTimeMs;
  writeSla(state, deal.workerpool, sla);
}

export function recordFailure(state: MarketState, deal: Deal): void {
  const sla = readSla(state, deal.workerpool);
  sla.failed += 1;
  writeSla(state, deal.workerpool, sla);
}

/** Mean latency of completed tasks in ms (integer division), 0 when none. */
export function meanLatencyMs(sla: WorkerpoolSla): number {
  const done = sla.completedOnTime + sla.completedLate;
  return done === 0 ? 0 : Number(BigInt(sla.totalLatencyMs) / BigInt(done));
}

/**
 * Reliability in parts per million: on-time completions count fully, late ones half, over all
 * settled tasks. A workerpool with no history gets 500,000 (neutral).
 */
export function reliabilityPpm(sla: WorkerpoolSla): number {
  const settled = sla.completedOnTime + sla.completedLate + sla.failed;
  if (settled === 0) return 500_000;
  return Number(
    (BigInt(sla.completedOnTime) * 1_000_000n + BigInt(sla.completedLate) * 500_000n) / BigInt(settled),
  );
}
