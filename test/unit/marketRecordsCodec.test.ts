/**
 * Hand-written encoders of hot market records give exactly the bytes of the generic protobuf encoder
 * (the state root depends on every byte); a record read back from the memo filled at write equals
 * what decoding its bytes gives.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { fromHex, toHex } from "../../node/crypto/hash.js";
import { bytesToUint, decodeCanonical, encode, poco, uintToBytes } from "../../proto/index.js";
import { type DueEntry, encodeDueBucket, encodeDueEntry } from "../../scheduler/dueQueue.js";
import {
  type Contribution,
  type Deal,
  decodeOrder,
  encodeContribution,
  encodeContributionGeneric,
  encodeDeal,
  encodeDealGeneric,
  encodeOrder,
  encodeOrderRecord,
  encodeSla,
  encodeTask,
  encodeTaskGeneric,
  MarketKeys,
  ORDER_KIND_CODES,
  type OrderRecord,
  readContribution,
  readDeal,
  readSla,
  readTask,
  type Task,
  writeContribution,
  writeDeal,
  writeSla,
  writeTask,
  ZERO_ADDRESS_HEX,
} from "../../scheduler/index.js";

const hex = (n: number) => fc.uint8Array({ minLength: n, maxLength: n }).map((b) => toHex(b));
const address = fc.oneof(hex(20), fc.constant(ZERO_ADDRESS_HEX));
const hash = fc.oneof(hex(32), fc.constant(""));
const amount = fc.bigInt({ min: 0n, max: (1n << 256n) - 1n });
const n = fc.oneof(fc.constant(0), fc.nat({ max: 200 }), fc.maxSafeNat());
const u32 = fc.oneof(fc.constant(0), fc.nat({ max: 200 }), fc.constant(0xffffffff));
const deal: fc.Arbitrary<Deal> = fc.record({
  app: address,
  appOwner: address,
  appPrice: amount,
  dataset: address,
  datasetOwner: address,
  datasetPrice: amount,
  workerpool: address,
  workerpoolOwner: address,
  workerpoolPrice: amount,
  requester: address,
  beneficiary: address,
  callback: address,
  params: fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc.constant(""),
  ),
  tag: amount,
  category: n,
  trust: n,
  botFirst: n,
  botSize: n,
  startTimeMs: n,
  timeRefMs: n,
  schedulerRewardRatio: fc.nat({ max: 100 }),
  schedulerStake: amount,
  workerStake: amount,
  appOrderHash: hash,
  datasetOrderHash: hash,
  workerpoolOrderHash: hash,
  requestOrderHash: hash,
});
// uppercase hex too: the write-time memo must spell it as decoding does
const anyCase = (a: fc.Arbitrary<string>) =>
  fc.tuple(a, fc.boolean()).map(([h, up]) => (up && h !== "" ? `0x${h.slice(2).toUpperCase()}` : h));
const task: fc.Arbitrary<Task> = fc.record({
  dealId: anyCase(hex(32)),
  index: n,
  status: u32,
  contributionDeadlineMs: n,
  finalDeadlineMs: n,
  revealDeadlineMs: n,
  consensusTimeMs: n,
  consensusValue: anyCase(hash),
  totalWeight: amount,
  // empty groups (no hash, zero weight) are still written as repeated elements
  groups: fc.array(fc.record({ resultHash: anyCase(hash), weight: amount }), { maxLength: 4 }),
  contributors: fc.array(anyCase(hex(20)), { maxLength: 5 }),
  winnerCount: u32,
  revealCount: u32,
  resultDigest: anyCase(hash),
  results: fc.uint8Array({ maxLength: 300 }),
  completedTimeMs: n,
});
const contribution: fc.Arbitrary<Contribution> = fc.record({
  status: u32,
  resultHash: hash,
  resultSeal: hash,
  enclaveChallenge: address,
  weight: amount,
  stake: amount,
});

function memoryState() {
  const kv = new Map<string, Uint8Array>();
  const state = {
    get: (k: string) => kv.get(k),
    set: (k: string, v: Uint8Array) => void kv.set(k, v),
    delete: (k: string) => void kv.delete(k),
  };
  return { state, kv };
}

describe("market record codecs", () => {
  it("encodeOrderRecord equals encode(poco.OrderRecord) for any record", () => {
    const record = fc.record({
      kind: fc.constantFrom("app", "dataset", "workerpool", "request") as fc.Arbitrary<OrderRecord["kind"]>,
      // lengths across the one- and two-byte varint boundary
      order: fc.uint8Array({ minLength: 0, maxLength: 20_000 }),
      consumed: fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }),
      cancelled: fc.boolean(),
      presigned: fc.boolean(),
    });
    fc.assert(
      fc.property(record, (r) => {
        const generic = encode(poco.OrderRecord, {
          kind: ORDER_KIND_CODES[r.kind],
          order: r.order,
          consumed: uintToBytes(r.consumed),
          cancelled: r.cancelled,
          presigned: r.presigned,
        });
        assert.deepEqual(encodeOrderRecord(r), new Uint8Array(generic));
      }),
      { numRuns: 300 },
    );
  });

  it("a contribution read through the write-time memo equals the decode of its bytes", () => {
    const hex = (n: number) =>
      fc.uint8Array({ minLength: n, maxLength: n }).map((b) => `0x${Buffer.from(b).toString("hex")}`);
    const contribution = fc.record({
      status: fc.integer({ min: 0, max: 3 }),
      resultHash: hex(32).map((h) => h.toUpperCase().replace("0X", "0x")),
      resultSeal: hex(32),
      enclaveChallenge: fc.oneof(fc.constant("0x0000000000000000000000000000000000000000"), hex(20)),
      weight: fc.bigInt({ min: 0n, max: 1n << 70n }),
      stake: fc.bigInt({ min: 0n, max: 1n << 70n }),
    });
    fc.assert(
      fc.property(contribution, (c) => {
        const kv = new Map<string, Uint8Array>();
        const state = {
          get: (k: string) => kv.get(k),
          set: (k: string, v: Uint8Array) => void kv.set(k, v),
          delete: () => {},
        };
        const task = `0x${"ab".repeat(32)}`;
        const worker = `0x${"cd".repeat(20)}`;
        writeContribution(state, task, worker, c);
        const memo = readContribution(state, task, worker);
        const key = MarketKeys.contribution(task, worker);
        kv.set(key, Uint8Array.from(kv.get(key)!)); // other bytes object: decoded
        assert.deepEqual(memo, readContribution(state, task, worker));
      }),
      { numRuns: 200 },
    );
  });

  it("encodeDeal equals the generic protobuf encoding for any deal", () => {
    fc.assert(
      fc.property(deal, (d) =>
        assert.equal(
          Buffer.from(encodeDeal(d)).toString("hex"),
          Buffer.from(encodeDealGeneric(d)).toString("hex"),
        ),
      ),
      { numRuns: 400 },
    );
  });

  it("a deal read through the write-time memo equals the decode of its bytes", () => {
    fc.assert(
      fc.property(deal, (d) => {
        const { state, kv } = memoryState();
        const id = `0x${"ef".repeat(32)}`;
        writeDeal(state, id, d);
        const memo = readDeal(state, id);
        assert.ok(Object.isFrozen(memo), "deals are handed out frozen");
        const key = MarketKeys.deal(id);
        kv.set(key, Uint8Array.from(kv.get(key)!)); // other bytes object: decoded
        assert.deepEqual({ ...memo }, { ...readDeal(state, id) });
      }),
      { numRuns: 300 },
    );
  });

  it("encodeTask equals the generic protobuf encoding, and its memo the decode, for any task", () => {
    fc.assert(
      fc.property(task, (t) => {
        assert.equal(
          Buffer.from(encodeTask(t)).toString("hex"),
          Buffer.from(encodeTaskGeneric(t)).toString("hex"),
        );
        const { state, kv } = memoryState();
        const id = `0x${"12".repeat(32)}`;
        writeTask(state, id, t);
        // results compared as bytes: the memo keeps the writer's array, decoding gives a Buffer view
        const read = () => {
          const r = readTask(state, id)!;
          return { ...r, results: toHex(r.results) };
        };
        const memo = read();
        const key = MarketKeys.task(id);
        kv.set(key, Uint8Array.from(kv.get(key)!)); // other bytes object: decoded
        assert.deepEqual(memo, read());
      }),
      { numRuns: 400 },
    );
  });

  it("encodeContribution equals the generic protobuf encoding for any contribution", () => {
    fc.assert(
      fc.property(contribution, (c) =>
        assert.equal(
          Buffer.from(encodeContribution(c)).toString("hex"),
          Buffer.from(encodeContributionGeneric(c)).toString("hex"),
        ),
      ),
      { numRuns: 300 },
    );
  });

  it("encodeDueEntry and encodeDueBucket equal the generic protobuf encodings", () => {
    const entry = fc.record({ kind: u32, id: hex(32), deadlineMs: n }) as fc.Arbitrary<DueEntry>;
    fc.assert(
      fc.property(entry, n, n, (e, count, head) => {
        const generic = encode(poco.DueEntry, {
          kind: e.kind,
          id: fromHex(e.id, 32),
          deadlineMs: e.deadlineMs,
        });
        assert.equal(toHex(encodeDueEntry(e)), toHex(generic));
        assert.equal(toHex(encodeDueBucket({ count, head })), toHex(encode(poco.DueBucket, { count, head })));
      }),
      { numRuns: 300 },
    );
  });

  it("encodeSla equals the generic protobuf encoding, and its memo the decode", () => {
    const sla = fc.record({ completedOnTime: n, completedLate: n, failed: n, totalLatencyMs: n });
    fc.assert(
      fc.property(sla, (r) => {
        assert.equal(toHex(encodeSla(r)), toHex(encode(poco.WorkerpoolSla, r)));
        const { state, kv } = memoryState();
        const pool = `0x${"34".repeat(20)}`;
        writeSla(state, pool, r);
        const memo = readSla(state, pool);
        const key = MarketKeys.sla(pool);
        kv.set(key, Uint8Array.from(kv.get(key)!));
        assert.deepEqual(memo, readSla(state, pool));
      }),
      { numRuns: 200 },
    );
  });

  it("decodeOrder of stored (encodeOrder) bytes equals the checked decodeCanonical", () => {
    const bytes20 = fc.uint8Array({ minLength: 20, maxLength: 20 });
    const uint = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((v) => uintToBytes(v));
    const request = fc.record({
      app: bytes20,
      appmaxprice: uint,
      workerpool: bytes20,
      workerpoolmaxprice: uint,
      requester: bytes20,
      volume: uint,
      category: uint,
      trust: uint,
      params: fc.string({ maxLength: 200 }),
      salt: fc.uint8Array({ minLength: 32, maxLength: 32 }),
    });
    fc.assert(
      fc.property(request, (rq) => {
        // a fresh copy of the bytes each time, so the decode caches cannot answer
        const stored = Uint8Array.from(encodeOrder("request", rq));
        assert.deepEqual(
          { ...decodeOrder("request", stored) },
          { ...decodeCanonical(poco.RequestOrder, Uint8Array.from(stored)) },
        );
      }),
      { numRuns: 200 },
    );
  });

  it("uintToBytes gives the minimal big-endian bytes on both sides of its fast path (2^48)", () => {
    const viaHex = (v: bigint): Uint8Array => {
      if (v === 0n) return new Uint8Array(0);
      const hex = v.toString(16);
      return Uint8Array.from(Buffer.from(hex.length % 2 ? `0${hex}` : hex, "hex"));
    };
    const value = fc.oneof(
      fc.bigInt({ min: 0n, max: 1n << 49n }),
      fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }),
      fc.constantFrom(0n, 255n, 256n, (1n << 48n) - 1n, 1n << 48n),
    );
    fc.assert(
      fc.property(value, (v) => {
        const bytes = uintToBytes(v);
        assert.deepEqual(bytes, viaHex(v));
        assert.equal(bytesToUint(bytes, "v"), v);
      }),
      { numRuns: 2000 },
    );
  });
});
