/**
 * Finished tasks and deals leave the hot state (node/execution/marketRetention.ts): through the real
 * state machine, a deal of two tasks — one completed, one claimed by the chain at its final deadline — keeps its
 * final records for the retention window (provable in the block where each ended and after), then its
 * tasks, contributions and finally the deal are deleted at the due heights; the work per block is
 * bounded; two runs give the same state roots.
 */
import assert from "node:assert/strict";
import { fromHex, keccak256, toHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { BlockExecutor } from "../../node/execution/blockExecutor.js";
import { marketRetentionModule } from "../../node/execution/marketRetention.js";
import { stateMachineModules } from "../../node/execution/stateMachine.js";
import { proofToJSON, verifyInclusion } from "../../node/state/sparseMerkleTree.js";
import {
  dealId,
  MarketKeys,
  orderHash,
  readContribution,
  readDeal,
  readTask,
  resultHash,
  resultSeal,
  signAuthorization,
  TaskStatus,
  taskId,
  ZERO_ADDRESS_HEX,
} from "../../scheduler/index.js";
import { buildOrders, type Cast, CHAIN_ID, hexOf, RLC, setupMarket, signAll, T_MS } from "./marketHarness.js";

const AFTER = 4;
const utf8 = new TextEncoder();
const digestOf = (s: string): string => toHex(keccak256(utf8.encode(s)));

function withRetention(c: Cast, maxWorkPerBlock?: number): void {
  const modules = stateMachineModules(CHAIN_ID).filter((m) => m.name !== "marketRetention");
  modules.push(
    marketRetentionModule({ afterBlocks: AFTER, ...(maxWorkPerBlock ? { maxWorkPerBlock } : {}) }),
  );
  // The harness's executor, with a short retention window for the test.
  (c.sim as unknown as { executor: BlockExecutor }).executor = new BlockExecutor(modules);
}

function openDeal(c: Cast, volume: bigint, salt = 1): string {
  const orders = signAll(
    c,
    buildOrders(c, {
      app: 5n * RLC,
      dataset: 2n * RLC,
      workerpool: 100n * RLC,
      withDataset: true,
      volume,
      trust: 1n,
      salt,
    }),
  );
  c.sim.run(c.admin, { matchOrders: orders });
  return dealId(orderHash(CHAIN_ID, "request", orders.request), 0n);
}

function complete(c: Cast, worker: KeyPair, task: string, digest: string): void {
  const w = hexOf(worker);
  c.sim.run(worker, {
    contribute: {
      taskId: fromHex(task, 32),
      resultHash: fromHex(resultHash(task, digest), 32),
      resultSeal: fromHex(resultSeal(w, task, digest), 32),
      authorization: signAuthorization(w, task, ZERO_ADDRESS_HEX, c.scheduler.privateKey),
    },
  });
  c.sim.run(worker, { reveal: { taskId: fromHex(task, 32), resultDigest: fromHex(digest, 32) } });
}

/** Runs the whole scenario; returns the state root after each block. */
function scenario(check: boolean): string[] {
  const c = setupMarket(2, 10);
  withRetention(c);
  const roots: string[] = [];
  const block = (advanceMs = 500) => {
    c.sim.block([], advanceMs);
    roots.push(toHex(c.sim.state.root()));
  };
  const id = openDeal(c, 2n);
  const [t0, t1] = [taskId(id, 0), taskId(id, 1)];
  const [w0] = c.workers as [KeyPair];
  complete(c, w0, t0, digestOf("done")); // trust 1: consensus at once, finalized at the reveal
  const endedAt = c.sim.height;
  assert.equal(readTask(c.sim.state, t0)?.status, TaskStatus.COMPLETED);
  // The final record is provable in the block where it ended.
  const key = MarketKeys.task(t0);
  const proof = c.sim.state.prove(key);
  if (check) {
    assert.ok(verifyInclusion(c.sim.state.root(), utf8.encode(key), c.sim.state.get(key)!, proof));
    assert.ok(proofToJSON(proof).terminal.kind === "leaf");
  }
  // Still there until its due height, then removed with its contribution; the deal stays (t1 open).
  while (c.sim.height < endedAt + AFTER - 1) block();
  if (check) assert.ok(readTask(c.sim.state, t0), "kept during the retention window");
  block();
  if (check) {
    assert.equal(c.sim.height, endedAt + AFTER);
    assert.equal(readTask(c.sim.state, t0), undefined, "retired at its due height");
    assert.equal(readContribution(c.sim.state, t0, hexOf(w0)), undefined, "its contribution too");
    assert.ok(readDeal(c.sim.state, id), "the deal stays while a task is live");
  }
  // t1 fails: the chain claims it at the end of the block that reaches its final deadline; at its due
  // height it and the deal go.
  block(10 * T_MS);
  const failedAt = c.sim.height;
  assert.equal(readTask(c.sim.state, t1)?.status, TaskStatus.FAILED);
  while (c.sim.height < failedAt + AFTER) block();
  if (check) {
    assert.equal(readTask(c.sim.state, t1), undefined);
    assert.equal(readDeal(c.sim.state, id), undefined, "deal retired with its last task");
    for (const k of c.sim.state.keysWithPrefix("ret")) assert.fail(`retirement bookkeeping left: ${k}`);
    assert.equal(c.sim.state.get("meta:retireQueue"), undefined, "queue empty");
    for (const k of c.sim.state.keysWithPrefix("ix"))
      assert.fail(`listing index points at a retired record: ${k}`);
  }
  return roots;
}

describe("market retention: finished tasks and deals leave the hot state", () => {
  it("keeps a final task for the window, then retires it, its contributions and finally its deal", () => {
    scenario(true);
  });

  it("is deterministic: two runs give the same state roots", () => {
    assert.deepEqual(scenario(false), scenario(false));
  });

  it("bounds the work per block: a long queue drains over several blocks", () => {
    const c = setupMarket(2, 10);
    withRetention(c, 3);
    const id = openDeal(c, 8n);
    c.sim.block([], 10 * T_MS); // past the final deadlines: the chain claims all 8 tasks in this block
    const endedAt = c.sim.height;
    while (c.sim.height < endedAt + AFTER - 1) c.sim.block([]);
    const live = () =>
      Array.from({ length: 8 }, (_, i) => readTask(c.sim.state, taskId(id, i))).filter(Boolean).length;
    assert.equal(live(), 8);
    const seen: number[] = [];
    while (live() > 0) {
      c.sim.block([]);
      seen.push(live());
      assert.ok(seen.length < 20, "drains");
    }
    // 3 units a block: each task is 2 (record + deal count), no contributions: 2 tasks a block
    // (the second pass over the budget is allowed to finish the entry it started).
    assert.deepEqual(seen, [6, 4, 2, 0]);
    assert.equal(readDeal(c.sim.state, id), undefined);
  });
});
