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
import { TxError } from "../node/tx/txErrors.js";
import type { poco } from "../proto/index.js";
import { dequeueRequest, enqueueRequest, queueLength } from "./autoQueue.js";
import { uintOf } from "./bytes.js";
import { checkCompatibility, matchOrders } from "./matching.js";
import { Books, OrderBookIndex } from "./orderBook.js";
import { addr, decodeOrder, remainingVolume } from "./orders.js";
import { readOrderRecord, readSla, ZERO_ADDRESS_HEX } from "./records.js";
import { reliabilityPpm } from "./sla.js";
import type { MarketEnv } from "./types.js";

/** Most queued requests examined per block. */
export const MAX_AUTO_REQUESTS_PER_BLOCK = 64;
/** Most deals one request may get in one block. */
export const MAX_DEALS_PER_REQUEST = 4;
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

/** Usable orders of a book: cheapest first, with remaining volume, decoded. */
function candidates<O extends AnyOrder>(
  env: MarketEnv,
  book: string,
  limit: number,
  maxPrice: bigint,
): { hash: string; price: bigint; order: O }[] {
  const index = new OrderBookIndex(env.state, book);
  const out: { hash: string; price: bigint; order: O }[] = [];
  for (const entry of index.cheapest(limit, maxPrice)) {
    const record = readOrderRecord(env.state, entry.hash);
    if (!record) continue;
    const order = decodeOrder(record.kind, record.order) as O;
    if (remainingVolume(order, record) === 0n) continue;
    out.push({ ...entry, order });
  }
  return out;
}

function score(
  env: MarketEnv,
  criteria: Criteria,
  maxPrice: bigint,
  wp: poco.WorkerpoolOrder.$Properties,
): bigint {
  const price = uintOf(wp.workerpoolprice, "price");
  const priceScore = maxPrice === 0n ? PPM : ((maxPrice - price) * PPM) / maxPrice;
  const trust = uintOf(wp.trust, "trust");
  const reputation = ((trust > 100n ? 100n : trust) * PPM) / 100n;
  const pool = addr(wp.workerpool, "workerpool");
  const reliability = BigInt(reliabilityPpm(readSla(env.state, pool)));
  const efficiency = BigInt(Math.min(env.registries.workerpool(pool)?.powerEfficiency ?? 0, 1000));
  return (
    BigInt(criteria.price) * priceScore +
    BigInt(criteria.reputation) * reputation +
    BigInt(criteria.reliability) * reliability +
    BigInt(criteria.power) * efficiency * 1000n
  );
}

/** Finds and makes one deal for a request order; returns false when nothing compatible is found. */
export function autoMatchOnce(env: MarketEnv, request: poco.RequestOrder.$Properties): boolean {
  const criteria = parseCriteria(request.params);
  const wpMax = uintOf(request.workerpoolmaxprice, "workerpoolmaxprice");
  const dataset = addr(request.dataset, "dataset");
  const apps = candidates<poco.AppOrder.$Properties>(
    env,
    Books.apps(addr(request.app, "app")),
    APP_CANDIDATES,
    uintOf(request.appmaxprice, "appmaxprice"),
  );
  const datasets: (poco.DatasetOrder.$Properties | undefined)[] =
    dataset === ZERO_ADDRESS_HEX
      ? [undefined]
      : candidates<poco.DatasetOrder.$Properties>(
          env,
          Books.datasets(dataset),
          DATASET_CANDIDATES,
          uintOf(request.datasetmaxprice, "datasetmaxprice"),
        ).map((c) => c.order);
  const pools = candidates<poco.WorkerpoolOrder.$Properties>(
    env,
    Books.workerpools(uintOf(request.category, "category")),
    WORKERPOOL_CANDIDATES,
    wpMax,
  );
  // Rank once, best score first (ties: book order, i.e. cheaper then lower hash); the first
  // compatible candidate in that order is the best compatible one, so usually one check suffices.
  const ranked = pools
    .map((wp, i) => ({ order: wp.order, score: score(env, criteria, wpMax, wp.order), i }))
    .sort((x, y) => (x.score === y.score ? x.i - y.i : x.score > y.score ? -1 : 1));
  for (const app of apps) {
    for (const ds of datasets) {
      let best: { order: poco.WorkerpoolOrder.$Properties } | undefined;
      for (const wp of ranked) {
        try {
          checkCompatibility({ app: app.order, dataset: ds, workerpool: wp.order, request });
        } catch (err) {
          if (err instanceof TxError) continue;
          throw err;
        }
        best = wp;
        break;
      }
      if (!best) continue;
      try {
        matchOrders(env, { app: app.order, dataset: ds, workerpool: best.order, request });
        return true;
      } catch (err) {
        if (err instanceof TxError) return false; // funds or stake: retried in a later block
        throw err;
      }
    }
  }
  return false;
}

/**
 * Runs at the end of a block: takes up to MAX_AUTO_REQUESTS_PER_BLOCK queued requests, gives each
 * up to MAX_DEALS_PER_REQUEST deals, and puts back those with volume left. Returns the deals made.
 */
export function runAutoMatching(env: MarketEnv): number {
  let deals = 0;
  const rounds = Math.min(queueLength(env.state), MAX_AUTO_REQUESTS_PER_BLOCK);
  for (let i = 0; i < rounds; i++) {
    const hash = dequeueRequest(env.state);
    if (!hash) continue;
    const record = readOrderRecord(env.state, hash);
    if (record?.kind !== "request" || record.cancelled) continue;
    const request = decodeOrder("request", record.order);
    for (let d = 0; d < MAX_DEALS_PER_REQUEST; d++) {
      if (remainingVolume(request, readOrderRecord(env.state, hash)) === 0n) break;
      if (!autoMatchOnce(env, request)) break;
      deals++;
    }
    if (remainingVolume(request, readOrderRecord(env.state, hash)) > 0n) enqueueRequest(env.state, hash);
  }
  return deals;
}
