/**
 * CPU cost of the per-block tree journal (`CommittedState.takeJournal`: tree records, entry count and
 * the state-history reverse diff) and of the whole commit, on a persisted state of 50,000 entries with
 * history on, blocks of 2,000 random writes. CPU time (process.cpuUsage), so it holds on a loaded
 * machine better than wall time. The tree to measure is an argument, so that two trees (e.g. a
 * worktree at main and a branch) run the same script alternately in one window:
 *
 *   nice -n 15 node --import tsx bench/journalCost.ts [tree root, default: this one]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { keccak_256 } from "@noble/hashes/sha3.js";
import { stateOnlyBlock } from "../test/helpers/stateOnlyBlock.js";

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), ".."));
const { CommittedState } = await import(join(root, "node/state/committedState.ts"));
const { ChainDb } = await import(join(root, "node/storage/chainDb.ts"));
const { historyFromOp } = await import(join(root, "node/state/stateHistory.ts"));

const ENTRIES = 50_000;
const WRITES = 2_000;
const BLOCKS = 12;
const keyAt = (i: number) => `acct:${i.toString(16).padStart(40, "0")}`;
function valueAt(i: number, version: number): Uint8Array {
  const v = new Uint8Array(64);
  v.set(keccak_256(new TextEncoder().encode(`${i}`)));
  new DataView(v.buffer).setUint32(60, version);
  return v;
}
/** xorshift32: the same pseudo-random writes on every tree. */
let seed = 42;
const pick = (n: number) => {
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed % n;
};
const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

const dir = mkdtempSync(join(tmpdir(), "poco-journal-"));
const db = await ChainDb.open(join(dir, "chain"));
const state = CommittedState.open(db, new Uint8Array(32), 256 * 2 ** 20);
let journalMs = 0;
db.attachStateJournal({
  takeJournal: (height?: number) => {
    const started = process.cpuUsage();
    const ops = state.takeJournal(height);
    journalMs += cpuMs(started);
    return ops;
  },
  journalWritten: () => state.journalWritten(),
});
let height = 0;
const commit = async (writes: [string, Uint8Array][]) => {
  state.apply(writes);
  height++;
  await db.commitBlock(stateOnlyBlock(height, writes));
};
try {
  for (let i = 0; i < ENTRIES; i += 25_000) {
    const chunk: [string, Uint8Array][] = [];
    for (let j = i; j < Math.min(ENTRIES, i + 25_000); j++) chunk.push([keyAt(j), valueAt(j, 0)]);
    await commit(chunk);
  }
  state.keepHistory();
  await db.writeHistory([historyFromOp(height)]);
  journalMs = 0;
  const started = process.cpuUsage();
  for (let b = 0; b < BLOCKS; b++) {
    const writes = new Map<string, Uint8Array>();
    while (writes.size < WRITES) {
      const i = pick(ENTRIES);
      writes.set(keyAt(i), valueAt(i, b + 1));
    }
    await commit([...writes]);
  }
  const commitMs = cpuMs(started);
  console.log(
    `${root}: takeJournal ${(journalMs / BLOCKS).toFixed(1)} ms CPU per block, whole commit ${(commitMs / BLOCKS).toFixed(1)} ms CPU per block (${WRITES} writes, ${ENTRIES} entries, history on)`,
  );
} finally {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}
