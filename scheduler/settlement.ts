/**
 * Money movements when a task ends. Completed: the requester's locked payment pays the app and
 * dataset owners their prices; the reward pool (workerpool price + stakes seized from contributors
 * that did not prove the consensus value) is split between provers and the scheduler exactly as
 * iExec's contracts split it (`splitTaskReward`), the scheduler also getting its stake back and a
 * share of the kitty. Failed (claimed):
 * the requester is refunded, the scheduler's stake goes to the kitty, workers' stakes are unlocked.
 * Scores and the workerpool's SLA record are updated in both cases.
 */
import { TxError, TxErrorCode } from "../node/tx/txErrors.js";
import {
  type Deal,
  readContribution,
  readKitty,
  readScore,
  type Task,
  taskPrice,
  writeKitty,
  writeScore,
} from "./records.js";
import { recordCompletion, recordFailure } from "./sla.js";
import { ContributionStatus, KITTY_MIN, KITTY_RATIO, type MarketEnv } from "./types.js";

/** The kitty share a successful scheduler receives: 10% of the kitty, at least 1 RLC, at most all of it. */
export function kittyReward(kitty: bigint): bigint {
  const share = (kitty * KITTY_RATIO) / 100n;
  const floored = share > KITTY_MIN ? share : KITTY_MIN;
  return floored < kitty ? floored : kitty;
}

/**
 * A prover's reward weight, as iExec's contracts compute it: `contribute` stores
 * `Math.log2(weight)` (OpenZeppelin's floor log2) and `distributeRewards` weighs provers by it.
 * So ⌊log2 w⌋, with log2(0) = log2(1) = 0: weights 2 and 4 weigh 1 and 2, 2..3 → 1, 4..7 → 2.
 */
export function rewardLogWeight(weight: bigint): bigint {
  if (weight < 0n) throw new RangeError("weight must be non-negative");
  let log = 0n;
  for (let w = weight >> 1n; w > 0n; w >>= 1n) log += 1n;
  return log;
}

export interface RewardSplit {
  /** One part per prover, in the order given. */
  workers: bigint[];
  /** The scheduler's part: its ratio plus every rounding remainder. */
  scheduler: bigint;
}

/**
 * iExec's reward split (IexecPoco2Facet.distributeRewards): the workers' part is
 * ⌊pool·(100 − ratio)/100⌋; prover i gets ⌊part·lw_i / Σ lw⌋ (Math.mulDiv, rounded down) with
 * lw = `rewardLogWeight`; the scheduler gets the rest, so the parts sum to `pool` exactly. A prover
 * of weight 1 (lw 0) gets nothing. With no prover the scheduler gets the whole pool. Provers whose
 * lw are all 0 make iExec divide by zero, which reverts the finalizing transaction: here too
 * (unreachable in practice, contribution weights are ≥ 2 so lw ≥ 1).
 */
export function splitTaskReward(
  pool: bigint,
  schedulerRewardRatio: number,
  weights: readonly bigint[],
): RewardSplit {
  if (pool < 0n) throw new RangeError("pool must be non-negative");
  if (!Number.isInteger(schedulerRewardRatio) || schedulerRewardRatio < 0 || schedulerRewardRatio > 100) {
    throw new RangeError("schedulerRewardRatio must be an integer 0..100");
  }
  const logWeights = weights.map(rewardLogWeight);
  let total = 0n;
  for (const lw of logWeights) total += lw;
  if (weights.length > 0 && total === 0n) {
    throw new TxError(TxErrorCode.INVALID_STATE, "no prover has a reward weight (iExec divides by zero)");
  }
  const workersPart = (pool * BigInt(100 - schedulerRewardRatio)) / 100n;
  let paid = 0n;
  const workers = logWeights.map((lw) => {
    const part = (workersPart * lw) / total;
    paid += part;
    return part;
  });
  return { workers, scheduler: pool - paid };
}

export function distributeRewards(env: MarketEnv, id: string, task: Task, deal: Deal): void {
  const { ledger, state } = env;
  ledger.update(deal.requester, (a) => {
    a.locked -= taskPrice(deal);
  });
  if (deal.appPrice > 0n)
    ledger.update(deal.appOwner, (a) => {
      a.balance += deal.appPrice;
    });
  if (deal.datasetPrice > 0n)
    ledger.update(deal.datasetOwner, (a) => {
      a.balance += deal.datasetPrice;
    });

  let pool = deal.workerpoolPrice;
  const provers: { worker: string; weight: bigint; stake: bigint }[] = [];
  const replicated = task.contributors.length > 1;
  for (const worker of task.contributors) {
    const c = readContribution(state, id, worker);
    if (!c) continue;
    if (c.status === ContributionStatus.PROVED) {
      provers.push({ worker, weight: c.weight, stake: c.stake });
    } else {
      // wrong, rejected or silent: stake seized into the pool, score × 2/3
      ledger.update(worker, (a) => {
        a.locked -= c.stake;
      });
      pool += c.stake;
      writeScore(state, worker, (readScore(state, worker) * 2n) / 3n);
    }
  }
  const split = splitTaskReward(
    pool,
    deal.schedulerRewardRatio,
    provers.map((p) => p.weight),
  );
  provers.forEach((p, i) => {
    ledger.update(p.worker, (a) => {
      a.locked -= p.stake;
      a.stake += p.stake;
      a.balance += split.workers[i]!;
    });
    if (replicated) writeScore(state, p.worker, readScore(state, p.worker) + 1n);
  });
  const kitty = readKitty(state);
  const bonus = kittyReward(kitty);
  writeKitty(state, kitty - bonus);
  ledger.update(deal.workerpoolOwner, (a) => {
    a.locked -= deal.schedulerStake;
    a.stake += deal.schedulerStake;
    a.balance += split.scheduler + bonus;
  });
  recordCompletion(state, deal, task, env.timeMs);
}

export function refundFailedTask(env: MarketEnv, id: string, task: Task, deal: Deal): void {
  const { ledger, state } = env;
  const price = taskPrice(deal);
  ledger.update(deal.requester, (a) => {
    a.locked -= price;
    a.balance += price;
  });
  ledger.update(deal.workerpoolOwner, (a) => {
    a.locked -= deal.schedulerStake;
  });
  writeKitty(state, readKitty(state) + deal.schedulerStake);
  for (const worker of task.contributors) {
    const c = readContribution(state, id, worker);
    if (!c) continue;
    ledger.update(worker, (a) => {
      a.locked -= c.stake;
      a.stake += c.stake;
    });
  }
  recordFailure(state, deal);
}
