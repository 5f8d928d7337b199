/**
 * Automatic matching at the end of each block: request orders published with an open workerpool
 * are matched against the book. For each request the cheapest usable app order (and dataset order)
 * is taken, then the first `WORKERPOOL_CANDIDATES` workerpool orders of the request's category by
 * (price, hash) under its max price are ranked by the request's criteria weights; the best compatible
 * one wins, ties going to the cheaper then lower-hash order. Every step reads O(log n) book nodes
 * plus bounded candidate lists, so a match costs O(log n), not O(book size).
 *
 * Criteria ride in the request's `params` JSON (parsed defensively, integers only):
 * `{"criteria": {"price": 1, "reputation": 0, "reliability": 0, "power": 0}}`, each weight an integer
 * 0..1000 (default: price 1, the rest 0). Each criterion scores a candidate in parts per million:
 * price (max − price)/max, reputation min(order trust, 100)/100, reliability from the workerpool's
 * SLA record, power min(declared efficiency, 1000)/1000.
 */
import type { AnyOrder } from "../node/crypto/eip712.js";
import { GasMeter, MeteredOverlay } from "../node/execution/gasMeter.js";
import { Gas } from "../node/execution/gasSchedule.js";
import type { StateOverlay } from "../node/state/stateOverlay.js";
import { TxError, TxErrorCode } from "../node/tx/txErrors.js";
import type { poco } from "../proto/index.js";
import {
  dequeueRequest,
  enqueueRequest,
  type QueuedRequest,
  queueLength,
  requeueFront,
} from "./autoQueue.js";
import { uintOf } from "./bytes.js";
import { checkCompatibility, matchOrders } from "./matching.js";
import { Books, OrderBookIndex } from "./orderBook.js";
import { addr, decodeOrder, orderHash, remainingVolume, tagBits } from "./orders.js";
import { type OrderRecord, readOrderRecord, readSla, ZERO_ADDRESS_HEX } from "./records.js";
import { reliabilityPpm } from "./sla.js";
import { type MarketEnv, type MarketReader, type MarketState, TAG_TEE } from "./types.js";

/**
 * Hard bound on the deals one queued request (one publishOrder transaction) may get in one block,
 * whatever its prepaid gas: a backstop against one transaction doing unbounded work should the gas
 * schedule undercharge a deal. The binding limits are gas: the request's prepaid `matchGas` and the
 * block's matching budget (`matchBudgetPercent` of the block gas limit); the number of requests
 * served per block is bounded by that budget (each attempt costs at least ATTEMPT_GAS) and by the
 * queue's length at the start of the block (each request is looked at once per block).
 */
export const MAX_DEALS_PER_REQUEST_PER_BLOCK = 1024;
export const APP_CANDIDATES = 4;
export const DATASET_CANDIDATES = 4;
export const WORKERPOOL_CANDIDATES = 16;
const MAX_WEIGHT = 1000;

export interface Criteria {
  price: number;
  reputation: number;
  reliability: number;
  power: number;
}

export const DEFAULT_CRITERIA: Criteria = Object.freeze({
  price: 1,
  reputation: 0,
  reliability: 0,
  power: 0,
});

/** Criteria weights from a request's params; anything malformed falls back to the defaults. */
export function parseCriteria(params: string | null | undefined): Criteria {
  if (!params || params.length > 4096) return DEFAULT_CRITERIA;
  let json: unknown;
  try {
    json = JSON.parse(params);
  } catch {
    return DEFAULT_CRITERIA;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return DEFAULT_CRITERIA;
  const raw = (json as Record<string, unknown>).criteria;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return DEFAULT_CRITERIA;
  const c = raw as Record<string, unknown>;
  const weight = (v: unknown): number | undefined =>
    typeof v === "number" && Number.isSafeInteger(v) && v >= 0 && v <= MAX_WEIGHT ? v : undefined;
  const out: Criteria = {
    price: weight(c.price) ?? 0,
    reputation: weight(c.reputation) ?? 0,
    reliability: weight(c.reliability) ?? 0,
    power: weight(c.power) ?? 0,
  };
  return out.price + out.reputation + out.reliability + out.power === 0 ? DEFAULT_CRITERIA : out;
}

const PPM = 1_000_000n;

/** A request that requires TEE can never get a deal on a chain without TEE support (matching.ts). */
function needsMissingTee(env: MarketEnv, request: poco.RequestOrder.$Properties): boolean {
  return (tagBits(request.tag, "tag") & TAG_TEE) !== 0n && env.teeSupported !== true;
}

/** A usable order of a book: its entry, decoded order and record (as read in this attempt). */
interface Candidate<O extends AnyOrder> {
  hash: string;
  price: bigint;
  order: O;
  record: OrderRecord;
  /** Its parent in the book's treap as this walk saw it (a removal hint). */
  parent: string;
}

/** Usable orders of a book: cheapest first, with remaining volume, decoded. */
function candidates<O extends AnyOrder>(
  env: MarketEnv,
  book: string,
  limit: number,
  maxPrice: bigint,
): Candidate<O>[] {
  const index = new OrderBookIndex(env.state, book);
  const out: Candidate<O>[] = [];
  for (const entry of index.cheapestWithParents(limit, maxPrice)) {
    const record = readOrderRecord(env.state, entry.hash);
    if (!record) continue;
    const order = decodeOrder(record.kind, record.order) as O;
    if (remainingVolume(order, record) === 0n) continue;
    out.push({ hash: entry.hash, price: entry.price, order, record, parent: entry.parent });
  }
  return out;
}

/** What ranking needs of a workerpool, read once per attempt (candidates often share a pool). */
interface PoolFacts {
  reliability: bigint;
  efficiency: bigint;
}

function score(
  criteria: Criteria,
  maxPrice: bigint,
  wp: poco.WorkerpoolOrder.$Properties,
  pool: PoolFacts,
): bigint {
  const price = uintOf(wp.workerpoolprice, "price");
  const priceScore = maxPrice === 0n ? PPM : ((maxPrice - price) * PPM) / maxPrice;
  const trust = uintOf(wp.trust, "trust");
  const reputation = ((trust > 100n ? 100n : trust) * PPM) / 100n;
  return (
    BigInt(criteria.price) * priceScore +
    BigInt(criteria.reputation) * reputation +
    BigInt(criteria.reliability) * pool.reliability +
    BigInt(criteria.power) * pool.efficiency * 1000n
  );
}

/** The environment over another state (the given fork, or the same ledger/registries over it). */
function forkOf(env: MarketEnv, state: MarketState): MarketEnv {
  return env.fork ? env.fork(state) : { ...env, state };
}

/**
 * A read-only view that charges `meter` for every read, without an overlay of its own (the attempt's
 * reads need metering, not isolation: they write nothing).
 */
class MeteredReader implements MarketState {
  constructor(
    private readonly parent: MarketReader,
    private readonly meter: GasMeter,
  ) {}

  get(key: string): Uint8Array | undefined {
    const value = this.parent.get(key);
    this.meter.charge(Gas.STATE_READ + Gas.STATE_READ_BYTE * (value?.length ?? 0), "state read");
    return value;
  }

  set(): void {
    throw new Error("automatic matching: the candidate reader is read-only");
  }

  delete(): void {
    throw new Error("automatic matching: the candidate reader is read-only");
  }
}

/**
 * Finds and makes one deal for a request order, the best-ranked compatible candidate first. A
 * candidate whose deal fails (e.g. its scheduler lacks stake) is skipped for the next one: one bad
 * order never stops matching for the others. Every candidate examined and every state read and write
 * is charged to `meter` (TX_OUT_OF_GAS when it runs out). Returns false when nothing matched.
 * `requestHash`, when given, is the request's order hash (saves recomputing it); `requestRecord`,
 * when given with it, is the request's record as the caller just read it from `env.state` (saves the
 * re-read).
 */
export function autoMatchOnce(
  env: MarketEnv,
  request: poco.RequestOrder.$Properties,
  meter: GasMeter = new GasMeter(Number.MAX_SAFE_INTEGER),
  requestHash?: string,
  requestRecord?: OrderRecord,
): boolean {
  if (needsMissingTee(env, request)) return false;
  const parent = env.state;
  const reader = forkOf(env, new MeteredReader(parent, meter));
  const criteria = parseCriteria(request.params);
  const wpMax = uintOf(request.workerpoolmaxprice, "workerpoolmaxprice");
  const dataset = addr(request.dataset, "dataset");
  const apps = candidates<poco.AppOrder.$Properties>(
    reader,
    Books.apps(addr(request.app, "app")),
    APP_CANDIDATES,
    uintOf(request.appmaxprice, "appmaxprice"),
  );
  const datasets: (Candidate<poco.DatasetOrder.$Properties> | undefined)[] =
    dataset === ZERO_ADDRESS_HEX
      ? [undefined]
      : candidates<poco.DatasetOrder.$Properties>(
          reader,
          Books.datasets(dataset),
          DATASET_CANDIDATES,
          uintOf(request.datasetmaxprice, "datasetmaxprice"),
        );
  const pools = candidates<poco.WorkerpoolOrder.$Properties>(
    reader,
    Books.workerpools(uintOf(request.category, "category")),
    WORKERPOOL_CANDIDATES,
    wpMax,
  );
  meter.charge(Gas.MATCH_CANDIDATE * (apps.length + datasets.length + pools.length), "match candidates");
  // Each pool's SLA record and registry entry read once, whatever the number of its orders.
  const facts = new Map<string, PoolFacts>();
  const factsOf = (pool: string): PoolFacts => {
    let f = facts.get(pool);
    if (!f) {
      f = {
        reliability: criteria.reliability === 0 ? 0n : BigInt(reliabilityPpm(readSla(reader.state, pool))),
        efficiency:
          criteria.power === 0
            ? 0n
            : BigInt(Math.min(reader.registries.workerpool(pool)?.powerEfficiency ?? 0, 1000)),
      };
      facts.set(pool, f);
    }
    return f;
  };
  // Rank once, best score first (ties: book order, i.e. cheaper then lower hash).
  const ranked = pools
    .map((wp, i) => ({
      wp,
      score: score(criteria, wpMax, wp.order, factsOf(addr(wp.order.workerpool, "workerpool"))),
      i,
    }))
    .sort((x, y) => (x.score === y.score ? x.i - y.i : x.score > y.score ? -1 : 1));
  const rqHash = requestHash ?? orderHash(env.chainId, "request", request);
  const rqRecord =
    requestHash !== undefined && requestRecord ? requestRecord : readOrderRecord(reader.state, rqHash);
  for (const app of apps) {
    for (const ds of datasets) {
      for (const { wp } of ranked) {
        const orders = { app: app.order, dataset: ds?.order, workerpool: wp.order, request };
        try {
          checkCompatibility(orders);
        } catch (err) {
          if (err instanceof TxError) continue;
          throw err;
        }
        // Each deal attempt in its own overlay: a failing one leaves no write behind.
        const attempt = new MeteredOverlay(parent as StateOverlay, meter);
        try {
          matchOrders(forkOf(env, attempt), orders, {
            app: { hash: app.hash, record: app.record, bookParent: app.parent },
            ...(ds ? { dataset: { hash: ds.hash, record: ds.record, bookParent: ds.parent } } : {}),
            workerpool: { hash: wp.hash, record: wp.record, bookParent: wp.parent },
            ...(rqRecord ? { request: { hash: rqHash, record: rqRecord } } : {}),
          });
        } catch (err) {
          if (err instanceof TxError && err.code !== TxErrorCode.OUT_OF_GAS) continue;
          throw err;
        }
        attempt.commitTo(parent as StateOverlay);
        return true;
      }
    }
  }
  return false;
}

/** Fixed cost of looking at one queued request in a block (queue entry, order record, decode). */
export const ATTEMPT_GAS = 5_000;

export interface AutoMatchResult {
  deals: number;
  /** Matching gas used this block (≤ the budget). */
  gasUsed: number;
}

/**
 * Runs at the end of a block within `budgetGas`: serves queued requests oldest first, each at most
 * once per block (the requests queued when the block's matching starts; a request sent to the back
 * waits for the next block) and as many deals as its gas pays for (at most
 * MAX_DEALS_PER_REQUEST_PER_BLOCK), charging each request's own prepaid gas for
 * the work its attempt causes (what it examined, read and wrote). A request whose gas runs out leaves
 * the queue (it stays in the book for explicit matching); one with volume and gas left goes to the
 * back. When the block's budget runs out first, the request being served (charged for what it used,
 * its unfinished deal undone) goes back to the front and matching stops until the next block.
 */
export function runAutoMatching(env: MarketEnv, budgetGas = Number.MAX_SAFE_INTEGER): AutoMatchResult {
  let deals = 0;
  let budget = budgetGas;
  const state = env.state as StateOverlay;
  // No count cap: the budget bounds the rounds (each costs ≥ ATTEMPT_GAS, so ≤ budget / ATTEMPT_GAS).
  const rounds = queueLength(state);
  for (let i = 0; i < rounds && budget > 0; i++) {
    const entry = dequeueRequest(state);
    if (!entry) continue;
    const record = readOrderRecord(state, entry.hash);
    // A request dropped without being served still cost the block its look: charged to the budget,
    // so a queue of cancelled requests cannot make one block do unbounded work.
    if (record?.kind !== "request" || record.cancelled) {
      budget -= ATTEMPT_GAS;
      continue;
    }
    const request = decodeOrder("request", record.order);
    // Never matchable here: leaves the queue (it stays in the book) instead of costing every block.
    if (needsMissingTee(env, request)) {
      budget -= ATTEMPT_GAS;
      continue;
    }
    const ownLimit = entry.gasLeft <= budget;
    const meter = new GasMeter(Math.min(entry.gasLeft, budget));
    // Deals made before the gas ran out stay; only the unfinished one is undone (each deal is written
    // in its own overlay, merged into the block's state only when it completes: autoMatchOnce).
    let outOfGas = false;
    // The request's record as the state holds it now: the one just read, re-read after each deal
    // (a failed attempt writes nothing, so it stays current).
    let current: OrderRecord | undefined = record;
    try {
      meter.charge(ATTEMPT_GAS, "queued request");
      for (let d = 0; d < MAX_DEALS_PER_REQUEST_PER_BLOCK; d++) {
        if (remainingVolume(request, current) === 0n) break;
        if (!autoMatchOnce(env, request, meter, entry.hash, current)) break;
        deals++;
        current = readOrderRecord(state, entry.hash);
      }
    } catch (err) {
      if (!(err instanceof TxError && err.code === TxErrorCode.OUT_OF_GAS)) throw err;
      outOfGas = true;
    }
    budget -= meter.used;
    const left: QueuedRequest = { hash: entry.hash, gasLeft: entry.gasLeft - meter.used };
    const volumeLeft = remainingVolume(request, current) > 0n;
    if (outOfGas && !ownLimit) {
      requeueFront(state, left);
      break;
    }
    if (volumeLeft && left.gasLeft > 0 && !outOfGas) enqueueRequest(state, left);
  }
  return { deals, gasUsed: budgetGas === Number.MAX_SAFE_INTEGER ? 0 : budgetGas - Math.max(budget, 0) };
}
