/**
 * Finished tasks and deals leave the hot state: a deterministic end-of-block step of the state machine.
 *
 * Why this is safe. A task is final once COMPLETED (finalize) or FAILED (claim after its final
 * deadline): no transaction changes a final task again (contribute, reveal, reopen, finalize and claim
 * all require ACTIVE or REVEALING), so its record is frozen. Its final record is in the state root of
 * the block where it ended and of every block for `afterBlocks` more heights. During that window it is
 * served like any state (GET /tasks/:id, proofs at the latest state); the bridge anchors a checkpoint
 * every few blocks (20 by default), so the final record lands in an anchored state root long before it
 * is removed, and the result proof archive keeps its proof against that root. After removal the record
 * stays provable at the heights where it existed: through state history (`--state-history`,
 * `--archive`) and, for anchored heights, through the replay path. Nothing in the state machine reads a
 * final task again, so removing it changes no outcome, only the size of the live state.
 *
 * How. When a block writes a task record whose status is final, the task is appended to a FIFO due
 * queue in the state with due height = height + afterBlocks (heights only grow, so the FIFO is ordered
 * by due height and needs no scan or sort). At the end of every block at most `maxPerBlock` units of
 * work are taken from the head of the queue: each due task's record and its contributions are deleted
 * (one unit each) and its deal's retired-task count is incremented; the deal record goes when all its
 * `botSize` tasks are retired. Work is bounded per block by this protocol constant (no gas: nobody
 * pays for it, nobody can make it grow per block), and a long queue simply drains over more blocks.
 * An entry whose task is gone or not final is skipped (idempotent). Deals whose tasks are never all
 * opened and finalized stay.
 *
 * State layout (fixed-width big-endian, deterministic): `meta:retireQueue` = head u64 ‖ tail u64;
 * `retq:<seq hex16>` = due height u64 ‖ task id (32 bytes); `retn:<deal id>` = retired tasks u64.
 */

import { MarketKeys, readDeal, readTask, readTaskStatus, TaskStatus } from "../../scheduler/index.js";
import { fromHex, toHex } from "../crypto/hash.js";
import { unindexDeal, unindexTask } from "../state/marketIndexes.js";
import { StateKeys } from "../state/stateKeys.js";
import type { StateOverlay } from "../state/stateOverlay.js";
import type { StateMachineModule } from "./blockExecutor.js";

/** Heights a final task stays in the state after the block where it ended. */
export const TASK_RETENTION_BLOCKS = 10_000;
/** Deletions per block at most (task records, contributions, deals). */
export const MAX_RETIREMENT_WORK_PER_BLOCK = 256;

const QUEUE_KEY = StateKeys.meta("retireQueue");
const TASK_PREFIX = "task:";
const entryKey = (seq: bigint) => `retq:${seq.toString(16).padStart(16, "0")}`;
const retiredKey = (dealId: string) =>
  `retn:${(dealId.startsWith("0x") ? dealId.slice(2) : dealId).toLowerCase()}`;

function u64(n: bigint): Uint8Array {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(n);
  return new Uint8Array(b);
}

function readU64(bytes: Uint8Array | undefined, offset = 0): bigint {
  return bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).readBigUInt64BE(offset) : 0n;
}

function readQueue(state: StateOverlay): { head: bigint; tail: bigint } {
  const bytes = state.get(QUEUE_KEY);
  return { head: readU64(bytes, 0), tail: readU64(bytes, 8) };
}

function writeQueue(state: StateOverlay, head: bigint, tail: bigint): void {
  if (head === tail) {
    state.delete(QUEUE_KEY);
    return;
  }
  const bytes = new Uint8Array(16);
  bytes.set(u64(head), 0);
  bytes.set(u64(tail), 8);
  state.set(QUEUE_KEY, bytes);
}

const isFinal = (status: number) => status === TaskStatus.COMPLETED || status === TaskStatus.FAILED;

/** Task ids (0x-hex) this block wrote with a final status, in write order. */
function tasksFinalizedIn(state: StateOverlay): string[] {
  const ids: string[] = [];
  for (const [key, value] of state.entries()) {
    if (value === null || !key.startsWith(TASK_PREFIX)) continue;
    const id = `0x${key.slice(TASK_PREFIX.length)}`;
    const status = readTaskStatus(state, id);
    if (status !== undefined && isFinal(status)) ids.push(id);
  }
  return ids;
}

/** Deletes a due task (and its deal when it was the deal's last); returns the work done. */
function retire(state: StateOverlay, id: string): number {
  const task = readTask(state, id);
  if (!task || !isFinal(task.status)) return 1;
  const deal = readDeal(state, task.dealId);
  let work = 1;
  for (const worker of task.contributors) {
    state.delete(MarketKeys.contribution(id, worker));
    work++;
  }
  // The listing indexes (marketIndexes.ts) must not point at records that are gone.
  if (deal) unindexTask(state, id, task.contributors, deal);
  state.delete(MarketKeys.task(id));
  if (deal) {
    const retired = readU64(state.get(retiredKey(task.dealId))) + 1n;
    if (retired >= BigInt(deal.botSize)) {
      state.delete(MarketKeys.deal(task.dealId));
      state.delete(retiredKey(task.dealId));
      unindexDeal(state, task.dealId, deal);
    } else {
      state.set(retiredKey(task.dealId), u64(retired));
    }
    work++;
  }
  return work;
}

/** Appends this block's final tasks to the due queue, then retires due tasks within the work bound. */
export function retireFinishedTasks(
  state: StateOverlay,
  height: number,
  afterBlocks = TASK_RETENTION_BLOCKS,
  maxWork = MAX_RETIREMENT_WORK_PER_BLOCK,
): void {
  let { head, tail } = readQueue(state);
  const due = u64(BigInt(height + afterBlocks));
  for (const id of tasksFinalizedIn(state)) {
    const entry = new Uint8Array(40);
    entry.set(due, 0);
    entry.set(fromHex(id, 32), 8);
    state.set(entryKey(tail), entry);
    tail++;
  }
  let work = 0;
  while (head < tail && work < maxWork) {
    const entry = state.get(entryKey(head));
    if (entry === undefined) throw new Error(`corrupt state: retirement queue entry ${head} missing`);
    if (readU64(entry, 0) > BigInt(height)) break;
    work += retire(state, toHex(entry.subarray(8, 40)));
    state.delete(entryKey(head));
    head++;
  }
  writeQueue(state, head, tail);
}

/** The state machine module (last in the module order: it sees every task the block finalized). */
export function marketRetentionModule(
  opts: { afterBlocks?: number; maxWorkPerBlock?: number } = {},
): StateMachineModule {
  return {
    name: "marketRetention",
    handlers: {},
    endBlock(state, ctx) {
      retireFinishedTasks(
        state,
        ctx.height,
        Math.max(1, opts.afterBlocks ?? TASK_RETENTION_BLOCKS),
        opts.maxWorkPerBlock,
      );
    },
  };
}
