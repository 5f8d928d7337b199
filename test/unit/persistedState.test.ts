/**
 * The persisted state (values and tree nodes in level, read lazily through a tiny cache so that nodes
 * are constantly dropped and reloaded) against the in-memory state tree, on random workloads of
 * blocks of sets and deletes, speculative roots, proofs, reads and reopenings of the store: every
 * root, proof and value must be byte-identical.
 */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { Level } from "level";
import { toHex } from "../../node/crypto/hash.js";
import { CommittedState } from "../../node/state/committedState.js";
import {
  nodeInPage,
  pageKeyOf,
  pageSlots,
  ROOT_PAGE_KEY,
  slotOf,
  treeNodeKey,
} from "../../node/state/levelTreeStore.js";
import { proofToJSON, SparseMerkleTree, StateTreeError } from "../../node/state/sparseMerkleTree.js";
import type { StateWrite } from "../../node/state/stateOverlay.js";
import { type BatchOp, ChainDb } from "../../node/storage/chainDb.js";
import { tempDir } from "../helpers/fixtures.js";
import { stateOnlyBlock } from "../helpers/stateOnlyBlock.js";

const utf8 = new TextEncoder();
const KEYS = 120;

type Step =
  | { kind: "block"; writes: [number, number | null][]; speculateFirst: boolean }
  | { kind: "speculate"; writes: [number, number | null][] }
  | { kind: "prove"; key: number }
  | { kind: "reopen" };

const writesArb = fc.array(
  fc.tuple(
    fc.integer({ min: 0, max: KEYS - 1 }),
    fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
  ),
  { minLength: 1, maxLength: 40 },
);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("block" as const),
      writes: writesArb,
      speculateFirst: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("speculate" as const), writes: writesArb }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("prove" as const),
      key: fc.integer({ min: 0, max: KEYS + 10 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reopen" as const) }) },
);

const keyName = (i: number) => `k:${i}`;
const valueBytes = (v: number) => utf8.encode(`value-${v}-${"x".repeat(v % 50)}`);

function toWrites(ws: [number, number | null][]): [string, StateWrite][] {
  // One write per key (as an overlay produces), the last one winning.
  const m = new Map<string, StateWrite>();
  for (const [k, v] of ws) m.set(keyName(k), v === null ? null : valueBytes(v));
  return [...m];
}

let height = 0;
async function commit(db: ChainDb, state: CommittedState, writes: [string, StateWrite][]) {
  state.apply(writes);
  height++;
  await db.commitBlock(stateOnlyBlock(height, writes, { sync: false }));
}

async function openState(path: string, root: Uint8Array, cacheBytes: number) {
  const db = await ChainDb.open(path);
  const state = CommittedState.open(db, root, cacheBytes);
  db.attachStateJournal(state);
  return { db, state };
}

/** The store holds exactly the nodes reachable from the root: removed and moved nodes were deleted. */
async function assertNoGarbage(path: string): Promise<void> {
  const level = new Level<string, Uint8Array>(path, { keyEncoding: "utf8", valueEncoding: "view" });
  await level.open();
  try {
    const stored = new Set<string>();
    let storedNodes = 0;
    for await (const [key, page] of level.iterator({ gte: "t:", lt: "t;" })) {
      stored.add(key);
      const slots = pageSlots(page);
      assert.ok(slots, `page ${key} decodes`);
      storedNodes += slots.filter((s) => s !== undefined).length;
    }
    assert.equal(await level.keys({ gte: "n:", lt: "n;" }).next(), undefined, "no per-node record");
    const reachablePages = new Set<string>();
    let reachable = 0;
    const walk = (depth: number, pathBits: Uint8Array) => {
      const key = treeNodeKey(depth, pathBits);
      const bytes = level.getSync(pageKeyOf(key));
      if (bytes === undefined) return;
      const node = nodeInPage(bytes, slotOf(key));
      if (node === undefined) return;
      reachable++;
      reachablePages.add(pageKeyOf(key));
      if (node.leaf) return;
      for (const bit of [0, 1]) {
        const side = bit === 0 ? node.left : node.right;
        if (side.every((b) => b === 0)) continue;
        const next = pathBits.slice();
        if (bit === 1) next[depth >> 3] = (next[depth >> 3] as number) | (1 << (7 - (depth & 7)));
        walk(depth + 1, next);
      }
    };
    walk(0, new Uint8Array(32));
    assert.equal(
      stored.size,
      reachablePages.size,
      "stored tree pages = pages of nodes reachable from the root",
    );
    assert.equal(storedNodes, reachable, "nodes in stored pages = nodes reachable from the root");
  } finally {
    await level.close();
  }
}

describe("persisted state (level + lazy tree) vs in-memory tree", function () {
  this.timeout(120_000);

  it("gives byte-identical roots, proofs and values on random workloads, across reopenings", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 0, max: 3 }),
        async (steps, cacheLevel) => {
          const dir = tempDir("poco-pstate-");
          const path = join(dir, "db");
          // From a cache that holds almost nothing (every walk reloads) to one that holds everything.
          const cacheBytes = [2_000, 20_000, 200_000, 64 << 20][cacheLevel]!;
          let { db, state } = await openState(path, new Uint8Array(32), cacheBytes);
          const refValues = new Map<string, Uint8Array>();
          const refTree = new SparseMerkleTree();
          try {
            for (const step of steps) {
              if (step.kind === "block") {
                const writes = toWrites(step.writes);
                if (step.speculateFirst) state.rootAfter(writes);
                await commit(db, state, writes);
                for (const [k, v] of writes) {
                  if (v === null) {
                    refValues.delete(k);
                    refTree.delete(utf8.encode(k));
                  } else {
                    refValues.set(k, v);
                    refTree.set(utf8.encode(k), v);
                  }
                }
                assert.equal(toHex(state.root()), toHex(refTree.root()));
                assert.equal(state.size, refTree.size);
              } else if (step.kind === "speculate") {
                const writes = toWrites(step.writes);
                const expected = new SparseMerkleTree();
                for (const [k, v] of refValues) expected.set(utf8.encode(k), v);
                for (const [k, v] of writes) {
                  if (v === null) expected.delete(utf8.encode(k));
                  else expected.set(utf8.encode(k), v);
                }
                assert.equal(toHex(state.rootAfter(writes)), toHex(expected.root()));
              } else if (step.kind === "prove") {
                const key = keyName(step.key);
                assert.deepEqual(proofToJSON(state.prove(key)), proofToJSON(refTree.prove(utf8.encode(key))));
                assert.deepEqual(state.get(key), refValues.get(key));
              } else {
                const root = state.root();
                await db.close();
                ({ db, state } = await openState(path, root, cacheBytes));
                state.checkRoot();
                assert.equal(state.size, refTree.size);
              }
            }
            for (let i = 0; i < KEYS; i++) assert.deepEqual(state.get(keyName(i)), refValues.get(keyName(i)));
            assert.deepEqual(await state.listKeys("k:", 1000), [...refValues.keys()].sort());
            // paged with `after` (ordered range reads of the store): the same keys, in order
            const paged: string[] = [];
            for (let page = await state.listKeys("k:", 3); page.length > 0; ) {
              paged.push(...page);
              page = await state.listKeys("k:", 3, page[page.length - 1]);
            }
            assert.deepEqual(paged, [...refValues.keys()].sort());
            // Reopened cold, the whole tree is readable and every proof matches.
            const root = state.root();
            await db.close();
            await assertNoGarbage(path);
            ({ db, state } = await openState(path, root, 2_000));
            for (let i = 0; i < KEYS; i += 7) {
              const key = keyName(i);
              assert.deepEqual(proofToJSON(state.prove(key)), proofToJSON(refTree.prove(utf8.encode(key))));
            }
          } finally {
            await db.close();
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a damaged tree node is a typed error when a walk reaches it, never a wrong root", async () => {
    const dir = tempDir("poco-pstate-");
    const path = join(dir, "db");
    let { db, state } = await openState(path, new Uint8Array(32), 2_000);
    try {
      const writes: [string, StateWrite][] = [];
      for (let i = 0; i < 50; i++) writes.push([keyName(i), valueBytes(i)]);
      await commit(db, state, writes);
      const root = state.root();
      await db.close();
      // Flip a byte in the root node's record (in the root page, after the 2-byte bitmap), then reopen.
      const raw = await ChainDb.open(path);
      const rootKey = ROOT_PAGE_KEY;
      const bytes = raw.readSync(rootKey)!.slice();
      bytes[10] = (bytes[10] as number) ^ 1;
      await (raw as unknown as { db: { put(k: string, v: Uint8Array): Promise<void> } }).db.put(
        rootKey,
        bytes,
      );
      await raw.close();
      ({ db, state } = await openState(path, root, 2_000));
      assert.throws(
        () => state.checkRoot(),
        (err: unknown) => err instanceof StateTreeError && err.code === "STATE_TREE_NODE_CORRUPT",
      );
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a batch is atomic: a bad op after good ones writes nothing, puts and deletes land together", async () => {
    const dir = tempDir("poco-pstate-");
    const db = await ChainDb.open(join(dir, "db"));
    try {
      await db.writeBatch([{ type: "put", key: "s:gone", value: Uint8Array.of(9) }], true);
      const bad = { type: "put", key: "s:late", value: undefined } as unknown as BatchOp;
      await assert.rejects(
        db.writeBatch([
          { type: "put", key: "s:early", value: Uint8Array.of(1) },
          { type: "del", key: "s:gone" },
          bad,
        ]),
      );
      assert.equal(db.readSync("s:early"), undefined);
      assert.deepEqual(db.readSync("s:gone"), Uint8Array.of(9));
      await db.writeBatch([
        { type: "put", key: "s:early", value: Uint8Array.of(1) },
        { type: "del", key: "s:gone" },
      ]);
      assert.deepEqual(db.readSync("s:early"), Uint8Array.of(1));
      assert.equal(db.readSync("s:gone"), undefined);
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
