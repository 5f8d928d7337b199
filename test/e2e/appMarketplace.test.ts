/**
 * Apps as a marketplace, end to end on one in-process validator: the AssemblyScript template is built
 * with the real toolchain (the same asconfig.json as `npm run build:app`), published over HTTP and
 * registered with its sha256; datasets are registered by URI (http and file:) and checksum; a real
 * worker agent fetches both, checks them against the registry and runs the app, which sees its
 * dataset (the result depends on it). Tampered app bytes and a tampered dataset are refused: typed
 * error, no contribution. GET /apps/:address, /datasets/:address and /workerpools show the registry.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { pino } from "pino";
import { ApiClient } from "../../node/cli/apiClient.js";
import { marketDomain, type OrderByKind, type OrderKind, signOrder } from "../../node/crypto/eip712.js";
import { concatBytes, fromHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { PocoNode } from "../../node/pocoNode.js";
import { deriveAssetAddress } from "../../node/state/registries.js";
import { assetChecksum } from "../../node/worker/appStore.js";
import { type TxBody, TxSender } from "../../node/worker/txSender.js";
import { resultDigestOf } from "../../node/worker/wasmExecutor.js";
import { fetchVerifiedResult, WorkerAgent, type WorkerEvent } from "../../node/worker/workerAgent.js";
import { SchedulerService, type TaskView } from "../../node/workerpool/schedulerService.js";
import type { poco } from "../../proto/index.js";
import { uintToBytes } from "../../proto/index.js";
import { dealId, orderHash } from "../../scheduler/index.js";
import { RLC, TEST_CHAIN_ID, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";

const ROOT = join(import.meta.dirname, "../..");
const TEMPLATE = join(ROOT, "apps/template-assemblyscript");
const POOL_PRICE = 10n * RLC;

const salt = (n: number): Uint8Array => {
  const s = new Uint8Array(32);
  new DataView(s.buffer).setUint32(28, n);
  return s;
};
function signed<K extends OrderKind>(kind: K, order: OrderByKind[K], key: KeyPair): OrderByKind[K] {
  return { ...order, sign: signOrder(marketDomain(TEST_CHAIN_ID), kind, order, key.privateKey) };
}
const utf8 = (s: string) => new TextEncoder().encode(s);

/** What the template computes (apps/template-assemblyscript/assembly/index.ts), in TypeScript. */
function grepCount(text: string, pattern: string): string {
  const lines = text.split("\n");
  const count = text.endsWith("\n") ? lines.length - 1 : lines.length;
  const matches = lines.slice(0, count).filter((l) => l.includes(pattern)).length;
  return `{"lines":${count},"matches":${matches}}`;
}

describe("apps marketplace: an AssemblyScript app and datasets fetched by URI and checked (single validator)", function () {
  this.timeout(120_000);
  const validator = testKey(0);
  const requester = testKey(1);
  const appOwner = testKey(2);
  const scheduler = testKey(3);
  const worker = testKey(4);
  const datasetOwner = testKey(5);
  let dir: string;
  let store: string;
  let node: PocoNode;
  let api: ApiClient;
  let service: SchedulerService;
  let agent: WorkerAgent;
  let files: Server;
  let filesUrl: string;
  const served = new Map<string, Uint8Array>();
  const downloads = new Map<string, number>();
  const senders = new Map<string, TxSender>();
  let pool: string;
  let poolOrder: poco.WorkerpoolOrder.$Properties;
  const apps: Record<string, { address: string; order: poco.AppOrder.$Properties }> = {};
  const datasets: Record<string, { address: string; order: poco.DatasetOrder.$Properties }> = {};
  let requestSalt = 1000;
  const events: WorkerEvent[] = [];
  /** The worker's log lines (pino JSON), to check that a refusal is logged with its code. */
  const workerLog: string[] = [];
  let secondRelease: string;

  const textA = "alpha needle\nbeta\ngamma needle\ndelta needle\n";
  const textB = "one needle\ntwo\nthree\nfour\nfive\n";

  async function send(k: KeyPair, body: TxBody): Promise<void> {
    let s = senders.get(k.addressHex);
    if (!s) {
      s = new TxSender(api, k, TEST_CHAIN_ID);
      senders.set(k.addressHex, s);
    }
    const r = await s.send(body);
    assert.equal(r.status, "success", JSON.stringify(r.error));
  }
  const getTask = (id: string) => api.request<TaskView>("GET", `/tasks/${id}`);

  async function registerApp(name: string, uri: string, checksum: string, nonce: number) {
    await send(appOwner, { registerApp: { name, uri, checksum: fromHex(checksum, 32) } });
    const address = deriveAssetAddress("app", appOwner.address, nonce);
    const order = signed(
      "app",
      { app: fromHex(address, 20), appprice: uintToBytes(0n), volume: uintToBytes(100n), salt: salt(nonce) },
      appOwner,
    );
    await send(appOwner, { publishOrder: { app: order } });
    apps[name] = { address, order };
  }

  async function registerDataset(name: string, uri: string, checksum: string, nonce: number) {
    await send(datasetOwner, { registerDataset: { name, uri, checksum: fromHex(checksum, 32) } });
    const address = deriveAssetAddress("dataset", datasetOwner.address, nonce);
    const order = signed(
      "dataset",
      {
        dataset: fromHex(address, 20),
        datasetprice: uintToBytes(1n * RLC),
        volume: uintToBytes(100n),
        salt: salt(nonce),
      },
      datasetOwner,
    );
    await send(datasetOwner, { publishOrder: { dataset: order } });
    datasets[name] = { address, order };
  }

  /** Matches a request (trust 1: one contribution decides) and hands the deal to the scheduler. */
  async function runTask(app: string, dataset: string | undefined, args: string): Promise<string> {
    const ds = dataset ? datasets[dataset]! : undefined;
    const request = signed(
      "request",
      {
        app: fromHex(apps[app]!.address, 20),
        appmaxprice: uintToBytes(0n),
        ...(ds ? { dataset: fromHex(ds.address, 20), datasetmaxprice: uintToBytes(1n * RLC) } : {}),
        workerpool: fromHex(pool, 20),
        workerpoolmaxprice: uintToBytes(POOL_PRICE),
        requester: requester.address,
        volume: uintToBytes(1n),
        trust: uintToBytes(1n),
        beneficiary: requester.address,
        params: JSON.stringify({ iexec_args: args }),
        salt: salt(requestSalt++),
      },
      requester,
    );
    await send(requester, {
      matchOrders: {
        app: apps[app]!.order,
        ...(ds ? { dataset: ds.order } : {}),
        workerpool: poolOrder,
        request,
      },
    });
    const deal = await service.addDeal(dealId(orderHash(TEST_CHAIN_ID, "request", request), 0n));
    return deal.tasks[0]!;
  }

  async function completed(task: string): Promise<TaskView> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const v = await getTask(task);
      if (v.status === "completed" || v.status === "failed") return v;
      if (Date.now() > deadline) assert.fail(`task ${task} still ${v.status} after 30 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function refusal(task: string): Promise<WorkerEvent & { kind: "error" }> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const e = events.find((x) => x.taskId === task && x.kind !== "started");
      if (e) {
        assert.equal(e.kind, "error", `expected a refusal, got ${JSON.stringify(e)}`);
        return e as WorkerEvent & { kind: "error" };
      }
      if (Date.now() > deadline) assert.fail(`worker neither ran nor refused task ${task}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  before(async () => {
    dir = tempDir();
    store = join(dir, "store");
    mkdirSync(store);
    // the app developer's build: the AssemblyScript toolchain from npm, the template's asconfig.json
    const wasmFile = join(dir, "app.wasm");
    await promisify(execFile)(
      process.execPath,
      [
        join(ROOT, "node_modules/assemblyscript/bin/asc.js"),
        "--config",
        join(TEMPLATE, "asconfig.json"),
        "--outFile",
        wasmFile,
      ],
      { cwd: ROOT },
    );
    const appBytes = new Uint8Array(readFileSync(wasmFile));
    // a second release of the app (a custom section appended: still valid WebAssembly) and the same
    // release with one byte changed in transit: only the checksum tells them apart
    const release = (tag: string) =>
      concatBytes(appBytes, Uint8Array.from([0, 14, 4]), utf8(`notepublish ${tag}`));
    served.set("/app.wasm", appBytes);
    served.set("/tampered.wasm", release("2"));
    secondRelease = assetChecksum(release("1"));
    served.set("/b.txt", utf8(textB));
    files = createServer((req, res) => {
      downloads.set(req.url ?? "", (downloads.get(req.url ?? "") ?? 0) + 1);
      const bytes = served.get(req.url ?? "");
      if (bytes) res.end(bytes);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => files.listen(0, "127.0.0.1", resolve));
    filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
    writeFileSync(join(store, "a.txt"), textA);
    writeFileSync(join(store, "c.txt"), "what the dataset owner registered\n");

    const genesis = testGenesis(validator, [requester, appOwner, scheduler, worker, datasetOwner]);
    genesis.categories = [{ name: "XS", description: "tiny", workClockTimeRef: 6 }];
    node = await PocoNode.start({
      dataDir: join(dir, "node"),
      genesis,
      validatorKey: validator,
      api: { host: "127.0.0.1", port: 0 },
      producer: { blockTimeMs: 100 },
      logger: pino({ level: "silent" }),
    });
    api = new ApiClient(node.apiUrl);
    pool = deriveAssetAddress("workerpool", scheduler.address, 0);
    await Promise.all([
      send(scheduler, {
        registerWorkerpool: { description: "marketplace pool", schedulerRewardRatio: 10, powerEfficiency: 7 },
      }),
      send(scheduler, { stake: { amount: uintToBytes(1000n * RLC) } }),
    ]);
    const good = assetChecksum(appBytes);
    await registerApp("grep", `${filesUrl}/app.wasm`, good, 0);
    // registered with the checksum of its release, served with one byte changed
    await registerApp("grep-tampered", `${filesUrl}/tampered.wasm`, secondRelease, 2);
    await registerDataset("a", pathToFileURL(join(store, "a.txt")).toString(), assetChecksum(utf8(textA)), 0);
    await registerDataset("b", `${filesUrl}/b.txt`, assetChecksum(utf8(textB)), 2);
    // the file in the worker's store differs from what was registered
    await registerDataset("c", "store:c.txt", assetChecksum(utf8("what the dataset owner meant\n")), 4);
    poolOrder = signed(
      "workerpool",
      {
        workerpool: fromHex(pool, 20),
        workerpoolprice: uintToBytes(POOL_PRICE),
        volume: uintToBytes(100n),
        trust: uintToBytes(1n),
        salt: salt(99),
      },
      scheduler,
    );
    await send(scheduler, { publishOrder: { workerpool: poolOrder } });
    service = new SchedulerService({
      api,
      chainId: TEST_CHAIN_ID,
      key: scheduler,
      workerpool: pool,
      pollMs: 100,
      heartbeatTimeoutMs: 5_000,
      minWorkerStake: (POOL_PRICE * 30n) / 100n,
    });
    await service.start();
    agent = new WorkerAgent({
      api,
      chainId: TEST_CHAIN_ID,
      key: worker,
      schedulerUrl: service.url,
      stake: 100n * RLC,
      capacity: 4,
      heartbeatMs: 250,
      pollMs: 100,
      appStoreDir: store,
      fetch: { timeoutMs: 5_000 },
      logger: pino({ level: "warn" }, { write: (line: string) => void workerLog.push(line) }),
    });
    agent.on((e) => events.push(e));
    await agent.start();
  });

  after(async () => {
    await agent?.stop();
    await service?.stop();
    await node?.stop();
    files?.closeAllConnections();
    await new Promise((resolve) => (files ? files.close(resolve) : resolve(undefined)));
    rmSync(dir, { recursive: true, force: true });
  });

  it("lists the registry: GET /apps/:address, /datasets/:address and /workerpools with owners and metadata", async () => {
    const app = await api.request<{ owner: string; uri: string; checksum: string }>(
      "GET",
      `/apps/${apps.grep!.address}`,
    );
    assert.equal(app.owner.toLowerCase(), appOwner.addressHex.toLowerCase());
    assert.equal(app.uri, `${filesUrl}/app.wasm`);
    assert.equal(app.checksum, assetChecksum(served.get("/app.wasm")!));
    const ds = await api.request<{ owner: string; name: string }>("GET", `/datasets/${datasets.b!.address}`);
    assert.deepEqual([ds.owner.toLowerCase(), ds.name], [datasetOwner.addressHex.toLowerCase(), "b"]);
    await assert.rejects(api.request("GET", `/datasets/0x${"11".repeat(20)}`), /not found/);
    const { workerpools } = await api.request<{
      workerpools: { address: string; owner: string; description: string; powerEfficiency: number }[];
    }>("GET", "/workerpools?limit=5");
    assert.equal(workerpools.length, 1);
    assert.deepEqual(
      [workerpools[0]!.address.toLowerCase(), workerpools[0]!.owner.toLowerCase()],
      [pool, scheduler.addressHex.toLowerCase()],
    );
    assert.deepEqual([workerpools[0]!.description, workerpools[0]!.powerEfficiency], ["marketplace pool", 7]);
  });

  it("the AssemblyScript app sees its dataset: two datasets (file: and http), two results", async () => {
    const tasks = [await runTask("grep", "a", "needle"), await runTask("grep", "b", "needle")];
    const expected = [grepCount(textA, "needle"), grepCount(textB, "needle")];
    assert.notEqual(expected[0], expected[1]);
    for (const [i, task] of tasks.entries()) {
      const v = await completed(task);
      assert.equal(v.status, "completed");
      assert.equal(v.resultDigest, resultDigestOf(utf8(expected[i]!)));
      const bytes = await fetchVerifiedResult(api, task, [`${agent.url}/results/${task}`]);
      assert.equal(new TextDecoder().decode(bytes), expected[i]);
    }
    // no dataset: the app reads its input instead (none here), and args still reach it
    const v = await completed(await runTask("grep", undefined, "needle"));
    assert.equal(v.resultDigest, resultDigestOf(utf8(grepCount("", "needle"))));
    // three tasks of the same app: downloaded once, then found by its checksum in the worker's cache
    assert.equal(downloads.get("/app.wasm"), 1);
  });

  it("refuses tampered app bytes and a tampered dataset: typed error, never contributed", async () => {
    const badApp = await runTask("grep-tampered", "a", "needle");
    const badDataset = await runTask("grep", "c", "needle");
    for (const [task, uri] of [
      [badApp, `${filesUrl}/tampered.wasm`],
      [badDataset, "store:c.txt"],
    ] as const) {
      const e = await refusal(task);
      assert.equal(e.code, "ASSET_CHECKSUM_MISMATCH", e.message);
      assert.ok(e.message.includes(uri), e.message);
      const v = await getTask(task);
      assert.equal(v.status, "active");
      assert.equal(v.contributions.length, 0, "a refused task is never contributed");
      const logged = workerLog
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .find((l) => l.taskId === task);
      assert.equal(logged?.code, "ASSET_CHECKSUM_MISMATCH");
      assert.equal(logged?.msg, "task not contributed");
    }
  });
});
