/**
 * Issue 10's attacks as regressions: work the chain does for someone is paid by them and bounded.
 * Each test failed on the code before fees and metered matching.
 */
import assert from "node:assert/strict";
import { readFeePool } from "../../node/execution/fees.js";
import { deriveAssetAddress } from "../../node/state/registries.js";
import type { poco } from "../../proto/index.js";
import {
  DEFAULT_AUTO_MATCH_GAS,
  dealId,
  MIN_AUTO_MATCH_GAS,
  orderHash,
  queueLength,
  readDeal,
} from "../../scheduler/index.js";
import { addrBytes, buildOrders, type Cast, CHAIN_ID, RLC, setupMarket, uintBytes } from "./marketHarness.js";

function openRequest(c: Cast, salt: number, maxPrice: bigint): poco.RequestOrder.$Properties {
  const base = buildOrders(c, {
    app: RLC,
    dataset: 0n,
    workerpool: maxPrice,
    volume: 1n,
    trust: 0n,
    withDataset: false,
    salt,
  });
  return { ...base.request, workerpool: new Uint8Array(0) };
}

function publishApp(c: Cast): void {
  const app = buildOrders(c, {
    app: RLC,
    dataset: 0n,
    workerpool: 0n,
    volume: 100n,
    trust: 0n,
    withDataset: false,
  }).app;
  c.sim.run(c.appOwner, { publishOrder: { app } });
}

describe("issue 10 regressions: spam that used to be free", () => {
  it("10 regression: never-matching zero-price requests pay for their attempts and leave the queue", () => {
    const c = setupMarket(1, 10);
    c.sim.baseFee = 5n;
    publishApp(c);
    // An expensive pool: no zero-price request can ever match it.
    const wp = {
      ...buildOrders(c, {
        app: 0n,
        dataset: 0n,
        workerpool: 50n * RLC,
        volume: 100n,
        trust: 0n,
        withDataset: false,
      }).workerpool,
    };
    c.sim.run(c.scheduler, { publishOrder: { workerpool: wp } });
    const total = c.sim.totalRlc();
    const poolBefore = readFeePool(c.sim.state);
    const balanceBefore = c.sim.account(c.requester).balance;
    for (let i = 0; i < 16; i++) {
      c.sim.run(c.requester, { publishOrder: { request: openRequest(c, 100 + i, 0n) } });
    }
    assert.equal(queueLength(c.sim.state), 16);
    // Each publication paid its matching gas at the base fee, into the pool (plus its own gas).
    const prepaid = 16n * BigInt(DEFAULT_AUTO_MATCH_GAS) * 5n;
    assert.ok(readFeePool(c.sim.state) - poolBefore >= prepaid);
    assert.ok(balanceBefore - c.sim.account(c.requester).balance >= prepaid);
    assert.equal(c.sim.totalRlc(), total, "fees move RLC, they do not create or destroy it");
    // Empty blocks: the requests' prepaid gas runs out, then matching does nothing at all.
    let blocks = 0;
    while (queueLength(c.sim.state) > 0) {
      c.sim.block([]);
      blocks++;
      assert.ok(blocks < 200, "requests never left the queue: matching is free work forever");
    }
    c.sim.block([]);
    assert.ok(c.sim.lastBlockWrites <= 2, `an empty block still wrote ${c.sim.lastBlockWrites} keys`);
  });

  it("10 regression: a request below the minimum matching gas is refused", () => {
    const c = setupMarket(1, 10);
    c.sim.run(
      c.requester,
      { publishOrder: { request: openRequest(c, 1, 0n), matchGas: MIN_AUTO_MATCH_GAS - 1 } },
      "TX_BAD_FIELD",
    );
    assert.equal(queueLength(c.sim.state), 0);
  });

  it("10 regression: a candidate whose deal fails (scheduler without stake) is skipped, not fatal", () => {
    const c = setupMarket(1, 10);
    publishApp(c);
    // A cheaper pool whose owner has no stake: its deal fails for lack of scheduler stake.
    const broke = c.datasetOwner;
    const brokePool = deriveAssetAddress("workerpool", broke.address, c.sim.nonceOf(broke));
    c.sim.run(broke, { registerWorkerpool: { description: "broke", schedulerRewardRatio: 10 } });
    const salt = (n: number) => {
      const s = new Uint8Array(32);
      s[31] = n;
      return s;
    };
    const cheap = {
      workerpool: addrBytes(brokePool),
      workerpoolprice: uintBytes(RLC),
      volume: uintBytes(100n),
      salt: salt(1),
    };
    const honest = {
      workerpool: addrBytes(c.workerpool),
      workerpoolprice: uintBytes(2n * RLC),
      volume: uintBytes(100n),
      salt: salt(2),
    };
    c.sim.run(broke, { publishOrder: { workerpool: cheap } });
    c.sim.run(c.scheduler, { publishOrder: { workerpool: honest } });
    const request = openRequest(c, 9, 10n * RLC);
    c.sim.run(c.requester, { publishOrder: { request } });
    const deal = readDeal(c.sim.state, dealId(orderHash(CHAIN_ID, "request", request), 0n));
    assert.ok(deal, "no deal: the failing cheaper candidate stopped automatic matching");
    assert.equal(deal.workerpool, c.workerpool);
  });

  it("per-block matching work is bounded: each queued request is looked at once per block", () => {
    const c = setupMarket(1, 10);
    publishApp(c);
    const txs = Array.from({ length: 200 }, (_, i) =>
      c.sim.tx(c.requester, { publishOrder: { request: openRequest(c, i, 0n) } }),
    );
    c.sim.block(txs);
    const queued = queueLength(c.sim.state);
    c.sim.block([]);
    // With the default 14M gas limit and 25% for matching, an attempt costs ≥ 5k gas: ≤ 700 per
    // block, and each request is looked at once per block (the queue is never scanned twice): one
    // queue entry removed and one appended per request, plus the queue's bounds.
    assert.ok(queued <= 200);
    assert.ok(
      c.sim.lastBlockWrites <= 2 * queued + 4,
      `a block wrote ${c.sim.lastBlockWrites} keys for matching`,
    );
  });
});
