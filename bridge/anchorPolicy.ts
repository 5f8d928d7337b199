/**
 * When a checkpoint is worth its Ethereum gas (≈ 75k for 4 validators, ≈ 5.2k more per signer).
 * Validators still sign a checkpoint every K blocks (cheap, off-chain); the relayer submits one only:
 *  - when withdrawals are waiting and the oldest not yet covered by an anchored checkpoint has waited
 *    `maxWithdrawalWaitMs` (default 30 min, like Polygon's ~30 min checkpoints), or
 *  - when the checkpoint changes the validator set Ethereum trusts (rotations are never delayed), or
 *  - when `maxIntervalMs` (default 12 h) passed since the last anchored checkpoint (liveness proof).
 * And never while the fee per gas is above `maxFeePerGasWei` (checked by the relayer).
 * Times are sidechain block times (the checkpoint's block), so every relayer decides alike.
 */

export interface AnchorPolicy {
  maxWithdrawalWaitMs: number;
  maxIntervalMs: number;
  /** Refuse to submit while Ethereum's fee per gas is above this (wei). */
  maxFeePerGasWei?: bigint;
}

export const DEFAULT_ANCHOR_POLICY: AnchorPolicy = {
  maxWithdrawalWaitMs: 30 * 60_000,
  maxIntervalMs: 12 * 3_600_000,
};

/** Devnet: withdrawals anchored within seconds. */
export const DEVNET_ANCHOR_POLICY: AnchorPolicy = { maxWithdrawalWaitMs: 2_000, maxIntervalMs: 60_000 };

export type AnchorReason = "validatorSetChanged" | "withdrawalsWaited" | "maxInterval";

export interface AnchorInput {
  /** Block time of the candidate checkpoint. */
  checkpointTimeMs: number;
  /** Block time of the checkpoint Ethereum holds (undefined: unknown to this node). */
  lastAnchoredTimeMs: number | undefined;
  /** When the oldest withdrawal not covered on Ethereum was made (undefined: none waiting). */
  oldestPendingWithdrawalMs: number | undefined;
  /** The candidate's next validator set differs from the set Ethereum holds. */
  setChanged: boolean;
}

export function anchorReason(input: AnchorInput, policy: AnchorPolicy): AnchorReason | undefined {
  if (input.setChanged) return "validatorSetChanged";
  if (
    input.oldestPendingWithdrawalMs !== undefined &&
    input.checkpointTimeMs - input.oldestPendingWithdrawalMs >= policy.maxWithdrawalWaitMs
  )
    return "withdrawalsWaited";
  if (
    input.lastAnchoredTimeMs !== undefined &&
    input.checkpointTimeMs - input.lastAnchoredTimeMs >= policy.maxIntervalMs
  )
    return "maxInterval";
  return undefined;
}

/** What the next checkpoint waits for (for the API / explorer), in sidechain time. */
export function nextAnchorDue(
  input: Omit<AnchorInput, "checkpointTimeMs" | "setChanged">,
  policy: AnchorPolicy,
): { atMs: number; reason: AnchorReason } | undefined {
  const candidates: { atMs: number; reason: AnchorReason }[] = [];
  if (input.oldestPendingWithdrawalMs !== undefined)
    candidates.push({
      atMs: input.oldestPendingWithdrawalMs + policy.maxWithdrawalWaitMs,
      reason: "withdrawalsWaited",
    });
  if (input.lastAnchoredTimeMs !== undefined)
    candidates.push({ atMs: input.lastAnchoredTimeMs + policy.maxIntervalMs, reason: "maxInterval" });
  candidates.sort((a, b) => a.atMs - b.atMs);
  return candidates[0];
}

const MAX_TRACKED = 4_096;

/**
 * Follows the sidechain as a node commits blocks: the block time of each checkpoint height (bounded)
 * and when the withdrawal count grew, to answer `anchorReason`'s inputs for a candidate checkpoint.
 * After a restart, what happened before the first observed block counts as happening then (a
 * checkpoint may come up to one period later, never earlier).
 */
export class AnchorTracker {
  private readonly blockTimes = new Map<number, number>();
  /** (withdrawal count reached, block time), increasing. */
  private readonly withdrawalSteps: { count: number; timeMs: number }[] = [];
  private firstSeen: { height: number; timeMs: number } | undefined;

  constructor(readonly policy: AnchorPolicy = DEFAULT_ANCHOR_POLICY) {}

  observeBlock(height: number, timeMs: number, withdrawalCount: number): void {
    if (!this.firstSeen) {
      this.firstSeen = { height, timeMs };
      if (withdrawalCount > 0) this.withdrawalSteps.push({ count: withdrawalCount, timeMs });
    }
    this.blockTimes.set(height, timeMs);
    if (this.blockTimes.size > MAX_TRACKED) this.blockTimes.delete(this.blockTimes.keys().next().value!);
    const last = this.withdrawalSteps[this.withdrawalSteps.length - 1];
    if (withdrawalCount > (last?.count ?? 0)) {
      this.withdrawalSteps.push({ count: withdrawalCount, timeMs });
      if (this.withdrawalSteps.length > MAX_TRACKED) this.withdrawalSteps.shift();
    }
  }

  /** When the checkpoint Ethereum holds was made and when the oldest withdrawal it lacks was (API). */
  waiting(anchored: { height: number; withdrawalCount: number }) {
    return this.inputs(anchored.height, anchored.withdrawalCount);
  }

  private inputs(anchoredHeight: number, anchoredWithdrawalCount: number) {
    const lastAnchoredTimeMs =
      this.blockTimes.get(anchoredHeight) ??
      (this.firstSeen && anchoredHeight <= this.firstSeen.height ? this.firstSeen.timeMs : undefined);
    // The first step past the anchored count is when the oldest pending withdrawal was made.
    const step = this.withdrawalSteps.find((s) => s.count > anchoredWithdrawalCount);
    return { lastAnchoredTimeMs, oldestPendingWithdrawalMs: step?.timeMs };
  }

  /** Why the checkpoint at `height` should be anchored now (undefined: it waits). */
  reason(
    height: number,
    anchored: { height: number; withdrawalCount: number },
    setChanged: boolean,
  ): AnchorReason | undefined {
    const checkpointTimeMs = this.blockTimes.get(height);
    if (checkpointTimeMs === undefined) return setChanged ? "validatorSetChanged" : undefined;
    return anchorReason(
      { checkpointTimeMs, setChanged, ...this.inputs(anchored.height, anchored.withdrawalCount) },
      this.policy,
    );
  }

  /** The next time (sidechain) a checkpoint is expected and why, given what Ethereum holds. */
  next(anchored: {
    height: number;
    withdrawalCount: number;
  }): { atMs: number; reason: AnchorReason } | undefined {
    return nextAnchorDue(this.inputs(anchored.height, anchored.withdrawalCount), this.policy);
  }
}
