/**
 * What the market API and the matching hot path rely on: paging a book after a cursor (O(log n +
 * page)), the request-order book, the hand-written book-node encoding (canonical protobuf bytes),
 * the order-hash memo (never stale, even for a mutated order object) and orders as JSON (inverse of
 * each other, strict on input).
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { marketDomain, orderDigest } from "../../node/crypto/eip712.js";
import { fromHex, keccak256, toHex } from "../../node/crypto/hash.js";
import { StateOverlay } from "../../node/state/stateOverlay.js";
import { decodeCanonical, encode, poco } from "../../proto/index.js";
import { bytesOfHex } from "../../scheduler/bytes.js";
import {
  Books,
  dealId,
  encodeOrder,
  OrderBookIndex,
  OrderJsonError,
  orderFromJSON,
  orderHash,
  orderToJSON,
  readDeal,
  readOrderRecord,
  readTask,
  taskId,
} from "../../scheduler/index.js";
import type { MarketState } from "../../scheduler/types.js";
import { buildOrders, CHAIN_ID, RLC, setupMarket, signAll, uintBytes } from "./marketHarness.js";

const h = (n: number): string => toHex(keccak256(Uint8Array.of(n >> 24, n >> 16, n >> 8, n)));

function memState(): MarketState & { kv: Map<string, Uint8Array> } {
  const kv = new Map<string, Uint8Array>();
  return { kv, get: (k) => kv.get(k), set: (k, v) => void kv.set(k, v), delete: (k) => void kv.delete(k) };
}

describe("market book paging, request book, hash memo and order JSON", () => {
  it("property: pages after a cursor concatenate to the whole book, for any page size", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 5000 }), { maxLength: 120 }),
        fc.array(fc.bigInt({ min: 0n, max: 20n }), { minLength: 120, maxLength: 120 }),
        fc.integer({ min: 1, max: 17 }),
        (ids, prices, pageSize) => {
          const book = new OrderBookIndex(memState(), "wp:0");
          for (const [i, id] of ids.entries()) book.insert(h(id), prices[i]!);
          const all = book.all();
          const pages: string[] = [];
          let page = book.cheapest(pageSize, (1n << 256n) - 1n);
          while (page.length > 0) {
            pages.push(...page.map((e) => e.hash));
            const last = page[page.length - 1]!;
            page = book.after(last.price, last.hash, pageSize);
          }
          assert.deepEqual(
            pages,
            all.map((e) => e.hash),
          );
          // an arbitrary cursor (not in the book) starts right after its place in the order
          const cursor = { price: 7n, hash: h(999_999) };
          const expected = all.filter(
            (e) => e.price > cursor.price || (e.price === cursor.price && e.hash > cursor.hash),
          );
          assert.deepEqual(book.after(cursor.price, cursor.hash, 1000), expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("property: the fast hex decoder equals fromHex, errors included", () => {
    const outcome = (f: () => Uint8Array): string => {
      try {
        return toHex(f());
      } catch (err) {
        return `error ${(err as Error).message}`;
      }
    };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 40 }).map((b) => toHex(b)),
          fc.uint8Array({ maxLength: 40 }).map((b) => toHex(b).toUpperCase().replace("0X", "0x")),
          fc.string({ maxLength: 12 }),
          fc.string({ maxLength: 12 }).map((s) => `0x${s}`),
        ),
        fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
        (str, size) => {
          assert.equal(
            outcome(() => bytesOfHex(str, size)),
            outcome(() => fromHex(str, size)),
          );
        },
      ),
    );
  });

  it("property: a bulk-loaded book is byte for byte the book the same inserts build", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 100_000 }), { maxLength: 200 }),
        fc.integer({ min: 0, max: 2 ** 30 }),
        (ids, seed) => {
          const entries = ids.map((id, i) => ({ hash: h(id), price: BigInt((seed + i * 7919) % 13) }));
          const inserted = memState();
          const a = new OrderBookIndex(inserted, "wp:1");
          for (const e of entries) a.insert(e.hash, e.price);
          const loaded = memState();
          const b = new OrderBookIndex(loaded, "wp:1");
          b.bulkLoad(entries);
          const dump = (m: Map<string, Uint8Array>) => [...m].map(([k, v]) => `${k}=${toHex(v)}`).sort();
          assert.deepEqual(dump(loaded.kv), dump(inserted.kv));
          assert.equal(b.size, entries.length);
          if (entries.length > 0) assert.throws(() => b.bulkLoad(entries), /not empty/);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("writes book nodes as canonical protobuf BookNode bytes", () => {
    const state = memState();
    const book = new OrderBookIndex(state, "wp:0");
    for (let i = 0; i < 300; i++) book.insert(h(i), BigInt(i % 7) * 10n ** 30n + BigInt(i % 3));
    for (let i = 0; i < 300; i += 3) book.remove(h(i));
    let nodes = 0;
    for (const [key, bytes] of state.kv) {
      if (!key.startsWith("mkt:bn:")) continue;
      nodes++;
      const m = decodeCanonical(poco.BookNode, bytes); // throws unless byte-identical to protobufjs
      assert.equal(toHex(encode(poco.BookNode, m)), toHex(bytes));
    }
    assert.equal(nodes, 200);
    assert.equal(book.size, 200);
  });

  it("indexes published request orders by category and workerpool max price; cancel and match remove them", () => {
    const c = setupMarket(1, 10);
    const p = {
      app: 1n * RLC,
      dataset: 0n,
      workerpool: 10n * RLC,
      volume: 1n,
      trust: 0n,
      withDataset: false,
    };
    const first = signAll(c, buildOrders(c, { ...p, salt: 1 }));
    const second = signAll(c, buildOrders(c, { ...p, workerpool: 20n * RLC, salt: 2 }));
    const requests = () => new OrderBookIndex(new StateOverlay(c.sim.state), Books.requests(0n)).all();
    c.sim.run(c.requester, { publishOrder: { request: second.request } });
    c.sim.run(c.requester, { publishOrder: { request: first.request } });
    const h1 = orderHash(CHAIN_ID, "request", first.request);
    const h2 = orderHash(CHAIN_ID, "request", second.request);
    assert.deepEqual(requests(), [
      { hash: h1, price: 10n * RLC },
      { hash: h2, price: 20n * RLC },
    ]);
    c.sim.run(c.requester, { cancelOrder: { orderHash: fromHex(h2, 32) } });
    assert.deepEqual(
      requests().map((e) => e.hash),
      [h1],
    );
    c.sim.run(c.admin, {
      matchOrders: { app: first.app, workerpool: first.workerpool, request: first.request },
    });
    assert.deepEqual(requests(), []);
    assert.equal(readOrderRecord(c.sim.state, h1)?.consumed, 1n);

    // the records' decode caches (filled on write) agree with a cold decode of fresh byte copies
    const cold = { get: (k: string) => Uint8Array.from(c.sim.state.get(k) ?? []) };
    const deal = dealId(h1, 0n);
    const task = taskId(deal, 0);
    assert.deepEqual(readDeal(cold, deal), readDeal(c.sim.state, deal));
    const taskView = (t: ReturnType<typeof readTask>) => ({ ...t!, results: toHex(t!.results) });
    assert.deepEqual(taskView(readTask(cold, task)), taskView(readTask(c.sim.state, task)));
    for (const h of [h1, h2, orderHash(CHAIN_ID, "app", first.app)]) {
      const warm = readOrderRecord(c.sim.state, h)!;
      const fresh = readOrderRecord(cold, h)!;
      assert.deepEqual({ ...fresh, order: toHex(fresh.order) }, { ...warm, order: toHex(warm.order) });
    }
  });

  it("the order-hash memo is never stale: a mutated order object hashes anew", () => {
    const c = setupMarket(0, 10);
    const o = buildOrders(c, {
      app: 1n,
      dataset: 0n,
      workerpool: 1n,
      volume: 1n,
      trust: 0n,
      withDataset: false,
    }).workerpool;
    const direct = (): string => toHex(orderDigest(marketDomain(CHAIN_ID), "workerpool", o));
    const before = orderHash(CHAIN_ID, "workerpool", o);
    assert.equal(before, direct());
    o.workerpoolprice = uintBytes(2n);
    const after = orderHash(CHAIN_ID, "workerpool", o);
    assert.notEqual(after, before);
    assert.equal(after, direct());
    assert.notEqual(orderHash(CHAIN_ID + 1, "workerpool", o), after);
    // a malformed field still throws BAD_FIELD, cached or not
    assert.throws(
      () => orderHash(CHAIN_ID, "workerpool", { ...o, trust: Uint8Array.of(0, 1) }),
      /TX_BAD_FIELD|trust/,
    );
  });

  it("orders as JSON: orderFromJSON inverts orderToJSON; unknown fields and bad values are refused", () => {
    const c = setupMarket(0, 10);
    const signed = signAll(
      c,
      buildOrders(c, { app: 3n, dataset: 2n, workerpool: 1n, volume: 5n, trust: 4n, withDataset: true }),
    );
    for (const kind of ["app", "dataset", "workerpool", "request"] as const) {
      const order = signed[kind];
      const json = orderToJSON(kind, order as never);
      const back = orderFromJSON(kind, JSON.parse(JSON.stringify(json)));
      assert.deepEqual(encodeOrder(kind, back), encodeOrder(kind, order as never), kind);
      assert.equal(orderHash(CHAIN_ID, kind, back), orderHash(CHAIN_ID, kind, order as never));
    }
    const app = orderToJSON("app", signed.app);
    const refused = (json: unknown, pattern: RegExp) =>
      assert.throws(
        () => orderFromJSON("app", json),
        (err: unknown) =>
          err instanceof OrderJsonError && err.code === "ORDER_INVALID" && pattern.test(err.message),
      );
    refused({ ...app, apprice: "1" }, /unknown field "apprice"/);
    refused({ ...app, app: "0x1234" }, /^app:/);
    refused({ ...app, appprice: "-1" }, /appprice/);
    refused({ ...app, appprice: (1n << 256n).toString() }, /appprice/);
    refused({ ...app, tag: "0x01" }, /tag/);
    refused({ ...app, sign: "0x00" }, /sign/);
    refused([app], /object/);
    // numbers, hex integers and omitted fields (zero values) are accepted
    const minimal = orderFromJSON("app", { app: app.app, appprice: 3, volume: "0x05" });
    assert.equal(encodeOrder("app", minimal).length > 0, true);
    assert.deepEqual(orderToJSON("app", minimal).tag, `0x${"00".repeat(32)}`);
  });
});
