/**
 * BFT network under sustained load: 4 validator processes on this machine (libp2p on 127.0.0.1),
 * pre-signed transfers submitted over HTTP to all nodes at a bounded rate, finality observed by
 * polling the blocks. Reports finalized tx/s and submit→finalized latency p50/p99.
 */
import { rmSync } from "node:fs";
import { keyPairFromPrivate } from "../node/crypto/keys.js";
import { RLC, signedTransfer, tempDir, testKey } from "../test/helpers/fixtures.js";
import { ValidatorNet, waitFor } from "../test/helpers/validatorNet.js";
import type { BenchResult } from "./types.js";

const SENDERS = 200;
const TXS_PER_SENDER = 40;
const BLOCK_TIME_MS = 250;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

export async function run(): Promise<BenchResult[]> {
  const dir = tempDir("poco-bench-bft-");
  const senders = Array.from({ length: SENDERS }, (_, i) => keyPairFromPrivate(`0x${(5000 + i).toString(16).padStart(64, "0")}`));
  const net = new ValidatorNet(dir, 4, BLOCK_TIME_MS, senders);
  try {
    await net.prepare();
    await Promise.all([0, 1, 2, 3].map((i) => net.start(i)));
    await waitFor(async () => Math.min(...(await net.heights())) >= 2, 30_000, "the network to start");
    const sink = testKey(300);
    // Nonce-ordered per sender; senders interleaved so every block has many senders.
    const txs: { bytes: Uint8Array; hash: string; sender: number }[] = [];
    for (let n = 0; n < TXS_PER_SENDER; n++) {
      for (let s = 0; s < SENDERS; s++) {
        const t = signedTransfer(senders[s]!, sink, 1n + BigInt(n), n);
        txs.push({ bytes: t.bytes, hash: `0x${Buffer.from(t.hash).toString("hex")}`, sender: s });
      }
    }
    const submittedAt = new Map<string, number>();
    const finalizedAt = new Map<string, number>();
    const observer = net.nodes[0]!.api!;
    let lastSeen = (await observer.status()).height;
    let observing = true;
    const observe = (async () => {
      while (observing) {
        const head = (await observer.status()).height;
        for (let h = lastSeen + 1; h <= head; h++) {
          const block = await observer.request<{ txs: { hash: string }[] }>("GET", `/blocks/${h}`);
          const now = Date.now();
          for (const t of block.txs) finalizedAt.set(t.hash, now);
        }
        lastSeen = head;
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    // Submit: each worker owns some senders and sends each sender's txs in nonce order (a client
    // knows its nonces; concurrent sends of one sender could arrive out of order and be refused).
    const started = Date.now();
    const CONCURRENCY = 40;
    let rejected = 0;
    const refusals = new Map<string, number>();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, worker) => {
        for (const t of txs) {
          if (t.sender % CONCURRENCY !== worker) continue;
          submittedAt.set(t.hash, Date.now());
          await net.nodes[t.sender % 4]!.api!.submitTx(t.bytes).catch((err: { code?: string }) => {
            rejected++;
            refusals.set(err.code ?? "?", (refusals.get(err.code ?? "?") ?? 0) + 1);
          });
        }
      }),
    );
    const submitSeconds = (Date.now() - started) / 1000;
    if (refusals.size) process.stdout.write(`  refused: ${JSON.stringify(Object.fromEntries(refusals))}\n`);
    await waitFor(async () => finalizedAt.size >= txs.length - rejected, 120_000, "all txs finalized").catch(() => {});
    observing = false;
    await observe;
    const ends = [...finalizedAt.values()];
    const total = (Math.max(...ends) - started) / 1000;
    const latencies = [...finalizedAt.entries()]
      .map(([hash, at]) => at - (submittedAt.get(hash) ?? at))
      .sort((a, b) => a - b);
    void RLC;
    return [
      { name: "finalized transfers/s, 4 validators (processes), sustained", value: Math.round(finalizedAt.size / total), unit: "tx/s", note: `${finalizedAt.size} txs in ${total.toFixed(1)} s, block time ${BLOCK_TIME_MS} ms, HTTP submit rate ${Math.round(txs.length / submitSeconds)} tx/s, ${rejected} refused` },
      { name: "finality latency p50 (submit → block seen final)", value: percentile(latencies, 50), unit: "ms" },
      { name: "finality latency p99", value: percentile(latencies, 99), unit: "ms" },
    ];
  } finally {
    await net.stopAll();
    rmSync(dir, { recursive: true, force: true });
  }
}
