/**
 * Ethereum gas of task results verified by PocoResults (the oracle use case), on a real Anvil node with
 * the committed contracts: tasks run through the real state machine (MarketSim), the state is padded
 * with filler entries so that proofs have the depth of a large sidechain state, a checkpoint of it is
 * anchored in PocoBridge, and the proofs the node would serve are submitted: the first task of a deal
 * (task + deal proofs), a later task of a known deal (task proof only), with and without a callback,
 * and what a consumer pays to read a verified result afterwards.
 */
import { type Contract, ContractFactory, Wallet } from "ethers";
import { buildCheckpoint, signCheckpoint } from "../bridge/checkpoint.js";
import { loadArtifact } from "../bridge/compile.js";
import { ANVIL_KEYS, startAnvil } from "../bridge/devnet.js";
import {
  bridgeDomain,
  CheckpointCollector,
  deployBridge,
  deployTestRLC,
  submitCheckpoint,
} from "../bridge/relayer.js";
import { deployResults, proveTaskResult, submitTaskResult } from "../bridge/resultProofs.js";
import { fromHex, keccak256, toHex } from "../node/crypto/hash.js";
import {
  dealId,
  orderHash,
  resultHash,
  resultSeal,
  signAuthorization,
  taskId,
  ZERO_ADDRESS_HEX,
} from "../scheduler/index.js";
import {
  addrBytes,
  buildOrders,
  type Cast,
  CHAIN_ID,
  hexOf,
  RLC,
  setupMarket,
  signAll,
} from "../test/unit/marketHarness.js";
import type { BenchResult } from "./types.js";

/** Filler state entries: ≈ 1M keys gives ≈ 20-level proofs (a sidechain with a million accounts/records). */
const FILLER = 1_000_000;

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
}

/** Opens a deal of `volume` tasks (salt distinguishes deals) and completes every task. */
function completedDeal(c: Cast, salt: number, volume: bigint, callback?: string): string[] {
  const built = buildOrders(c, {
    app: 5n * RLC,
    dataset: 2n * RLC,
    workerpool: 10n * RLC,
    withDataset: true,
    volume,
    trust: 5n,
    salt,
  });
  if (callback) built.request.callback = addrBytes(callback);
  const orders = signAll(c, built);
  c.sim.run(c.admin, { matchOrders: orders });
  const deal = dealId(orderHash(CHAIN_ID, "request", orders.request), 0n);
  const ids = Array.from({ length: Number(volume) }, (_, i) => taskId(deal, i));
  for (const [i, id] of ids.entries())
    runTask(c, id, toHex(keccak256(new TextEncoder().encode(`r${salt}.${i}`))));
  return ids;
}

export async function run(): Promise<BenchResult[]> {
  const anvil = await startAnvil();
  try {
    const deployer = new Wallet(ANVIL_KEYS[0]!, anvil.provider);
    const c = setupMarket(3, 10);
    const set = [{ address: hexOf(c.admin), power: 1 }];
    const token = await deployTestRLC(deployer);
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

    const withCallback = completedDeal(c, 1, 2n, (consumer.target as string).toLowerCase());
    const plain = completedDeal(c, 2, 2n);
    const filler: [string, Uint8Array][] = [];
    for (let i = 0; i < FILLER; i++)
      filler.push([`bench:${i.toString(16).padStart(8, "0")}`, Uint8Array.of(i & 255)]);
    c.sim.state.apply(filler);

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
    collector.addSignature(hexOf(c.admin), signCheckpoint(cp, c.admin.privateKey));
    await submitCheckpoint(bridge, collector.submission());

    const proof = (id: string) => proveTaskResult(c.sim.state, id, height);
    const p0 = proof(plain[0]!);
    const firstPlain = await submitTaskResult(results, p0);
    const nextPlain = await submitTaskResult(results, {
      ...proof(plain[1]!),
      dealRecord: "0x",
      dealProof: [],
    });
    const firstCb = await submitTaskResult(results, proof(withCallback[0]!));
    const nextCb = await submitTaskResult(results, {
      ...proof(withCallback[1]!),
      dealRecord: "0x",
      dealProof: [],
    });
    const again = await submitTaskResult(results, p0);
    const resultOfGas = (await results.getFunction("resultOf").estimateGas(plain[0]!)) - 21_000n;
    const answerGas = (await consumer.getFunction("answer").estimateGas(withCallback[0]!, c.app)) - 21_000n;
    const depth = `task proof ${p0.taskProof.length} siblings, deal proof ${p0.dealProof.length} (${FILLER.toLocaleString("en-US")} filler state entries)`;
    return [
      {
        name: "verifyResult, first task of a deal (task + deal proofs), no callback",
        value: Number(firstPlain.gasUsed),
        unit: "gas",
        note: `${depth}; task record ${(p0.taskRecord.length - 2) / 2} B, deal record ${(p0.dealRecord.length - 2) / 2} B; stores 3 result slots + 6 deal slots`,
      },
      {
        name: "verifyResult, later task of a known deal (task proof only), no callback",
        value: Number(nextPlain.gasUsed),
        unit: "gas",
        note: "the deal is proven once per deal",
      },
      {
        name: "verifyResult, first task of a deal, delivered to a callback",
        value: Number(firstCb.gasUsed),
        unit: "gas",
        note: "the test consumer stores the digest and a counter (2 fresh slots) in its receiveResult",
      },
      {
        name: "verifyResult, later task of a known deal, delivered to a callback",
        value: Number(nextCb.gasUsed),
        unit: "gas",
        note: "callbacks get a fixed 200k budget; a callback that fails does not undo the verification",
      },
      {
        name: "verifyResult of a task already verified (no-op)",
        value: Number(again.gasUsed),
        unit: "gas",
        note: "mostly calldata: the stored result is returned, nothing is checked again",
      },
      {
        name: "read a verified result: resultOf(taskId)",
        value: Number(resultOfGas),
        unit: "gas",
        note: "an external call from an EOA, less the 21k base (3 storage reads + ABI)",
      },
      {
        name: "a consumer contract's read: resultOf + dealOf + checks (TestResultConsumer.answer)",
        value: Number(answerGas),
        unit: "gas",
        note: "less the 21k base; what an oracle consumer pays per use after the first verification",
      },
    ];
  } finally {
    await anvil.stop();
  }
}
