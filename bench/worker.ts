/**
 * Worker benchmarks on one in-process validator (HTTP API, blocks of `BLOCK_TIME_MS`, the devnet
 * default) with the scheduler service and 3 worker agents (capacity 4 each) running the sample
 * WebAssembly apps; every task at trust 3 (two agreeing contributions, commit + reveal on chain).
 *
 * - Throughput (after a warm-up deal per app): one deal of `VOLUME` tasks per sample app, then the
 *   three at once; tasks completed per minute from the matchOrders submission to the last task's
 *   completion seen by the scheduler.
 * - Latency: single-task deals one after the other; time from submitting the request order (the
 *   matchOrders transaction) to the result bytes fetched from a worker and checked against the
 *   on-chain digest by the requester. Median and max.
 */
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pino } from "pino";
import { factorialInput, mandelbrotInput, piInput } from "../apps/sampleApps.js";
import type { Genesis } from "../node/chain/genesis.js";
import { ApiClient } from "../node/cli/apiClient.js";
import { toHex } from "../node/crypto/hash.js";
import { type KeyPair, keyPairFromPrivate } from "../node/crypto/keys.js";
import { PocoNode } from "../node/pocoNode.js";
import { TxSender } from "../node/worker/txSender.js";
import { fetchVerifiedResult, WorkerAgent } from "../node/worker/workerAgent.js";
import { requestTasks, setupSampleMarket } from "../node/workerpool/sampleMarket.js";
import { SchedulerService } from "../node/workerpool/schedulerService.js";
import type { BenchResult } from "./types.js";

const CHAIN_ID = 4343;
const RLC = 1_000_000_000n;
const BLOCK_TIME_MS = 500;
const VOLUME = 48n;
const LATENCY_RUNS = 5;

const key = (n: number): KeyPair => keyPairFromPrivate(`0x${(n + 101).toString(16).padStart(64, "0")}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const INPUTS: Record<string, Uint8Array> = {
  factorial: factorialInput(1000n),
  pi: piInput(12345n, 5_000_000),
  mandelbrot: mandelbrotInput(128, 128, 256),
};

export async function run(): Promise<BenchResult[]> {
  const validator = key(0);
  const requester = key(1);
  const appOwner = key(2);
  const scheduler = key(3);
  const workers = [key(4), key(5), key(6)];
  const funded = [requester, appOwner, scheduler, ...workers];
  const genesis: Genesis = {
    chainId: CHAIN_ID,
    genesisTimeMs: Date.now() - 60_000,
    admin: toHex(requester.address),
    validators: [{ address: toHex(validator.address), power: 10 }],
    accounts: funded.map((k) => ({ address: toHex(k.address), balance: 10_000_000n * RLC, stake: 0n })),
    categories: [{ name: "S", description: "small", workClockTimeRef: 30 }],
  };
  const dir = join(tmpdir(), `poco-bench-worker-${process.pid}`);
  const node = await PocoNode.start({
    dataDir: join(dir, "node"),
    genesis,
    validatorKey: validator,
    api: { host: "127.0.0.1", port: 0 },
    producer: { blockTimeMs: BLOCK_TIME_MS },
    logger: pino({ level: "silent" }),
  });
  const api = new ApiClient(node.apiUrl);
  let service: SchedulerService | undefined;
  const agents: WorkerAgent[] = [];
  const results: BenchResult[] = [];
  try {
    const market = await setupSampleMarket({
      api,
      chainId: CHAIN_ID,
      appOwner,
      scheduler,
      appStoreDir: join(dir, "apps"),
      appPrice: 1n * RLC,
      workerpoolPrice: 10n * RLC,
      schedulerStake: 100_000n * RLC,
    });
    const pool = new SchedulerService({
      api,
      chainId: CHAIN_ID,
      key: scheduler,
      workerpool: market.workerpool,
      pollMs: 100,
      heartbeatTimeoutMs: 5_000,
    });
    service = pool;
    await pool.start();
    for (const w of workers) {
      const agent = new WorkerAgent({
        api,
        chainId: CHAIN_ID,
        key: w,
        schedulerUrl: pool.url,
        stake: 10_000n * RLC,
        capacity: 4,
        heartbeatMs: 1_000,
        pollMs: 100,
        appStoreDir: join(dir, "apps"),
      });
      await agent.start();
      agents.push(agent);
    }
    const buyer = { key: requester, sender: new TxSender(api, requester, CHAIN_ID) };

    const waitDone = async (taskIds: string[], timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (taskIds.every((t) => pool.tasks.get(t)?.done)) return;
        if (Date.now() > deadline) throw new Error(`tasks not done after ${timeoutMs} ms`);
        await sleep(20);
      }
    };
    const openDeal = async (app: string, volume: bigint, trust: bigint) => {
      const deal = await requestTasks(market, buyer, app, INPUTS[app]!, volume, trust);
      return (await pool.addDeal(deal.dealId)).tasks;
    };

    // warm-up: app compilation, first requests, JIT
    await waitDone(
      (await Promise.all(["factorial", "pi", "mandelbrot"].map((a) => openDeal(a, 2n, 3n)))).flat(),
      60_000,
    );

    // throughput, one app at a time, then mixed
    for (const apps of [["factorial"], ["pi"], ["mandelbrot"], ["factorial", "pi", "mandelbrot"]]) {
      const started = performance.now();
      const tasks = (await Promise.all(apps.map((a) => openDeal(a, VOLUME, 3n)))).flat();
      await waitDone(tasks, 300_000);
      const seconds = (performance.now() - started) / 1000;
      const failed = tasks.filter((t) => pool.tasks.get(t)?.status !== "completed").length;
      results.push({
        name: `worker: tasks completed per minute (${apps.join(" + ")}, trust 3, 3 workers × 4)`,
        value: Math.round((tasks.length / seconds) * 60),
        unit: "tasks/min",
        note: `${tasks.length} tasks in ${seconds.toFixed(1)} s, ${failed} not completed, ${BLOCK_TIME_MS} ms blocks`,
      });
    }

    // latency: request order → verified result bytes
    for (const trust of [3n, 1n]) {
      const latencies: number[] = [];
      for (let i = 0; i < LATENCY_RUNS; i++) {
        const started = performance.now();
        const [task] = await openDeal("pi", 1n, trust);
        await waitDone([task!], 120_000);
        let bytes: Uint8Array | undefined;
        while (!bytes) {
          const r = (await (await fetch(`${pool.url}/results/${task}`)).json()) as { urls: string[] };
          bytes = await fetchVerifiedResult(api, task!, r.urls).catch(() => undefined);
          if (!bytes) await sleep(20);
        }
        latencies.push(performance.now() - started);
      }
      latencies.sort((a, b) => a - b);
      results.push({
        name: `worker: request order → verified result (pi 5M samples, trust ${trust})`,
        value: Math.round(latencies[Math.floor(latencies.length / 2)]!),
        unit: "ms",
        note: `median of ${LATENCY_RUNS}, max ${Math.round(latencies.at(-1)!)} ms, ${BLOCK_TIME_MS} ms blocks`,
      });
    }
    return results;
  } finally {
    await Promise.all(agents.map((a) => a.stop()));
    await service?.stop();
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const isMain = process.argv[1]?.endsWith("bench/worker.ts");
if (isMain) {
  run().then(
    (r) => {
      for (const x of r) console.log(`${x.name}: ${x.value} ${x.unit} (${x.note ?? ""})`);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
