/**
 * BFT network benchmark: 4 validator processes on this machine (libp2p on 127.0.0.1), pre-signed
 * transfers submitted over HTTP (batches) to all nodes, finality observed by polling one node's blocks.
 * Two phases with bounded tx counts: a paced load (latency when the network is not saturated) and a
 * saturating load (throughput). Reports finalized tx/s and submit→finalized latency p50/p99.
 */
import { rmSync } from "node:fs";
import { type KeyPair, keyPairFromPrivate } from "../node/crypto/keys.js";
import { signedTransfer, tempDir, testKey } from "../test/helpers/fixtures.js";
import { ValidatorNet, waitFor } from "../test/helpers/validatorNet.js";
import type { BenchResult } from "./types.js";

const BLOCK_TIME_MS = 250;
const LIGHT = { senders: 25, levels: 40, intervalMs: 250 }; // 25 txs / 250 ms = 100 tx/s for 10 s
const PACED = { senders: 100, levels: 40, intervalMs: 250 }; // 100 txs / 250 ms = 400 tx/s for 10 s
const HIGH = { senders: 300, levels: 40, intervalMs: 250 }; // 300 txs / 250 ms = 1,200 tx/s for 10 s
const SATURATE = { senders: 400, levels: 50 }; // 20,000 txs as fast as the nodes take them

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

export const keysFrom = (offset: number, n: number) =>
  Array.from({ length: n }, (_, i) => keyPairFromPrivate(`0x${(offset + i).toString(16).padStart(64, "0")}`));

export interface Phase {
  finalized: number;
  seconds: number;
  p50: number;
  p99: number;
  blocks: number;
  refused: number;
}

export async function runPhase(
  net: ValidatorNet,
  senders: KeyPair[],
  levels: number,
  intervalMs: number,
): Promise<Phase> {
  const sink = testKey(300);
  const observer = net.nodes[0]!.api!;
  const submittedAt = new Map<string, number>();
  const finalizedAt = new Map<string, number>();
  let lastSeen = (await observer.status()).height;
  let blocks = 0;
  let observing = true;
  const observe = (async () => {
    while (observing) {
      const head = (await observer.status()).height;
      for (let h = lastSeen + 1; h <= head; h++) {
        const block = await observer.request<{ txs: { hash: string }[] }>("GET", `/blocks/${h}`);
        const now = Date.now();
        if (block.txs.length > 0) blocks++;
        for (const t of block.txs) finalizedAt.set(t.hash, now);
      }
      lastSeen = head;
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const started = Date.now();
  let refused = 0;
  let total = 0;
  // Each node receives the txs of its senders, nonce level by level, so each sender's nonces arrive
  // in order; a level is sent when the previous one was accepted (and, when paced, on its tick).
  await Promise.all(
    [0, 1, 2, 3].map(async (node) => {
      const mine = senders.filter((_, i) => i % 4 === node);
      for (let n = 0; n < levels; n++) {
        if (intervalMs) {
          const due = started + n * intervalMs;
          if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
        }
        const batch = mine.map((s) => signedTransfer(s, sink, 1n, n));
        const now = Date.now();
        for (const t of batch) submittedAt.set(`0x${Buffer.from(t.hash).toString("hex")}`, now);
        total += batch.length;
        const { results } = await net.nodes[node]!.api!.submitTxs(batch.map((t) => t.bytes));
        refused += results.filter((r) => r.code).length;
      }
    }),
  );
  await waitFor(async () => finalizedAt.size >= total - refused, 180_000, "all txs finalized").catch(
    () => {},
  );
  observing = false;
  await observe;
  const ends = [...finalizedAt.values()];
  const latencies = [...finalizedAt.entries()]
    .map(([hash, at]) => at - (submittedAt.get(hash) ?? at))
    .sort((a, b) => a - b);
  return {
    finalized: finalizedAt.size,
    seconds: (Math.max(...ends) - started) / 1000,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    blocks,
    refused,
  };
}

export async function run(): Promise<BenchResult[]> {
  const dir = tempDir("poco-bench-bft-");
  const light = keysFrom(4000, LIGHT.senders);
  const paced = keysFrom(5000, PACED.senders);
  const high = keysFrom(6000, HIGH.senders);
  const saturating = keysFrom(9000, SATURATE.senders);
  const net = new ValidatorNet(dir, 4, BLOCK_TIME_MS, [...light, ...paced, ...high, ...saturating]);
  try {
    await net.prepare();
    await Promise.all([0, 1, 2, 3].map((i) => net.start(i)));
    await waitFor(async () => Math.min(...(await net.heights())) >= 2, 30_000, "the network to start");
    const l = await runPhase(net, light, LIGHT.levels, LIGHT.intervalMs);
    const a = await runPhase(net, paced, PACED.levels, PACED.intervalMs);
    const h = await runPhase(net, high, HIGH.levels, HIGH.intervalMs);
    const b = await runPhase(net, saturating, SATURATE.levels, 0);
    const setup = `4 validator processes + load generator on this machine, block time ${BLOCK_TIME_MS} ms`;
    return [
      {
        name: "warm-up, light load (100 tx/s): finality latency p50",
        value: l.p50,
        unit: "ms",
        note: `${l.finalized} txs; first phase after start (JIT, gossip meshes still forming)`,
      },
      { name: "warm-up, light load (100 tx/s): finality latency p99", value: l.p99, unit: "ms" },
      {
        name: "paced load: finalized transfers/s",
        value: Math.round(a.finalized / a.seconds),
        unit: "tx/s",
        note: `${a.finalized} txs offered at ${(PACED.senders * 1000) / PACED.intervalMs} tx/s; ${setup}`,
      },
      { name: "paced load: finality latency p50 (submit → block final)", value: a.p50, unit: "ms" },
      { name: "paced load: finality latency p99", value: a.p99, unit: "ms" },
      {
        name: "high paced load (1,200 tx/s): finalized transfers/s",
        value: Math.round(h.finalized / h.seconds),
        unit: "tx/s",
        note: `${h.finalized} txs, ${h.blocks} blocks, ${h.refused} refused`,
      },
      { name: "high paced load: finality latency p50", value: h.p50, unit: "ms" },
      { name: "high paced load: finality latency p99", value: h.p99, unit: "ms" },
      {
        name: "saturating load: finalized transfers/s",
        value: Math.round(b.finalized / b.seconds),
        unit: "tx/s",
        note: `${b.finalized} txs in ${b.seconds.toFixed(1)} s, ${b.blocks} blocks, ${b.refused} refused`,
      },
      {
        name: "saturating load: finality latency p50",
        value: b.p50,
        unit: "ms",
        note: "queueing: offered faster than finalized",
      },
      { name: "saturating load: finality latency p99", value: b.p99, unit: "ms" },
    ];
  } finally {
    await net.stopAll();
    rmSync(dir, { recursive: true, force: true });
  }
}
