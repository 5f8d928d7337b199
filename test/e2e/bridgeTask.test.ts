/**
 * Earn RLC in a task on the sidechain (PoCo market: deal → contribute → reveal → finalized), withdraw
 * the reward, checkpoint it, and claim it on a real Anvil node: the worker's key is an Ethereum key, so
 * the same address receives the tokens.
 */
import assert from "node:assert/strict";
import { Wallet } from "ethers";
import { buildCheckpoint, signCheckpoint } from "../../bridge/checkpoint.js";
import { ANVIL_KEYS, type Anvil, startAnvil } from "../../bridge/devnet.js";
import {
  bridgeAt,
  bridgeDomain,
  CheckpointCollector,
  claimWithdrawal,
  deployBridge,
  deployTestRLC,
  submitCheckpoint,
  tokenAt,
  WithdrawalProofs,
} from "../../bridge/relayer.js";
import { fromHex, keccak256, toHex } from "../../node/crypto/hash.js";
import {
  dealId,
  orderHash,
  readTask,
  resultHash,
  resultSeal,
  signAuthorization,
  TaskStatus,
  taskId,
  ZERO_ADDRESS_HEX,
} from "../../scheduler/index.js";
import {
  buildOrders,
  CHAIN_ID,
  hexOf,
  INITIAL_BALANCE,
  RLC,
  setupMarket,
  signAll,
  uintBytes,
} from "../unit/marketHarness.js";

describe("bridge e2e: a task's reward settles on Ethereum", function () {
  this.timeout(60_000);
  let anvil: Anvil;

  before(async () => {
    anvil = await startAnvil();
  });
  after(async () => {
    await anvil?.stop();
  });

  it("earn RLC in a task → withdraw → checkpoint → claim → token balance up", async () => {
    // ── the task, on the sidechain ──
    const c = setupMarket(3, 10);
    const orders = signAll(
      c,
      buildOrders(c, {
        app: 5n * RLC,
        dataset: 2n * RLC,
        workerpool: 100n * RLC,
        withDataset: true,
        volume: 1n,
        trust: 5n,
      }),
    );
    c.sim.run(c.admin, { matchOrders: orders });
    const task = taskId(dealId(orderHash(CHAIN_ID, "request", orders.request), 0n), 0);
    const digest = toHex(keccak256(new TextEncoder().encode("the answer")));
    for (const w of c.workers) {
      c.sim.run(w, {
        contribute: {
          taskId: fromHex(task, 32),
          resultHash: fromHex(resultHash(task, digest), 32),
          resultSeal: fromHex(resultSeal(hexOf(w), task, digest), 32),
          authorization: signAuthorization(hexOf(w), task, ZERO_ADDRESS_HEX, c.scheduler.privateKey),
        },
      });
    }
    for (const w of c.workers)
      c.sim.run(w, { reveal: { taskId: fromHex(task, 32), resultDigest: fromHex(digest, 32) } });
    assert.equal(readTask(c.sim.state, task)!.status, TaskStatus.COMPLETED);
    const worker = c.workers[0]!;
    const reward = 30n * RLC;
    assert.equal(c.sim.account(worker).balance, INITIAL_BALANCE - 100n * RLC + reward);

    // ── withdraw the reward to the worker's own Ethereum address ──
    c.sim.run(worker, { withdraw: { ethRecipient: worker.address, amount: uintBytes(reward) } });
    assert.equal(c.sim.account(worker).balance, INITIAL_BALANCE - 100n * RLC);

    // ── Ethereum: token, bridge (validator set = the market chain's single validator), liquidity ──
    const deployer = new Wallet(ANVIL_KEYS[0]!, anvil.provider);
    const token = await deployTestRLC(deployer);
    const set = [{ address: hexOf(c.admin), power: 1 }];
    const bridge = await deployBridge(deployer, {
      token: token.target as string,
      sidechainId: CHAIN_ID,
      validators: set,
    });
    await (
      await tokenAt(token.target as string, deployer).getFunction("mint")(deployer.address, 1_000n * RLC)
    ).wait();
    await (
      await tokenAt(token.target as string, deployer).getFunction("approve")(bridge.target, 1_000n * RLC)
    ).wait();
    await (
      await bridgeAt(bridge.target as string, deployer).getFunction("deposit")(
        1_000n * RLC,
        hexOf(c.requester),
      )
    ).wait();

    // ── checkpoint of the sidechain state, signed by its validator, then the claim ──
    const root = c.sim.state.root();
    const cp = buildCheckpoint(
      await bridgeDomain(bridge),
      CHAIN_ID,
      c.sim.height,
      keccak256(root),
      root,
      c.sim.state,
    );
    assert.equal(cp.withdrawalCount, 1);
    const collector = new CheckpointCollector(cp, set);
    assert.ok(collector.addSignature(hexOf(c.admin), signCheckpoint(cp, c.admin.privateKey)));
    await submitCheckpoint(bridge, collector.submission());
    const proof = new WithdrawalProofs(() => c.sim.state).proof(0, cp);
    await claimWithdrawal(bridge, proof);
    assert.equal(await token.getFunction("balanceOf")(toHex(worker.address)), reward);
    await assert.rejects(claimWithdrawal(bridge, proof));
    assert.equal(await token.getFunction("balanceOf")(toHex(worker.address)), reward);
  });
});
