/**
 * State history and its pruning against an in-memory tree rebuilt at every height: on random
 * workloads of writes and deletes over many heights with a random number K of kept heights (or the
 * archive mode), pruning never deletes a record a kept height needs — the root, every proof and every
 * value at each kept height equal those of the reference tree at that height — and a pruned height
 * answers the typed STATE_HISTORY_PRUNED, never a wrong state. Queries run while pruning is under way,
 * and the store is reopened mid-run (the pruner resumes from its persisted mark).
 */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { Level } from "level";
import { toHex } from "../../node/crypto/hash.js";
import { CommittedState, type JournalOp } from "../../node/state/committedState.js";
import { applyPageDelta, expandTreePage, PageDelta } from "../../node/state/levelTreeStore.js";
import { proofToJSON, SparseMerkleTree } from "../../node/state/sparseMerkleTree.js";
import {
  decodeReverseDiff,
  encodeReverseDiff,
  historyFromOp,
  StateHistory,
  StateHistoryError,
  StateHistoryPruner,
} from "../../node/state/stateHistory.js";
import type { StateWrite } from "../../node/state/stateOverlay.js";
import { ChainDb } from "../../node/storage/chainDb.js";
import { tempDir } from "../helpers/fixtures.js";
import { stateOnlyBlock } from "../helpers/stateOnlyBlock.js";

const utf8 = new TextEncoder();
const KEYS = 50;
const keyName = (i: number) => `k:${i}`;
const valueBytes = (v: number) => utf8.encode(`v${v}${"y".repeat(v % 40)}`);

const blockArb = fc.array(
  fc.tuple(fc.integer({ min: 0, max: KEYS - 1 }), fc.option(fc.integer({ min: 0, max: 500 }), { nil: null })),
  { minLength: 0, maxLength: 25 },
);

function toWrites(ws: [number, number | null][]): [string, StateWrite][] {
  const m = new Map<string, StateWrite>();
  for (const [k, v] of ws) m.set(keyName(k), v === null ? null : valueBytes(v));
  return [...m];
}

async function openAll(
  path: string,
  root: Uint8Array,
  height: number,
  keep: number | undefined,
  roots: Uint8Array[],
) {
  const db = await ChainDb.open(path);
  const state = CommittedState.open(db, root, 4_000);
  db.attachStateJournal(state);
  state.keepHistory();
  db.writtenHeight = height;
  const history = new StateHistory(db, async (h) => roots[h]!);
  const pruner = new StateHistoryPruner(db, keep);
  return { db, state, history, pruner };
}

describe("state history and pruning", function () {
  this.timeout(120_000);

  it("reverse diffs round-trip through their encoding, and damaged bytes are a typed error", () => {
    const diff: [string, StateWrite][] = [
      ["s:b", null],
      ["t:00:", new Uint8Array(67).fill(7)],
      ["s:a", new Uint8Array(0)],
    ];
    const decoded = decodeReverseDiff(encodeReverseDiff(diff));
    assert.deepEqual(
      decoded,
      [...diff].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    );
    const bytes = encodeReverseDiff(diff);
    assert.throws(
      () => decodeReverseDiff(bytes.subarray(0, bytes.length - 1)),
      (e: unknown) => e instanceof StateHistoryError && e.code === "STATE_HISTORY_CORRUPT",
    );
  });

  it("each reverse diff holds exactly what the store held before the block at every key the block writes (tree pages read back only when out of the page cache)", async () => {
    /** Page entries given as deltas (resolved against the page the block writes). */
    let deltas = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            writes: blockArb,
            speculate: fc.option(blockArb, { nil: undefined }), // another block's root computed first
            overlap: fc.boolean(), // taken while the previous block's batch is still in flight
          }),
          { minLength: 2, maxLength: 25 },
        ),
        fc.boolean(), // whether batches may overlap in this run
        async (blocks, mayOverlap) => {
          const dir = tempDir("poco-history-diff-");
          const path = join(dir, "db");
          const db = await ChainDb.open(path);
          // A tiny cache (tree nodes read back from the store) unless batches overlap: the tree reads
          // a trimmed node from the store, which a chain only does with no batch in flight.
          const state = CommittedState.open(db, new Uint8Array(32), mayOverlap ? 1 << 24 : 4_000);
          /** Store reads made while a journal is taken (the diff must not read the store back). */
          let readsInJournal = 0;
          let inJournal = false;
          const readSync = db.readSync.bind(db);
          db.readSync = (key) => {
            if (inJournal) readsInJournal++;
            return readSync(key);
          };
          /** Every level key the state writes, as the store holds it once all batches landed. */
          const model = new Map<string, Uint8Array>();
          const taken: { height: number | undefined; ops: JournalOp[]; reverseDiff?: Uint8Array }[] = [];
          db.attachStateJournal({
            takeJournal: (height) => {
              inJournal = true;
              const journal = state.takeJournal(height);
              inJournal = false;
              if (journal) taken.push({ height, ...journal });
              return journal;
            },
            journalWritten: () => state.journalWritten(),
          });
          const landing: Promise<void>[] = [];
          try {
            for (let i = 0; i < blocks.length; i++) {
              const height = i + 1;
              const { writes: ws, speculate, overlap } = blocks[i]!;
              if (!(mayOverlap && overlap) || i === 1) await Promise.all(landing);
              if (i === 1) state.keepHistory(); // history on once block 1 is in the store
              if (speculate) state.rootAfter(toWrites(speculate));
              const writes = toWrites(ws);
              state.apply(writes);
              landing.push(db.commitBlock(stateOnlyBlock(height, writes, { sync: false })));
              const { ops: treeOps, reverseDiff } = taken[taken.length - 1]!;
              assert.equal(taken[taken.length - 1]!.height, height);
              const stateOps: JournalOp[] = writes.map(([k, v]) =>
                v === null ? { type: "del", key: `s:${k}` } : { type: "put", key: `s:${k}`, value: v },
              );
              if (i >= 1) {
                assert.ok(reverseDiff, `block ${height} has a reverse diff`);
                // Tree pages compared in their full form (the store holds the stored one, a delta
                // gives the full one back).
                const hexOf = (key: string, v: StateWrite) =>
                  v === null ? null : toHex(key.startsWith("t:") ? (expandTreePage(v) ?? v) : v);
                const expected = [...stateOps, ...treeOps]
                  .map((op) => [op.key, hexOf(op.key, model.get(op.key) ?? null)])
                  .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
                // A page's entry may be a delta against the page the block writes: resolved here.
                const written = new Map(
                  treeOps.map((op) => [op.key, op.type === "put" ? op.value : undefined]),
                );
                const actual = decodeReverseDiff(reverseDiff).map(([k, v]) => {
                  if (!(v instanceof PageDelta)) return [k, hexOf(k, v)];
                  deltas++;
                  return [k, hexOf(k, applyPageDelta(written.get(k), v.bytes) ?? null)];
                });
                assert.deepEqual(actual, expected, `reverse diff of block ${height}`);
              } else assert.equal(reverseDiff, undefined);
              for (const op of [...stateOps, ...treeOps]) {
                if (op.type === "put") model.set(op.key, op.value);
                else model.delete(op.key);
              }
            }
            await Promise.all(landing);
            // Each diff is in its file, byte for byte (written before its block's batch).
            for (const { height, reverseDiff } of taken) {
              if (height !== undefined && reverseDiff) {
                assert.deepEqual(await db.reverseDiffs.read(height), reverseDiff, `diff file of ${height}`);
              }
            }
            // Tree pages: a journal reads back a touched page that is out of the page cache (the
            // read-modify-write of the page); with a cache holding the state, it reads nothing.
            if (mayOverlap) assert.equal(readsInJournal, 0, "store reads while taking a journal");
          } finally {
            await db.close();
          }
          // The model is the store: every state value, tree record and the count, nothing else.
          const raw = new Level<string, Uint8Array>(path, { keyEncoding: "utf8", valueEncoding: "view" });
          try {
            const stored = new Map<string, string>();
            for await (const [k, v] of raw.iterator()) {
              if (k.startsWith("s:") || k.startsWith("t:") || k === "m:stateCount") stored.set(k, toHex(v));
            }
            assert.deepEqual(stored, new Map([...model].map(([k, v]) => [k, toHex(v)])));
          } finally {
            await raw.close();
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 40 },
    );
    assert.ok(deltas > 0, "some page entries were deltas");
  });

  it("regression: a view is bounded by the bytes of its overlay (tree pages are up to 977 bytes), not only by its entry count", async () => {
    const dir = tempDir("poco-history-bytes-");
    const path = join(dir, "db");
    const roots: Uint8Array[] = [new Uint8Array(32)];
    const { db, state } = await openAll(path, new Uint8Array(32), 0, undefined, roots);
    try {
      await db.writeHistory([historyFromOp(0)]);
      for (let height = 1; height <= 4; height++) {
        const writes = toWrites(Array.from({ length: 30 }, (_, k) => [k, height] as [number, number]));
        roots.push(state.apply(writes));
        await db.commitBlock(stateOnlyBlock(height, writes, { sync: false }));
      }
      // A few hundred records, far below the entry bound, but more bytes than this view may hold.
      const small = new StateHistory(db, async (h) => roots[h]!, 2_000);
      await assert.rejects(
        small.use(0, () => undefined),
        (err: unknown) => err instanceof StateHistoryError && err.code === "STATE_HISTORY_TOO_LARGE",
      );
      const roomy = new StateHistory(db, async (h) => roots[h]!, 1 << 20);
      assert.equal(await roomy.use(0, (past) => toHex(past.root())), toHex(roots[0]!));
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("kept heights prove like a tree rebuilt at that height; pruned heights answer STATE_HISTORY_PRUNED", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(blockArb, { minLength: 3, maxLength: 30 }),
        fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }), // undefined = archive
        fc.integer({ min: 0, max: 29 }), // height after which the store is reopened
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }), // mid-run queries
        async (blocks, keep, reopenAt, midQueries) => {
          const dir = tempDir("poco-history-");
          const path = join(dir, "db");
          const roots: Uint8Array[] = [new Uint8Array(32)];
          const snapshots: Map<string, Uint8Array>[] = [new Map()];
          let parts = await openAll(path, new Uint8Array(32), 0, keep, roots);
          await parts.db.writeHistory([historyFromOp(0)]);
          const reference = (h: number) =>
            SparseMerkleTree.fromEntries([...snapshots[h]!].map(([k, v]) => [utf8.encode(k), v] as const));
          /** Checks height h against the reference, or that it is pruned. */
          const check = async (h: number, head: number) => {
            try {
              await parts.history.use(h, (past) => {
                const ref = reference(h);
                assert.equal(toHex(past.root()), toHex(roots[h]!), `root at ${h}`);
                assert.equal(toHex(ref.root()), toHex(roots[h]!));
                for (let k = 0; k < KEYS; k += 3) {
                  const key = keyName(k);
                  assert.deepEqual(
                    proofToJSON(past.prove(key)),
                    proofToJSON(ref.prove(utf8.encode(key))),
                    `proof of ${key} at ${h}`,
                  );
                  assert.deepEqual(past.get(key), snapshots[h]!.get(key), `value of ${key} at ${h}`);
                }
              });
              // Served: must be within what is kept (archive keeps all).
              if (keep !== undefined) assert.ok(h >= head - keep - 32, `height ${h} served long after prune`);
            } catch (err) {
              if (!(err instanceof StateHistoryError)) throw err;
              assert.equal(err.code, "STATE_HISTORY_PRUNED", `${h}: ${err.message}`);
              assert.ok(keep !== undefined && h < head - keep, `kept height ${h} (head ${head}) refused`);
            }
          };
          try {
            for (let i = 0; i < blocks.length; i++) {
              const height = i + 1;
              const writes = toWrites(blocks[i]!);
              const root = parts.state.apply(writes);
              roots.push(root);
              const snap = new Map(snapshots[i]!);
              for (const [k, v] of writes) {
                if (v === null) snap.delete(k);
                else snap.set(k, v);
              }
              snapshots.push(snap);
              await parts.db.commitBlock(stateOnlyBlock(height, writes, { sync: false }));
              parts.pruner.schedule(height); // not awaited: queries race the pruner
              for (const [a, b] of midQueries)
                if (a % blocks.length === i) await check(b % (height + 1), height);
              if (i === reopenAt) {
                await parts.pruner.idle();
                await parts.db.close();
                parts = await openAll(path, root, height, keep, roots);
                parts.pruner.schedule(height);
              }
            }
            const head = blocks.length;
            await parts.pruner.idle();
            for (let h = 0; h <= head; h++) await check(h, head);
            // After pruning settles, exactly the heights head-K..head are served.
            const from = parts.history.from!;
            assert.equal(from, keep === undefined ? 0 : Math.max(0, head - keep));
          } finally {
            await parts.pruner.idle();
            await parts.db.close();
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
