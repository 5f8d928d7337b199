/**
 * Proofs of final tasks against ANCHORED state roots, for `GET /tasks/:id/proof` and callback delivery.
 *
 * The node keeps only its latest state (old tree nodes are deleted as blocks commit), while Ethereum
 * holds the state roots of the checkpoints the relayer anchored, which are always behind the head. So
 * proofs are taken when they still can be: at every checkpoint height (the only heights that can be
 * anchored), while the state is that block's, the siblings of every PENDING task (final, not yet proven
 * at an anchored height) are recorded for that height; once Ethereum reports a height anchored (with
 * the same state root), the proofs taken there become permanent and those tasks leave the pending set.
 * A final task's records never change, so they are read once; only siblings are taken again.
 *
 * Tasks enter the pending set when a block finalizes them (its state writes), or on request (a task
 * finalized before this node started, or evicted): it is then provable after the next anchoring.
 * Everything is bounded: pending tasks, candidate heights (the relayer anchors the newest checkpoint
 * with a quorum, so only the last few matter) and proven tasks (oldest evicted first, re-provable on
 * request). Nothing is persisted: after a restart a task is re-queued on request.
 */
import {
  assembleTaskProof,
  type FinalTaskRecords,
  isFinalStatus,
  type ProvableState,
  ResultProofError,
  readFinalTask,
  type TaskResultProof,
} from "../../bridge/resultProofs.js";
import { decodeCanonical, poco } from "../../proto/index.js";
import { MarketKeys } from "../../scheduler/records.js";
import { TaskStatus } from "../../scheduler/types.js";
import { toHex } from "../crypto/hash.js";

export interface ResultProofArchiveLimits {
  /** Final tasks waiting for an anchored proof. */
  maxPending: number;
  /** Checkpoint heights whose proofs are kept until one of them is anchored. */
  maxCandidateHeights: number;
  /** Tasks whose anchored proof is kept. */
  maxProven: number;
}

export const DEFAULT_RESULT_PROOF_LIMITS: ResultProofArchiveLimits = {
  maxPending: 2048,
  maxCandidateHeights: 8,
  maxProven: 10_000,
};

interface Candidate {
  stateRoot: Uint8Array;
  /** The checkpoint block's time. */
  timeMs: number;
  siblings: Map<string, { task: Uint8Array[]; deal: Uint8Array[] }>;
}

const TASK_KEY_PREFIX = "task:";

export class ResultProofArchive {
  /** Final tasks without an anchored proof yet, in arrival order. */
  private readonly pending = new Map<string, FinalTaskRecords & { sinceMs: number }>();
  private readonly candidates = new Map<number, Candidate>();
  private readonly proven = new Map<string, TaskResultProof>();
  /** The highest anchored height seen on Ethereum (0: none yet). */
  anchoredHeight = 0;
  /** Tasks not queued because the pending set was full (a metric for operators). */
  dropped = 0;

  constructor(private readonly limits: ResultProofArchiveLimits = DEFAULT_RESULT_PROOF_LIMITS) {}

  /** A committed block's writes (block time `timeMs`): the tasks it finalized are queued. */
  observeWrites(
    writes: readonly (readonly [string, Uint8Array | null])[],
    state: ProvableState,
    timeMs: number,
  ): void {
    for (const [key, value] of writes) {
      if (value === null || !key.startsWith(TASK_KEY_PREFIX)) continue;
      let status: number;
      try {
        status = decodeCanonical(poco.Task, value).status;
      } catch {
        continue;
      }
      if (!isFinalStatus(status)) continue;
      try {
        this.queue(`0x${key.slice(TASK_KEY_PREFIX.length)}`, state, timeMs);
      } catch {
        // not provable from this state (cannot happen for a task the block just finalized)
      }
    }
  }

  /**
   * Queues a final task of `state`: "queued" (or already), "full" when the pending set is at its bound.
   * A request (HTTP: anyone) may fill only half of it, so requests cannot crowd out the tasks blocks
   * finalize. Throws ResultProofError for a task that is unknown or not final.
   */
  queue(
    taskId: string,
    state: ProvableState,
    sinceMs: number,
    from: "block" | "request" = "block",
  ): "queued" | "full" {
    const id = taskId.toLowerCase();
    if (this.pending.has(id) || this.proven.has(id)) return "queued";
    const records = readFinalTask(state, id);
    const bound = from === "block" ? this.limits.maxPending : Math.floor(this.limits.maxPending / 2);
    if (this.pending.size >= bound) {
      this.dropped++;
      return "full";
    }
    this.pending.set(id, { ...records, sinceMs });
    return "queued";
  }

  /** At a checkpoint height, with `state` the state after that block: siblings of every pending task. */
  onCheckpoint(height: number, state: ProvableState, timeMs: number): void {
    if (height <= this.anchoredHeight || this.pending.size === 0) return;
    const siblings = new Map<string, { task: Uint8Array[]; deal: Uint8Array[] }>();
    // one deal proof per deal (tasks of a deal share it): proving is synchronous in the block listener
    const dealSiblings = new Map<string, Uint8Array[]>();
    for (const [id, f] of this.pending) {
      let deal = dealSiblings.get(f.dealId);
      if (!deal) {
        deal = state.prove(MarketKeys.deal(f.dealId)).siblings;
        dealSiblings.set(f.dealId, deal);
      }
      siblings.set(id, { task: state.prove(MarketKeys.task(id)).siblings, deal });
    }
    this.candidates.set(height, { stateRoot: state.root(), timeMs, siblings });
    const heights = [...this.candidates.keys()].sort((a, b) => a - b);
    for (const h of heights.slice(0, Math.max(0, heights.length - this.limits.maxCandidateHeights)))
      this.candidates.delete(h);
  }

  /**
   * Ethereum holds `stateRoot` (0x hex) for `height` as its latest checkpoint: the proofs taken there
   * become permanent. Returns the newly proven tasks (for callback delivery), and whether the root
   * differed from ours (a node on another chain or a bug: nothing is served from it).
   */
  onAnchored(height: number, stateRoot: string): { proven: TaskResultProof[]; rootMismatch: boolean } {
    if (height <= this.anchoredHeight) return { proven: [], rootMismatch: false };
    this.anchoredHeight = height;
    const candidate = this.candidates.get(height);
    for (const h of [...this.candidates.keys()]) if (h <= height) this.candidates.delete(h);
    if (!candidate) return { proven: [], rootMismatch: false };
    if (toHex(candidate.stateRoot) !== stateRoot.toLowerCase()) return { proven: [], rootMismatch: true };
    const proven: TaskResultProof[] = [];
    for (const [id, siblings] of candidate.siblings) {
      const f = this.pending.get(id);
      if (!f) continue;
      const proof = assembleTaskProof(f, height, candidate.stateRoot, siblings);
      this.pending.delete(id);
      this.proven.set(id, proof);
      proven.push(proof);
    }
    while (this.proven.size > this.limits.maxProven) this.proven.delete(this.proven.keys().next().value!);
    return { proven, rootMismatch: false };
  }

  /**
   * Whether the checkpoint at `height` covers a completed task whose deal names a callback and which has
   * waited `maxWaitMs` (block time) for it: a reason to anchor that checkpoint (the relayer's cadence
   * otherwise waits for withdrawals or its maximum interval, up to hours).
   */
  callbackWaited(height: number, maxWaitMs: number): boolean {
    const candidate = this.candidates.get(height);
    if (!candidate) return false;
    for (const id of candidate.siblings.keys()) {
      const f = this.pending.get(id);
      if (!f || f.status !== TaskStatus.COMPLETED || BigInt(f.deal.callback) === 0n) continue;
      if (candidate.timeMs - f.sinceMs >= maxWaitMs) return true;
    }
    return false;
  }

  /** The anchored proof of `taskId`, if this node holds one. */
  lookup(taskId: string): TaskResultProof | undefined {
    return this.proven.get(taskId.toLowerCase());
  }

  isPending(taskId: string): boolean {
    return this.pending.has(taskId.toLowerCase());
  }

  get pendingCount(): number {
    return this.pending.size;
  }
}

export { ResultProofError };
