/**
 * Tree pages (node/state/levelTreeStore.ts): 4 binary levels of the state tree per level record.
 * The page codec and node keys, and the property that matters for consensus: on random workloads a
 * tree persisted in pages gives the same roots and proofs as the in-memory tree and as a tree
 * persisted one record per node (the layout before pages), across reopenings from the store.
 * A store in the old layout is refused by Chain.open with a typed error.
 */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { Chain, ChainError } from "../../node/chain/chain.js";
import { keccak256, toHex } from "../../node/crypto/hash.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import {
  applyPageDelta,
  encodeFullTreePage,
  encodeTreeNode,
  encodeTreePage,
  expandTreePage,
  mergeTreePages,
  nodeInPage,
  PAGE_SLOTS,
  PageDelta,
  PagedTreeStore,
  type PageSlots,
  pageKeyOf,
  pageReverseEntry,
  pageSlots,
  rewriteFullPage,
  slotOf,
  TREE_LAYOUT_KEY,
  TREE_PAGE_PREFIX,
  TREE_PAGE_PREFIX_END,
  treeNodeKey,
  treePageKey,
} from "../../node/state/levelTreeStore.js";
import {
  type MerkleProof,
  SparseMerkleTree,
  type StoredNode,
  type TreeNodeStore,
  verifyExclusion,
} from "../../node/state/sparseMerkleTree.js";
import { ChainDb } from "../../node/storage/chainDb.js";
import { tempDir, testGenesis, testKey } from "../helpers/fixtures.js";

const hashArb = fc.uint8Array({ minLength: 32, maxLength: 32 });
const nodeArb: fc.Arbitrary<StoredNode> = fc.oneof(
  fc.record({ leaf: fc.constant(true as const), keyHash: hashArb, valueHash: hashArb }),
  fc.record({ leaf: fc.constant(false as const), left: hashArb, right: hashArb }),
);
const slotsArb: fc.Arbitrary<PageSlots> = fc.array(fc.option(nodeArb, { nil: undefined }), {
  minLength: PAGE_SLOTS,
  maxLength: PAGE_SLOTS,
});
/**
 * Slots as a tree writes them: each branch of slots 0–6 holds its children's hashes where a child is
 * in the page; where it is not, the side is empty or (first byte odd) a hash of a node outside the
 * page (a chunk's part: the child is in another part), which keeps the branch's full record.
 */
const consistentSlotsArb: fc.Arbitrary<PageSlots> = slotsArb.map((random) => {
  const slots = random.slice();
  for (let s = 6; s >= 0; s--) {
    const node = slots[s] as StoredNode | undefined;
    if (node === undefined || node.leaf) continue;
    const side = (child: number, kept: Uint8Array) => {
      const c = slots[child] as StoredNode | undefined;
      if (c !== undefined) return keccak256(encodeTreeNode(c));
      return ((kept[0] as number) & 1) === 1 ? kept : new Uint8Array(32);
    };
    slots[s] = { leaf: false, left: side(2 * s + 1, node.left), right: side(2 * s + 2, node.right) };
  }
  return slots;
});

/** The per-node layout before pages: `n:<depth, 3 hex digits>:<path bits above it, hex>`. */
function legacyNodeKey(depth: number, path: Uint8Array): string {
  const full = depth >> 3;
  let key = `n:${depth.toString(16).padStart(3, "0")}:`;
  for (let i = 0; i < full; i++) key += (path[i] as number).toString(16).padStart(2, "0");
  if ((depth & 7) !== 0)
    key += ((path[full] as number) & (0xff << (8 - (depth & 7)))).toString(16).padStart(2, "0");
  return key;
}

/** A per-node store over a map (the old layout), written from the tree's node writes. */
class LegacyNodeStore implements TreeNodeStore {
  readonly records = new Map<string, StoredNode>();
  key = legacyNodeKey;
  load(key: string): StoredNode | undefined {
    return this.records.get(key);
  }
  write(tree: SparseMerkleTree): void {
    const { puts, deletes } = tree.takeWrites();
    for (const key of deletes) this.records.delete(key);
    for (const [key, node] of puts) this.records.set(key, node);
  }
}

/** A paged store over a map (the level store's stand-in), written through `stagePages`. */
class MapPages {
  readonly records = new Map<string, Uint8Array>();
  /** Reverse entries given as deltas so far. */
  deltas = 0;
  store(cacheBytes: number): PagedTreeStore {
    return new PagedTreeStore((k) => this.records.get(k), cacheBytes);
  }
  write(tree: SparseMerkleTree, pages: PagedTreeStore): void {
    const { ops, previous } = pages.stagePages(tree.takeWrites());
    const written = new Map(ops.map((op) => [op.key, op.type === "put" ? op.value : undefined]));
    // The previous content is what the store held (the reverse diff's content): the bytes, or a delta
    // that gives them back from the page the block writes.
    for (const [key, entry] of previous) {
      const held = this.records.get(key);
      let before = entry;
      if (entry instanceof PageDelta) {
        this.deltas++;
        assert.ok(held !== undefined, "a delta only for a page that existed");
        assert.ok(entry.bytes.length < held.length, "a delta only when smaller than the page");
        before = applyPageDelta(written.get(key), entry.bytes) ?? null;
      }
      // Compared in their full forms (a delta gives the full form; the store holds the stored one).
      const full = (page: Uint8Array) => toHex(expandTreePage(page) as Uint8Array);
      assert.equal(
        before === null ? undefined : full(before as Uint8Array),
        held === undefined ? undefined : full(held),
      );
    }
    for (const op of ops) {
      if (op.type === "put") this.records.set(op.key, op.value);
      else this.records.delete(op.key);
    }
    pages.pagesWritten();
  }
}

const proofHex = (p: MerkleProof) => ({
  siblings: p.siblings.map(toHex),
  terminal: p.terminal.kind === "empty" ? "empty" : toHex(p.terminal.keyHash) + toHex(p.terminal.valueHash),
});

const utf8 = new TextEncoder();
const keyOf = (k: number) => utf8.encode(`k${k}`);

describe("tree pages", function () {
  this.timeout(120_000);

  it("a page in its full form decodes to the slots it was encoded from; a malformed page decodes to nothing", () => {
    fc.assert(
      fc.property(slotsArb, fc.nat(), (slots, cut) => {
        const page = encodeFullTreePage(slots);
        const present = slots.filter((s) => s !== undefined).length;
        if (present === 0) {
          assert.equal(page, null);
          return;
        }
        assert.ok(page);
        assert.equal(page.length, 2 + 65 * present);
        assert.equal(expandTreePage(page), page, "a full page is its own full form");
        const decoded = pageSlots(page);
        assert.ok(decoded);
        for (let s = 0; s < PAGE_SLOTS; s++) {
          const node = slots[s] as StoredNode | undefined;
          const expected = node === undefined ? undefined : toHex(encodeTreeNode(node));
          const got: Uint8Array | StoredNode | undefined = decoded[s];
          assert.equal(got === undefined ? undefined : toHex(got as Uint8Array), expected);
          const viaSlot = nodeInPage(page, s);
          assert.equal(viaSlot === undefined ? undefined : toHex(encodeTreeNode(viaSlot)), expected);
        }
        // Truncated, or a bitmap naming more nodes than there are: not a page.
        const short = page.subarray(0, cut % page.length);
        assert.equal(pageSlots(short), undefined);
        for (let s = 0; s < PAGE_SLOTS; s++) assert.equal(nodeInPage(short, s), undefined);
        const badBitmap = page.slice();
        badBitmap[0] = 0x80;
        assert.equal(pageSlots(badBitmap), undefined);
      }),
      { numRuns: 300 },
    );
  });

  it("a stored page (derived branches) decodes to the records of the page a tree writes; a damaged one to nothing", () => {
    let derivedSeen = 0;
    fc.assert(
      fc.property(consistentSlotsArb, fc.nat(), fc.nat(), (slots, cut, flip) => {
        const stored = encodeTreePage(slots);
        const full = encodeFullTreePage(slots);
        if (stored === null || full === null) {
          assert.equal(stored, full);
          return;
        }
        assert.ok(stored.length <= full.length);
        if (stored.length < full.length) derivedSeen++;
        // Every record comes back byte for byte, derived ones recomputed from their children.
        assert.equal(toHex(expandTreePage(stored) as Uint8Array), toHex(full));
        const decoded = pageSlots(stored) as PageSlots;
        for (let s = 0; s < PAGE_SLOTS; s++) {
          const node = slots[s] as StoredNode | undefined;
          const expected = node === undefined ? undefined : toHex(encodeTreeNode(node));
          const got = decoded[s] as Uint8Array | undefined;
          assert.equal(got === undefined ? undefined : toHex(got), expected);
          const viaSlot = nodeInPage(stored, s);
          assert.equal(viaSlot === undefined ? undefined : toHex(encodeTreeNode(viaSlot)), expected);
        }
        // Both forms encode to the same stored bytes (merge re-encodes what it decodes).
        assert.equal(toHex(mergeTreePages([stored]) as Uint8Array), toHex(stored));
        assert.equal(toHex(mergeTreePages([full]) as Uint8Array), toHex(stored));
        // Truncated, extended, or a record of an unknown type: not a page. (Other damage can still
        // parse; it is caught where every node is: the tree checks each node read against the hash
        // its parent holds, and a page's root hash is held by a full record of the page above.)
        assert.equal(expandTreePage(stored.subarray(0, cut % stored.length)), undefined);
        assert.equal(expandTreePage(Uint8Array.from([...stored, 0])), undefined);
        if (stored.length < full.length) {
          const starts: number[] = [];
          for (let i = 2; i < stored.length; i += stored[i] === 2 ? 1 : 65) starts.push(i);
          const retyped = stored.slice();
          retyped[starts[flip % starts.length] as number] = 3;
          assert.equal(expandTreePage(retyped), undefined);
        }
      }),
      { numRuns: 500 },
    );
    assert.ok(derivedSeen > 50, `stored pages with derived branches: ${derivedSeen}`);
  });

  it("a derived record only stands for an inner branch with a child in the page", () => {
    const leaf = (b: number): StoredNode => ({
      leaf: true,
      keyHash: new Uint8Array(32).fill(b),
      valueHash: new Uint8Array(32).fill(b + 1),
    });
    // Slot 7 (a bottom slot) as derived: its children are in the next page, not recomputable.
    const bottom = Uint8Array.from([0x00, 0x80, 2]);
    assert.equal(expandTreePage(bottom), undefined);
    // Slot 0 derived with no child present.
    assert.equal(expandTreePage(Uint8Array.from([0x00, 0x01, 2])), undefined);
    // Slot 0 derived over a leaf in slot 2 only: left empty, right its hash.
    const right = leaf(5);
    const page = Uint8Array.from([0x00, 0x05, 2, ...encodeTreeNode(right)]);
    const root = nodeInPage(page, 0);
    assert.ok(root && !root.leaf);
    assert.equal(toHex(root.left), toHex(new Uint8Array(32)));
    assert.equal(toHex(root.right), toHex(keccak256(encodeTreeNode(right))));
    assert.equal(toHex(encodeTreePage(pageSlots(page) as PageSlots) as Uint8Array), toHex(page));
  });

  it("node keys name their page and slot, and distinct positions get distinct keys", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 256 }), hashArb, hashArb, (depth, a, b) => {
        const key = treeNodeKey(depth, a);
        const pageDepth = depth - (depth % 4);
        assert.equal(pageKeyOf(key), treePageKey(pageDepth, a));
        const r = depth - pageDepth;
        let bits = 0;
        for (let d = pageDepth; d < depth; d++)
          bits = (bits << 1) | (((a[d >> 3] as number) >> (7 - (d & 7))) & 1);
        assert.equal(slotOf(key), (1 << r) - 1 + bits);
        // Same key iff the same position: the first `depth` bits agree.
        assert.equal(treeNodeKey(depth, b) === key, legacyNodeKey(depth, b) === legacyNodeKey(depth, a));
      }),
      { numRuns: 1000 },
    );
  });

  it("pages give the same roots and proofs as the in-memory tree and the per-node layout; each page's reverse entry (bytes or delta) gives back the page the store held", () => {
    let deltasSeen = 0;
    const stepArb = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 400 }), fc.option(fc.integer({ min: 0, max: 5 }), { nil: null })),
      { minLength: 1, maxLength: 80 },
    );
    fc.assert(
      fc.property(
        fc.array(stepArb, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 2 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 10 }),
        fc.boolean(), // the tree tracks previous records (as the chain's state does): empty pages are not read
        (blocks, cacheLevel, probes, track) => {
          const cacheBytes = [0, 3_000, 1 << 22][cacheLevel] as number;
          const memory = new SparseMerkleTree();
          const legacy = new LegacyNodeStore();
          let legacyTree = SparseMerkleTree.open(legacy, new Uint8Array(32), 0);
          const pagesMap = new MapPages();
          let pages = pagesMap.store(cacheBytes);
          const openPaged = (root: Uint8Array, size: number) => {
            const tree = SparseMerkleTree.open(pages, root, size);
            if (track) tree.trackPreviousRecords();
            return tree;
          };
          let pagedTree = openPaged(new Uint8Array(32), 0);
          blocks.forEach((writes, i) => {
            for (const [k, v] of writes) {
              for (const tree of [memory, legacyTree, pagedTree]) {
                if (v === null) tree.delete(keyOf(k));
                else tree.set(keyOf(k), Uint8Array.of(v, k & 0xff));
              }
            }
            const root = toHex(memory.root());
            assert.equal(toHex(legacyTree.root()), root, "per-node layout root");
            assert.equal(toHex(pagedTree.root()), root, "paged root");
            legacy.write(legacyTree);
            pagesMap.write(pagedTree, pages);
            // Reopen from the stores every other block (cold walks), or trim what is in memory.
            if (i % 2 === 1) {
              legacyTree = SparseMerkleTree.open(legacy, memory.root(), memory.size);
              pages = pagesMap.store(cacheBytes);
              pagedTree = openPaged(memory.root(), memory.size);
            } else {
              pagedTree.trim(8);
              legacyTree.trim(8);
            }
            for (const k of probes) {
              const expected = proofHex(memory.prove(keyOf(k)));
              assert.deepEqual(proofHex(pagedTree.prove(keyOf(k))), expected);
              assert.deepEqual(proofHex(legacyTree.prove(keyOf(k))), expected);
            }
          });
          // Every node record of the per-node layout is in its page, and nothing else is.
          let nodes = 0;
          for (const [key, page] of pagesMap.records) {
            const slots = pageSlots(page);
            assert.ok(slots, `page ${key} decodes`);
            nodes += slots.filter((s) => s !== undefined).length;
          }
          assert.equal(nodes, legacy.records.size);
          // Legacy keys → paged keys: the same node records.
          const pagedOf = new Map<string, string>();
          for (const [key, page] of pagesMap.records) {
            const slots = pageSlots(page) as PageSlots;
            slots.forEach((s, slot) => {
              if (s !== undefined) pagedOf.set(`${key}/${slot.toString(16)}`, toHex(s as Uint8Array));
            });
          }
          for (const [legacyKey, node] of legacy.records) {
            const [, depthHex, pathHex] = legacyKey.split(":") as [string, string, string];
            const path = new Uint8Array(32);
            path.set(Buffer.from(pathHex, "hex"));
            assert.equal(
              pagedOf.get(treeNodeKey(Number.parseInt(depthHex, 16), path)),
              toHex(encodeTreeNode(node)),
            );
          }
          deltasSeen += pagesMap.deltas;
        },
      ),
      { numRuns: 120 },
    );
    assert.ok(deltasSeen > 0, "some reverse entries were deltas");
  });

  it("rewriting a page's written slots in place equals encoding its changed slots", () => {
    fc.assert(
      fc.property(
        slotsArb,
        fc.array(fc.option(nodeArb, { nil: undefined }), { minLength: PAGE_SLOTS, maxLength: PAGE_SLOTS }),
        fc.integer({ min: 0, max: (1 << PAGE_SLOTS) - 1 }),
        fc.boolean(),
        (before, written, mask, noBase) => {
          const base = noBase ? null : encodeFullTreePage(before);
          const after: PageSlots = noBase ? new Array(PAGE_SLOTS).fill(undefined) : before.slice();
          for (let s = 0; s < PAGE_SLOTS; s++) if (mask & (1 << s)) after[s] = written[s];
          const rewritten = rewriteFullPage(base ?? undefined, mask, written as (StoredNode | undefined)[]);
          const expected = encodeFullTreePage(after);
          assert.equal(
            rewritten === null ? null : toHex(rewritten),
            expected === null ? null : toHex(expected),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it("a page delta gives back the previous page from the page the block wrote; a truncated delta never applies", () => {
    fc.assert(
      fc.property(
        consistentSlotsArb,
        consistentSlotsArb,
        fc.integer({ min: 1, max: (1 << PAGE_SLOTS) - 1 }),
        fc.boolean(),
        (before, other, mask, storedAfter) => {
          // The base as pages are held in memory (full form).
          const base = encodeFullTreePage(before);
          if (base === null) return;
          const after = before.slice();
          for (let s = 0; s < PAGE_SLOTS; s++) if (mask & (1 << s)) after[s] = other[s];
          const entry = pageReverseEntry(base, mask);
          if (!(entry instanceof PageDelta)) {
            // The whole previous page, in its stored form.
            assert.equal(toHex(entry), toHex(encodeTreePage(before) as Uint8Array));
            return;
          }
          assert.ok(entry.bytes.length < (encodeTreePage(before) as Uint8Array).length);
          // The page after, as the store holds it (a tree's page, so its stored form only when it is
          // consistent: a mix of two pages is not) or in its full form.
          const consistent = (after as (StoredNode | undefined)[]).every((node, s) => {
            if (s >= 7 || node === undefined || node.leaf) return true;
            const ok = (child: number, side: Uint8Array) => {
              const c = after[child] as StoredNode | undefined;
              return c === undefined || toHex(keccak256(encodeTreeNode(c))) === toHex(side);
            };
            return ok(2 * s + 1, node.left) && ok(2 * s + 2, node.right);
          });
          const afterPage = storedAfter && consistent ? encodeTreePage(after) : encodeFullTreePage(after);
          // Against the page the block wrote: the previous page, byte for byte (full form).
          assert.equal(toHex(applyPageDelta(afterPage ?? undefined, entry.bytes) as Uint8Array), toHex(base));
          // A truncated delta never applies.
          assert.equal(
            applyPageDelta(afterPage ?? undefined, entry.bytes.subarray(0, entry.bytes.length - 1)),
            undefined,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it("Chain.open upgrades a version-2 store (pages in full form) in place and refuses a newer layout", async () => {
    const dir = tempDir("poco-treepages-");
    const path = join(dir, "db");
    const genesis = testGenesis(testKey(0), [testKey(1)]);
    try {
      let db = await ChainDb.open(path);
      const root = toHex((await Chain.open(db, genesis, createStateMachine(genesis.chainId))).state.root());
      await db.close();
      // What version 2 wrote: every page in its full form, layout record 2.
      db = await ChainDb.open(path);
      const ops: { type: "put"; key: string; value: Uint8Array }[] = [];
      let withDerived = 0;
      for await (const [key, page] of db.rawEntries(TREE_PAGE_PREFIX, TREE_PAGE_PREFIX_END)) {
        const full = expandTreePage(page) as Uint8Array;
        if (full.length > page.length) withDerived++;
        ops.push({ type: "put", key, value: full });
      }
      assert.ok(withDerived > 0, "the genesis wrote pages with derived branches");
      ops.push({ type: "put", key: TREE_LAYOUT_KEY, value: Uint8Array.of(2) });
      await db.writeBatch(ops, true);
      const chain = await Chain.open(db, genesis, createStateMachine(genesis.chainId));
      assert.equal(toHex(chain.state.root()), root);
      assert.deepEqual([...(db.readSync(TREE_LAYOUT_KEY) as Uint8Array)], [3], "layout record upgraded");
      // A proof walks down through the full-form pages.
      const proof = chain.state.prove("no such key");
      assert.ok(verifyExclusion(chain.state.root(), utf8.encode("no such key"), proof));
      await db.writeBatch([{ type: "put", key: TREE_LAYOUT_KEY, value: Uint8Array.of(4) }], true);
      await assert.rejects(
        Chain.open(db, genesis, createStateMachine(genesis.chainId)),
        (err: unknown) =>
          err instanceof ChainError && err.code === "CHAIN_STATE_NEW_LAYOUT" && /version 4/.test(err.message),
      );
      await db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("Chain.open refuses a store in the per-node layout with a typed error naming the fix", async () => {
    const dir = tempDir("poco-treepages-");
    const path = join(dir, "db");
    const genesis = testGenesis(testKey(0), [testKey(1)]);
    try {
      let db = await ChainDb.open(path);
      const chain = await Chain.open(db, genesis, createStateMachine(genesis.chainId));
      assert.ok(chain.state.root().some((b) => b !== 0));
      await db.close();
      // What a store written before pages holds: per-node records, no layout record.
      db = await ChainDb.open(path);
      await db.writeBatch(
        [
          { type: "put", key: "n:000:", value: new Uint8Array(65) },
          { type: "del", key: TREE_LAYOUT_KEY },
        ],
        true,
      );
      await assert.rejects(
        Chain.open(db, genesis, createStateMachine(genesis.chainId)),
        (err: unknown) =>
          err instanceof ChainError &&
          err.code === "CHAIN_STATE_OLD_LAYOUT" &&
          /--state-sync/.test(err.message),
      );
      await db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
