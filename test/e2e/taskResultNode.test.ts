/**
 * The oracle use case with a real node and Anvil: a requester's request order names an Ethereum consumer
 * contract as `callback`; the task runs on the sidechain node (HTTP transactions), the node's relayer
 * anchors the checkpoint covering it (its cadence policy anchors for a result waiting for its callback,
 * not only for withdrawals), serves `GET /tasks/:id/proof` against that anchored root (also
 * through `poco result proof`), and delivers the result: PocoResults verifies it and calls the consumer,
 * which then reads the verified result. Waiting is bounded in blocks or time, never asserted.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { type Contract, ContractFactory, Wallet } from "ethers";
import { pino } from "pino";
import { loadArtifact } from "../../bridge/compile.js";
import { ANVIL_KEYS, type Anvil, startAnvil } from "../../bridge/devnet.js";
import { deployBridge, deployTestRLC } from "../../bridge/relayer.js";
import { deployResults, type TaskResultProof } from "../../bridge/resultProofs.js";
import { ApiClient, ApiClientError } from "../../node/cli/apiClient.js";
import { marketDomain, type OrderByKind, type OrderKind, signOrder } from "../../node/crypto/eip712.js";
import { fromHex, keccak256, toHex } from "../../node/crypto/hash.js";
import { type KeyPair, keyPairFromPrivate, writeKeyFile } from "../../node/crypto/keys.js";
import { PocoNode } from "../../node/pocoNode.js";
import { deriveAssetAddress } from "../../node/state/registries.js";
import { signTx } from "../../node/tx/signedTx.js";
import { type poco, uintToBytes } from "../../proto/index.js";
import {
  dealId,
  orderHash,
  resultHash,
  resultSeal,
  signAuthorization,
  taskId,
  ZERO_ADDRESS_HEX,
} from "../../scheduler/index.js";
import { RLC, TEST_CHAIN_ID, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";
import { waitFor } from "../helpers/validatorNet.js";

type TxBody = Omit<poco.Tx.$Properties, "chainId" | "nonce" | "sender">;

describe("task result delivered on Ethereum by the node's relayer (Anvil)", function () {
  this.timeout(180_000);
  const validator = testKey(0);
  const requester = testKey(1);
  const appOwner = testKey(2);
  const scheduler = testKey(3);
  const workers = [testKey(4), testKey(5), testKey(6)];
  const domain = marketDomain(TEST_CHAIN_ID);
  let dir: string;
  let anvil: Anvil;
  let node: PocoNode;
  let api: ApiClient;
  let bridge: Contract;
  let results: Contract;
  let consumer: Contract;
  const nonces = new Map<string, number>();

  async function send(signer: KeyPair, body: TxBody): Promise<void> {
    const nonce = nonces.get(signer.addressHex) ?? 0;
    nonces.set(signer.addressHex, nonce + 1);
    const { hash } = await api.submitTx(
      signTx({ ...body, chainId: TEST_CHAIN_ID, nonce }, signer.privateKey).bytes,
    );
    let receipt: { status: string; error?: unknown } | undefined;
    await waitFor(
      async () => {
        const tx = await api.tx(hash).catch((err: unknown) => {
          if (err instanceof ApiClientError && err.status === 404) return undefined;
          throw err;
        });
        receipt = tx?.status === "committed" ? (tx.receipt as typeof receipt) : undefined;
        return receipt !== undefined;
      },
      30_000,
      `tx ${hash}`,
    );
    assert.equal(receipt?.status, "success", JSON.stringify(receipt?.error));
  }

  const signed = <K extends OrderKind>(kind: K, order: OrderByKind[K], key: KeyPair) => ({
    ...order,
    sign: signOrder(domain, kind, order, key.privateKey),
  });

  /** GET /tasks/:id/proof: the status and the body. */
  async function proofOf(id: string): Promise<{ status: number; body: TaskResultProof & { code?: string } }> {
    const res = await fetch(`${node.apiUrl}/tasks/${id}/proof`);
    return { status: res.status, body: (await res.json()) as TaskResultProof & { code?: string } };
  }

  before(async () => {
    dir = tempDir("poco-task-result-");
    anvil = await startAnvil();
    const deployer = new Wallet(ANVIL_KEYS[0]!, anvil.provider);
    const genesis = testGenesis(validator, [requester, appOwner, scheduler, ...workers], 1_000_000n * RLC);
    const token = await deployTestRLC(deployer);
    bridge = await deployBridge(deployer, {
      token: await token.getAddress(),
      sidechainId: genesis.chainId,
      validators: genesis.validators.map((v) => ({ address: v.address, power: v.power })),
    });
    results = await deployResults(deployer, await bridge.getAddress());
    const a = loadArtifact("TestResultConsumer");
    consumer = (await new ContractFactory(a.abi, a.bytecode, deployer).deploy(results.target)) as Contract;
    await consumer.waitForDeployment();
    node = await PocoNode.start({
      dataDir: dir,
      genesis,
      validatorKey: validator,
      api: { host: "127.0.0.1", port: 0 },
      producer: { blockTimeMs: 100 },
      bridge: {
        ethRpc: anvil.url,
        bridgeAddress: await bridge.getAddress(),
        confirmations: 0,
        checkpointEvery: 5,
        startBlock: await anvil.provider.getBlockNumber(),
        pollMs: 200,
        relayKey: ANVIL_KEYS[1]!,
        resultsAddress: await results.getAddress(),
        // No withdrawals and an hour between routine anchors: only the task result waiting for its
        // callback (1 s here) makes the relayer anchor a checkpoint during this test.
        anchor: { maxWithdrawalWaitMs: 1_000, maxIntervalMs: 3_600_000 },
      },
      logger: pino({ level: "silent" }),
    });
    api = new ApiClient(node.apiUrl);
  });

  after(async () => {
    await node?.stop();
    await anvil?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("requester's task → finalized → checkpoint anchored → proof served → consumer called and reads it", async () => {
    assert.equal((await proofOf(`0x${"ab".repeat(32)}`)).body.code, "TASK_UNKNOWN");
    const app = deriveAssetAddress("app", appOwner.address, 0);
    const pool = deriveAssetAddress("workerpool", scheduler.address, 0);
    await send(appOwner, { registerApp: { name: "oracle", uri: "docker://oracle" } });
    await send(scheduler, {
      registerWorkerpool: { description: "pool", schedulerRewardRatio: 10, powerEfficiency: 7 },
    });
    await send(scheduler, { stake: { amount: uintToBytes(1000n * RLC) } });
    for (const w of workers) await send(w, { stake: { amount: uintToBytes(100n * RLC) } });

    const salt = new Uint8Array(32).fill(7);
    const request = signed(
      "request",
      {
        app: fromHex(app, 20),
        appmaxprice: uintToBytes(5n * RLC),
        workerpool: fromHex(pool, 20),
        workerpoolmaxprice: uintToBytes(100n * RLC),
        requester: requester.address,
        volume: uintToBytes(1n),
        trust: uintToBytes(5n),
        beneficiary: requester.address,
        callback: fromHex(await consumer.getAddress(), 20),
        params: '{"iexec_args":"price ETH/RLC"}',
        salt,
      },
      requester,
    );
    await send(requester, {
      matchOrders: {
        app: signed(
          "app",
          { app: fromHex(app, 20), appprice: uintToBytes(5n * RLC), volume: uintToBytes(1n), salt },
          appOwner,
        ),
        workerpool: signed(
          "workerpool",
          {
            workerpool: fromHex(pool, 20),
            workerpoolprice: uintToBytes(100n * RLC),
            volume: uintToBytes(1n),
            trust: uintToBytes(5n),
            salt,
          },
          scheduler,
        ),
        request,
      },
    });
    const task = taskId(dealId(orderHash(TEST_CHAIN_ID, "request", request), 0n), 0);
    assert.equal((await proofOf(task)).body.code, "TASK_NOT_FINALIZED");
    assert.equal(Number(await bridge.getFunction("lastHeight")()), 0, "nothing to anchor yet");

    const digest = toHex(keccak256(new TextEncoder().encode("1 RLC = 0.0004 ETH")));
    for (const w of workers) {
      await send(w, {
        contribute: {
          taskId: fromHex(task, 32),
          resultHash: fromHex(resultHash(task, digest), 32),
          resultSeal: fromHex(resultSeal(w.addressHex, task, digest), 32),
          authorization: signAuthorization(w.addressHex, task, ZERO_ADDRESS_HEX, scheduler.privateKey),
        },
      });
    }
    for (const w of workers)
      await send(w, { reveal: { taskId: fromHex(task, 32), resultDigest: fromHex(digest, 32) } });
    const view = await api.request<{ status: string }>("GET", `/tasks/${task}`);
    assert.equal(view.status, "completed");

    // the node's relayer anchors the next checkpoints; the proof is served against one of them
    let proof: TaskResultProof | undefined;
    await waitFor(
      async () => {
        const r = await proofOf(task);
        if (r.status === 200) proof = r.body;
        else
          assert.ok(["TASK_NOT_ANCHORED", "NO_ANCHORED_CHECKPOINT"].includes(r.body.code ?? ""), r.body.code);
        return proof !== undefined;
      },
      60_000,
      "a proof against an anchored checkpoint",
    );
    assert.equal(proof!.resultDigest, digest);
    assert.equal(proof!.deal.callback, (await consumer.getAddress()).toLowerCase());
    assert.equal(await bridge.getFunction("stateRoots")(proof!.height), proof!.stateRoot, "an anchored root");

    // the relayer delivered it: PocoResults verified it and called the consumer
    await waitFor(
      async () => (await consumer.getFunction("received")(task)) === digest,
      60_000,
      "the callback receives the result",
    );
    const [answer, by] = await consumer.getFunction("answer")(task, app);
    assert.equal(answer, digest);
    assert.equal(by.toLowerCase(), toHex(requester.address));
    assert.equal(Number((await results.getFunction("resultOf")(task)).status), 3);

    // the CLI prints the same proof
    const exec = promisify(execFile);
    const poco = (...args: string[]) =>
      exec(process.execPath, ["bin/poco.js", ...args, "--api", node.apiUrl], { timeout: 60_000 });
    const json = JSON.parse((await poco("result", "proof", task, "--json")).stdout) as TaskResultProof;
    assert.deepEqual(json, proof);
    const human = (await poco("result", "proof", task)).stdout;
    assert.match(human, new RegExp(`result digest ${digest}`));
    assert.match(human, new RegExp(`anchored at   height ${proof!.height}`));
    // anyone may submit it again: PocoResults returns the recorded result and calls nobody twice
    const keyFile = join(dir, "eth-key.json");
    await writeKeyFile(keyFile, keyPairFromPrivate(fromHex(ANVIL_KEYS[2]!, 32)));
    const submitted = JSON.parse(
      (
        await poco(
          "result",
          "submit",
          task,
          "--key",
          keyFile,
          "--eth-rpc",
          anvil.url,
          "--results-address",
          await results.getAddress(),
          "--json",
        )
      ).stdout,
    ) as { taskId: string; gasUsed: string; callback: unknown };
    assert.equal(submitted.taskId, task);
    assert.ok(BigInt(submitted.gasUsed) > 0n);
    assert.equal(submitted.callback, null, "delivered once only");
    assert.equal(Number(await consumer.getFunction("receivedCount")()), 1);
    const metrics = await (await fetch(`${node.apiUrl}/metrics`)).text();
    assert.match(metrics, /^poco_result_proofs_pending 0$/m, "nothing left waiting");
  });
});
