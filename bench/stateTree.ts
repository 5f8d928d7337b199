/**
 * Benchmark of the state tree (node/state/sparseMerkleTree.ts): bulk build, a block of updates with
 * its root, proof generation and verification, all in memory; then the persisted state
 * (committedState.ts over level) at 100k and 1M entries: start-up time and RSS of a fresh process
 * opening the store, and the commit time of 1,000-transfer blocks through the real chain. The store is
 * filled by the streaming builder (node/state/sortedTreeBuilder.ts), so 10M entries need no more
 * memory than 100k.
 * BENCH_STATE_SIZES=100000,1000000 (default) chooses the persisted sizes.
 */
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { keccak_256 } from "@noble/hashes/sha3.js";
import { decodeHeader, encodeHeader } from "../node/chain/blockHeader.js";
import { Chain } from "../node/chain/chain.js";
import { type Genesis, genesisToJSON } from "../node/chain/genesis.js";
import { toHex } from "../node/crypto/hash.js";
import { keyPairFromPrivate } from "../node/crypto/keys.js";
import { DEFAULT_CHAIN_PARAMS } from "../node/execution/fees.js";
import { createStateMachine } from "../node/execution/stateMachine.js";
import { DEFAULT_STATE_CACHE_MB } from "../node/state/committedState.js";
import { buildPersistedState, type PersistedStateBuild } from "../node/state/sortedTreeBuilder.js";
import { type MerkleProof, SparseMerkleTree, verifyInclusion } from "../node/state/sparseMerkleTree.js";
import { ChainDb, DEFAULT_DB_MAX_OPEN_FILES } from "../node/storage/chainDb.js";
import { tempDir } from "../test/helpers/fixtures.js";
import type { BenchResult } from "./types.js";

const PERSISTED_SIZES = (process.env.BENCH_STATE_SIZES ?? "100000,1000000").split(",").map(Number);
/** `--state-cache-mb` of the persisted runs (BENCH_STATE_CACHE_MB; the node's default otherwise). */
const CACHE_MB = Number(process.env.BENCH_STATE_CACHE_MB ?? DEFAULT_STATE_CACHE_MB);
/**
 * Blocks of 1,000 transfers committed after start (BENCH_STATE_BLOCKS); the first warms the cache.
 * 30 by default: RSS keeps growing over the first blocks (caches filling, LevelDB's mapped tables),
 * and 8 blocks showed 1.1 GiB at 10M where 30 showed 1.6 GiB.
 */
const BLOCKS = Math.max(4, Number(process.env.BENCH_STATE_BLOCKS ?? 30));
/** `--db-max-open-files` of the persisted runs (BENCH_DB_MAX_OPEN_FILES; the node's default otherwise). */
const DB_MAX_OPEN_FILES = Number(process.env.BENCH_DB_MAX_OPEN_FILES ?? DEFAULT_DB_MAX_OPEN_FILES);

const TREE_SIZE = 100_000;
const BLOCK_WRITES = 10_000;
const PROOFS = 10_000;

/** The i-th state key: 8-byte big-endian index behind a 1-byte prefix, like a typed store key. */
function keyAt(i: number): Uint8Array {
  const k = new Uint8Array(9);
  k[0] = 0x01;
  new DataView(k.buffer).setBigUint64(1, BigInt(i));
  return k;
}

/** A 64-byte value, as a small encoded account record would be. */
function valueAt(i: number, version: number): Uint8Array {
  const v = new Uint8Array(64);
  v.set(keccak_256(keyAt(i)));
  new DataView(v.buffer).setUint32(60, version);
  return v;
}

/** xorshift32: deterministic pseudo-random indices for the benchmark only. */
function picker(seed: number): (n: number) => number {
  let s = seed >>> 0 || 1;
  return (n) => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s % n;
  };
}

function perSecond(count: number, ms: number): number {
  return Math.round((count * 1000) / ms);
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];

  const entries: [Uint8Array, Uint8Array][] = [];
  for (let i = 0; i < TREE_SIZE; i++) entries.push([keyAt(i), valueAt(i, 0)]);

  // Bulk build (what a node does at start from the persisted key/values), including the root.
  let t0 = performance.now();
  const tree = SparseMerkleTree.fromEntries(entries);
  tree.root();
  let ms = performance.now() - t0;
  results.push({
    name: "stateTree.build",
    value: perSecond(TREE_SIZE, ms),
    unit: "entries/s",
    note: `${TREE_SIZE} entries in ${Math.round(ms)} ms, ${tree.hashCount} keccak calls`,
  });

  // One block of random writes on existing keys, then the block's state root.
  const pick = picker(0x5eed);
  const writes: [Uint8Array, Uint8Array][] = [];
  for (let j = 0; j < BLOCK_WRITES; j++) {
    const i = pick(TREE_SIZE);
    writes.push([keyAt(i), valueAt(i, j + 1)]);
  }
  let hashesBefore = tree.hashCount;
  t0 = performance.now();
  for (const [k, v] of writes) tree.set(k, v);
  tree.root();
  ms = performance.now() - t0;
  const hashes = tree.hashCount - hashesBefore;
  results.push({
    name: "stateTree.blockUpdate",
    value: perSecond(BLOCK_WRITES, ms),
    unit: "updates/s",
    note: `${BLOCK_WRITES} random writes on ${TREE_SIZE} keys + root() in ${Math.round(ms)} ms`,
  });
  results.push({
    name: "stateTree.hashesPerUpdate",
    value: Math.round((hashes * 100) / BLOCK_WRITES) / 100,
    unit: "keccak/update",
    note: `${hashes} keccak calls incl. 2 per write for key and value; log2(n/k)+2 ≈ ${Math.round(Math.log2(TREE_SIZE / BLOCK_WRITES) + 2)} node hashes`,
  });

  // A single write then root(), the cost the spec bounds by O(log n).
  hashesBefore = tree.hashCount;
  tree.set(keyAt(7), valueAt(7, 999_999));
  tree.root();
  results.push({
    name: "stateTree.hashesSingleUpdate",
    value: tree.hashCount - hashesBefore,
    unit: "keccak",
    note: `one write + root() on ${TREE_SIZE} keys`,
  });

  // Proof generation and verification.
  const proofPick = picker(0xbeef);
  const proofKeys: number[] = [];
  for (let j = 0; j < PROOFS; j++) proofKeys.push(proofPick(TREE_SIZE));
  const proofs: MerkleProof[] = [];
  t0 = performance.now();
  for (const i of proofKeys) proofs.push(tree.prove(keyAt(i)));
  ms = performance.now() - t0;
  let maxSiblings = 0;
  for (const p of proofs) maxSiblings = Math.max(maxSiblings, p.siblings.length);
  results.push({
    name: "stateTree.prove",
    value: perSecond(PROOFS, ms),
    unit: "proofs/s",
    note: `max ${maxSiblings} siblings on ${TREE_SIZE} keys`,
  });

  const root = tree.root();
  const values = new Map<number, Uint8Array>();
  for (let j = 0; j < BLOCK_WRITES; j++) {
    const [k, v] = writes[j] as [Uint8Array, Uint8Array];
    values.set(new DataView(k.buffer).getUint32(5), v);
  }
  values.set(7, valueAt(7, 999_999));
  const expected = proofKeys.map((i) => values.get(i) ?? valueAt(i, 0));
  let ok = 0;
  t0 = performance.now();
  for (let j = 0; j < PROOFS; j++) {
    if (
      verifyInclusion(
        root,
        keyAt(proofKeys[j] as number),
        expected[j] as Uint8Array,
        proofs[j] as MerkleProof,
      )
    ) {
      ok++;
    }
  }
  ms = performance.now() - t0;
  if (ok !== PROOFS) throw new Error(`stateTree bench: ${PROOFS - ok} proofs failed to verify`);
  results.push({
    name: "stateTree.verify",
    value: perSecond(PROOFS, ms),
    unit: "proofs/s",
    note: "inclusion proofs, including keccak of key and value",
  });

  for (const size of PERSISTED_SIZES) results.push(...(await persistedState(size)));
  return results;
}

/** The i-th filler state key of the persisted-state benchmarks. */
export const fillKey = (i: number) => `fill:${i.toString(16).padStart(8, "0")}`;

/**
 * Fills `db` up to `size` state entries (those already there + fillers `fillKey(i)`) with the streaming
 * builder (sortedTreeBuilder.ts): values and every tree node in bounded batches with bounded memory,
 * records byte-identical to those of normal writes (test sortedTreeBuilder). The caller points its
 * head (or its CommittedState) at `build.root`. Shared with bench/stateHistory.ts.
 */
export async function fillStore(
  db: ChainDb,
  size: number,
  tmpDir: string,
  value: (i: number) => Uint8Array = (i) => valueAt(i, 0),
): Promise<{ build: PersistedStateBuild; fillMs: number; peakRssMiB: number }> {
  const existing: [string, Uint8Array][] = [];
  for await (const e of db.stateEntries()) existing.push(e);
  const all = function* (): Generator<[string, Uint8Array]> {
    yield* existing;
    for (let i = existing.length; i < size; i++) yield [fillKey(i), value(i)];
  };
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 500);
  const t0 = performance.now();
  try {
    const build = await buildPersistedState(all(), db, { tmpDir });
    return { build, fillMs: performance.now() - t0, peakRssMiB: peakRss / 2 ** 20 };
  } finally {
    clearInterval(sampler);
  }
}

const senderKey = (i: number) => keyPairFromPrivate(`0x${(i + 1).toString(16).padStart(64, "0")}`);

/** A store of `size` entries (1,000 funded senders + filler entries written through the store). */
async function persistedState(size: number): Promise<BenchResult[]> {
  const dir = tempDir("poco-bench-pstate-");
  try {
    const validator = senderKey(1_000_000);
    const genesis: Genesis = {
      chainId: 778,
      genesisTimeMs: 1_700_000_000_000,
      admin: toHex(validator.address),
      validators: [{ address: toHex(validator.address), power: 1 }],
      accounts: Array.from({ length: 1_000 }, (_, i) => ({
        address: toHex(senderKey(i).address),
        balance: 1_000_000_000_000n,
        stake: 0n,
      })),
      categories: [],
      // 1,000 transfers per block: above the default 14M block gas limit (≈ 14.5k gas each).
      params: { ...DEFAULT_CHAIN_PARAMS, blockGasLimit: 100_000_000 },
    };
    const genesisFile = join(dir, "genesis.json");
    writeFileSync(genesisFile, JSON.stringify(genesisToJSON(genesis)));
    const chainDir = join(dir, "chain");
    let db = await ChainDb.open(chainDir);
    await Chain.open(db, genesis, createStateMachine(genesis.chainId));
    await db.close();

    // Fill directly through the store (streaming builder), then the head header follows the root.
    db = await ChainDb.open(chainDir);
    const header = decodeHeader((await db.getHeadHeader()) as Uint8Array);
    const { build, fillMs, peakRssMiB } = await fillStore(db, size, dir);
    await db.writeBatch(
      [{ type: "put", key: "m:head", value: encodeHeader({ ...header, stateRoot: build.root }) }],
      true,
    );
    const entries = build.count;
    await db.close();
    // LevelDB keeps the build's last batch (≤ 16 MiB, over its 4 MiB write buffer) in its log until a
    // memtable flush, and close() does not flush: the next open replays it. Open once here so that
    // replay happens after the build (as it would after an import), not in the measured start-up.
    const replayStart = performance.now();
    db = await ChainDb.open(chainDir);
    const replayMs = performance.now() - replayStart;
    await db.close();

    const out = execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "bench/persistedStateChild.ts",
        chainDir,
        genesisFile,
        String(CACHE_MB),
        String(BLOCKS),
      ],
      {
        encoding: "utf8",
        maxBuffer: 1 << 20,
        env: { ...process.env, BENCH_DB_MAX_OPEN_FILES: String(DB_MAX_OPEN_FILES) },
      },
    );
    const r = JSON.parse(out.trim().split("\n").pop() as string) as {
      startupMs: number;
      openMs: number;
      startupCpuMs: number;
      commitCpuMs: number[];
      rssAfterOpenMiB: number;
      rssMiB: number;
      rssAfterProofsMiB: number;
      rssAnonMiB?: number;
      rssFileMiB?: number;
      mappedTables?: number;
      commitMs: number[];
      storeReads: number[];
      proven: number;
      proofMs: number;
      treeNodes: number;
    };
    const diskMiB = Number(execFileSync("du", ["-sm", chainDir], { encoding: "utf8" }).split("\t")[0]);
    const label = `${Math.round(entries / 1000)}k entries`;
    const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    const warm = median(r.commitMs.slice(1));
    const warmCpu = median(r.commitCpuMs.slice(1));
    const warmReads = median(r.storeReads.slice(1));
    const split =
      r.rssAnonMiB === undefined
        ? ""
        : ` (anonymous ${Math.round(r.rssAnonMiB)} MiB + ${Math.round(r.rssFileMiB ?? 0)} MiB of LevelDB table pages mapped from the page cache, ${r.mappedTables} tables mapped)`;
    return [
      {
        name: `persistedState.fill (${label})`,
        value: Math.round((entries * 1000) / fillMs),
        unit: "entries/s",
        note: `streaming build (external sort by key hash, stack builder), ${build.batches} level batches of ≤ 16 MiB; builder peak RSS ${Math.round(peakRssMiB)} MiB; ${Math.round(fillMs / 1000)} s; disk ${diskMiB} MiB`,
      },
      {
        name: `persistedState.startup (${label})`,
        value: Math.round(r.startupMs),
        unit: "ms",
        note: `fresh process: ChainDb.open (${Math.round(r.openMs)} ms) + Chain.open (root node + 64 recent blocks checked); CPU ${Math.round(r.startupCpuMs)} ms; the build's log was replayed by one open after the fill (${Math.round(replayMs)} ms), not here`,
      },
      {
        name: `persistedState.openToFirstBlock (${label})`,
        value: Math.round(r.startupMs + (r.commitMs[0] as number)),
        unit: "ms",
        note: "fresh process: ChainDb.open + Chain.open + the first 1,000-transfer block produced and committed (synced)",
      },
      {
        name: `persistedState.proofs (${label})`,
        value: Math.round((r.proven * 1000) / r.proofMs),
        unit: "proofs/s",
        note: `${r.proven} random filler entries read and proven through the store after the blocks, each verified against the head root; RSS after ${Math.round(r.rssAfterProofsMiB)} MiB`,
      },
      {
        name: `persistedState.disk (${label})`,
        value: diskMiB,
        unit: "MiB",
        note: `du of the chain directory after the fill and the ${BLOCKS} blocks`,
      },
      {
        name: `persistedState.rss (${label})`,
        value: Math.round(r.rssMiB),
        unit: "MiB",
        note: `after open ${Math.round(r.rssAfterOpenMiB)} MiB; after ${BLOCKS} blocks${split}, --state-cache-mb ${CACHE_MB}, --db-max-open-files ${DB_MAX_OPEN_FILES}, ${r.treeNodes} tree nodes in memory`,
      },
      {
        name: `persistedState.commit1000 (${label})`,
        value: Math.round(warm),
        unit: "ms",
        note: `median of ${BLOCKS - 1} warm 1,000-transfer blocks, each 1,000 new accounts (signatures checked before; execute + root + atomic synced batch), CPU ${Math.round(warmCpu)} ms, ${warmReads} store reads; first block after start ${Math.round(r.commitMs[0] as number)} ms (${r.storeReads[0]} store reads, cold cache)`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
