/**
 * The state-kept order-book index (treap by (price, hash)): random inserts and removals against a
 * sorted reference; `cheapest` returns the first k under a price bound; node reads per operation
 * stay logarithmic on a large book.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { keccak256, toHex } from "../../node/crypto/hash.js";
import {
  bytesToUint,
  type CodecError,
  decodeCanonical,
  poco,
  u64ToNumber,
  uintToBytes,
} from "../../proto/index.js";
import { hexOf, uintOf } from "../../scheduler/bytes.js";
import { OrderBookIndex } from "../../scheduler/orderBook.js";
import type { MarketState } from "../../scheduler/types.js";

const h = (n: number): string => toHex(keccak256(Uint8Array.of(n >> 24, n >> 16, n >> 8, n)));

function memState(): MarketState & { reads: number; kv: Map<string, Uint8Array> } {
  const kv = new Map<string, Uint8Array>();
  const s = {
    kv,
    reads: 0,
    get(k: string) {
      s.reads++;
      return kv.get(k);
    },
    set: (k: string, v: Uint8Array) => void kv.set(k, v),
    delete: (k: string) => void kv.delete(k),
  };
  return s;
}

const cmp = (a: { hash: string; price: bigint }, b: { hash: string; price: bigint }): number =>
  a.price < b.price ? -1 : a.price > b.price ? 1 : a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0;

describe("market order book index", () => {
  it("property: the hot-path conversions equal toHex and bytesToUint", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 40 }),
        fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }),
        (raw, n) => {
          assert.equal(hexOf(raw), toHex(raw));
          assert.equal(uintOf(uintToBytes(n), "n"), n);
          let expected: bigint | string;
          try {
            expected = bytesToUint(raw, "x");
          } catch (err) {
            expected = (err as CodecError).message;
          }
          let actual: bigint | string;
          try {
            actual = uintOf(raw, "x");
          } catch (err) {
            actual = (err as CodecError).message;
          }
          assert.equal(actual, expected);
        },
      ),
    );
  });

  it("property: matches a sorted reference under random inserts and removals", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.nat({ max: 60 }), fc.bigInt({ min: 0n, max: 8n })), {
          maxLength: 150,
        }),
        fc.nat({ max: 10 }),
        fc.bigInt({ min: 0n, max: 9n }),
        (ops, k, maxPrice) => {
          const state = memState();
          const book = new OrderBookIndex(state, "wp:0");
          const ref = new Map<string, bigint>();
          for (const [add, n, price] of ops) {
            const hash = h(n);
            if (add) {
              book.insert(hash, ref.get(hash) ?? price);
              if (!ref.has(hash)) ref.set(hash, price);
            } else {
              assert.equal(book.remove(hash), ref.delete(hash));
            }
          }
          const expected = [...ref.entries()].map(([hash, price]) => ({ hash, price })).sort(cmp);
          assert.deepEqual(book.all(), expected);
          assert.equal(book.size, expected.length);
          // the hand-written root encoding is protobuf's canonical one (decodeCanonical re-encodes)
          const rootBytes = state.kv.get("mkt:br:wp:0");
          assert.equal(rootBytes === undefined, expected.length === 0);
          if (rootBytes) {
            const root = decodeCanonical(poco.BookRoot, rootBytes);
            assert.equal(u64ToNumber(root.size, "size"), expected.length);
          }
          assert.deepEqual(
            book.cheapest(k, maxPrice),
            expected.filter((e) => e.price <= maxPrice).slice(0, k),
          );
          // removing everything leaves no trace
          for (const e of expected) book.remove(e.hash);
          assert.equal(state.kv.size, 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads O(log n) nodes per operation on a 20,000-order book", () => {
    const state = memState();
    const book = new OrderBookIndex(state, "wp:1");
    const n = 20_000;
    for (let i = 0; i < n; i++) book.insert(h(i), BigInt(i % 997));
    state.reads = 0;
    const ops = 200;
    for (let i = 0; i < ops; i++) {
      book.cheapest(1, 10n ** 18n);
      book.remove(h(i * 7));
      book.insert(h(n + i), BigInt(i % 13));
    }
    const perOp = state.reads / (3 * ops);
    // a multi-byte size varint, still protobuf's canonical encoding
    assert.equal(u64ToNumber(decodeCanonical(poco.BookRoot, state.kv.get("mkt:br:wp:1")!).size, "size"), n);
    // log2(20,000) ≈ 14.3; a treap's expected depth is ≈ 2·ln n ≈ 20
    assert.ok(perOp < 120, `${perOp} reads per operation`);
  });
});
