/**
 * iExec's own contracts as the oracle of the reward split: the PoCo diamond of `@iexec/poco`
 * deployed on Anvil (bench/reference.ts), workers given scores (hence contribution weights) in the
 * diamond's storage, one classic task run to finalize, and each party's nRLC balance change
 * compared with `splitTaskReward` for the same pool, scheduler ratio and weights.
 */
import assert from "node:assert/strict";
import { AbiCoder, Contract, Interface, keccak256, toBeHex } from "ethers";
import fc from "fast-check";
import {
  authorize,
  deployPocoReference,
  freshWorkers,
  mineBlock,
  orders,
  type PocoReference,
  type Signer,
} from "../../bench/reference.js";
import { type Anvil, startAnvil } from "../../bridge/devnet.js";
import { contributionWeight } from "../../consensus/credibility.js";
import { splitTaskReward } from "../../scheduler/settlement.js";

// ERC-7201 location of PocoStorage (PocoStorageLib.v8.sol); m_workerScores is its 19th slot (index 18).
const POCO_STORAGE = 0x5862653c6982c162832160cf30593645e8487b257e44d77cdd6b51eee2651b00n;
const WORKER_SCORES_SLOT = POCO_STORAGE + 18n;
const RESULTS = "0x01";
const policyAbi = new Interface(["function changePolicy(uint256,uint256)"]);

/** A score whose contribution weight is `w` (w ≥ 2): max(⌊s/3⌋, 3) − 1 = w. */
const scoreFor = (w: bigint) => 3n * (w + 1n);

async function setScore(ref: PocoReference, view: Contract, worker: string, score: bigint): Promise<void> {
  const slot = keccak256(
    AbiCoder.defaultAbiCoder().encode(["address", "uint256"], [worker, WORKER_SCORES_SLOT]),
  );
  await ref.anvil.provider.send("anvil_setStorageAt", [ref.diamond, slot, toBeHex(score, 32)]);
  assert.equal(await view.getFunction("viewScore").staticCall(worker), score, "score slot");
}

/** One classic task on iExec with workers of the given weights; each party's nRLC gain. */
async function iexecTask(
  ref: PocoReference,
  view: Contract,
  weights: bigint[],
  ratio: number,
  price: bigint,
): Promise<{ workers: bigint[]; scheduler: bigint }> {
  const workers: Signer[] = await freshWorkers(ref, weights.length);
  for (const [i, w] of workers.entries()) await setScore(ref, view, w.address, scoreFor(weights[i]!));
  await mineBlock(ref.anvil, [
    await ref.scheduler.tx(
      ref.workerpool,
      policyAbi.encodeFunctionData("changePolicy", [30n, ratio]),
      200_000n,
    ),
  ]);
  // consensus once Π w > trust − 1 (same rule on both sides): trust Π w needs every contribution
  const trust = weights.reduce((a, b) => a * b, 1n);
  const o = orders(ref, trust, 1, price);
  const { iface, diamond } = ref;
  const r = o.requests[0]!;
  const balance = (a: string): Promise<bigint> => view.getFunction("balanceOf").staticCall(a);
  const before = await Promise.all([
    ...workers.map((w) => balance(w.address)),
    balance(ref.scheduler.address),
  ]);
  const digest = keccak256(r.taskId);
  const resultHash = keccak256(AbiCoder.defaultAbiCoder().encode(["bytes32", "bytes32"], [r.taskId, digest]));
  const seal = (w: Signer) =>
    keccak256(`0x${w.address.slice(2)}${r.taskId.slice(2)}${digest.slice(2)}`.toLowerCase());
  await mineBlock(ref.anvil, [
    await ref.requester.tx(
      diamond,
      iface.encodeFunctionData("matchOrders", [o.app, o.dataset, o.pool, r.order]),
      1_500_000n,
    ),
  ]);
  await mineBlock(ref.anvil, [
    await ref.scheduler.tx(diamond, iface.encodeFunctionData("initialize", [r.dealId, 0n]), 400_000n),
  ]);
  const contributions: string[] = [];
  for (const w of workers) {
    const data = iface.encodeFunctionData("contribute", [
      r.taskId,
      resultHash,
      seal(w),
      "0x0000000000000000000000000000000000000000",
      "0x",
      authorize(ref.scheduler, w.address, r.taskId),
    ]);
    contributions.push(await w.tx(diamond, data, 500_000n));
  }
  await mineBlock(ref.anvil, contributions);
  const reveals: string[] = [];
  for (const w of workers)
    reveals.push(await w.tx(diamond, iface.encodeFunctionData("reveal", [r.taskId, digest]), 200_000n));
  await mineBlock(ref.anvil, reveals);
  await mineBlock(ref.anvil, [
    await ref.scheduler.tx(
      diamond,
      iface.encodeFunctionData("finalize", [r.taskId, RESULTS, "0x"]),
      1_000_000n,
    ),
  ]);
  const after = await Promise.all([
    ...workers.map((w) => balance(w.address)),
    balance(ref.scheduler.address),
  ]);
  const gains = after.map((a, i) => a - before[i]!);
  return { workers: gains.slice(0, -1), scheduler: gains.at(-1)! };
}

describe("reward split: iExec's deployed contracts as the oracle (Anvil)", function () {
  this.timeout(120_000);
  let anvil: Anvil;
  let ref: PocoReference;
  let view: Contract;

  before(async () => {
    anvil = await startAnvil(["--order", "fifo"]);
    ref = await deployPocoReference(anvil);
    view = new Contract(ref.diamond, ref.iface, anvil.provider);
  });
  after(async () => {
    await anvil?.stop();
  });

  it("weights 2 and 4 split the workers' part 1:2, as splitTaskReward does", async () => {
    const got = await iexecTask(ref, view, [2n, 4n], 10, 1_000n);
    assert.deepEqual(got, { workers: [300n, 600n], scheduler: 100n });
    assert.deepEqual(got, splitTaskReward(1_000n, 10, [2n, 4n]));
  });

  it("any weights, ratio and price: iExec's balances move exactly as splitTaskReward says", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.bigInt({ min: 2n, max: 40n }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 100 }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        async (weights, ratio, price) => {
          // the score → weight rule is the same on both sides
          for (const w of weights) assert.equal(contributionWeight(scoreFor(w)), w);
          const got = await iexecTask(ref, view, weights, ratio, price);
          assert.deepEqual(got, splitTaskReward(price, ratio, weights));
        },
      ),
      { numRuns: 4 },
    );
  });
});
