/**
 * Market metrics from per-block write deltas, on real blocks of the market state machine (MarketSim):
 * orders in and out of books, deals, task status transitions, SLA breaches with refunds and seized
 * stakes, SLA outcomes — compared with what the state says happened.
 */
import assert from "node:assert/strict";
import { Registry } from "prom-client";
import { fromHex, keccak256, toHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { MarketMetrics } from "../../node/marketMetrics.js";
import {
  dealId,
  orderHash,
  readSla,
  resultHash,
  resultSeal,
  signAuthorization,
  taskId,
  ZERO_ADDRESS_HEX,
} from "../../scheduler/index.js";
import { buildOrders, type Cast, CHAIN_ID, hexOf, RLC, setupMarket, signAll, T_MS } from "./marketHarness.js";

const digestOf = (s: string): string => toHex(keccak256(new TextEncoder().encode(s)));

function contribute(c: Cast, worker: KeyPair, task: string, digest: string) {
  const w = hexOf(worker);
  c.sim.run(worker, {
    contribute: {
      taskId: fromHex(task, 32),
      resultHash: fromHex(resultHash(task, digest), 32),
      resultSeal: fromHex(resultSeal(w, task, digest), 32),
      authorization: signAuthorization(w, task, ZERO_ADDRESS_HEX, c.scheduler.privateKey),
    },
  });
}

const reveal = (c: Cast, worker: KeyPair, task: string, digest: string) =>
  c.sim.run(worker, { reveal: { taskId: fromHex(task, 32), resultDigest: fromHex(digest, 32) } });

/** Prices: app 5, dataset 2, workerpool 100 RLC; scheduler stake 30 RLC and worker stake 30 RLC per task. */
function openDeal(c: Cast, volume: bigint, trust: bigint): string {
  const orders = signAll(
    c,
    buildOrders(c, {
      app: 5n * RLC,
      dataset: 2n * RLC,
      workerpool: 100n * RLC,
      withDataset: true,
      volume,
      trust,
    }),
  );
  c.sim.run(c.admin, { matchOrders: orders });
  return dealId(orderHash(CHAIN_ID, "request", orders.request), 0n);
}

function observed(c: Cast): { metrics: MarketMetrics; registry: Registry } {
  const registry = new Registry();
  const metrics = new MarketMetrics(registry);
  metrics.followOpenOrders(() => c.sim.state);
  c.sim.beforeApply = (writes, before) => metrics.observeWrites(writes, before);
  return { metrics, registry };
}

async function value(registry: Registry, name: string, labels: Record<string, string> = {}): Promise<number> {
  const metric = await registry.getSingleMetric(name)!.get();
  const found = metric.values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l));
  return found?.value ?? 0;
}

describe("market metrics (per-block deltas of real market blocks)", () => {
  it("counts orders into and out of books and reads open workerpool orders from state", async () => {
    const c = setupMarket(1, 10);
    const { registry } = observed(c);
    const orders = buildOrders(c, {
      app: RLC,
      dataset: 0n,
      workerpool: 10n * RLC,
      volume: 3n,
      trust: 0n,
      withDataset: false,
    });
    c.sim.run(c.appOwner, { publishOrder: { app: orders.app } });
    c.sim.run(c.scheduler, { publishOrder: { workerpool: orders.workerpool } });
    assert.equal(await value(registry, "poco_market_orders_published_total", { book: "app" }), 1);
    assert.equal(await value(registry, "poco_market_orders_published_total", { book: "workerpool" }), 1);
    assert.equal(await value(registry, "poco_market_open_orders", { book: "workerpool" }), 1);
    assert.equal(await value(registry, "poco_market_open_orders", { book: "request" }), 0);
    const hash = orderHash(CHAIN_ID, "workerpool", orders.workerpool);
    c.sim.run(c.scheduler, { cancelOrder: { orderHash: fromHex(hash, 32) } });
    assert.equal(await value(registry, "poco_market_orders_closed_total", { book: "workerpool" }), 1);
    assert.equal(await value(registry, "poco_market_open_orders", { book: "workerpool" }), 0);
    assert.equal(await value(registry, "poco_market_deals_created_total"), 0);
  });

  it("a lying minority: deal, task active → revealing → completed, the liar's stake counted as seized", async () => {
    const c = setupMarket(4, 10);
    const { registry } = observed(c);
    const task = taskId(openDeal(c, 1n, 3n), 0);
    assert.equal(await value(registry, "poco_market_deals_created_total"), 1);
    assert.equal(await value(registry, "poco_market_tasks_total", { status: "active" }), 1);
    const [w1, liar, w3, w4] = c.workers as [KeyPair, KeyPair, KeyPair, KeyPair];
    contribute(c, w1, task, digestOf("42"));
    contribute(c, liar, task, digestOf("41"));
    contribute(c, w3, task, digestOf("42"));
    contribute(c, w4, task, digestOf("42")); // consensus
    assert.equal(await value(registry, "poco_market_tasks_total", { status: "revealing" }), 1);
    for (const w of [w1, w3, w4]) reveal(c, w, task, digestOf("42"));
    assert.equal(await value(registry, "poco_market_tasks_total", { status: "completed" }), 1);
    assert.equal(await value(registry, "poco_market_tasks_total", { status: "failed" }), 0);
    assert.equal(
      await value(registry, "poco_market_stake_seized_nrlc_total", { owner: "worker" }),
      Number(30n * RLC),
    );
    assert.equal(await value(registry, "poco_market_sla_breaches_total"), 0);
    const sla = readSla(c.sim.state, c.workerpool);
    assert.equal(
      (await value(registry, "poco_market_sla_outcomes_total", { outcome: "on_time" })) +
        (await value(registry, "poco_market_sla_outcomes_total", { outcome: "late" })),
      sla.completedOnTime + sla.completedLate,
    );
    assert.equal(sla.completedOnTime + sla.completedLate, 1);
  });

  it("claims past the final deadline: SLA breaches, refunds and the scheduler's seized stake, once per task", async () => {
    const c = setupMarket(3, 10);
    const { registry } = observed(c);
    const id = openDeal(c, 2n, 5n);
    const [w1] = c.workers as [KeyPair];
    contribute(c, w1, taskId(id, 0), digestOf("x")); // then vanishes
    c.sim.block([], 7 * T_MS);
    const claims = c.sim.block(
      [0, 1].map((i) => c.sim.tx(c.requester, { claim: { taskId: fromHex(taskId(id, i), 32) } })),
      3 * T_MS,
    );
    assert.deepEqual(
      claims.map((r) => r.error),
      [undefined, undefined],
    );
    c.sim.block([], 500); // a later block writes nothing new about these tasks
    assert.equal(await value(registry, "poco_market_tasks_total", { status: "active" }), 2);
    assert.equal(await value(registry, "poco_market_tasks_total", { status: "failed" }), 2);
    assert.equal(await value(registry, "poco_market_sla_breaches_total"), 2);
    assert.equal(await value(registry, "poco_market_refunds_nrlc_total"), Number(2n * 107n * RLC));
    assert.equal(
      await value(registry, "poco_market_stake_seized_nrlc_total", { owner: "scheduler" }),
      Number(2n * 30n * RLC),
    );
    assert.equal(await value(registry, "poco_market_stake_seized_nrlc_total", { owner: "worker" }), 0);
    assert.equal(await value(registry, "poco_market_sla_outcomes_total", { outcome: "failed" }), 2);
    assert.equal(readSla(c.sim.state, c.workerpool).failed, 2);
  });
});
