/**
 * Liveness under overload (issue 9): the 4-validator network of bench/bft.ts while the machine's CPU
 * is oversubscribed by busy-loop child processes started here (2 per core by default,
 * BENCH_OVERLOAD_BUSY to change). Each busy child stops by itself after BUSY_MAX_MS even if this
 * process dies, and is killed when the phase ends. Reports finalized tx/s and submit → final latency
 * p50/p99 of a paced load, the heights that needed more than one round, and how many "invalid
 * proposal" lines the validators logged (late messages of committed heights must not produce any).
 * BENCH_OVERLOAD_LOG=<file> keeps the validators' log lines there.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, rmSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import type { KeyPair } from "../node/crypto/keys.js";
import { signedTransfer, tempDir, testKey } from "../test/helpers/fixtures.js";
import { ValidatorNet, waitFor } from "../test/helpers/validatorNet.js";
import { keysFrom, percentile } from "./bft.js";
import type { BenchResult } from "./types.js";

const BLOCK_TIME_MS = 250;
/** 50 senders, one tx each per 250 ms = 200 tx/s offered for 15 s. */
const LOAD = { senders: 50, levels: 60, intervalMs: 250 };
const FINALITY_TIMEOUT_MS = 240_000;
const BUSY_MAX_MS = 400_000;

function startBusyLoops(n: number): ChildProcess[] {
  const code = `const end = Date.now() + ${BUSY_MAX_MS}; while (Date.now() < end) {}`;
  return Array.from({ length: n }, () => spawn(process.execPath, ["-e", code], { stdio: "ignore" }));
}

async function stopBusyLoops(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.exitCode !== null || c.signalCode !== null) return resolve();
          c.once("exit", () => resolve());
          c.kill("SIGKILL");
        }),
    ),
  );
}

function countLines(path: string, needle: string): number {
  try {
    return readFileSync(path, "utf8")
      .split("\n")
      .filter((l) => l.includes(needle)).length;
  } catch {
    return 0;
  }
}

interface LoadOutcome {
  finalized: number;
  seconds: number;
  p50: number;
  p99: number;
  heights: number;
  multiRound: number;
}

/**
 * Offers the paced load (each node gets its senders' txs, nonce level by level, as bench/bft.ts
 * does), then reads the blocks once the txs are in. A tx counts as final when the NEXT block was
 * proposed (its header time): the proposer builds it only after committing the tx's block, so this
 * bound does not depend on how quickly a starved observer polls the API (polling every few ms would
 * also add load to the node it polls).
 */
async function offerLoad(net: ValidatorNet, senders: KeyPair[]): Promise<LoadOutcome> {
  const sink = testKey(300);
  const api = net.nodes[0]!.api!;
  const startHeight = (await api.status()).height;
  const submittedAt = new Map<string, number>();
  const started = Date.now();
  let refused = 0;
  await Promise.all(
    [0, 1, 2, 3].map(async (node) => {
      const mine = senders.filter((_, i) => i % 4 === node);
      for (let n = 0; n < LOAD.levels; n++) {
        const due = started + n * LOAD.intervalMs;
        if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
        const batch = mine.map((s) => signedTransfer(s, sink, 1n, n));
        const now = Date.now();
        for (const t of batch) submittedAt.set(`0x${Buffer.from(t.hash).toString("hex")}`, now);
        const { results } = await net.nodes[node]!.api!.submitTxs(batch.map((t) => t.bytes));
        refused += results.filter((r) => r.code).length;
      }
    }),
  );
  // Blocks read back once, after the fact: header time, round and txs of each.
  type BlockView = { header: { timeMs: number; round: number }; txs: { hash: string }[] };
  const blocks: BlockView[] = [];
  const finalBlock = new Map<string, number>();
  const deadline = Date.now() + FINALITY_TIMEOUT_MS;
  let next = startHeight + 1;
  // One block past the last tx's block is needed for its bound.
  let lastTxBlock = -1;
  while (
    Date.now() < deadline &&
    !(finalBlock.size >= submittedAt.size - refused && blocks.length > lastTxBlock + 1)
  ) {
    const head = (await api.status()).height;
    for (; next <= head; next++) {
      const block = await api.request<BlockView>("GET", `/blocks/${next}`);
      for (const t of block.txs) if (submittedAt.has(t.hash)) finalBlock.set(t.hash, blocks.length);
      if (block.txs.length > 0) lastTxBlock = blocks.length;
      blocks.push(block);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const finalAt = (i: number) => blocks[i + 1]?.header.timeMs ?? Date.now();
  const latencies = [...finalBlock.entries()]
    .map(([hash, i]) => finalAt(i) - submittedAt.get(hash)!)
    .sort((a, b) => a - b);
  const lastFinal = Math.max(...[...finalBlock.values()].map(finalAt));
  return {
    finalized: finalBlock.size,
    seconds: (lastFinal - started) / 1000,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    heights: lastTxBlock + 2,
    multiRound: blocks.slice(0, lastTxBlock + 2).filter((b) => b.header.round > 0).length,
  };
}

export async function run(): Promise<BenchResult[]> {
  const dir = tempDir("poco-bench-overload-");
  const busyCount = Number(process.env.BENCH_OVERLOAD_BUSY ?? cpus().length * 2);
  const logFile = join(dir, "nodes.log");
  const previousLog = process.env.POCO_NODE_LOG_FILE;
  process.env.POCO_NODE_LOG_FILE = logFile;
  const senders = keysFrom(7000, LOAD.senders);
  const net = new ValidatorNet(dir, 4, BLOCK_TIME_MS, senders);
  net.readyTimeoutMs = 120_000;
  let busy: ChildProcess[] = [];
  try {
    await net.prepare();
    await Promise.all([0, 1, 2, 3].map((i) => net.start(i)));
    await waitFor(async () => Math.min(...(await net.heights())) >= 2, 60_000, "the network to start");
    busy = startBusyLoops(busyCount);
    const phase = await offerLoad(net, senders);
    await stopBusyLoops(busy);
    busy = [];
    const offered = LOAD.senders * LOAD.levels;
    const setup = `4 validator processes + load generator + ${busyCount} busy-loop processes on ${cpus().length} cores, block time ${BLOCK_TIME_MS} ms`;
    return [
      {
        name: "oversubscribed CPU: finalized transfers/s",
        value: Math.round(phase.finalized / phase.seconds),
        unit: "tx/s",
        note: `${phase.finalized} of ${offered} txs offered at ${(LOAD.senders * 1000) / LOAD.intervalMs} tx/s finalized in ${phase.seconds.toFixed(1)} s; ${setup}`,
      },
      { name: "oversubscribed CPU: finality latency p50", value: phase.p50, unit: "ms" },
      { name: "oversubscribed CPU: finality latency p99", value: phase.p99, unit: "ms" },
      {
        name: "oversubscribed CPU: heights committed after round 0",
        value: phase.multiRound,
        unit: "heights",
        note: `of ${phase.heights} heights until the last tx was final`,
      },
      {
        name: "oversubscribed CPU: 'invalid proposal' log lines (4 validators)",
        value: countLines(logFile, "invalid proposal"),
        unit: "lines",
      },
    ];
  } finally {
    await stopBusyLoops(busy);
    await net.stopAll();
    // BENCH_OVERLOAD_LOG=<path> keeps the validators' logs (POCO_NODE_LOG_LEVEL=debug for heights).
    if (process.env.BENCH_OVERLOAD_LOG && existsSync(logFile))
      copyFileSync(logFile, process.env.BENCH_OVERLOAD_LOG);
    if (previousLog === undefined) delete process.env.POCO_NODE_LOG_FILE;
    else process.env.POCO_NODE_LOG_FILE = previousLog;
    rmSync(dir, { recursive: true, force: true });
  }
}
