/**
 * Money movements when a task ends. Completed: the requester's locked payment pays the app and
 * dataset owners their prices; the reward pool (workerpool price + stakes seized from contributors
 * that did not prove the consensus value) is split by credibility (consensus/credibility.ts) between
 * provers and the scheduler, who also gets its stake back and a share of the kitty. Failed (claimed):
 * the requester is refunded, the scheduler's stake goes to the kitty, workers' stakes are unlocked.
 * Scores and the workerpool's SLA record are updated in both cases.
 */
import { splitReward } from "../consensus/credibility.js";
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
  const split = splitReward(
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
