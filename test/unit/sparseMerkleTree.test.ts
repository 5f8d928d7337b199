/**
 * Unit and property tests of the state tree: roots against an independent reference of the spec,
 * history independence, inclusion/exclusion proofs, proof size and hashing cost, proof JSON.
 */
import assert from "node:assert/strict";
import { keccak_256 } from "@noble/hashes/sha3.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import fc from "fast-check";
import { TREE_KEY_HASH_MEMO_LIMIT, treeKeyHash } from "../../node/state/committedState.js";
import {
  EMPTY_ROOT,
  type MerkleProof,
  MerkleProofError,
  MerkleProofErrorCode,
  proofFromJSON,
  proofToJSON,
  SparseMerkleTree,
  verifyExclusion,
  verifyInclusion,
} from "../../node/state/sparseMerkleTree.js";

type Entry = [Uint8Array, Uint8Array];

const hex = (b: Uint8Array): string => bytesToHex(b);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Straight from the spec, sharing no code with the tree: the root of a set of (keyHash, valueHash). */
function referenceRoot(entries: Entry[]): Uint8Array {
  const hashed = entries.map(([k, v]) => [keccak_256(k), keccak_256(v)] as const);
  const bit = (h: Uint8Array, d: number) => ((h[d >> 3] as number) >> (7 - (d % 8))) & 1;
  const go = (set: (typeof hashed)[number][], depth: number): Uint8Array => {
    if (set.length === 0) return new Uint8Array(32);
    if (set.length === 1) {
      const [kh, vh] = set[0]!;
      return keccak_256(concat(Uint8Array.of(0), kh, vh));
    }
    const left = set.filter(([kh]) => bit(kh, depth) === 0);
    const right = set.filter(([kh]) => bit(kh, depth) === 1);
    return keccak_256(concat(Uint8Array.of(1), go(left, depth + 1), go(right, depth + 1)));
  };
  return go(hashed, 0);
}

/** Deterministic distinct keys: the 8-byte big-endian encoding of i (plus a tag byte). */
function keyOf(i: number, tag = 0): Uint8Array {
  const k = new Uint8Array(9);
  new DataView(k.buffer).setBigUint64(0, BigInt(i));
  k[8] = tag;
  return k;
}

function valueFor(i: number): Uint8Array {
  return keccak_256(keyOf(i, 0xff));
}

const bytesArb = fc.uint8Array({ minLength: 0, maxLength: 6 });
const keysArb = (max: number) => fc.uniqueArray(bytesArb, { maxLength: max, selector: hex });

/** A set of distinct-key entries. */
const entriesArb = (max: number) =>
  keysArb(max).chain((keys) =>
    fc.tuple(fc.constant(keys), fc.array(bytesArb, { minLength: keys.length, maxLength: keys.length })),
  );

function toEntries([keys, values]: [Uint8Array[], Uint8Array[]]): Entry[] {
  return keys.map((k, i) => [k, values[i]!]);
}

function flipBit(b: Uint8Array, bit: number): Uint8Array {
  const c = b.slice();
  c[bit >> 3]! ^= 1 << (bit & 7);
  return c;
}

describe("SparseMerkleTree", () => {
  describe("roots", () => {
    it("empty tree has the all-zero root", () => {
      const t = new SparseMerkleTree();
      assert.deepEqual(t.root(), new Uint8Array(32));
      assert.deepEqual(EMPTY_ROOT, new Uint8Array(32));
      assert.equal(t.size, 0);
      assert.deepEqual(SparseMerkleTree.fromEntries([]).root(), new Uint8Array(32));
    });

    it("one-leaf root is the leaf hash", () => {
      const key = Uint8Array.of(1, 2, 3);
      const value = Uint8Array.of(9);
      const t = new SparseMerkleTree();
      t.set(key, value);
      const expected = keccak_256(concat(Uint8Array.of(0), keccak_256(key), keccak_256(value)));
      assert.deepEqual(t.root(), expected);
      assert.equal(t.size, 1);
    });

    it("matches the reference definition after any sequence of sets and deletes", () => {
      const op = fc.oneof(
        fc.record({ del: fc.constant(false), k: fc.integer({ min: 0, max: 40 }), v: bytesArb }),
        fc.record({
          del: fc.constant(true),
          k: fc.integer({ min: 0, max: 40 }),
          v: fc.constant(new Uint8Array()),
        }),
      );
      fc.assert(
        fc.property(fc.array(op, { maxLength: 120 }), fc.boolean(), (ops, rootEachStep) => {
          const t = new SparseMerkleTree();
          const model = new Map<string, Entry>();
          for (const { del, k, v } of ops) {
            const key = keyOf(k);
            if (del) {
              t.delete(key);
              model.delete(hex(key));
            } else {
              t.set(key, v);
              model.set(hex(key), [key, v]);
            }
            if (rootEachStep) t.root();
          }
          const entries = [...model.values()];
          assert.equal(t.size, model.size);
          assert.deepEqual(t.root(), referenceRoot(entries));
          for (let k = 0; k <= 40; k++) assert.equal(t.has(keyOf(k)), model.has(hex(keyOf(k))));
        }),
        { numRuns: 200 },
      );
    });

    it("is history independent: two insertion orders with deletions give the fromEntries root", () => {
      fc.assert(
        fc.property(
          entriesArb(60),
          keysArb(20),
          fc.array(fc.nat(), { maxLength: 60 }),
          (kv, extraKeys, order) => {
            const entries = toEntries(kv);
            const finalKeys = new Set(entries.map(([k]) => hex(k)));
            const removed = extraKeys.filter((k) => !finalKeys.has(hex(k)));
            // Order A: extra keys first, then the final entries, then delete the extras.
            const a = new SparseMerkleTree();
            for (const k of removed) a.set(k, Uint8Array.of(7));
            for (const [k, v] of entries) a.set(k, v);
            a.root();
            for (const k of removed) a.delete(k);
            // Order B: entries in a shuffled order, interleaving extras that are deleted at once.
            const shuffled = entries.slice();
            for (let i = shuffled.length - 1; i > 0; i--) {
              const j = (order[i % Math.max(order.length, 1)] ?? 0) % (i + 1);
              [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
            }
            const b = new SparseMerkleTree();
            shuffled.forEach(([k, v], i) => {
              b.set(k, Uint8Array.of(1, 2)); // a stale value first, overwritten below
              const extra = removed[i];
              if (extra !== undefined) b.set(extra, v);
              b.set(k, v);
              if (extra !== undefined) b.delete(extra);
            });
            for (const k of removed) b.delete(k);
            const fresh = SparseMerkleTree.fromEntries(entries);
            assert.deepEqual(a.root(), fresh.root());
            assert.deepEqual(b.root(), fresh.root());
            assert.deepEqual(fresh.root(), referenceRoot(entries));
            assert.equal(a.size, entries.length);
            assert.equal(b.size, entries.length);
            assert.equal(fresh.size, entries.length);
          },
        ),
        { numRuns: 150 },
      );
    });

    it("deleting every key returns to the empty root", () => {
      const t = SparseMerkleTree.fromEntries(Array.from({ length: 300 }, (_, i) => [keyOf(i), valueFor(i)]));
      t.root();
      for (let i = 299; i >= 0; i--) {
        t.delete(keyOf(i));
        if (i % 37 === 0) t.root();
      }
      assert.equal(t.size, 0);
      assert.deepEqual(t.root(), EMPTY_ROOT);
    });

    it("delete of an absent key and set of an unchanged value change nothing", () => {
      const t = SparseMerkleTree.fromEntries(Array.from({ length: 100 }, (_, i) => [keyOf(i), valueFor(i)]));
      const r = t.root();
      const before = t.hashCount;
      t.delete(keyOf(1000));
      t.set(keyOf(5), valueFor(5));
      assert.deepEqual(t.root(), r);
      assert.equal(t.size, 100);
      assert.equal(t.hashCount - before, 3); // key hashes and one value hash, no node rehashed
    });

    it("fromEntries keeps the last value of a duplicated key", () => {
      const t = SparseMerkleTree.fromEntries([
        [keyOf(1), Uint8Array.of(1)],
        [keyOf(2), Uint8Array.of(2)],
        [keyOf(1), Uint8Array.of(3)],
      ]);
      assert.equal(t.size, 2);
      assert.deepEqual(
        t.root(),
        referenceRoot([
          [keyOf(1), Uint8Array.of(3)],
          [keyOf(2), Uint8Array.of(2)],
        ]),
      );
    });

    it("root() rehashes nothing when nothing changed and returns a copy", () => {
      const t = SparseMerkleTree.fromEntries(Array.from({ length: 50 }, (_, i) => [keyOf(i), valueFor(i)]));
      const r = t.root();
      const before = t.hashCount;
      r.fill(0);
      assert.notDeepEqual(t.root(), r);
      assert.equal(t.hashCount, before);
    });
  });

  describe("proofs", () => {
    it("inclusion proofs verify for every key, and fail when anything is changed", () => {
      fc.assert(
        fc.property(entriesArb(40), fc.nat(), (kv, pick) => {
          const entries = toEntries(kv);
          const t = SparseMerkleTree.fromEntries(entries);
          const root = t.root();
          const other = SparseMerkleTree.fromEntries([
            ...entries,
            [Uint8Array.of(1, 2, 3, 4, 5, 6, 7), Uint8Array.of()],
          ]);
          for (const [k, v] of entries) {
            const proof = t.prove(k);
            assert.ok(verifyInclusion(root, k, v, proof));
            assert.ok(!verifyExclusion(root, k, proof));
            assert.ok(!verifyInclusion(root, k, concat(v, Uint8Array.of(0)), proof));
            assert.ok(!verifyInclusion(other.root(), k, v, proof));
            if (proof.siblings.length > 0) {
              const i = pick % proof.siblings.length;
              const tampered: MerkleProof = {
                ...proof,
                siblings: proof.siblings.map((s, j) => (j === i ? flipBit(s, pick % 256) : s)),
              };
              assert.ok(!verifyInclusion(root, k, v, tampered));
              assert.ok(!verifyInclusion(root, k, v, { ...proof, siblings: proof.siblings.slice(1) }));
            }
          }
        }),
        { numRuns: 100 },
      );
    });

    it("exclusion proofs verify for absent keys and fail for present ones", () => {
      fc.assert(
        fc.property(entriesArb(40), keysArb(20), (kv, probes) => {
          const entries = toEntries(kv);
          const present = new Set(entries.map(([k]) => hex(k)));
          const t = SparseMerkleTree.fromEntries(entries);
          const root = t.root();
          for (const k of probes) {
            const proof = t.prove(k);
            if (present.has(hex(k))) {
              assert.ok(!verifyExclusion(root, k, proof));
            } else {
              assert.ok(verifyExclusion(root, k, proof));
              assert.ok(!verifyInclusion(root, k, Uint8Array.of(), proof));
              assert.ok(!verifyExclusion(keccak_256(root), k, proof));
            }
          }
          // A present key's proof, relabelled as an exclusion of that key, must not verify either.
          for (const [k] of entries) {
            const p = t.prove(k);
            assert.ok(!verifyExclusion(root, k, { siblings: p.siblings, terminal: { kind: "empty" } }));
          }
        }),
        { numRuns: 100 },
      );
    });

    it("an exclusion proof ending in a leaf of another key is checked for the shared prefix", () => {
      const t = SparseMerkleTree.fromEntries(Array.from({ length: 200 }, (_, i) => [keyOf(i), valueFor(i)]));
      const root = t.root();
      let leafTerminals = 0;
      for (let i = 200; i < 600; i++) {
        const proof = t.prove(keyOf(i));
        assert.ok(verifyExclusion(root, keyOf(i), proof));
        if (proof.terminal.kind === "leaf") {
          leafTerminals++;
          // The same leaf proof does not exclude a key whose path leaves the prefix.
          const moved = { ...proof, siblings: [...proof.siblings, new Uint8Array(32)] };
          assert.ok(!verifyExclusion(root, keyOf(i), moved));
        }
      }
      assert.ok(leafTerminals > 0);
    });

    it("the empty and one-leaf trees prove with no siblings", () => {
      const empty = new SparseMerkleTree();
      const p0 = empty.prove(Uint8Array.of(1));
      assert.deepEqual(p0, { siblings: [], terminal: { kind: "empty" } });
      assert.ok(verifyExclusion(EMPTY_ROOT, Uint8Array.of(1), p0));
      const one = SparseMerkleTree.fromEntries([[Uint8Array.of(1), Uint8Array.of(2)]]);
      const p1 = one.prove(Uint8Array.of(1));
      assert.equal(p1.siblings.length, 0);
      assert.ok(verifyInclusion(one.root(), Uint8Array.of(1), Uint8Array.of(2), p1));
      const p2 = one.prove(Uint8Array.of(3));
      assert.equal(p2.terminal.kind, "leaf");
      assert.ok(verifyExclusion(one.root(), Uint8Array.of(3), p2));
    });

    it("malformed proof objects are rejected, not thrown on", () => {
      const t = SparseMerkleTree.fromEntries([
        [keyOf(1), valueFor(1)],
        [keyOf(2), valueFor(2)],
      ]);
      const root = t.root();
      const proof = t.prove(keyOf(1));
      assert.ok(!verifyInclusion(root, keyOf(1), valueFor(1), { ...proof, siblings: [new Uint8Array(31)] }));
      assert.ok(!verifyInclusion(root.subarray(1), keyOf(1), valueFor(1), proof));
      assert.ok(!verifyExclusion(root, keyOf(3), { siblings: [], terminal: undefined as never }));
    });
  });

  describe("scale (10,000 keys)", () => {
    const N = 10_000;
    let tree: SparseMerkleTree;
    before(() => {
      tree = SparseMerkleTree.fromEntries(Array.from({ length: N }, (_, i) => [keyOf(i), valueFor(i)]));
      tree.root();
    });

    it("proofs have fewer than 40 siblings", () => {
      let max = 0;
      for (let i = 0; i < N; i++) max = Math.max(max, tree.prove(keyOf(i)).siblings.length);
      assert.ok(max < 40, `max proof length ${max}`);
      assert.ok(max >= 13); // at least log2(N)
    });

    it("a single update then root() costs fewer than 40 keccak calls", () => {
      for (let i = 0; i < 50; i++) {
        const before = tree.hashCount;
        tree.set(keyOf((i * 7919) % N), Uint8Array.of(i, 1));
        tree.root();
        const cost = tree.hashCount - before;
        assert.ok(cost < 40, `update cost ${cost}`);
      }
      for (const k of [N + 1, N + 2, 3]) {
        const before = tree.hashCount;
        if (k < N) tree.delete(keyOf(k));
        else tree.set(keyOf(k), Uint8Array.of(1));
        tree.root();
        assert.ok(tree.hashCount - before < 40);
      }
    });
  });

  describe("proof JSON", () => {
    it("round-trips every proof", () => {
      fc.assert(
        fc.property(entriesArb(30), keysArb(5), (kv, probes) => {
          const entries = toEntries(kv);
          const t = SparseMerkleTree.fromEntries(entries);
          const root = t.root();
          for (const k of [...entries.map(([key]) => key), ...probes]) {
            const proof = t.prove(k);
            const json = proofToJSON(proof);
            const text = JSON.stringify(json);
            assert.deepEqual(proofFromJSON(JSON.parse(text)), proof);
            assert.deepEqual(proofFromJSON(text), proof);
            for (const s of json.siblings) assert.match(s, /^0x[0-9a-f]{64}$/);
          }
          if (entries.length > 0) {
            const [k, v] = entries[0]!;
            assert.ok(verifyInclusion(root, k, v, proofFromJSON(JSON.stringify(proofToJSON(t.prove(k))))));
          }
        }),
        { numRuns: 50 },
      );
    });

    it("accepts uppercase hex digits", () => {
      const h = `0x${"AB".repeat(32)}`;
      const p = proofFromJSON({ siblings: [h], terminal: { kind: "leaf", keyHash: h, valueHash: h } });
      assert.deepEqual(p.siblings[0], new Uint8Array(32).fill(0xab));
    });

    it("rejects malformed input with a code", () => {
      const h = `0x${"00".repeat(32)}`;
      const leaf = { kind: "leaf", keyHash: h, valueHash: h };
      const cases: [unknown, MerkleProofErrorCode][] = [
        ["{not json", MerkleProofErrorCode.MALFORMED],
        [null, MerkleProofErrorCode.MALFORMED],
        [42, MerkleProofErrorCode.MALFORMED],
        [[], MerkleProofErrorCode.MALFORMED],
        [{ siblings: [] }, MerkleProofErrorCode.MALFORMED],
        [{ terminal: { kind: "empty" } }, MerkleProofErrorCode.MALFORMED],
        [{ siblings: {}, terminal: { kind: "empty" } }, MerkleProofErrorCode.MALFORMED],
        [{ siblings: [], terminal: { kind: "empty" }, extra: 1 }, MerkleProofErrorCode.MALFORMED],
        [{ siblings: [h.slice(2)], terminal: { kind: "empty" } }, MerkleProofErrorCode.BAD_HASH],
        [{ siblings: [`${h}00`], terminal: { kind: "empty" } }, MerkleProofErrorCode.BAD_HASH],
        [{ siblings: [h.slice(0, -1)], terminal: { kind: "empty" } }, MerkleProofErrorCode.BAD_HASH],
        [{ siblings: [`0x${"zz".repeat(32)}`], terminal: { kind: "empty" } }, MerkleProofErrorCode.BAD_HASH],
        [{ siblings: [1], terminal: { kind: "empty" } }, MerkleProofErrorCode.BAD_HASH],
        [{ siblings: Array(257).fill(h), terminal: { kind: "empty" } }, MerkleProofErrorCode.TOO_LONG],
        [{ siblings: [], terminal: { kind: "other" } }, MerkleProofErrorCode.BAD_TERMINAL],
        [{ siblings: [], terminal: { kind: "empty", keyHash: h } }, MerkleProofErrorCode.BAD_TERMINAL],
        [{ siblings: [], terminal: { kind: "leaf", keyHash: h } }, MerkleProofErrorCode.BAD_TERMINAL],
        [{ siblings: [], terminal: { ...leaf, valueHash: "0x12" } }, MerkleProofErrorCode.BAD_HASH],
        [{ siblings: [], terminal: { ...leaf, keyHash: 7 } }, MerkleProofErrorCode.BAD_HASH],
      ];
      for (const [input, code] of cases) {
        assert.throws(
          () => proofFromJSON(input),
          (e: unknown) => e instanceof MerkleProofError && e.code === code,
          `${JSON.stringify(input)?.slice(0, 80)} should fail with ${code}`,
        );
      }
    });
  });
});

describe("state tree by key hash (CommittedState's memoized tree keys)", () => {
  it("setHashed/deleteHashed with treeKeyHash give the roots of set/delete by key", () => {
    const key = fc.stringMatching(/^[a-z]{1,4}:[0-9a-f]{0,6}$/);
    const op = fc.record({ key, value: fc.option(fc.uint8Array({ minLength: 1, maxLength: 8 })) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const byKey = new SparseMerkleTree();
        const byHash = new SparseMerkleTree();
        for (const { key: k, value } of ops) {
          const bytes = new TextEncoder().encode(k);
          if (value === null) {
            byKey.delete(bytes);
            byHash.deleteHashed(treeKeyHash(k));
          } else {
            byKey.set(bytes, value);
            byHash.setHashed(treeKeyHash(k), value);
          }
          assert.equal(hex(byHash.root()), hex(byKey.root()));
        }
        for (const { key: k } of ops)
          assert.equal(hex(treeKeyHash(k)), hex(keccak_256(new TextEncoder().encode(k))));
      }),
      { numRuns: 200 },
    );
  });

  it("the tree key hash memo stays bounded", () => {
    for (let i = 0; i < TREE_KEY_HASH_MEMO_LIMIT + 10; i++) treeKeyHash(`k:${i}`);
    assert.equal(hex(treeKeyHash("k:1")), hex(keccak_256(new TextEncoder().encode("k:1"))));
  });
});
