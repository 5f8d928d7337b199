/**
 * Child process of the persisted-state benchmark (bench/stateTree.ts): opens an existing store in a
 * fresh process, so start-up time and RSS are those of a node starting on that store, then commits
 * blocks of 1,000 signed transfers through the real chain (each to a new account: 1,000 inserts and
 * 1,000 updates per block). Prints one JSON line.
 * Usage: node --import tsx bench/persistedStateChild.ts <chain dir> <genesis json> <cache MB> [blocks]
 * (BENCH_DB_MAX_OPEN_FILES in the environment: the store's `--db-max-open-files`)
 */
import { readFileSync } from "node:fs";
import { Chain } from "../node/chain/chain.js";
import { loadGenesisFile } from "../node/chain/genesis.js";
import { keyPairFromPrivate } from "../node/crypto/keys.js";
import { createStateMachine } from "../node/execution/stateMachine.js";
import { verifyInclusion } from "../node/state/sparseMerkleTree.js";
import { ChainDb } from "../node/storage/chainDb.js";
import { decodeAndVerifyTx, signTx } from "../node/tx/signedTx.js";
import { uintToBytes } from "../proto/index.js";

const [chainDir, genesisFile, cacheMb, blockArg] = process.argv.slice(2) as [string, string, string, string?];
/** Blocks committed after start: the first ones also warm the tree cache from cold. */
const BLOCKS = Math.max(4, Number(blockArg ?? 4));
const genesis = loadGenesisFile(genesisFile);
const SENDERS = 1_000;
const senderKey = (i: number) => keyPairFromPrivate(`0x${(i + 1).toString(16).padStart(64, "0")}`);

const t0 = performance.now();
const cpu0 = process.cpuUsage();
// BENCH_DB_MAX_OPEN_FILES (inherited from the parent bench): `--db-max-open-files`; the default otherwise.
const maxOpenFiles = process.env.BENCH_DB_MAX_OPEN_FILES;
const db = await ChainDb.open(chainDir, maxOpenFiles ? { maxOpenFiles: Number(maxOpenFiles) } : {});
const openMs = performance.now() - t0;
const chain = await Chain.open(db, genesis, createStateMachine(genesis.chainId), undefined, {
  stateCacheMb: Number(cacheMb),
});
const startupMs = performance.now() - t0;
const startupCpu = process.cpuUsage(cpu0);
const startupCpuMs = (startupCpu.user + startupCpu.system) / 1000;
const rssAfterOpenMiB = process.memoryUsage().rss / 2 ** 20;

const senders = Array.from({ length: SENDERS }, (_, i) => senderKey(i));
const validator = senderKey(1_000_000);
const commitMs: number[] = [];
const commitCpuMs: number[] = [];
/** Store reads (tree nodes and values not in the caches) per block. */
const storeReads: number[] = [];
for (let b = 0; b < BLOCKS; b++) {
  const txs = senders.map((k, i) => {
    const to = new Uint8Array(20);
    new DataView(to.buffer).setUint32(12, 0xb00000 + b * SENDERS + i);
    return decodeAndVerifyTx(
      signTx({ chainId: genesis.chainId, nonce: b, transfer: { to, amount: uintToBytes(1n) } }, k.privateKey)
        .bytes,
      genesis.chainId,
    );
  });
  const reads0 = db.syncReads;
  const s = performance.now();
  const c = process.cpuUsage();
  const block = await chain.produceBlock(
    txs,
    chain.head.header.timeMs + 500,
    validator.address,
    () => new Uint8Array(0),
  );
  commitMs.push(performance.now() - s);
  const used = process.cpuUsage(c);
  commitCpuMs.push((used.user + used.system) / 1000);
  storeReads.push(db.syncReads - reads0);
  if (block.txs.length !== SENDERS) throw new Error(`only ${block.txs.length} transfers included`);
}
const rssMiB = process.memoryUsage().rss / 2 ** 20;
const rssSplit = rssSplitMiB();

// Proofs of random existing entries (filler keys, mostly not in the cache: read through the store),
// each checked against the head's state root.
const PROOFS = 2_000;
const fillers = Math.max(1, chain.state.size - SENDERS - 10);
const root = chain.state.root();
let seed = 0x9e3779b9;
const proofKeys: string[] = [];
for (let i = 0; i < PROOFS; i++) {
  seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
  const index = SENDERS + 10 + (seed % fillers);
  proofKeys.push(`fill:${index.toString(16).padStart(8, "0")}`);
}
const p0 = performance.now();
let proven = 0;
for (const key of proofKeys) {
  const value = chain.state.get(key);
  if (!value) continue;
  const proof = chain.state.prove(key);
  if (!verifyInclusion(root, new TextEncoder().encode(key), value, proof))
    throw new Error(`bad proof ${key}`);
  proven++;
}
const proofMs = performance.now() - p0;
const rssAfterProofsMiB = process.memoryUsage().rss / 2 ** 20;
await db.close();
console.log(
  JSON.stringify({
    startupMs,
    openMs,
    startupCpuMs,
    commitCpuMs,
    rssAfterOpenMiB,
    rssMiB,
    rssAfterProofsMiB,
    commitMs,
    storeReads,
    ...rssSplit,
    proven,
    proofMs,
    entries: chain.state.size,
    ...chain.state.memoryStats(),
  }),
);

/**
 * Anonymous vs file-backed resident memory (Linux): LevelDB maps up to 1,000 table files into the
 * process, and the pages its reads touched count in RSS as file-backed pages (the kernel's page
 * cache, shared and dropped under memory pressure), not as memory the node allocated.
 */
function rssSplitMiB(): { rssAnonMiB?: number; rssFileMiB?: number; mappedTables?: number } {
  let status: string;
  let maps: string;
  try {
    status = readFileSync("/proc/self/status", "utf8");
    maps = readFileSync("/proc/self/maps", "utf8");
  } catch {
    return {};
  }
  const kib = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return {
    rssAnonMiB: kib("RssAnon") / 1024,
    rssFileMiB: kib("RssFile") / 1024,
    mappedTables: new Set(maps.match(/\S+\.ldb$/gm) ?? []).size,
  };
}
