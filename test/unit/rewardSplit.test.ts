/**
 * The reward split matches iExec's contracts (IexecPoco2Facet: `contribute` stores
 * `Math.log2(weight)`, `distributeRewards` pays each prover `Math.mulDiv(workersReward, lw, Σ lw)`
 * and the scheduler the rest): a property test against a reference written from that formula, the
 * weight-1 and no-prover cases, and a task through the block executor whose provers have weights 2
 * and 4 (split 1:2 as on iExec; the former bit-length weights split them 2:3).
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { fromHex, keccak256, toHex } from "../../node/crypto/hash.js";
import { StateOverlay } from "../../node/state/stateOverlay.js";
import { TxError, TxErrorCode } from "../../node/tx/txErrors.js";
import {
  dealId,
  orderHash,
  readTask,
  resultHash,
  resultSeal,
  signAuthorization,
  TaskStatus,
  taskId,
  writeScore,
  ZERO_ADDRESS_HEX,
} from "../../scheduler/index.js";
import { rewardLogWeight, splitTaskReward } from "../../scheduler/settlement.js";
import { buildOrders, CHAIN_ID, hexOf, INITIAL_BALANCE, RLC, setupMarket, signAll } from "./marketHarness.js";

/** OpenZeppelin's Math.log2, read as "the largest k with 2^k ≤ x", and 0 for x = 0. */
function ozLog2(x: bigint): bigint {
  let k = 0n;
  while (1n << (k + 1n) <= x) k += 1n;
  return k;
}

/** iExec's distributeRewards, statement by statement; `undefined` where the contract reverts. */
function iexecDistribute(
  totalReward: bigint,
  schedulerRewardRatio: bigint,
  weights: readonly bigint[],
): { workers: bigint[]; scheduler: bigint } | undefined {
  const stored = weights.map(ozLog2); // contribution.weight = Math.log2(weight)
  let totalLogWeight = 0n;
  for (const w of stored) totalLogWeight += w;
  const workersReward = (totalReward * (100n - schedulerRewardRatio)) / 100n;
  let rest = totalReward;
  const workers: bigint[] = [];
  for (const w of stored) {
    if (totalLogWeight === 0n) return undefined; // Math.mulDiv(…, 0) panics: the finalize reverts
    const workerReward = (workersReward * w) / totalLogWeight;
    rest -= workerReward;
    workers.push(workerReward);
  }
  return { workers, scheduler: rest };
}

describe("reward split (iExec's floor(log2) weights)", () => {
  it("weighs a prover by floor(log2 w): 1 → 0, 2..3 → 1, 4..7 → 2, 8 → 3", () => {
    assert.deepEqual([0n, 1n, 2n, 3n, 4n, 7n, 8n, 9n, 1n << 70n].map(rewardLogWeight), [
      0n,
      0n,
      1n,
      1n,
      2n,
      2n,
      3n,
      3n,
      70n,
    ]);
  });

  it("splits weights 2 and 4 one to two, a weight-1 prover gets nothing, no prover leaves all to the scheduler", () => {
    // pool 1000, ratio 10: workers' part 900, log weights 1 and 2 → 300 and 600
    assert.deepEqual(splitTaskReward(1000n, 10, [2n, 4n]), { workers: [300n, 600n], scheduler: 100n });
    // a weight of 1 has log weight 0: paid nothing, the others share the workers' part
    assert.deepEqual(splitTaskReward(1000n, 10, [1n, 2n, 8n]), {
      workers: [0n, 225n, 675n],
      scheduler: 100n,
    });
    assert.deepEqual(splitTaskReward(77n, 0, []), { workers: [], scheduler: 77n });
  });

  it("refuses, as iExec reverts, when every prover has log weight 0", () => {
    assert.throws(
      () => splitTaskReward(1000n, 10, [1n, 1n]),
      (e: unknown) => e instanceof TxError && e.code === TxErrorCode.INVALID_STATE,
    );
  });

  it("equals iExec's formula for any pool, ratio and weights, and always sums to the pool", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 1n << 96n }),
        fc.integer({ min: 0, max: 100 }),
        fc.array(fc.oneof(fc.bigInt({ min: 0n, max: 16n }), fc.bigInt({ min: 0n, max: 1n << 64n })), {
          maxLength: 12,
        }),
        (pool, ratio, weights) => {
          const expected = iexecDistribute(pool, BigInt(ratio), weights);
          if (expected === undefined) {
            assert.throws(() => splitTaskReward(pool, ratio, weights), TxError);
            return;
          }
          const got = splitTaskReward(pool, ratio, weights);
          assert.deepEqual(got, expected);
          assert.equal(
            got.workers.reduce((a, b) => a + b, got.scheduler),
            pool,
          );
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("pays provers of weights 2 and 4 one to two through the block executor", () => {
    const c = setupMarket(2, 10);
    const [fresh, seasoned] = c.workers as [(typeof c.workers)[0], (typeof c.workers)[0]];
    // score 15 → weight max(⌊15/3⌋, 3) − 1 = 4; a fresh worker's weight is 2
    const overlay = new StateOverlay(c.sim.state);
    writeScore(overlay, hexOf(seasoned), 15n);
    c.sim.state.apply(overlay.entries());

    const orders = signAll(
      c,
      buildOrders(c, {
        app: 0n,
        dataset: 0n,
        workerpool: 100n * RLC,
        volume: 1n,
        trust: 3n,
        withDataset: true,
      }),
    );
    c.sim.run(c.admin, { matchOrders: orders });
    const task = taskId(dealId(orderHash(CHAIN_ID, "request", orders.request), 0n), 0);
    const digest = toHex(keccak256(new TextEncoder().encode("result")));
    // fresh first (group 2, total 3: 6 > 6 fails), then seasoned (group 8, total 9: 24 > 18)
    for (const w of [fresh, seasoned]) {
      const wh = hexOf(w);
      c.sim.run(w, {
        contribute: {
          taskId: fromHex(task, 32),
          resultHash: fromHex(resultHash(task, digest), 32),
          resultSeal: fromHex(resultSeal(wh, task, digest), 32),
          authorization: signAuthorization(wh, task, ZERO_ADDRESS_HEX, c.scheduler.privateKey),
        },
      });
    }
    for (const w of [fresh, seasoned])
      c.sim.run(w, { reveal: { taskId: fromHex(task, 32), resultDigest: fromHex(digest, 32) } });
    assert.equal(readTask(c.sim.state, task)!.status, TaskStatus.COMPLETED);
    // pool 100 RLC, ratio 10: workers' part 90 → 30 and 60 (the bit-length weights gave 36 and 54)
    assert.equal(c.sim.account(fresh).balance, INITIAL_BALANCE - 100n * RLC + 30n * RLC);
    assert.equal(c.sim.account(seasoned).balance, INITIAL_BALANCE - 100n * RLC + 60n * RLC);
  });
});
