/**
 * Workers end to end on one in-process validator over real HTTP: the three sample WebAssembly apps
 * registered, app and workerpool orders published, requests matched into deals; a scheduler service
 * and worker agents (signed heartbeats, polled assignments, sandboxed runs, contribute, reveal) take
 * every task to completion with rewards paid and results fetched and checked against the on-chain
 * digest; a worker killed mid-task is detected by its missing heartbeats and the task completes
 * anyway; a lying worker loses its stake while the honest result wins.
 */
import assert from "node:assert/strict";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import {
  factorialInput,
  factorialReference,
  factorialWasm,
  mandelbrotInput,
  mandelbrotReference,
  mandelbrotWasm,
  piInput,
  piReference,
  piWasm,
} from "../../apps/sampleApps.js";
import { ApiClient } from "../../node/cli/apiClient.js";
import { marketDomain, type OrderByKind, type OrderKind, signOrder } from "../../node/crypto/eip712.js";
import { fromHex, toHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { PocoNode } from "../../node/pocoNode.js";
import { deriveAssetAddress } from "../../node/state/registries.js";
import { type TxBody, TxSender } from "../../node/worker/txSender.js";
import { executeWasm, resultDigestOf } from "../../node/worker/wasmExecutor.js";
import { fetchVerifiedResult, WorkerAgent } from "../../node/worker/workerAgent.js";
import { SchedulerService, type TaskView } from "../../node/workerpool/schedulerService.js";
import type { poco } from "../../proto/index.js";
import { uintToBytes } from "../../proto/index.js";
import { dealId, orderHash, resultHash } from "../../scheduler/index.js";
import { RLC, TEST_CHAIN_ID, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";
import { freePort } from "../helpers/validatorNet.js";

const BLOCK_TIME = 100;
const APP_PRICE = 1n * RLC;
const POOL_PRICE = 10n * RLC;
const WORKER_STAKE = 100n * RLC;
const WORKER_STAKE_PER_TASK = (POOL_PRICE * 30n) / 100n;

const salt = (n: number): Uint8Array => {
  const s = new Uint8Array(32);
  new DataView(s.buffer).setUint32(28, n);
  return s;
};
function signed<K extends OrderKind>(kind: K, order: OrderByKind[K], key: KeyPair): OrderByKind[K] {
  return { ...order, sign: signOrder(marketDomain(TEST_CHAIN_ID), kind, order, key.privateKey) };
}
const hexInput = (b: Uint8Array) => JSON.stringify({ input: toHex(b) });

describe("workers end to end (scheduler service + worker agents, single validator)", function () {
  this.timeout(180_000);
  const validator = testKey(0);
  const requester = testKey(1);
  const appOwner = testKey(2);
  const scheduler = testKey(3);
  const honest = [testKey(4), testKey(5), testKey(6), testKey(8)];
  const liar = testKey(7);
  const everyone = [requester, appOwner, scheduler, ...honest, liar];
  let dir: string;
  let store: string;
  let node: PocoNode;
  let api: ApiClient;
  let service: SchedulerService;
  let pool: string;
  const apps: Record<"factorial" | "pi" | "mandelbrot", string> = { factorial: "", pi: "", mandelbrot: "" };
  const senders = new Map<string, TxSender>();
  const agents: WorkerAgent[] = [];
  const published: Record<string, poco.AppOrder.$Properties | poco.WorkerpoolOrder.$Properties> = {};
  let requestSalt = 1000;

  const sender = (k: KeyPair) => {
    let s = senders.get(k.addressHex);
    if (!s) {
      s = new TxSender(api, k, TEST_CHAIN_ID);
      senders.set(k.addressHex, s);
    }
    return s;
  };
  async function send(k: KeyPair, body: TxBody): Promise<void> {
    const r = await sender(k).send(body);
    assert.equal(r.status, "success", JSON.stringify(r.error));
  }
  const account = async (k: KeyPair) => {
    const a = await api.account(k.addressHex);
    return { balance: BigInt(a.balance), stake: BigInt(a.stake), locked: BigInt(a.locked) };
  };
  const getTask = (id: string) => api.request<TaskView>("GET", `/tasks/${id}`);

  /** Polls until every task is settled; fails after `maxBlocks` blocks (or 60 s, should blocks stall). */
  async function settled(ids: string[], maxBlocks = 400): Promise<TaskView[]> {
    const start = (await api.status()).height;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const views = await Promise.all(ids.map(getTask));
      if (views.every((v) => v.status === "completed" || v.status === "failed")) return views;
      const height = (await api.status()).height;
      if (Date.now() > deadline) assert.fail(`tasks not settled after 60 s (${height - start} blocks)`);
      if (height > start + maxBlocks) {
        assert.fail(`tasks not settled after ${maxBlocks} blocks: ${views.map((v) => v.status).join(", ")}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function startAgent(key: KeyPair, extra: Partial<ConstructorParameters<typeof WorkerAgent>[0]> = {}) {
    const agent = new WorkerAgent({
      api,
      chainId: TEST_CHAIN_ID,
      key,
      schedulerUrl: service.url,
      stake: WORKER_STAKE,
      capacity: 2,
      heartbeatMs: 250,
      pollMs: 100,
      appStoreDir: store,
      limits: { timeoutMs: 60_000 },
      ...extra,
    });
    await agent.start();
    agents.push(agent);
    return agent;
  }

  /** Matches a request for `app` (signed by the requester) and hands the deal to the scheduler. */
  async function requestDeal(app: keyof typeof apps, params: string, volume: bigint, trust: bigint) {
    const request: poco.RequestOrder.$Properties = {
      app: fromHex(apps[app], 20),
      appmaxprice: uintToBytes(APP_PRICE),
      workerpool: fromHex(pool, 20),
      workerpoolmaxprice: uintToBytes(POOL_PRICE),
      requester: requester.address,
      volume: uintToBytes(volume),
      trust: uintToBytes(trust),
      beneficiary: requester.address,
      params,
      salt: salt(requestSalt++),
    };
    const signedRequest = signed("request", request, requester);
    await send(requester, {
      matchOrders: {
        app: published[app] as poco.AppOrder.$Properties,
        workerpool: published.pool as poco.WorkerpoolOrder.$Properties,
        request: signedRequest,
      },
    });
    const id = dealId(orderHash(TEST_CHAIN_ID, "request", signedRequest), 0n);
    const deal = await service.addDeal(id);
    assert.equal(deal.tasks.length, Number(volume));
    return deal;
  }

  before(async () => {
    dir = tempDir();
    store = join(dir, "apps");
    mkdirSync(store);
    const genesis = testGenesis(validator, everyone);
    genesis.categories = [{ name: "XS", description: "tiny", workClockTimeRef: 6 }];
    node = await PocoNode.start({
      dataDir: join(dir, "node"),
      genesis,
      validatorKey: validator,
      api: { host: "127.0.0.1", port: 0 },
      producer: { blockTimeMs: BLOCK_TIME },
      logger: pino({ level: "silent" }),
    });
    api = new ApiClient(node.apiUrl);
    pool = deriveAssetAddress("workerpool", scheduler.address, 0);
    const builds = { factorial: factorialWasm(), pi: piWasm(), mandelbrot: mandelbrotWasm() };
    const names = Object.keys(builds) as (keyof typeof builds)[];
    await Promise.all([
      ...names.map((name) => send(appOwner, { registerApp: { name, uri: `store:${name}.wasm` } })),
      send(scheduler, {
        registerWorkerpool: { description: "wasm pool", schedulerRewardRatio: 10, powerEfficiency: 5 },
      }),
      send(scheduler, { stake: { amount: uintToBytes(1000n * RLC) } }),
    ]);
    names.forEach((name, i) => {
      apps[name] = deriveAssetAddress("app", appOwner.address, i);
      // the worker's app store: by registered name and by app address (used while the node serves no /apps route)
      writeFileSync(join(store, `${name}.wasm`), builds[name]);
      writeFileSync(join(store, `${apps[name]}.wasm`), builds[name]);
    });
    for (const [i, name] of names.entries()) {
      const order = signed(
        "app",
        {
          app: fromHex(apps[name], 20),
          appprice: uintToBytes(APP_PRICE),
          volume: uintToBytes(1000n),
          salt: salt(i),
        },
        appOwner,
      );
      published[name] = order;
      await send(appOwner, { publishOrder: { app: order } });
    }
    published.pool = signed(
      "workerpool",
      {
        workerpool: fromHex(pool, 20),
        workerpoolprice: uintToBytes(POOL_PRICE),
        volume: uintToBytes(1000n),
        trust: uintToBytes(10n),
        salt: salt(99),
      },
      scheduler,
    );
    await send(scheduler, {
      publishOrder: { workerpool: published.pool as poco.WorkerpoolOrder.$Properties },
    });
    service = new SchedulerService({
      api,
      chainId: TEST_CHAIN_ID,
      key: scheduler,
      workerpool: pool,
      pollMs: 100,
      heartbeatTimeoutMs: 1_200,
      minWorkerStake: WORKER_STAKE_PER_TASK,
    });
    await service.start();
  });

  afterEach(async () => {
    await Promise.all(agents.splice(0).map((a) => a.stop()));
  });

  after(async () => {
    await service?.stop();
    await node?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("3 workers run the sample apps: every task completed, rewards paid, results verified", async () => {
    const workers = honest.slice(0, 3);
    // The first worker announces a public URL other than its listen address (as in a container
    // listening on 0.0.0.0): requesters get that URL from the scheduler and fetch results through it.
    const port = await freePort();
    await startAgent(workers[0]!, { host: "127.0.0.1", port, publicUrl: `http://localhost:${port}/` });
    for (const w of workers.slice(1)) await startAgent(w);
    const listed = (await (await fetch(`${service.url}/workers`)).json()) as {
      workers: { address: string; endpoints: string[] }[];
    };
    const first = listed.workers.find((w) => w.address === toHex(workers[0]!.address));
    assert.deepEqual(first?.endpoints, [`http://localhost:${port}`]);
    const before = await Promise.all([requester, scheduler, ...workers].map(account));
    const jobs = [
      { app: "factorial" as const, input: factorialInput(20n), expected: factorialReference(20n) },
      { app: "pi" as const, input: piInput(42n, 2_000_000), expected: piReference(42n, 2_000_000) },
      {
        app: "mandelbrot" as const,
        input: mandelbrotInput(64, 48, 64),
        expected: mandelbrotReference(64, 48, 64),
      },
    ];
    const deals = [];
    for (const j of jobs) deals.push(await requestDeal(j.app, hexInput(j.input), 2n, 3n));
    const tasks = deals.flatMap((d) => d.tasks);
    const views = await settled(tasks);
    for (const [i, d] of deals.entries()) {
      const digest = resultDigestOf(jobs[i]!.expected);
      for (const t of d.tasks) {
        const v = views[tasks.indexOf(t)]!;
        assert.equal(v.status, "completed", t);
        assert.equal(v.resultDigest, digest);
        assert.equal(v.consensusValue, resultHash(t, digest));
        assert.ok(v.contributions.length >= 2, "replicated: trust 3 needs two agreeing workers");
        assert.ok(v.contributions.every((c) => c.status === "proved"));
        // the requester fetches the bytes from a prover and checks them against the on-chain digest
        const r = await (await fetch(`${service.url}/results/${t}`)).json();
        const bytes = await fetchVerifiedResult(api, t, (r as { urls: string[] }).urls);
        assert.deepEqual(bytes, jobs[i]!.expected);
      }
    }
    const after = await Promise.all([requester, scheduler, ...workers].map(account));
    assert.equal(before[0]!.balance - after[0]!.balance, 6n * (APP_PRICE + POOL_PRICE));
    assert.ok(after[1]!.balance > before[1]!.balance, "the scheduler earned its reward ratio");
    const earned = workers.map((_, i) => after[i + 2]!.balance - before[i + 2]!.balance);
    // 6 tasks × 2 contributions × 4.5 RLC (pool 10, ratio 10 % → 9 for two workers)
    assert.equal(
      earned.reduce((a, b) => a + b),
      6n * 9n * RLC,
    );
    for (const [i] of workers.entries()) assert.equal(after[i + 2]!.locked, 0n);
  });

  it("trust 1: the worker completes each task with contributeAndFinalize, no contribute or reveal tx", async () => {
    const agent = await startAgent(honest[3]!);
    const expected = factorialReference(15n);
    const deal = await requestDeal("factorial", hexInput(factorialInput(15n)), 3n, 1n);
    const views = await settled(deal.tasks);
    const digest = resultDigestOf(expected);
    for (const v of views) {
      assert.equal(v.status, "completed", v.id);
      assert.equal(v.resultDigest, digest);
      assert.equal(v.contributions.length, 1);
      assert.equal(v.contributions[0]!.status, "proved");
      assert.equal(v.contributions[0]!.worker.toLowerCase(), agent.address);
      const r = await (await fetch(`${service.url}/results/${v.id}`)).json();
      assert.deepEqual(await fetchVerifiedResult(api, v.id, (r as { urls: string[] }).urls), expected);
    }
    const sent = (b: { sent: { batches: number; singles: number } }) => b.sent.batches + b.sent.singles;
    assert.equal(sent(agent.contributions), 0, "no contribute tx at trust 1");
    assert.equal(sent(agent.reveals), 0, "no reveal tx at trust 1");
    assert.ok(
      sent(agent.finalizations) >= 1 && sent(agent.finalizations) <= 3,
      "one entry per task, batched",
    );
  });

  it("the scheduler's fastify API: /health, /metrics, OpenAPI, inputs refused by schema with a code", async () => {
    const health = await fetch(`${service.url}/health`);
    assert.equal(health.status, 200, await health.clone().text());
    assert.equal(((await health.json()) as { ok: boolean }).ok, true);
    const metrics = await (await fetch(`${service.url}/metrics`)).text();
    assert.match(metrics, /poco_scheduler_workers\{state="admitted"\} [1-9]/);
    assert.match(metrics, /poco_scheduler_tasks\{status="completed"\} [1-9]/);
    assert.match(metrics, /poco_scheduler_events\{kind="assigned"\} [1-9]/);
    const openapi = (await (await fetch(`${service.url}/docs/json`)).json()) as {
      paths: Record<string, unknown>;
    };
    for (const path of [
      "/heartbeats",
      "/assignments/{worker}",
      "/results/{taskId}",
      "/workers",
      "/health",
      "/metrics",
    ])
      assert.ok(openapi.paths[path], `OpenAPI documents ${path}`);
    const bad = await fetch(`${service.url}/heartbeats`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ heartbeat: "not hex" }),
    });
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { code: string }).code, "BAD_REQUEST");
    const unknown = await fetch(`${service.url}/results/0x${"ab".repeat(32)}`);
    assert.equal(unknown.status, 404);
    assert.equal(((await unknown.json()) as { code: string }).code, "NOT_FOUND");
    assert.equal(
      (await fetch(`${service.url}/results/0x12`)).status,
      400,
      "a malformed task id never reaches the service",
    );
  });

  it("a worker killed mid-task is detected by missing heartbeats; the task completes", async () => {
    const workers = honest.slice(0, 3);
    const started = await Promise.all(workers.map((w) => startAgent(w)));
    // ~2 s of work per run, so the kill lands while the app runs
    const deal = await requestDeal("pi", hexInput(piInput(7n, 400_000_000)), 1n, 3n);
    const task = deal.tasks[0]!;
    // A worker may have started the task before we listen (the app is cached by the first test, so a
    // worker starts within a poll): look at the events already emitted too.
    const victim = await new Promise<WorkerAgent>((resolve) => {
      for (const a of started) {
        if (a.events.some((e) => e.kind === "started" && e.taskId === task)) resolve(a);
        a.on((e) => e.kind === "started" && e.taskId === task && resolve(a));
      }
    });
    await victim.stop();
    const reassignedBefore = service.stats.reassigned;
    const [v] = await settled([task]);
    assert.equal(v!.status, "completed");
    const contributors = v!.contributions.map((c) => c.worker.toLowerCase());
    assert.ok(!contributors.includes(victim.address), "the killed worker never contributed");
    assert.equal(contributors.length, 2);
    assert.ok(service.stats.reassigned >= reassignedBefore);
    assert.ok(service.stats.reassigned >= 1, "the silent worker's assignment was dropped");
    // the same digest as a local run of the app (the π reference in TypeScript is too slow at this size)
    assert.equal(v!.resultDigest, (await executeWasm(piWasm(), piInput(7n, 400_000_000))).digest);
  });

  it("a worker killed after contributing: the chain finalizes at the reveal deadline", async () => {
    const workers = honest.slice(0, 3);
    const started = await Promise.all(workers.map((w) => startAgent(w)));
    const deal = await requestDeal("factorial", hexInput(factorialInput(30n)), 1n, 3n);
    const task = deal.tasks[0]!;
    let killed = false;
    const victim = await new Promise<WorkerAgent>((resolve) => {
      for (const a of started)
        a.on((e) => {
          if (e.kind === "contributed" && e.taskId === task && !killed) {
            killed = true;
            void a.stop(); // stops before it can reveal
            resolve(a);
          }
        });
    });
    const victimKey = workers.find((w) => toHex(w.address) === victim.address)!;
    const before = await account(victimKey);
    const finalizedBefore = service.stats.finalized;
    const [v] = await settled([task]);
    assert.equal(v!.status, "completed");
    assert.equal(v!.resultDigest, resultDigestOf(factorialReference(30n)));
    const statuses = Object.fromEntries(v!.contributions.map((c) => [c.worker.toLowerCase(), c.status]));
    assert.equal(statuses[victim.address], "contributed", "the silent winner never revealed");
    assert.equal(Object.values(statuses).filter((s) => s === "proved").length, 1);
    // finalized by the chain at the reveal deadline (no finalize tx, so no results bytes), not by a last reveal
    assert.ok(v!.completedTimeMs! >= v!.revealDeadlineMs!, "completed at the reveal deadline");
    assert.equal(fromHex((v as TaskView & { results: string }).results).length, 0);
    while (service.stats.finalized === finalizedBefore) await new Promise((r) => setTimeout(r, 50));
    const after = await account(victimKey);
    assert.equal(after.locked, before.locked - WORKER_STAKE_PER_TASK, "its stake is seized");
    assert.equal(after.stake, before.stake);
  });

  it("a live worker whose runs fail loses the assignment to another worker after the timeout", async () => {
    service.setAssignmentTimeout(1_500);
    try {
      // every run of this worker times out (too slow a machine): alive, but never contributes
      const broken = await startAgent(honest[2]!, { limits: { timeoutMs: 1 } });
      const failures: string[] = [];
      broken.on((e) => e.kind === "error" && failures.push(e.message));
      const before = service.stats.timedOut;
      // alone in the pool at first, it gets both tasks
      const deal = await requestDeal("factorial", hexInput(factorialInput(12n)), 2n, 3n);
      while (failures.length < 2) await new Promise((r) => setTimeout(r, 50));
      const healthy = await Promise.all(honest.slice(0, 2).map((w) => startAgent(w)));
      const views = await settled(deal.tasks);
      assert.ok(views.every((v) => v.status === "completed"));
      assert.ok(views.every((v) => v.contributions.every((c) => c.worker.toLowerCase() !== broken.address)));
      assert.ok(
        failures.some((m) => /ran past/.test(m)),
        failures.join("; "),
      );
      assert.ok(service.stats.timedOut > before);
      // the two healthy workers did both tasks, and proved them
      for (const v of views) {
        assert.deepEqual(
          v.contributions.map((c) => [c.worker.toLowerCase(), c.status]).sort(),
          healthy.map((a) => [a.address, "proved"]).sort(),
        );
      }
    } finally {
      service.setAssignmentTimeout(undefined);
    }
  });

  it("a lying worker loses its stake; the honest result wins", async () => {
    for (const w of honest) await startAgent(w);
    const liarAgent = await startAgent(liar, { lie: true });
    const before = await account(liar);
    const deal = await requestDeal("factorial", hexInput(factorialInput(25n)), 3n, 3n);
    const views = await settled(deal.tasks);
    const digest = resultDigestOf(factorialReference(25n));
    let lies = 0;
    for (const [i, v] of views.entries()) {
      assert.equal(v.status, "completed");
      assert.equal(v.consensusValue, resultHash(deal.tasks[i]!, digest));
      const mine = v.contributions.find((c) => c.worker.toLowerCase() === liarAgent.address);
      if (mine) {
        lies++;
        assert.equal(mine.status, "contributed", "the liar never proved");
      }
    }
    assert.ok(lies >= 1, "the liar was assigned at least one task");
    const after = await account(liar);
    assert.equal(after.locked, 0n);
    assert.equal(after.balance, before.balance, "no reward for a lie");
    assert.equal(before.stake - after.stake, BigInt(lies) * WORKER_STAKE_PER_TASK, "its stake is seized");
    // the service lowered its estimate of the liar's score
    assert.equal(service.workers.get(liarAgent.address)?.score, 0n);
  });
});
