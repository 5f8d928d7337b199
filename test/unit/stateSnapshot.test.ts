/**
 * Snapshot chunks (node/statesync/snapshotFormat.ts): the manifest folds to the state tree's root,
 * every chunk verifies and rebuilds exactly the tree nodes the persisted tree stores, the codecs
 * round-trip, and any altered byte or entry is refused with a typed error (property tests).
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { toHex } from "../../node/crypto/hash.js";
import { mergeTreePages, PagedTreeStore, pagesOfNodes } from "../../node/state/levelTreeStore.js";
import { SparseMerkleTree } from "../../node/state/sparseMerkleTree.js";
import {
  buildSnapshot,
  decodeChunk,
  decodeManifest,
  encodeChunk,
  encodeManifest,
  SnapshotError,
  verifyChunk,
  verifyManifest,
} from "../../node/statesync/snapshotFormat.js";
import {
  decodeChunkRequest,
  decodeListRequest,
  decodeSnapshotList,
  encodeChunkRequest,
  encodeSnapshotList,
  StateSyncError,
} from "../../node/statesync/snapshotProtocol.js";

const utf8 = new TextEncoder();

const stateArb = fc
  .uniqueArray(
    fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.uint8Array({ minLength: 0, maxLength: 300 })),
    { selector: ([k]) => k, minLength: 0, maxLength: 120 },
  )
  .map((entries) => entries.map(([k, v]) => [`k:${k}`, v] as [string, Uint8Array]));
const sizesArb = fc.record({
  regionBytes: fc.integer({ min: 1, max: 4000 }),
  chunkBytes: fc.integer({ min: 1, max: 20_000 }),
});

/** The tree pages the persisted tree writes for these entries. */
function treeRecords(entries: [string, Uint8Array][]): Map<string, string> {
  const tree = SparseMerkleTree.fromEntries(entries.map(([k, v]) => [utf8.encode(k), v]));
  const pages = new PagedTreeStore(() => undefined, 1 << 20);
  tree.attachStore(pages);
  const out = new Map<string, string>();
  for (const op of pages.stagePages(tree.takeWrites()).ops) {
    assert.equal(op.type, "put");
    if (op.type === "put") out.set(op.key, toHex(op.value));
  }
  return out;
}

function rootOf(entries: [string, Uint8Array][]): Uint8Array {
  return SparseMerkleTree.fromEntries(entries.map(([k, v]) => [utf8.encode(k), v])).root();
}

describe("state snapshot chunks", () => {
  it("the manifest folds to the tree's root and chunks rebuild exactly the persisted tree pages", () => {
    fc.assert(
      fc.property(stateArb, sizesArb, (entries, sizes) => {
        const root = rootOf(entries);
        const snap = buildSnapshot(7, entries, sizes);
        // Decoded from Buffers, as frames come off the network (Buffer.slice is a view, not a copy).
        const manifest = decodeManifest(Buffer.from(encodeManifest(snap.manifest)));
        assert.deepEqual(
          {
            ...manifest,
            regions: manifest.regions.map((r) => ({ ...r, path: toHex(r.path), hash: toHex(r.hash) })),
          },
          {
            ...snap.manifest,
            regions: snap.manifest.regions.map((r) => ({ ...r, path: toHex(r.path), hash: toHex(r.hash) })),
          },
        );
        const plan = verifyManifest(manifest, root);
        assert.equal(plan.totalEntries, entries.length);
        const nodes = new Map<string, string>();
        // Pages above the regions: the manifest's top nodes merged with the chunks' page parts, as
        // the syncer's final batch does.
        const parts = new Map<string, Uint8Array[]>();
        for (const [k, v] of pagesOfNodes(plan.topNodes)) parts.set(k, [v]);
        const values = new Map<string, string>();
        snap.chunks.forEach((chunk, i) => {
          const verified = verifyChunk(manifest, plan, i, Buffer.from(chunk));
          for (const [k, v] of verified.pages) {
            assert.ok(!nodes.has(k), `page ${k} is written by one chunk only`);
            nodes.set(k, toHex(v));
          }
          for (const [k, v] of verified.partialPages) parts.set(k, [...(parts.get(k) ?? []), v]);
          for (const e of verified.entries) values.set(e.key, toHex(e.value));
        });
        for (const [k, list] of parts) {
          assert.ok(!nodes.has(k), `page ${k} is either whole in a chunk or merged at the end`);
          nodes.set(k, toHex(mergeTreePages(list)!));
        }
        assert.deepEqual(nodes, treeRecords(entries));
        assert.deepEqual(values, new Map(entries.map(([k, v]) => [k, toHex(v)])));
      }),
      { numRuns: 150 },
    );
  });

  it("a chunk with any one byte flipped is refused with a SnapshotError", () => {
    fc.assert(
      fc.property(
        stateArb.filter((e) => e.length > 0),
        sizesArb,
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (entries, sizes, at, mask) => {
          const snap = buildSnapshot(3, entries, sizes);
          const plan = verifyManifest(snap.manifest, rootOf(entries));
          const index = at % snap.chunks.length;
          const chunk = snap.chunks[index]!.slice();
          const pos = Math.floor(at / snap.chunks.length) % chunk.length;
          chunk[pos]! ^= mask;
          assert.throws(() => verifyChunk(snap.manifest, plan, index, chunk), SnapshotError);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a manifest is refused against another root, and a chunk is refused at another index", () => {
    fc.assert(
      fc.property(
        stateArb.filter((e) => e.length > 1),
        (entries) => {
          const snap = buildSnapshot(3, entries, { regionBytes: 1, chunkBytes: 1 });
          const other = rootOf(entries.slice(1));
          assert.throws(() => verifyManifest(snap.manifest, other), SnapshotError);
          const plan = verifyManifest(snap.manifest, rootOf(entries));
          if (snap.chunks.length > 1) {
            assert.throws(() => verifyChunk(snap.manifest, plan, 0, snap.chunks[1]!), SnapshotError);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("decoders refuse arbitrary bytes with a SnapshotError, never another error", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        for (const decode of [decodeManifest, decodeChunk]) {
          try {
            decode(bytes);
          } catch (err) {
            assert.ok(err instanceof SnapshotError, String(err));
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("a chunk's keys decode to exactly their bytes: any string round-trips, a leading byte-order mark included", () => {
    const utf8 = new TextEncoder();
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 20 }), { maxLength: 8 }), (keys) => {
        const entries = ["\uFEFFbom", ...keys].map((key) => ({ key, value: new Uint8Array([1]) }));
        const decoded = decodeChunk(encodeChunk(entries));
        assert.deepEqual(
          decoded.map((e) => e.key),
          entries.map((e) => e.key),
        );
        for (const e of decoded) assert.deepEqual(utf8.encode(e.key), e.keyBytes);
      }),
      { numRuns: 200 },
    );
  });

  it("snapshot protocol messages round-trip, and any other bytes are a typed StateSyncError", () => {
    const hash = fc.uint8Array({ minLength: 32, maxLength: 32 });
    const info = fc.record({
      height: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
      manifestHash: hash,
      chunks: fc.integer({ min: 0, max: 0xffffffff }),
      bytes: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    });
    fc.assert(
      fc.property(fc.array(info, { maxLength: 8 }), (list) => {
        assert.deepEqual(
          decodeSnapshotList(encodeSnapshotList(list)),
          list.map((x) => ({ ...x })),
        );
      }),
    );
    fc.assert(
      fc.property(
        fc.record({
          height: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
          manifestHash: hash,
          index: fc.integer({ min: 0, max: 0xffffffff }),
        }),
        (r) => assert.deepEqual(decodeChunkRequest(encodeChunkRequest(r)), { ...r }),
      ),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        for (const decode of [decodeChunkRequest, decodeSnapshotList, decodeListRequest]) {
          try {
            decode(bytes);
          } catch (err) {
            assert.ok(err instanceof StateSyncError, String(err));
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
