/**
 * Automatic matching at the end of block execution: request orders with an open workerpool are
 * matched with the best-ranked compatible workerpool order by their criteria weights (from params),
 * incompatible and too expensive orders are skipped, unmatched requests wait in the queue, exhausted
 * orders leave the book, and RLC is conserved.
 */
import assert from "node:assert/strict";
import { DEFAULT_CHAIN_PARAMS } from "../../node/execution/fees.js";
import { deriveAssetAddress } from "../../node/state/registries.js";
import { StateOverlay } from "../../node/state/stateOverlay.js";
import type { poco } from "../../proto/index.js";
import {
  Books,
  DEFAULT_CRITERIA,
  dealId,
  MAX_DEALS_PER_REQUEST_PER_BLOCK,
  meanLatencyMs,
  OrderBookIndex,
  orderHash,
  parseCriteria,
  queueLength,
  readDeal,
  reliabilityPpm,
} from "../../scheduler/index.js";
import { addrBytes, buildOrders, type Cast, CHAIN_ID, RLC, setupMarket, uintBytes } from "./marketHarness.js";

function registerPool(c: Cast, power: number): string {
  const pool = deriveAssetAddress("workerpool", c.scheduler.address, c.sim.nonceOf(c.scheduler));
  c.sim.run(c.scheduler, {
    registerWorkerpool: { description: `p${power}`, schedulerRewardRatio: 10, powerEfficiency: power },
  });
  return pool;
}

function poolOrder(
  pool: string,
  price: bigint,
  trust: bigint,
  salt: number,
): poco.WorkerpoolOrder.$Properties {
  const s = new Uint8Array(32);
  s[31] = salt;
  return {
    workerpool: addrBytes(pool),
    workerpoolprice: uintBytes(price),
    volume: uintBytes(10n),
    trust: uintBytes(trust),
    salt: s,
  };
}

function openRequest(
  c: Cast,
  params: string,
  salt: number,
  maxPrice = 100n * RLC,
): poco.RequestOrder.$Properties {
  const base = buildOrders(c, {
    app: RLC,
    dataset: 0n,
    workerpool: maxPrice,
    volume: 1n,
    trust: 2n,
    withDataset: false,
    salt,
  });
  return { ...base.request, workerpool: new Uint8Array(0), params };
}

describe("market automatic matching", () => {
  it("parses criteria defensively (integers 0..1000 only)", () => {
    assert.deepEqual(parseCriteria(""), DEFAULT_CRITERIA);
    assert.deepEqual(parseCriteria("not json"), DEFAULT_CRITERIA);
    assert.deepEqual(parseCriteria("[1,2]"), DEFAULT_CRITERIA);
    assert.deepEqual(parseCriteria('{"criteria": {"price": 0.5}}'), DEFAULT_CRITERIA);
    assert.deepEqual(parseCriteria('{"criteria": {"price": -1, "power": 1e9}}'), DEFAULT_CRITERIA);
    assert.deepEqual(parseCriteria('{"criteria": {"power": 3, "reliability": "2"}}'), {
      price: 0,
      reputation: 0,
      reliability: 0,
      power: 3,
    });
  });

  it("SLA figures are integer: reliability in ppm, mean latency in ms", () => {
    assert.equal(
      reliabilityPpm({ completedOnTime: 0, completedLate: 0, failed: 0, totalLatencyMs: 0 }),
      500_000,
    );
    assert.equal(
      reliabilityPpm({ completedOnTime: 2, completedLate: 1, failed: 0, totalLatencyMs: 0 }),
      833_333,
    );
    assert.equal(reliabilityPpm({ completedOnTime: 0, completedLate: 0, failed: 3, totalLatencyMs: 0 }), 0);
    assert.equal(
      meanLatencyMs({ completedOnTime: 2, completedLate: 1, failed: 9, totalLatencyMs: 1000 }),
      333,
    );
  });

  it("matches open requests with the best-ranked compatible workerpool order at the end of the block", () => {
    const c = setupMarket(1, 10);
    const total = c.sim.totalRlc();
    const poolA = c.workerpool; // power 7
    const poolB = registerPool(c, 900);
    const poolC = registerPool(c, 500);
    const app = buildOrders(c, {
      app: RLC,
      dataset: 0n,
      workerpool: 0n,
      volume: 10n,
      trust: 0n,
      withDataset: false,
    }).app;
    c.sim.run(c.appOwner, { publishOrder: { app } });
    const orders = {
      a: poolOrder(poolA, 30n * RLC, 5n, 1),
      b: poolOrder(poolB, 50n * RLC, 5n, 2),
      c: poolOrder(poolC, 20n * RLC, 1n, 3), // cheapest but trust 1 < 2: incompatible
      d: poolOrder(poolB, 200n * RLC, 5n, 4), // above every max price
    };
    for (const o of Object.values(orders)) c.sim.run(c.scheduler, { publishOrder: { workerpool: o } });
    assert.equal(new OrderBookIndex(new StateOverlay(c.sim.state), Books.workerpools(0n)).size, 4);

    const cases: [string, string][] = [
      ["{}", poolA], // default: price only → A (C is incompatible)
      ['{"criteria": {"power": 1}}', poolB],
      ['{"criteria": {"price": 1, "power": 1}}', poolB], // A 700,000 + 7,000 < B 500,000 + 900,000
      ['{"criteria": {"price": 1000, "power": 1}}', poolA],
    ];
    cases.forEach(([params, expected], i) => {
      const request = openRequest(c, params, 10 + i);
      c.sim.run(c.requester, { publishOrder: { request } });
      const deal = readDeal(c.sim.state, dealId(orderHash(CHAIN_ID, "request", request), 0n));
      assert.ok(deal, `no deal for ${params}`);
      assert.equal(deal.workerpool, expected, params);
      assert.equal(c.sim.totalRlc(), total);
    });
    assert.equal(queueLength(c.sim.state), 0);
  });

  it("an unmatched request waits in the queue until a compatible order appears; exhausted orders leave the book", () => {
    const c = setupMarket(1, 10);
    const app = buildOrders(c, {
      app: RLC,
      dataset: 0n,
      workerpool: 0n,
      volume: 10n,
      trust: 0n,
      withDataset: false,
    }).app;
    c.sim.run(c.appOwner, { publishOrder: { app } });
    const request = { ...openRequest(c, "{}", 7, 10n * RLC), volume: uintBytes(2n) };
    c.sim.run(c.requester, { publishOrder: { request } });
    assert.equal(queueLength(c.sim.state), 1);
    c.sim.run(c.scheduler, { publishOrder: { workerpool: poolOrder(c.workerpool, 50n * RLC, 5n, 1) } }); // too expensive
    assert.equal(queueLength(c.sim.state), 1);
    const cheap = { ...poolOrder(c.workerpool, 5n * RLC, 5n, 2), volume: uintBytes(1n) };
    const cheap2 = { ...poolOrder(c.workerpool, 6n * RLC, 5n, 3), volume: uintBytes(1n) };
    c.sim.block([
      c.sim.tx(c.scheduler, { publishOrder: { workerpool: cheap } }),
      c.sim.tx(c.scheduler, { publishOrder: { workerpool: cheap2 } }),
    ]);
    // the request's volume 2 is split over two deals (each workerpool order has volume 1)
    const rqHash = orderHash(CHAIN_ID, "request", request);
    const d1 = readDeal(c.sim.state, dealId(rqHash, 0n))!;
    const d2 = readDeal(c.sim.state, dealId(rqHash, 1n))!;
    assert.equal(d1.workerpoolPrice, 5n * RLC);
    assert.equal(d2.workerpoolPrice, 6n * RLC);
    assert.equal(queueLength(c.sim.state), 0);
    const book = new OrderBookIndex(new StateOverlay(c.sim.state), Books.workerpools(0n));
    assert.deepEqual(
      book.all().map((e) => e.price),
      [50n * RLC],
    );
  });

  it("gas, not a count, bounds a block's matching: 80 requests and a 10-deal request all matched in their block", () => {
    // Budget 100% of a 200M block: the former caps (64 requests, 4 deals per request per block) bind, gas does not.
    const c = setupMarket(1, 10, {
      ...DEFAULT_CHAIN_PARAMS,
      blockGasLimit: 200_000_000,
      matchBudgetPercent: 100,
    });
    const total = c.sim.totalRlc();
    const app = buildOrders(c, {
      app: RLC,
      dataset: 0n,
      workerpool: 0n,
      volume: 1000n,
      trust: 0n,
      withDataset: false,
    }).app;
    c.sim.run(c.appOwner, { publishOrder: { app } });
    const wide = { ...poolOrder(c.workerpool, 2n * RLC, 5n, 1), volume: uintBytes(100n) };
    const singles = Array.from({ length: 10 }, (_, i) => ({
      ...poolOrder(c.workerpool, 3n * RLC + BigInt(i), 5n, 10 + i),
      volume: uintBytes(1n),
    }));
    c.sim.block([wide, ...singles].map((o) => c.sim.tx(c.scheduler, { publishOrder: { workerpool: o } })));
    const requests = Array.from({ length: 80 }, (_, i) => openRequest(c, "{}", 100 + i, 10n * RLC));
    c.sim.block(requests.map((request) => c.sim.tx(c.requester, { publishOrder: { request } })));
    for (const request of requests) {
      assert.ok(
        readDeal(c.sim.state, dealId(orderHash(CHAIN_ID, "request", request), 0n)),
        "request not matched",
      );
    }
    // The wide order is exhausted by 80 of its 100; a request of volume 30 then takes its last 20
    // in one deal and the 10 single-task orders in 10 more deals, all in one block.
    const big = { ...openRequest(c, "{}", 50, 10n * RLC), volume: uintBytes(30n) };
    c.sim.run(c.requester, { publishOrder: { request: big, matchGas: 50_000_000 } });
    const bigHash = orderHash(CHAIN_ID, "request", big);
    let consumed = 0n;
    let deals = 0;
    for (;;) {
      const deal = readDeal(c.sim.state, dealId(bigHash, consumed));
      if (!deal) break;
      consumed += BigInt(deal.botSize);
      deals++;
    }
    assert.equal(consumed, 30n);
    assert.equal(deals, 11);
    assert.ok(deals < MAX_DEALS_PER_REQUEST_PER_BLOCK);
    assert.equal(queueLength(c.sim.state), 0);
    assert.equal(c.sim.totalRlc(), total);
  });

  it("the block's matching budget binds: what does not fit waits for the next blocks, oldest first", () => {
    // ≈ 1M gas for matching per block: far fewer than 40 automatic matches fit in one block.
    const c = setupMarket(1, 10, {
      ...DEFAULT_CHAIN_PARAMS,
      blockGasLimit: 100_000_000,
      matchBudgetPercent: 1,
    });
    const app = buildOrders(c, {
      app: RLC,
      dataset: 0n,
      workerpool: 0n,
      volume: 1000n,
      trust: 0n,
      withDataset: false,
    }).app;
    c.sim.run(c.appOwner, { publishOrder: { app } });
    c.sim.run(c.scheduler, {
      publishOrder: { workerpool: { ...poolOrder(c.workerpool, 2n * RLC, 5n, 1), volume: uintBytes(100n) } },
    });
    const requests = Array.from({ length: 40 }, (_, i) => openRequest(c, "{}", 100 + i, 10n * RLC));
    c.sim.block(requests.map((request) => c.sim.tx(c.requester, { publishOrder: { request } })));
    const matched = () =>
      requests.map((r) => readDeal(c.sim.state, dealId(orderHash(CHAIN_ID, "request", r), 0n)) !== undefined);
    const first = matched().filter(Boolean).length;
    assert.ok(first > 0 && first < 40, `${first} of 40 matched in one block`);
    let blocks = 1;
    while (matched().includes(false)) {
      c.sim.block([]);
      blocks++;
      assert.ok(blocks < 40, "matching stalled");
    }
    // oldest first: the requests matched in publication order (deal start times never decrease)
    const starts = requests.map(
      (r) => readDeal(c.sim.state, dealId(orderHash(CHAIN_ID, "request", r), 0n))!.startTimeMs,
    );
    for (let i = 1; i < starts.length; i++) assert.ok(starts[i]! >= starts[i - 1]!);
  });
});
