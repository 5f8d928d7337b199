/**
 * The oracle use case on a real Anvil node: a requester's tasks run on the sidechain (PoCo market: deal →
 * contribute → reveal → completed), a checkpoint of that state is anchored in PocoBridge, and PocoResults
 * verifies the tasks' records against the anchored state root: an Ethereum consumer contract (the deal's
 * callback) receives the result and reads it back for one storage read. Tampered records, a root that is
 * not anchored, a proof of another task and a task that is not final are refused; a failing callback
 * does not undo the verification. Gas per verified result is printed (BENCHMARKS.md).
 */
import assert from "node:assert/strict";
import { type Contract, ContractFactory, Wallet } from "ethers";
import { buildCheckpoint, signCheckpoint } from "../../bridge/checkpoint.js";
import { loadArtifact } from "../../bridge/compile.js";
import { ANVIL_KEYS, type Anvil, startAnvil } from "../../bridge/devnet.js";
import {
  bridgeDomain,
  CheckpointCollector,
  deployBridge,
  deployTestRLC,
  submitCheckpoint,
} from "../../bridge/relayer.js";
import {
  deployResults,
  proveTaskResult,
  ResultProofError,
  submitTaskResult,
  type TaskResultProof,
} from "../../bridge/resultProofs.js";
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
  addrBytes,
  buildOrders,
  type Cast,
  CHAIN_ID,
  hexOf,
  RLC,
  setupMarket,
  signAll,
} from "../unit/marketHarness.js";

/** Every worker contributes and reveals `digest` for task `id`: the task completes. */
function runTask(c: Cast, id: string, digest: string): void {
  for (const w of c.workers) {
    c.sim.run(w, {
      contribute: {
        taskId: fromHex(id, 32),
        resultHash: fromHex(resultHash(id, digest), 32),
        resultSeal: fromHex(resultSeal(hexOf(w), id, digest), 32),
        authorization: signAuthorization(hexOf(w), id, ZERO_ADDRESS_HEX, c.scheduler.privateKey),
      },
    });
  }
  for (const w of c.workers)
    c.sim.run(w, { reveal: { taskId: fromHex(id, 32), resultDigest: fromHex(digest, 32) } });
  assert.equal(readTask(c.sim.state, id)!.status, TaskStatus.COMPLETED);
}

/** Flips one bit of the byte at `offset` of a 0x-hex string. */
function flipByte(hex: string, offset: number): string {
  const b = fromHex(hex);
  b[offset] = (b[offset] as number) ^ 1;
  return toHex(b);
}

/** The offset of `needle`'s bytes inside `hex`'s bytes. */
function offsetOf(hex: string, needle: string, from = 0): number {
  const i = hex.slice(2).indexOf(needle.slice(2), 2 * from);
  assert.ok(i >= 0 && i % 2 === 0, `${needle} not in the record`);
  return i / 2;
}

describe("PocoResults: task results verified on Ethereum (Anvil)", function () {
  this.timeout(120_000);
  let anvil: Anvil;

  before(async () => {
    anvil = await startAnvil();
  });
  after(async () => {
    await anvil?.stop();
  });

  it("a requester's task ends in an Ethereum contract reading its verified result; forgeries are refused", async () => {
    // ── Ethereum: token, bridge (validator set = the market chain's single validator), results, consumer ──
    const deployer = new Wallet(ANVIL_KEYS[0]!, anvil.provider);
    const c = setupMarket(3, 10);
    const token = await deployTestRLC(deployer);
    const set = [{ address: hexOf(c.admin), power: 1 }];
    const bridge = await deployBridge(deployer, {
      token: token.target as string,
      sidechainId: CHAIN_ID,
      validators: set,
    });
    const results = await deployResults(deployer, bridge.target as string);
    const a = loadArtifact("TestResultConsumer");
    const consumer = (await new ContractFactory(a.abi, a.bytecode, deployer).deploy(
      results.target,
    )) as Contract;
    await consumer.waitForDeployment();
    const consumerAddress = (consumer.target as string).toLowerCase();

    // ── the sidechain: one deal of 3 tasks whose request order names the consumer as callback ──
    const built = buildOrders(c, {
      app: 5n * RLC,
      dataset: 2n * RLC,
      workerpool: 10n * RLC,
      withDataset: true,
      volume: 3n,
      trust: 5n,
    });
    built.request.callback = addrBytes(consumerAddress);
    const orders = signAll(c, built);
    c.sim.run(c.admin, { matchOrders: orders });
    const deal = dealId(orderHash(CHAIN_ID, "request", orders.request), 0n);
    const [t0, t1, t2] = [0, 1, 2].map((i) => taskId(deal, i)) as [string, string, string];
    const digest0 = toHex(keccak256(new TextEncoder().encode("the answer is 42")));
    const digest1 = toHex(keccak256(new TextEncoder().encode("the answer is 43")));
    runTask(c, t0, digest0);
    runTask(c, t1, digest1);
    assert.throws(
      () => proveTaskResult(c.sim.state, t2, c.sim.height),
      (e: unknown) => e instanceof ResultProofError && e.code === "TASK_NOT_FINALIZED",
    );
    assert.throws(
      () => proveTaskResult(c.sim.state, `0x${"ab".repeat(32)}`, c.sim.height),
      (e: unknown) => e instanceof ResultProofError && e.code === "TASK_UNKNOWN",
    );

    // ── anchor a checkpoint of this state ──
    const root = c.sim.state.root();
    const height = c.sim.height;
    const cp = buildCheckpoint(
      await bridgeDomain(bridge),
      CHAIN_ID,
      height,
      keccak256(root),
      root,
      c.sim.state,
    );
    const collector = new CheckpointCollector(cp, set);
    assert.ok(collector.addSignature(hexOf(c.admin), signCheckpoint(cp, c.admin.privateKey)));
    await submitCheckpoint(bridge, collector.submission());
    assert.equal(await bridge.getFunction("stateRoots")(height), toHex(root));

    const p0 = proveTaskResult(c.sim.state, t0, height);
    const p1 = proveTaskResult(c.sim.state, t1, height);
    assert.equal(p0.deal.callback, consumerAddress);
    assert.equal(p0.deal.dataset, c.dataset);
    assert.equal(p0.resultDigest, digest0);
    // a task that is not final has a valid proof, but no result to verify
    const activeProof = {
      ...p0,
      taskId: t2,
      taskRecord: toHex(c.sim.state.get(`task:${t2.slice(2)}`)!),
      taskProof: c.sim.state.prove(`task:${t2.slice(2)}`).siblings.map((s) => toHex(s)),
    };

    const verify = (p: TaskResultProof) =>
      results
        .getFunction("verifyResult")
        .staticCall(p.height, p.taskId, p.taskRecord, p.taskProof, p.dealRecord, p.dealProof);
    const refused = async (p: TaskResultProof, error: string, why: string) => {
      await assert.rejects(
        verify(p),
        (e: Error) =>
          e.message.includes(error) || (e as { revert?: { name: string } }).revert?.name === error,
        why,
      );
    };

    // ── forgeries, before anything is recorded ──
    await refused(
      { ...p0, taskRecord: flipByte(p0.taskRecord, offsetOf(p0.taskRecord, digest0) + 31) },
      "BadProof",
      "a tampered digest",
    );
    // after the deal id (tag, length, 32 bytes): field 3 (status), varint 3 = completed
    const statusTag = offsetOf(p0.taskRecord, "0x1803", 34);
    await refused(
      { ...p0, taskRecord: flipByte(p0.taskRecord, statusTag + 1) },
      "BadProof",
      "a tampered status",
    );
    await refused(
      { ...p0, dealRecord: flipByte(p0.dealRecord, offsetOf(p0.dealRecord, hexOf(c.requester)) + 19) },
      "BadProof",
      "a tampered requester",
    );
    await refused(
      { ...p0, dealRecord: flipByte(p0.dealRecord, offsetOf(p0.dealRecord, consumerAddress) + 19) },
      "BadProof",
      "a tampered callback",
    );
    await refused(
      { ...p0, taskProof: [flipByte(p0.taskProof[0]!, 0), ...p0.taskProof.slice(1)] },
      "BadProof",
      "a tampered sibling",
    );
    await refused({ ...p0, taskId: t1 }, "BadProof", "the proof of another task");
    await refused({ ...p1, taskRecord: p0.taskRecord }, "BadProof", "another task's record under its proof");
    await refused(activeProof, "TaskNotFinal", "a task that is not final");
    await refused({ ...p0, height: height + 1 }, "UnknownStateRoot", "a height with no anchored checkpoint");

    // a proof against a later state root that was never anchored
    c.sim.run(c.requester, { transfer: { to: c.admin.address, amount: Uint8Array.of(1) } });
    const later = proveTaskResult(c.sim.state, t0, c.sim.height);
    assert.notEqual(later.stateRoot, p0.stateRoot);
    await refused(later, "UnknownStateRoot", "a root that is not anchored");
    await refused({ ...later, height }, "BadProof", "a proof of another root at an anchored height");

    // ── the real thing: first verification proves task + deal, delivers to the callback ──
    const first = await submitTaskResult(results, p0);
    assert.equal(first.callbackOk, true);
    assert.equal(await consumer.getFunction("received")(t0), digest0);
    const stored = await results.getFunction("resultOf")(t0);
    assert.equal(stored.dealId, deal);
    assert.equal(stored.resultDigest, digest0);
    assert.equal(Number(stored.status), TaskStatus.COMPLETED);
    assert.equal(Number(stored.height), height);
    const [answer, requester] = await consumer.getFunction("answer")(t0, c.app);
    assert.equal(answer, digest0);
    assert.equal(requester.toLowerCase(), hexOf(c.requester));
    await assert.rejects(consumer.getFunction("answer")(t0, hexOf(c.requester)), /another app/);
    await assert.rejects(consumer.getFunction("answer")(t1, c.app), /no verified completed result/);

    // ── a second task of the same deal: the deal is known (no deal proof); a callback that burns all its
    //    gas does not undo the verification ──
    await (await consumer.getFunction("setMode")(2)).wait();
    const second = await submitTaskResult(results, { ...p1, dealRecord: "0x", dealProof: [] });
    assert.equal(second.callbackOk, false);
    assert.equal(await consumer.getFunction("received")(t1), `0x${"00".repeat(32)}`);
    assert.equal((await results.getFunction("resultOf")(t1)).resultDigest, digest1);

    // ── verifying again changes nothing and delivers nothing ──
    await (await consumer.getFunction("setMode")(0)).wait();
    const again = await submitTaskResult(results, p1);
    assert.equal(again.callbackOk, undefined);
    assert.equal(Number(await consumer.getFunction("receivedCount")()), 1);

    // ── gas (BENCHMARKS.md): verification, and a consumer's read of a verified result ──
    const readGas = (await consumer.getFunction("answer").estimateGas(t0, c.app)) - 21_000n;
    const resultOfGas = (await results.getFunction("resultOf").estimateGas(t0)) - 21_000n;
    console.log(
      `      gas: first verification (task + deal + callback) ${first.gasUsed}, next task of the deal ${second.gasUsed}` +
        ` (callback burns its ${200_000} gas), already verified ${again.gasUsed}; read resultOf ${resultOfGas},` +
        ` consumer answer() ${readGas}; proof depth ${p0.taskProof.length}/${p0.dealProof.length}`,
    );
  });
});
