/**
 * The spam flood at a real 4-validator network (issue 10): four `poco node` processes over libp2p on
 * 127.0.0.1 (500 ms blocks, the devnet's), an attacker flooding signed transfers from many funded
 * accounts (base-fee-level max fee, no tip) through the nodes' HTTP APIs — which gossip them to the
 * other validators — while honest users keep sending transfers paying the current base fee + the
 * suggested tip (as `poco tx transfer` does: GET /fees, max fee 2 × base fee + tip), one per user
 * each time the chain moves on. Used by test/e2e/spamFloodNetwork.test.ts (assertions) and
 * bench/spamFloodNetwork.ts (figures).
 */
import { rmSync } from "node:fs";
import { toHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { DEFAULT_CHAIN_PARAMS } from "../../node/execution/fees.js";
import { signTx } from "../../node/tx/signedTx.js";
import { uintToBytes } from "../../proto/index.js";
import { TEST_CHAIN_ID, tempDir, testKey } from "./fixtures.js";
import { ValidatorNet } from "./validatorNet.js";

export interface NetworkFloodOptions {
  floodTxs: number;
  attackers: number;
  honestUsers: number;
  blockTimeMs: number;
}

export interface NetworkFloodResult {
  floodAccepted: number;
  /** Refusal codes of flood txs at the API, with counts. */
  floodRefused: Record<string, number>;
  blocks: number;
  txsIncluded: number;
  /** Gas used / limit of the fullest block. */
  fullest: number;
  honestSent: number;
  /** Blocks from the head each honest tx was sent at to the block that included it. */
  honestLatencyBlocks: number[];
  /** Honest txs not included within 4 blocks of the last one sent. */
  honestLost: string[];
  /** Blocks whose gas used exceeds their gas limit (must be none). */
  overLimit: string[];
  /** Each node's block hash at the final head. */
  headHashes: string[];
  /** Per node: blocks whose build/validation took ≤ 200 ms, ≤ the block time, and in all. */
  execution: { total: number; under200ms: number; underBlockTime: number }[];
  phasesMs: Record<string, number>;
}

const MIN_BASE_FEE = 10n;
const BATCH = 1_000; // POST /txs/batch's maximum
const FLOOD_GAS = 40_000;
const HONEST_GAS = 30_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// biome-ignore lint/suspicious/noExplicitAny: JSON answers, read field by field
async function get(url: string): Promise<any> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

// biome-ignore lint/suspicious/noExplicitAny: JSON answers, read field by field
async function post(url: string, body: unknown): Promise<any> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return res.json();
}

function transfer(
  from: KeyPair,
  to: KeyPair,
  nonce: number,
  maxFee: bigint,
  tip: bigint,
  gasLimit: number,
): string {
  return toHex(
    signTx(
      {
        chainId: TEST_CHAIN_ID,
        nonce,
        gasLimit,
        maxFeePerGas: uintToBytes(maxFee),
        maxPriorityFeePerGas: uintToBytes(tip),
        transfer: { to: to.address, amount: uintToBytes(1n) },
      },
      from.privateKey,
    ).bytes,
  );
}

/** Bucket counts of a Prometheus histogram (cumulative, by upper bound in seconds). */
function histogram(metrics: string, name: string): { le: number; count: number }[] {
  const out: { le: number; count: number }[] = [];
  for (const line of metrics.split("\n")) {
    const m = new RegExp(`^${name}_bucket\\{le="([^"]+)"\\} (\\d+)`).exec(line);
    if (m) out.push({ le: m[1] === "+Inf" ? Number.POSITIVE_INFINITY : Number(m[1]), count: Number(m[2]) });
  }
  return out;
}

export async function runNetworkFlood(o: NetworkFloodOptions): Promise<NetworkFloodResult> {
  const attackers = Array.from({ length: o.attackers }, (_, i) => testKey(10_000 + i));
  const honest = Array.from({ length: o.honestUsers }, (_, i) => testKey(200 + i)); // beside ValidatorNet's own funded keys
  const sink = testKey(99);
  const dir = tempDir("poco-flood-net-");
  const net = new ValidatorNet(dir, 4, o.blockTimeMs, [...honest, ...attackers]);
  net.customizeGenesis = (genesis) => {
    genesis.params = { ...DEFAULT_CHAIN_PARAMS, minBaseFee: MIN_BASE_FEE, initialBaseFee: MIN_BASE_FEE };
  };
  net.readyTimeoutMs = 120_000;
  try {
    await net.prepare();
    const nodes = (await net.startAll()).map((n) => n.proc!);
    const api = (i: number) => nodes[i % nodes.length]!.apiUrl;
    const phases: Record<string, number> = {};
    let mark = Date.now();
    const phase = (name: string) => {
      phases[name] = Date.now() - mark;
      mark = Date.now();
    };
    // the chain runs before the flood starts
    for (let w = 0; w < 600 && Number((await get(`${api(0)}/status`)).height) < 2; w++) await sleep(100);
    const startHeight = Number((await get(`${api(0)}/status`)).height);

    // The attacker's txs, signed as they are sent: base-fee-level max fee (room for 100× rises), no tip.
    // Each attacker account sends through one node, in nonce order (a tx for a nonce the node has not
    // seen yet would be refused as too far ahead, which would only make the attack cheaper for us).
    const perNode = Math.ceil(o.floodTxs / nodes.length);
    const sentByNode = nodes.map(() => 0);
    let nextFlood = 0;
    const floodBatch = (k: number): string[] => {
      const accounts = attackers.filter((_, a) => a % nodes.length === k);
      const batch: string[] = [];
      for (; batch.length < BATCH && sentByNode[k]! < perNode && nextFlood < o.floodTxs; nextFlood++) {
        const j = sentByNode[k]!++;
        const from = accounts[j % accounts.length]!;
        batch.push(transfer(from, sink, Math.floor(j / accounts.length), 100n * MIN_BASE_FEE, 0n, FLOOD_GAS));
      }
      return batch;
    };
    let floodAccepted = 0;
    const floodRefused: Record<string, number> = {};
    const honestTxs: { hash: string; sentAtHeight: number; node: number }[] = [];
    let honestNonce = 0;
    const honestRound = async () => {
      const fees = await get(`${api(0)}/fees`);
      const sentAtHeight = Number(fees.height) - 1; // the head the users saw
      const tip = BigInt(fees.suggestedTipPerGas);
      const maxFee = 2n * BigInt(fees.baseFeePerGas) + tip;
      await Promise.all(
        honest.map(async (user, u) => {
          const tx = transfer(user, sink, honestNonce, maxFee, tip, HONEST_GAS);
          const res = await post(`${api(u)}/txs`, { tx });
          if (typeof res.hash !== "string") throw new Error(`honest tx refused: ${JSON.stringify(res)}`);
          honestTxs.push({ hash: res.hash, sentAtHeight, node: u % nodes.length });
        }),
      );
      honestNonce++;
    };

    // Flood batches to the four nodes in turn; an honest round each time the chain moved on.
    let lastRoundHeight = -1;
    for (let b = 0; nextFlood < o.floodTxs && b < o.floodTxs / BATCH + 1; b++) {
      const res = await post(`${api(b)}/txs/batch`, { txs: floodBatch(b % nodes.length) });
      floodAccepted += Number(res.accepted ?? 0);
      if (!Array.isArray(res.results))
        floodRefused[`batch: ${res.code ?? JSON.stringify(res).slice(0, 80)}`] = 1;
      for (const r of (res.results ?? []) as { code?: string }[])
        if (r.code) floodRefused[r.code] = (floodRefused[r.code] ?? 0) + 1;
      const height = Number((await get(`${api(0)}/status`)).height);
      if (height !== lastRoundHeight) {
        lastRoundHeight = height;
        await honestRound();
      }
    }
    phase("flood");
    // a few more honest rounds while the mempools are still full of the flood
    for (let r = 0; r < 6; r++) {
      const height = Number((await get(`${api(0)}/status`)).height);
      for (let w = 0; w < 100 && Number((await get(`${api(0)}/status`)).height) === height; w++)
        await sleep(50);
      await honestRound();
    }

    phase("moreHonestRounds");
    // Measure everything first, print it, then check (a failure still shows the figures). One pass
    // over the blocks finds each honest tx's block, once the head is 4 blocks past the last one sent.
    const lastSent = Math.max(...honestTxs.map((t) => t.sentAtHeight));
    for (let w = 0; w < 600 && Number((await get(`${api(0)}/status`)).height) < lastSent + 4; w++)
      await sleep(100);
    const head = Number((await get(`${api(0)}/status`)).height);
    const includedAt = new Map<string, number>();
    const overLimit: string[] = [];
    let fullest = 0;
    let txsIncluded = 0;
    for (let h = startHeight + 1; h <= head; h += nodes.length) {
      const heights = nodes.map((_, i) => h + i).filter((x) => x <= head);
      const blocks = await Promise.all(heights.map((x, i) => get(`${api(i)}/blocks/${x}`)));
      for (const [i, block] of blocks.entries()) {
        const gasUsed = Number(block.header.gasUsed);
        const gasLimit = Number(block.header.gasLimit);
        if (gasUsed > gasLimit) overLimit.push(`block ${heights[i]}: ${gasUsed} > ${gasLimit}`);
        fullest = Math.max(fullest, gasUsed / gasLimit);
        for (const t of block.txs as { hash: string }[]) includedAt.set(t.hash, heights[i]!);
        txsIncluded += (block.txs as unknown[]).length;
      }
    }
    const latencies: number[] = [];
    const lost: string[] = [];
    for (const t of honestTxs) {
      const at = includedAt.get(t.hash);
      if (at === undefined) lost.push(t.hash);
      else latencies.push(at - t.sentAtHeight);
    }
    phase("scan");
    const hashes = await Promise.all(
      nodes.map(async (n) => (await get(`${n.apiUrl}/blocks/${head}`)).header.hash),
    );

    const execution = await Promise.all(
      nodes.map(async (n) => {
        const buckets = histogram(
          await (await fetch(`${n.apiUrl}/metrics`)).text(),
          "poco_block_execution_seconds",
        );
        const count = (le: number) => buckets.find((b) => b.le === le)?.count ?? 0;
        return {
          total: count(Number.POSITIVE_INFINITY),
          under200ms: count(0.2),
          underBlockTime: count(o.blockTimeMs / 1000),
        };
      }),
    );
    return {
      floodAccepted,
      floodRefused,
      blocks: head - startHeight,
      txsIncluded,
      fullest,
      honestSent: honestTxs.length,
      honestLatencyBlocks: latencies,
      honestLost: lost,
      overLimit,
      headHashes: hashes,
      execution,
      phasesMs: phases,
    };
  } finally {
    await net.stopAll();
    rmSync(dir, { recursive: true, force: true });
  }
}
