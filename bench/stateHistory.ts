/**
 * Benchmark of state history and pruning (node/state/stateHistory.ts) on the persisted state at
 * BENCH_HISTORY_ENTRIES entries (default 100,000): commit time of blocks of 2,000 writes (≈ a
 * 1,000-transfer block) without and with reverse diffs (pruner running in the background, K = 128),
 * the reverse diff's size per block, disk size of the store, the cost of pruning (per height and the
 * longest batch, i.e. the longest the event loop is held), building a read view at a past height and
 * proofs per second from it.
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { keccak_256 } from "@noble/hashes/sha3.js";
import { CommittedState } from "../node/state/committedState.js";
import { historyFromOp, StateHistory, StateHistoryPruner } from "../node/state/stateHistory.js";
import type { StateWrite } from "../node/state/stateOverlay.js";
import { ChainDb } from "../node/storage/chainDb.js";
import { tempDir } from "../test/helpers/fixtures.js";
import { stateOnlyBlock } from "../test/helpers/stateOnlyBlock.js";
import type { BenchResult } from "./types.js";

const ENTRIES = Number(process.env.BENCH_HISTORY_ENTRIES ?? 100_000);
const WRITES_PER_BLOCK = 2_000;
const PLAIN_BLOCKS = 20;
const HISTORY_BLOCKS = 160;
const KEEP = 128;
const PRUNE_TO = 16;
const PROOFS = 2_000;
const CACHE_MB = 256;

const keyAt = (i: number) => `acct:${i.toString(16).padStart(40, "0")}`;
function valueAt(i: number, version: number): Uint8Array {
  const v = new Uint8Array(64);
  v.set(keccak_256(new TextEncoder().encode(`${i}`)));
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const duMiB = (path: string) => Number(execFileSync("du", ["-sk", path]).toString().split("\t")[0]) / 1024;

export async function run(): Promise<BenchResult[]> {
  const dir = tempDir("poco-bench-history-");
  const path = join(dir, "chain");
  const db = await ChainDb.open(path);
  const state = CommittedState.open(db, new Uint8Array(32), CACHE_MB * 2 ** 20);
  db.attachStateJournal(state);
  let height = 0;
  const commit = async (writes: [string, StateWrite][]) => {
    const started = performance.now();
    state.apply(writes);
    height++;
    await db.commitBlock(stateOnlyBlock(height, writes));
    return performance.now() - started;
  };
  const roots: Uint8Array[] = [];
  try {
    for (let i = 0; i < ENTRIES; i += 50_000) {
      const chunk: [string, StateWrite][] = [];
      for (let j = i; j < Math.min(ENTRIES, i + 50_000); j++) chunk.push([keyAt(j), valueAt(j, 0)]);
      await commit(chunk);
    }
    const pick = picker(42);
    const block = (version: number): [string, StateWrite][] => {
      const m = new Map<string, StateWrite>();
      while (m.size < WRITES_PER_BLOCK) {
        const i = pick(ENTRIES);
        m.set(keyAt(i), valueAt(i, version));
      }
      return [...m];
    };
    const plainMs: number[] = [];
    for (let b = 0; b < PLAIN_BLOCKS; b++) plainMs.push(await commit(block(b + 1)));
    const diskPlainMiB = duMiB(path);

    // History on from this height: K = 128 kept, the pruner running behind every commit.
    state.keepHistory();
    const historyFrom = height;
    for (let h = 0; h <= height; h++) roots[h] = state.root();
    await db.writeHistory([historyFromOp(historyFrom)]);
    const pruner = new StateHistoryPruner(db, KEEP);
    const historyMs: number[] = [];
    let diffBytes = 0;
    for (let b = 0; b < HISTORY_BLOCKS; b++) {
      historyMs.push(await commit(block(PLAIN_BLOCKS + b + 1)));
      roots[height] = state.root();
      diffBytes += (await db.reverseDiffs.read(height))?.length ?? 0;
      pruner.schedule(height);
    }
    await pruner.idle();
    const diskHistoryMiB = duMiB(path);

    // Prune cost: from K = 128 down to 16 kept, timed per batch.
    const toPrune = KEEP - PRUNE_TO;
    const batchMs: number[] = [];
    // A batch: the synced `m:historyFrom` write, then the unlinks of the heights it passed.
    const writeHistory = db.writeHistory.bind(db);
    const files = db.reverseDiffs;
    const removeDiffs = files.remove.bind(files);
    let batchStarted = 0;
    db.writeHistory = async (ops, sync) => {
      batchStarted = performance.now();
      await writeHistory(ops, sync);
    };
    files.remove = async (from, to) => {
      await removeDiffs(from, to);
      batchMs.push(performance.now() - batchStarted);
    };
    const small = new StateHistoryPruner(db, PRUNE_TO);
    const pruneStarted = performance.now();
    small.schedule(height);
    await small.idle();
    const pruneMs = performance.now() - pruneStarted;
    db.writeHistory = writeHistory;
    files.remove = removeDiffs;

    // A read view at the oldest kept height, then proofs from it.
    const history = new StateHistory(db, async (h) => roots[h]!);
    const past = height - PRUNE_TO;
    const viewStarted = performance.now();
    await history.use(past, () => undefined);
    const viewMs = performance.now() - viewStarted;
    const proofPick = picker(7);
    const proofsStarted = performance.now();
    await history.use(past, (view) => {
      for (let i = 0; i < PROOFS; i++) view.prove(keyAt(proofPick(ENTRIES)));
    });
    const proofsMs = performance.now() - proofsStarted;

    const n = ENTRIES.toLocaleString("en-US");
    return [
      {
        name: `stateHistory: commit of a ${WRITES_PER_BLOCK}-write block at ${n} entries, no history (median)`,
        value: round(median(plainMs)),
        unit: "ms",
      },
      {
        name: `stateHistory: the same with reverse diffs, K = ${KEEP}, pruner in the background (median)`,
        value: round(median(historyMs)),
        unit: "ms",
        note: `${HISTORY_BLOCKS} blocks; p90 ${round([...historyMs].sort((a, b) => a - b)[Math.floor(HISTORY_BLOCKS * 0.9)]!)} ms`,
      },
      {
        name: "stateHistory: reverse diff per block",
        value: round(diffBytes / HISTORY_BLOCKS / 1024),
        unit: "KiB",
        note: `${WRITES_PER_BLOCK} writes: previous values and tree records`,
      },
      {
        name: `stateHistory: disk size at ${n} entries, no history / with ${KEEP} heights`,
        value: round(diskHistoryMiB),
        unit: "MiB",
        note: `${round(diskPlainMiB)} MiB before history (LevelDB, before compaction)`,
      },
      {
        name: "stateHistory: prune cost per height",
        value: round(pruneMs / toPrune, 2),
        unit: "ms",
        note: `${toPrune} heights in ${batchMs.length} batches; longest batch ${round(Math.max(...batchMs), 2)} ms`,
      },
      {
        name: `stateHistory: read view at head-${PRUNE_TO} (overlay of ${PRUNE_TO} diffs)`,
        value: round(viewMs),
        unit: "ms",
      },
      {
        name: "stateHistory: proofs/s at a past height",
        value: Math.round(PROOFS / (proofsMs / 1000)),
        unit: "proofs/s",
      },
    ];
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
