/**
 * Market metrics derived from each block's state writes, never from a scan of the state: a block's
 * writes are compared with what the same keys held before it (Chain.onBeforeCommit), so the cost is
 * O(market writes of the block). Flows are counters (exact since the node started; Prometheus'
 * rate/increase handle restarts); the open workerpool and request orders are gauges read at scrape
 * time from the per-category book roots (O(categories), governance-bounded).
 *
 * Labels are fixed small sets (book kind, task status, SLA outcome, stake owner): no address, id or
 * category reaches a label.
 */
import { Counter, Gauge, type Registry } from "prom-client";
import { decodeCanonical, poco, u64ToNumber } from "../proto/index.js";
import { Books } from "../scheduler/orderBook.js";
import { MarketKeys, readContribution, readDeal, readSla, readTask } from "../scheduler/records.js";
import { ContributionStatus, type MarketReader, TaskStatus } from "../scheduler/types.js";
import { categoryCount } from "./state/registries.js";

/** Book kinds by the prefix of their ids (scheduler/orderBook.ts `Books`). */
const BOOK_KINDS: Readonly<Record<string, string>> = {
  wp: "workerpool",
  app: "app",
  ds: "dataset",
  rq: "request",
};
const BOOK_ROOT_PREFIX = "mkt:br:";
const STATUS_NAMES: Readonly<Record<number, string>> = {
  [TaskStatus.ACTIVE]: "active",
  [TaskStatus.REVEALING]: "revealing",
  [TaskStatus.COMPLETED]: "completed",
  [TaskStatus.FAILED]: "failed",
};
/** Categories summed at scrape time; governance adds them one by one, this only bounds a scrape. */
const MAX_SCRAPED_CATEGORIES = 4096;

type Write = readonly [string, Uint8Array | null];
type Reader = { get(key: string): Uint8Array | undefined };

function bookSize(bytes: Uint8Array | null | undefined): number {
  if (!bytes) return 0;
  return u64ToNumber(decodeCanonical(poco.BookRoot, bytes).size, "size");
}

/** A reader over one value (the key's value before or after the block). */
const one = (key: string, value: Uint8Array | null | undefined): MarketReader => ({
  get: (k) => (k === key ? (value ?? undefined) : undefined),
});

/** nRLC as a metric value (float; exact up to 2^53 nRLC ≈ 9 M RLC per increment). */
const nrlc = (amount: bigint): number => Number(amount);

export class MarketMetrics {
  readonly ordersPublished: Counter;
  readonly ordersClosed: Counter;
  readonly openOrders: Gauge;
  readonly dealsCreated: Counter;
  readonly tasks: Counter;
  readonly slaBreaches: Counter;
  readonly refunds: Counter;
  readonly stakeSeized: Counter;
  readonly slaOutcomes: Counter;
  private openOrdersState: (() => Reader) | undefined;

  constructor(registry: Registry) {
    const registers = [registry];
    this.ordersPublished = new Counter({
      name: "poco_market_orders_published_total",
      help: "Orders entering an order book, by book kind (workerpool, app, dataset, request)",
      labelNames: ["book"],
      registers,
    });
    this.ordersClosed = new Counter({
      name: "poco_market_orders_closed_total",
      help: "Orders leaving an order book (consumed by deals, cancelled), by book kind",
      labelNames: ["book"],
      registers,
    });
    const self = this;
    this.openOrders = new Gauge({
      name: "poco_market_open_orders",
      help: "Orders open in the workerpool and request books (all categories), read from state at scrape",
      labelNames: ["book"],
      registers,
      collect() {
        self.collectOpenOrders();
      },
    });
    this.dealsCreated = new Counter({
      name: "poco_market_deals_created_total",
      help: "Deals created (explicit and automatic matches)",
      registers,
    });
    this.tasks = new Counter({
      name: "poco_market_tasks_total",
      help: "Tasks entering a status (active = opened, revealing, completed, failed)",
      labelNames: ["status"],
      registers,
    });
    this.slaBreaches = new Counter({
      name: "poco_market_sla_breaches_total",
      help: "Tasks failed past their final deadline (claimed: requester refunded, scheduler stake seized)",
      registers,
    });
    this.refunds = new Counter({
      name: "poco_market_refunds_nrlc_total",
      help: "nRLC refunded to requesters of failed tasks",
      registers,
    });
    this.stakeSeized = new Counter({
      name: "poco_market_stake_seized_nrlc_total",
      help: "nRLC of stake seized: scheduler (failed tasks), worker (contributors not proving the consensus value, at settlement)",
      labelNames: ["owner"],
      registers,
    });
    this.slaOutcomes = new Counter({
      name: "poco_market_sla_outcomes_total",
      help: "Outcomes added to workerpool SLA records (on_time, late, failed)",
      labelNames: ["outcome"],
      registers,
    });
    for (const book of Object.values(BOOK_KINDS)) {
      this.ordersPublished.inc({ book }, 0);
      this.ordersClosed.inc({ book }, 0);
    }
    for (const status of Object.values(STATUS_NAMES)) this.tasks.inc({ status }, 0);
    for (const outcome of ["on_time", "late", "failed"]) this.slaOutcomes.inc({ outcome }, 0);
    for (const owner of ["scheduler", "worker"]) this.stakeSeized.inc({ owner }, 0);
  }

  /** Open workerpool and request orders are read from `state` at every scrape (see the gauge). */
  followOpenOrders(state: () => Reader): void {
    this.openOrdersState = state;
  }

  private collectOpenOrders(): void {
    const s = this.openOrdersState?.();
    if (!s) return;
    const categories = Math.min(categoryCount(s), MAX_SCRAPED_CATEGORIES);
    let workerpool = 0;
    let request = 0;
    for (let c = 0; c < categories; c++) {
      workerpool += bookSize(s.get(BOOK_ROOT_PREFIX + Books.workerpools(BigInt(c))));
      request += bookSize(s.get(BOOK_ROOT_PREFIX + Books.requests(BigInt(c))));
    }
    this.openOrders.set({ book: "workerpool" }, workerpool);
    this.openOrders.set({ book: "request" }, request);
  }

  /** One block's writes against the values the same keys held before it (`before`). */
  observeWrites(writes: readonly Write[], before: Reader): void {
    let written: Map<string, Uint8Array | null> | undefined;
    // The block's view: its own write of a key, else the value before the block.
    const atBlock: Reader = {
      get: (k) => {
        written ??= new Map(writes);
        const w = written.get(k);
        return w === undefined ? before.get(k) : (w ?? undefined);
      },
    };
    for (const [key, value] of writes) {
      const colon = key.indexOf(":");
      if (colon < 0) continue;
      switch (key.slice(0, colon)) {
        case "mkt":
          if (key.startsWith(BOOK_ROOT_PREFIX)) this.observeBook(key, before.get(key), value);
          break;
        case "deal":
          if (value !== null && before.get(key) === undefined) this.dealsCreated.inc();
          break;
        case "task":
          this.observeTask(key, before.get(key), value, atBlock, before);
          break;
        case "sla":
          this.observeSla(key, before.get(key), value);
          break;
      }
    }
  }

  private observeBook(key: string, old: Uint8Array | undefined, value: Uint8Array | null): void {
    const id = key.slice(BOOK_ROOT_PREFIX.length);
    const book = BOOK_KINDS[id.slice(0, id.indexOf(":"))];
    if (book === undefined) return;
    const delta = bookSize(value) - bookSize(old);
    if (delta > 0) this.ordersPublished.inc({ book }, delta);
    else if (delta < 0) this.ordersClosed.inc({ book }, -delta);
  }

  private observeTask(
    key: string,
    old: Uint8Array | undefined,
    value: Uint8Array | null,
    atBlock: Reader,
    before: Reader,
  ): void {
    if (value === null) return; // moved out of the hot state (retention), not a status change
    const id = key.slice("task:".length);
    const now = readTask(one(key, value), id);
    if (!now) return;
    const was = old ? readTask(one(key, old), id)?.status : undefined;
    if (was === now.status) return;
    const status = STATUS_NAMES[now.status];
    if (status === undefined) return;
    this.tasks.inc({ status });
    if (now.status === TaskStatus.COMPLETED) {
      // Settlement seizes the stake of every contributor that did not prove the consensus value
      // (scheduler/settlement.ts); at most MAX_CONTRIBUTORS reads. A record deleted by the same block
      // is read as it was before.
      let seized = 0n;
      for (const worker of now.contributors) {
        const key = MarketKeys.contribution(id, worker);
        const c =
          readContribution(atBlock, id, worker) ?? readContribution(one(key, before.get(key)), id, worker);
        if (c && c.status !== ContributionStatus.PROVED) seized += c.stake;
      }
      if (seized > 0n) this.stakeSeized.inc({ owner: "worker" }, nrlc(seized));
      return;
    }
    if (now.status !== TaskStatus.FAILED) return;
    // A claim after the final deadline: the requester is refunded, the scheduler's stake seized.
    this.slaBreaches.inc();
    const dealKey = MarketKeys.deal(now.dealId);
    const deal = readDeal(atBlock, now.dealId) ?? readDeal(one(dealKey, before.get(dealKey)), now.dealId);
    if (!deal) return;
    this.refunds.inc(nrlc(deal.appPrice + deal.datasetPrice + deal.workerpoolPrice));
    this.stakeSeized.inc({ owner: "scheduler" }, nrlc(deal.schedulerStake));
  }

  private observeSla(key: string, old: Uint8Array | undefined, value: Uint8Array | null): void {
    if (value === null) return;
    const pool = key.slice("sla:".length);
    const now = readSla(one(key, value), pool);
    const was = readSla(one(key, old), pool);
    const add = (outcome: string, delta: number) => {
      if (delta > 0) this.slaOutcomes.inc({ outcome }, delta);
    };
    add("on_time", now.completedOnTime - was.completedOnTime);
    add("late", now.completedLate - was.completedLate);
    add("failed", now.failed - was.failed);
  }
}
