/**
 * The task lifecycle (PoCo v5): contribute (commit a result hash and seal, locking the worker's stake,
 * under the scheduler's authorization), consensus by credibility, reveal, reopen, finalize (by the
 * scheduler, or automatically once every winner revealed) with rewards, seizures and scores, and
 * claim after the final deadline (refund, scheduler stake into the kitty). Deadlines are block time.
 */
import { addContribution, contributionWeight, hasConsensus } from "../consensus/credibility.js";
import { toHex } from "../node/crypto/hash.js";
import { indexContribution } from "../node/state/marketIndexes.js";
import { StateOverlay } from "../node/state/stateOverlay.js";
import { TxError, TxErrorCode } from "../node/tx/txErrors.js";
import { fixedBytes, type poco } from "../proto/index.js";
import { resultHash, resultSeal } from "./authorization.js";
import { bytesOfHex } from "./bytes.js";
import {
  DEFAULT_DUE_LIMITS,
  type DueEntry,
  DueKind,
  type DueLimits,
  scheduleDue,
  walkDue,
} from "./dueQueue.js";
import { taskId } from "./matching.js";
import { fieldCheck } from "./orders.js";
import {
  addressHex,
  type Deal,
  readContribution,
  readDeal,
  readScore,
  readTask,
  type Task,
  writeContribution,
  writeTask,
  ZERO_ADDRESS_HEX,
} from "./records.js";
import { distributeRewards, refundFailedTask } from "./settlement.js";
import { authorizationSignature, signerOf } from "./signatures.js";
import {
  ContributionStatus,
  MAX_CLAIM_ARRAY,
  MAX_CONTRIBUTORS,
  MAX_RESULTS_BYTES,
  MAX_TASK_BATCH,
  type MarketEnv,
  TAG_TEE,
  TaskStatus,
} from "./types.js";

const hash32 = (v: Uint8Array | null | undefined, name: string): string => {
  const bytes = fieldCheck(() => fixedBytes(v, 32, name));
  if (bytes.every((b) => b === 0)) throw new TxError(TxErrorCode.BAD_FIELD, `${name}: must not be zero`);
  return toHex(bytes);
};

function load(env: MarketEnv, id: string): { task: Task; deal: Deal } {
  const task = readTask(env.state, id);
  if (!task) throw new TxError(TxErrorCode.NOT_FOUND, `task ${id} does not exist`);
  const deal = readDeal(env.state, task.dealId);
  if (!deal) throw new Error(`corrupt state: task ${id} without deal ${task.dealId}`);
  return { task, deal };
}

/** A worker commits a result for a task: resultHash and resultSeal, with the scheduler's authorization. */
export function contribute(env: MarketEnv, worker: string, c: poco.Contribute.$Properties): void {
  const id = hash32(c.taskId, "taskId");
  const hash = hash32(c.resultHash, "resultHash");
  const seal = hash32(c.resultSeal, "resultSeal");
  const enclave = addressHex(fieldCheck(() => fixedBytes(c.enclaveChallenge, 20, "enclaveChallenge", true)));
  const authorization = fieldCheck(() => fixedBytes(c.authorization, 65, "authorization"));
  const { task, deal } = load(env, id);
  if (task.status !== TaskStatus.ACTIVE)
    throw new TxError(TxErrorCode.INVALID_STATE, `task ${id} is not accepting contributions`);
  if (env.timeMs >= task.contributionDeadlineMs) {
    throw new TxError(TxErrorCode.INVALID_STATE, `task ${id}: contribution deadline passed`);
  }
  if (task.contributors.length >= MAX_CONTRIBUTORS)
    throw new TxError(TxErrorCode.INVALID_STATE, `task ${id}: too many contributions`);
  if (readContribution(env.state, id, worker))
    throw new TxError(TxErrorCode.EXISTS, `${worker} already contributed to ${id}`);
  if ((deal.tag & TAG_TEE) !== 0n && enclave === ZERO_ADDRESS_HEX) {
    throw new TxError(TxErrorCode.BAD_FIELD, "enclaveChallenge: required for a TEE task");
  }
  if (signerOf(env, authorizationSignature(worker, id, enclave, authorization)) !== deal.workerpoolOwner) {
    throw new TxError(
      TxErrorCode.UNAUTHORIZED,
      `worker ${worker} is not authorized by the scheduler for task ${id}`,
    );
  }
  const stake = deal.workerStake;
  env.ledger.update(worker, (a) => {
    if (a.stake < stake)
      throw new TxError(TxErrorCode.INSUFFICIENT_FUNDS, `worker stake ${a.stake} < ${stake}`);
    a.stake -= stake;
    a.locked += stake;
  });

  const weight = contributionWeight(readScore(env.state, worker));
  let group = task.groups.find((g) => g.resultHash === hash);
  if (!group) {
    group = { resultHash: hash, weight: 0n };
    task.groups.push(group);
  }
  const update = addContribution(group.weight, task.totalWeight, weight);
  group.weight = update.group;
  task.totalWeight = update.total;
  task.contributors.push(worker);
  writeContribution(env.state, id, worker, {
    status: ContributionStatus.CONTRIBUTED,
    resultHash: hash,
    resultSeal: seal,
    enclaveChallenge: enclave,
    weight,
    stake,
  });
  indexContribution(env.state, worker, id, deal);

  if (hasConsensus(update.group, update.total, BigInt(deal.trust))) {
    let winners = 0;
    for (const w of task.contributors) {
      const other = readContribution(env.state, id, w);
      if (other?.status === ContributionStatus.CONTRIBUTED && other.resultHash === hash) winners++;
    }
    task.status = TaskStatus.REVEALING;
    task.consensusValue = hash;
    task.consensusTimeMs = env.timeMs;
    task.revealDeadlineMs = env.timeMs + 2 * deal.timeRefMs;
    task.winnerCount = winners;
    // the chain finalizes by itself at the reveal deadline if some but not all winners revealed
    scheduleDue(env.state, env.timeMs, { kind: DueKind.FINALIZE, id, deadlineMs: task.revealDeadlineMs });
  }
  writeTask(env.state, id, task);
}

/** A worker of the consensus group reveals its result digest; the last expected reveal finalizes. */
export function reveal(env: MarketEnv, worker: string, r: poco.Reveal.$Properties): void {
  revealWith(env, worker, r, new Uint8Array(0));
}

/**
 * Trust 1 in one tx (iExec's contributeAndFinalize): with iExec's checks (trust 1, no contribution
 * yet, the scheduler's authorization), it is exactly `contribute` (hash and seal derived from the
 * digest) then `reveal` (which, as the only winner, completes the task), storing `results`. Going
 * through the single forms keeps stakes, rewards, scores and SLA records byte-for-byte the same.
 */
export function contributeAndFinalize(
  env: MarketEnv,
  worker: string,
  c: poco.ContributeAndFinalize.$Properties,
): void {
  const id = hash32(c.taskId, "taskId");
  const digest = hash32(c.resultDigest, "resultDigest");
  const results = c.results ?? new Uint8Array(0);
  if (results.length > MAX_RESULTS_BYTES)
    throw new TxError(TxErrorCode.BAD_FIELD, `results: longer than ${MAX_RESULTS_BYTES} bytes`);
  const { task, deal } = load(env, id);
  if (deal.trust !== 1)
    throw new TxError(TxErrorCode.INVALID_STATE, `task ${id}: contributeAndFinalize needs trust 1`);
  if (task.contributors.length !== 0)
    throw new TxError(TxErrorCode.INVALID_STATE, `task ${id} already has a contribution`);
  contribute(env, worker, {
    taskId: c.taskId,
    resultHash: bytesOfHex(resultHash(id, digest), 32),
    resultSeal: bytesOfHex(resultSeal(worker, id, digest), 32),
    enclaveChallenge: c.enclaveChallenge,
    authorization: c.authorization,
  });
  revealWith(env, worker, { taskId: c.taskId, resultDigest: c.resultDigest }, results);
  if (readTask(env.state, id)?.status !== TaskStatus.COMPLETED)
    throw new Error(`market bug: trust-1 task ${id} not completed by contributeAndFinalize`);
}

function revealWith(env: MarketEnv, worker: string, r: poco.Reveal.$Properties, results: Uint8Array): void {
  const id = hash32(r.taskId, "taskId");
  const digest = hash32(r.resultDigest, "resultDigest");
  const { task, deal } = load(env, id);
  if (task.status !== TaskStatus.REVEALING)
    throw new TxError(TxErrorCode.INVALID_STATE, `task ${id} is not revealing`);
  if (env.timeMs >= task.revealDeadlineMs)
    throw new TxError(TxErrorCode.INVALID_STATE, `task ${id}: reveal deadline passed`);
  const c = readContribution(env.state, id, worker);
  if (!c) throw new TxError(TxErrorCode.NOT_FOUND, `${worker} did not contribute to ${id}`);
  if (c.status !== ContributionStatus.CONTRIBUTED || c.resultHash !== task.consensusValue) {
    throw new TxError(
      TxErrorCode.INVALID_STATE,
      `${worker}'s contribution to ${id} is not in the consensus group`,
    );
  }
  if (resultHash(id, digest) !== c.resultHash || resultSeal(worker, id, digest) !== c.resultSeal) {
    throw new TxError(TxErrorCode.BAD_FIELD, "resultDigest does not match the committed hash and seal");
  }
  c.status = ContributionStatus.PROVED;
  writeContribution(env.state, id, worker, c);
  task.revealCount += 1;
  if (task.resultDigest === "") task.resultDigest = digest;
  if (task.revealCount === task.winnerCount && env.timeMs < task.finalDeadlineMs) {
    complete(env, id, task, deal, results);
  } else {
    writeTask(env.state, id, task);
  }
}

/** After a reveal deadline with no reveal, the scheduler reopens the task: the group is rejected. */
export function reopen(env: MarketEnv, sender: string, r: poco.Reopen.$Properties): void {
  const id = hash32(r.taskId, "taskId");
  const { task, deal } = load(env, id);
  if (sender !== deal.workerpoolOwner)
    throw new TxError(TxErrorCode.UNAUTHORIZED, "only the scheduler reopens a task");
  if (task.status !== TaskStatus.REVEALING || task.revealCount !== 0 || env.timeMs < task.revealDeadlineMs) {
    throw new TxError(TxErrorCode.INVALID_STATE, `task ${id} cannot be reopened`);
  }
  for (const w of task.contributors) {
    const c = readContribution(env.state, id, w);
    if (c && c.status === ContributionStatus.CONTRIBUTED && c.resultHash === task.consensusValue) {
      c.status = ContributionStatus.REJECTED;
      writeContribution(env.state, id, w, c);
    }
  }
  const group = task.groups.find((g) => g.resultHash === task.consensusValue);
  if (group) {
    task.totalWeight -= group.weight;
    task.groups = task.groups.filter((g) => g !== group);
  }
  task.status = TaskStatus.ACTIVE;
  task.consensusValue = "";
  task.consensusTimeMs = 0;
  task.revealDeadlineMs = 0;
  task.winnerCount = 0;
  writeTask(env.state, id, task);
}

/** The scheduler finalizes: every winner revealed, or one did and the reveal deadline passed. */
export function finalize(env: MarketEnv, sender: string, f: poco.Finalize.$Properties): void {
  const id = hash32(f.taskId, "taskId");
  const results = f.results ?? new Uint8Array(0);
  if (results.length > MAX_RESULTS_BYTES)
    throw new TxError(TxErrorCode.BAD_FIELD, `results: longer than ${MAX_RESULTS_BYTES} bytes`);
  const { task, deal } = load(env, id);
  if (sender !== deal.workerpoolOwner)
    throw new TxError(TxErrorCode.UNAUTHORIZED, "only the scheduler finalizes a task");
  if (task.status !== TaskStatus.REVEALING)
    throw new TxError(TxErrorCode.INVALID_STATE, `task ${id} is not revealing`);
  if (env.timeMs >= task.finalDeadlineMs)
    throw new TxError(TxErrorCode.INVALID_STATE, `task ${id}: final deadline passed`);
  const ready =
    task.revealCount === task.winnerCount || (task.revealCount > 0 && env.timeMs >= task.revealDeadlineMs);
  if (!ready) throw new TxError(TxErrorCode.INVALID_STATE, `task ${id}: reveals still expected`);
  complete(env, id, task, deal, results);
}

function complete(env: MarketEnv, id: string, task: Task, deal: Deal, results: Uint8Array): void {
  distributeRewards(env, id, task, deal);
  task.status = TaskStatus.COMPLETED;
  task.results = results;
  task.completedTimeMs = env.timeMs;
  writeTask(env.state, id, task);
}

/** After the final deadline anyone may claim an unfinished task: refund, seize, unlock. */
export function claim(env: MarketEnv, c: poco.Claim.$Properties): void {
  const id = hash32(c.taskId, "taskId");
  const { task, deal } = load(env, id);
  if (task.status !== TaskStatus.ACTIVE && task.status !== TaskStatus.REVEALING) {
    throw new TxError(TxErrorCode.INVALID_STATE, `task ${id} is already settled`);
  }
  if (env.timeMs < task.finalDeadlineMs)
    throw new TxError(TxErrorCode.INVALID_STATE, `task ${id}: final deadline not reached`);
  fail(env, id, task, deal);
}

function fail(env: MarketEnv, id: string, task: Task, deal: Deal): void {
  refundFailedTask(env, id, task, deal);
  task.status = TaskStatus.FAILED;
  task.completedTimeMs = env.timeMs;
  writeTask(env.state, id, task);
}

/**
 * Claims many tasks in one tx (iExec's claimArray): each with `claim`'s semantics, in order, all or
 * none (a failing claim fails the tx and the executor undoes its writes). Bounded by MAX_CLAIM_ARRAY.
 */
export function claimArray(env: MarketEnv, c: poco.ClaimArray.$Properties): void {
  const ids = c.taskIds ?? [];
  if (ids.length === 0 || ids.length > MAX_CLAIM_ARRAY)
    throw new TxError(TxErrorCode.BAD_FIELD, `claimArray.taskIds: 1..${MAX_CLAIM_ARRAY} task ids`);
  for (const [i, id] of ids.entries()) hash32(id, `taskIds[${i}]`);
  for (const id of ids) claim(env, { taskId: id });
}

/**
 * Runs `apply` on each entry of a batch, in order, all or none: the first failing entry fails the
 * whole tx (the executor undoes every write of the tx, as for any failed tx) with its error code and
 * its index in the message (`entries[i]: …`). All-or-none rather than skip-the-bad-entry: a tx stays
 * atomic, and a batch's outcome never depends on which other entries happened to fail.
 */
function runBatch<E>(name: string, entries: readonly E[], apply: (entry: E) => void): void {
  if (entries.length === 0 || entries.length > MAX_TASK_BATCH)
    throw new TxError(TxErrorCode.BAD_FIELD, `${name}.entries: 1..${MAX_TASK_BATCH} entries`);
  entries.forEach((entry, i) => {
    try {
      apply(entry);
    } catch (err) {
      if (err instanceof TxError) throw new TxError(err.code, `${name}.entries[${i}]: ${err.message}`);
      throw err;
    }
  });
}

/**
 * One worker contributes to many tasks in one tx: each entry is exactly `contribute` (authorization
 * per task, stake lock, deadlines, consensus), so per-task records, stakes and SLA records are the
 * same bytes as the single txs in the same order.
 */
export function contributeBatch(env: MarketEnv, worker: string, b: poco.ContributeBatch.$Properties): void {
  runBatch("contributeBatch", b.entries ?? [], (entry) => contribute(env, worker, entry));
}

/** One worker reveals for many tasks in one tx: each entry is exactly `reveal` (the last reveal completes). */
export function revealBatch(env: MarketEnv, worker: string, b: poco.RevealBatch.$Properties): void {
  runBatch("revealBatch", b.entries ?? [], (entry) => reveal(env, worker, entry));
}

/**
 * One worker completes many trust-1 tasks in one tx: each entry is exactly `contributeAndFinalize`
 * (its checks, stake lock, reward, score and SLA record), in order, all or none.
 */
export function contributeAndFinalizeBatch(
  env: MarketEnv,
  worker: string,
  b: poco.ContributeAndFinalizeBatch.$Properties,
): void {
  runBatch("contributeAndFinalizeBatch", b.entries ?? [], (entry) =>
    contributeAndFinalize(env, worker, entry),
  );
}

/**
 * What the chain does at a task's reveal deadline (its due entry): exactly `finalize` without
 * results, when `finalize` would be allowed then — revealing, at least one reveal, the reveal
 * deadline reached and the final deadline not. Otherwise nothing (already completed by its last
 * reveal or by the scheduler, reopened since — its new consensus has its own entry —, or left for the
 * claim at the final deadline). Returns the tasks settled (0 or 1).
 */
export function finalizeAtRevealDeadline(env: MarketEnv, id: string): number {
  const task = readTask(env.state, id);
  if (!task || task.status !== TaskStatus.REVEALING || task.revealCount === 0) return 0;
  if (env.timeMs < task.revealDeadlineMs || env.timeMs >= task.finalDeadlineMs) return 0;
  const deal = readDeal(env.state, task.dealId);
  if (!deal) throw new Error(`corrupt state: task ${id} without deal ${task.dealId}`);
  complete(env, id, task, deal, new Uint8Array(0));
  return 1;
}

/**
 * What the chain does at a deal's final deadline (its due entry): `claim` of every task of the deal
 * still active or revealing, in task order. Returns the tasks claimed.
 */
export function claimDealAtFinalDeadline(env: MarketEnv, dealId: string): number {
  const deal = readDeal(env.state, dealId);
  if (!deal) return 0;
  let claimed = 0;
  for (let i = 0; i < deal.botSize; i++) {
    const id = taskId(dealId, deal.botFirst + i);
    const task = readTask(env.state, id);
    if (!task || (task.status !== TaskStatus.ACTIVE && task.status !== TaskStatus.REVEALING)) continue;
    if (env.timeMs < task.finalDeadlineMs) continue;
    fail(env, id, task, deal);
    claimed++;
  }
  return claimed;
}

/**
 * End of block: settles what is due at this block's time — finalizations at reveal deadlines and
 * claims at final deadlines — oldest deadline first, within `limits` (what is left waits for the next
 * block). No finalize or claim tx is needed; those txs stay valid before the chain gets there (a
 * finalize or claim sent in the block that reaches the deadline runs first, as txs precede the end of
 * the block), and fail as already settled after.
 *
 * Who pays: the queue entries are written by the match (one per deal) and by the contribution that
 * reaches consensus (one per task), so their gas is paid there (the tx's gas, or the request's
 * prepaid matching gas for automatic matches). The settlement itself moves only funds locked at match
 * (the requester's payment, the scheduler's and workers' stakes) and is bounded per block, like
 * automatic matching; it replaces the finalize and claim txs the scheduler and requester would pay.
 */
export function settleDue(env: MarketEnv, limits: DueLimits = DEFAULT_DUE_LIMITS): number {
  const cost = (e: DueEntry): number =>
    e.kind === DueKind.FINALIZE ? 1 : (readDeal(env.state, e.id)?.botSize ?? 0);
  const settle = (e: DueEntry): number => {
    // each settlement in its own overlay: one that refuses (a TxError, e.g. iExec's zero-weight split,
    // unreachable with weights ≥ 2) leaves no partial write and never stops the block; the task then
    // stays as it is (claimable at its final deadline, like an explicit finalize that failed)
    const attempt = new StateOverlay(env.state);
    const forked = env.fork ? env.fork(attempt) : { ...env, state: attempt };
    let settled: number;
    try {
      settled =
        e.kind === DueKind.FINALIZE
          ? finalizeAtRevealDeadline(forked, e.id)
          : claimDealAtFinalDeadline(forked, e.id);
    } catch (err) {
      if (err instanceof TxError) return 0;
      throw err;
    }
    for (const [key, value] of attempt.entries()) {
      if (value === null) env.state.delete(key);
      else env.state.set(key, value);
    }
    return settled;
  };
  return walkDue(env.state, env.timeMs, limits, cost, settle);
}
