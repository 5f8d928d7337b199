/**
 * Explicit matching (`matchOrders`): checks that an app, an optional dataset, a workerpool and a
 * request order are compatible (PoCo v5 rules), authorized and not exhausted, then creates the deal:
 * consumes volume, locks the requester's payment and the scheduler's stake, opens the tasks.
 */

import { INITIAL_TOTAL } from "../consensus/credibility.js";
import type { AnyOrder, OrderKind } from "../node/crypto/eip712.js";
import { concatBytes, keccak256, toHex } from "../node/crypto/hash.js";
import { indexDeal } from "../node/state/marketIndexes.js";
import { TxError, TxErrorCode } from "../node/tx/txErrors.js";
import { type poco, uintToBytes } from "../proto/index.js";
import { bytesOfHex, uintOf } from "./bytes.js";
import { DueKind, scheduleDue } from "./dueQueue.js";
import { unindexOrder } from "./orderBook.js";
import {
  addr,
  checkOrderFields,
  encodeOrder,
  fieldCheck,
  orderHash,
  orderOwner,
  remainingVolume,
  signedBy,
  tagBits,
} from "./orders.js";
import {
  type Deal,
  type OrderRecord,
  readDeal,
  readOrderRecord,
  taskPrice,
  writeDeal,
  writeOrderRecord,
  writeTask,
  ZERO_ADDRESS_HEX,
} from "./records.js";
import {
  MAX_TASKS_PER_DEAL,
  type MarketEnv,
  SCHEDULER_STAKE_RATIO,
  TAG_TEE,
  TaskStatus,
  WORKER_STAKE_RATIO,
} from "./types.js";

const uint = (v: Uint8Array | null | undefined, name: string): bigint => fieldCheck(() => uintOf(v, name));
const incompatible = (why: string): TxError =>
  new TxError(TxErrorCode.BAD_FIELD, `orders do not match: ${why}`);

/** A restriction allows `who` when it is the zero address (anyone) or equals it. */
const allows = (restriction: string, who: string): boolean =>
  restriction === ZERO_ADDRESS_HEX || restriction === who;

/** task id = keccak256(dealId ‖ uint256(index)). */
export function taskId(dealId: string, index: number | bigint): string {
  return toHex(keccak256(concatBytes(bytesOfHex(dealId, 32), uintWord(BigInt(index)))));
}

/** deal id = keccak256(requestOrderHash ‖ uint256(request volume consumed before this deal)). */
export function dealId(requestHash: string, consumedBefore: bigint): string {
  return toHex(keccak256(concatBytes(bytesOfHex(requestHash, 32), uintWord(consumedBefore))));
}

function uintWord(v: bigint): Uint8Array {
  const word = new Uint8Array(32);
  word.set(uintToBytes(v), 32 - uintToBytes(v).length);
  return word;
}

/** The four orders of a match, the dataset one absent when the request names no dataset. */
export interface MatchInput {
  app: poco.AppOrder.$Properties;
  dataset?: poco.DatasetOrder.$Properties | null;
  workerpool: poco.WorkerpoolOrder.$Properties;
  request: poco.RequestOrder.$Properties;
}

/**
 * Stateless compatibility of the orders (prices, tags, category, trust, restrictions); throws
 * TxError BAD_FIELD naming the first rule broken.
 */
export function checkCompatibility(m: MatchInput): void {
  const { app, workerpool: wp, request: rq } = m;
  const ds = m.dataset ?? undefined;
  const appAddr = addr(app.app, "app");
  const dsAddr = ds ? addr(ds.dataset, "dataset") : ZERO_ADDRESS_HEX;
  const wpAddr = addr(wp.workerpool, "workerpool");
  const requester = addr(rq.requester, "requester");

  if (addr(rq.app, "request.app") !== appAddr) throw incompatible("request.app differs from the app order");
  if (addr(rq.dataset, "request.dataset") !== dsAddr)
    throw incompatible("request.dataset differs from the dataset order");
  if (!allows(addr(rq.workerpool, "request.workerpool"), wpAddr))
    throw incompatible("request.workerpool restriction");

  if (uint(app.appprice, "appprice") > uint(rq.appmaxprice, "appmaxprice"))
    throw incompatible("app price above max");
  if (ds && uint(ds.datasetprice, "datasetprice") > uint(rq.datasetmaxprice, "datasetmaxprice")) {
    throw incompatible("dataset price above max");
  }
  if (uint(wp.workerpoolprice, "workerpoolprice") > uint(rq.workerpoolmaxprice, "workerpoolmaxprice")) {
    throw incompatible("workerpool price above max");
  }
  if (uint(rq.category, "request.category") !== uint(wp.category, "workerpool.category")) {
    throw incompatible("category differs");
  }
  if (uint(rq.trust, "request.trust") > uint(wp.trust, "workerpool.trust"))
    throw incompatible("workerpool trust too low");

  const appTag = tagBits(app.tag, "app.tag");
  const tag = tagBits(rq.tag, "request.tag") | appTag | (ds ? tagBits(ds.tag, "dataset.tag") : 0n);
  if ((tag & ~tagBits(wp.tag, "workerpool.tag")) !== 0n)
    throw incompatible("tags not offered by the workerpool");
  if ((tag & TAG_TEE) !== 0n && (appTag & TAG_TEE) === 0n)
    throw incompatible("TEE required but the app is not TEE");

  if (!allows(addr(app.datasetrestrict, "app.datasetrestrict"), dsAddr))
    throw incompatible("app dataset restriction");
  if (!allows(addr(app.workerpoolrestrict, "app.workerpoolrestrict"), wpAddr))
    throw incompatible("app workerpool restriction");
  if (!allows(addr(app.requesterrestrict, "app.requesterrestrict"), requester))
    throw incompatible("app requester restriction");
  if (ds) {
    if (!allows(addr(ds.apprestrict, "dataset.apprestrict"), appAddr))
      throw incompatible("dataset app restriction");
    if (!allows(addr(ds.workerpoolrestrict, "dataset.workerpoolrestrict"), wpAddr)) {
      throw incompatible("dataset workerpool restriction");
    }
    if (!allows(addr(ds.requesterrestrict, "dataset.requesterrestrict"), requester)) {
      throw incompatible("dataset requester restriction");
    }
  }
  if (!allows(addr(wp.apprestrict, "workerpool.apprestrict"), appAddr))
    throw incompatible("workerpool app restriction");
  if (!allows(addr(wp.datasetrestrict, "workerpool.datasetrestrict"), dsAddr)) {
    throw incompatible("workerpool dataset restriction");
  }
  if (!allows(addr(wp.requesterrestrict, "workerpool.requesterrestrict"), requester)) {
    throw incompatible("workerpool requester restriction");
  }
}

interface Side {
  kind: OrderKind;
  order: AnyOrder;
  hash: string;
  owner: string;
  remaining: bigint;
  consumed: bigint;
  /** The order's record as read by `side` (no write to it happens before `consume`). */
  record: OrderRecord | undefined;
  /** Its treap parent as the caller's book walk saw it (a hint for the removal; KnownOrder). */
  bookParent?: string;
}

/**
 * What the caller already knows of an order of the match (automatic matching found it in the book):
 * its EIP-712 hash and its record as just read from the same state. Saves the hash and the re-read;
 * every check still runs on them.
 */
export interface KnownOrder {
  hash: string;
  record: OrderRecord;
  /**
   * The order's parent node in its book as the caller's walk saw it: lets the removal of an exhausted
   * order skip the descent from the root (OrderBookIndex.remove checks it, a stale hint is harmless).
   */
  bookParent?: string;
}

export type KnownOrders = Partial<Record<OrderKind, KnownOrder>>;

function side(env: MarketEnv, kind: OrderKind, order: AnyOrder, known?: KnownOrder): Side {
  checkOrderFields(kind, order);
  const hash = known?.hash ?? orderHash(env.chainId, kind, order);
  const owner = orderOwner(env, kind, order);
  const record = known ? known.record : readOrderRecord(env.state, hash);
  if (!record?.presigned && !signedBy(env, order, hash, owner)) {
    throw new TxError(
      TxErrorCode.UNAUTHORIZED,
      `${kind} order ${hash} is neither presigned nor signed by ${owner}`,
    );
  }
  const remaining = remainingVolume(order, record);
  if (remaining === 0n)
    throw new TxError(TxErrorCode.INVALID_STATE, `${kind} order ${hash} has no remaining volume`);
  return {
    kind,
    order,
    hash,
    owner,
    remaining,
    consumed: record?.consumed ?? 0n,
    record,
    ...(known?.bookParent !== undefined ? { bookParent: known.bookParent } : {}),
  };
}

function consume(env: MarketEnv, s: Side, volume: bigint): void {
  const record = s.record;
  writeOrderRecord(env.state, s.hash, {
    kind: s.kind,
    order: record?.order.length ? record.order : encodeOrder(s.kind, s.order),
    consumed: s.consumed + volume,
    cancelled: false,
    presigned: record?.presigned ?? false,
  });
  if (volume >= s.remaining) unindexOrder(env.state, s.kind, s.order, s.hash, s.bookParent);
}

/**
 * Refuses a deal that requires TEE on a chain without TEE support: iExec SDK v9 tags every order TEE,
 * and such a deal would lock the requester's payment and the scheduler's stake with no worker able to
 * contribute. Checked before any state is read or written.
 */
export function checkServable(env: MarketEnv, dealTag: bigint): void {
  if ((dealTag & TAG_TEE) !== 0n && env.teeSupported !== true) {
    throw new TxError(
      TxErrorCode.TEE_UNSUPPORTED,
      "orders do not match: the deal requires TEE (tag bit 0) and this chain has no TEE workers",
    );
  }
}

/** Matches four orders into a deal; returns the deal id. Anyone may send the match. */
export function matchOrders(env: MarketEnv, m: MatchInput, known: KnownOrders = {}): string {
  if (!m.app || !m.workerpool || !m.request)
    throw new TxError(TxErrorCode.BAD_FIELD, "matchOrders: app, workerpool and request orders are required");
  const rqDataset = addr(m.request.dataset, "request.dataset");
  const dsOrder =
    m.dataset && addr(m.dataset.dataset, "dataset") !== ZERO_ADDRESS_HEX ? m.dataset : undefined;
  if ((rqDataset === ZERO_ADDRESS_HEX) !== (dsOrder === undefined)) {
    throw incompatible("a dataset order is required exactly when the request names a dataset");
  }
  checkCompatibility({ ...m, dataset: dsOrder });
  checkServable(
    env,
    tagBits(m.request.tag, "tag") | tagBits(m.app.tag, "tag") | (dsOrder ? tagBits(dsOrder.tag, "tag") : 0n),
  );

  const app = side(env, "app", m.app, known.app);
  const dataset = dsOrder ? side(env, "dataset", dsOrder, known.dataset) : undefined;
  const wp = side(env, "workerpool", m.workerpool, known.workerpool);
  const rq = side(env, "request", m.request, known.request);

  const pool = env.registries.workerpool(addr(m.workerpool.workerpool, "workerpool"))!;
  const category = uint(m.request.category, "category");
  const timeRefMs = env.registries.categoryTimeRefMs(category);
  if (timeRefMs === undefined)
    throw new TxError(TxErrorCode.NOT_FOUND, `category ${category} does not exist`);
  const trust = uint(m.request.trust, "trust");
  if (trust > BigInt(Number.MAX_SAFE_INTEGER)) throw new TxError(TxErrorCode.BAD_FIELD, "trust: too large");

  let volume = MAX_TASKS_PER_DEAL;
  for (const s of [app, dataset, wp, rq]) if (s && s.remaining < volume) volume = s.remaining;

  const appPrice = uint(m.app.appprice, "appprice");
  const datasetPrice = dsOrder ? uint(dsOrder.datasetprice, "datasetprice") : 0n;
  const workerpoolPrice = uint(m.workerpool.workerpoolprice, "workerpoolprice");
  const schedulerStake = (workerpoolPrice * SCHEDULER_STAKE_RATIO) / 100n;
  const payment = (appPrice + datasetPrice + workerpoolPrice) * volume;
  const requester = rq.owner;
  const scheduler = pool.owner;
  const requesterFunds = env.ledger.read(requester);
  if (requesterFunds.balance < payment) {
    throw new TxError(
      TxErrorCode.INSUFFICIENT_FUNDS,
      `requester balance ${requesterFunds.balance} < payment ${payment}`,
    );
  }
  const stakeNeeded = schedulerStake * volume;
  const schedulerFunds = env.ledger.read(scheduler);
  if (schedulerFunds.stake < stakeNeeded) {
    throw new TxError(
      TxErrorCode.INSUFFICIENT_FUNDS,
      `scheduler stake ${schedulerFunds.stake} < ${stakeNeeded}`,
    );
  }

  // every check is done before the first write: a refused match leaves the state untouched
  const botFirst = rq.consumed;
  if (botFirst + volume > BigInt(Number.MAX_SAFE_INTEGER))
    throw new TxError(TxErrorCode.BAD_FIELD, "volume: too large");
  const id = dealId(rq.hash, botFirst);
  if (readDeal(env.state, id)) throw new TxError(TxErrorCode.EXISTS, `deal ${id} exists`);
  consume(env, rq, volume);
  consume(env, app, volume);
  if (dataset) consume(env, dataset, volume);
  consume(env, wp, volume);

  env.ledger.update(requester, (a) => {
    a.balance -= payment;
    a.locked += payment;
  });
  env.ledger.update(scheduler, (a) => {
    if (a.stake < stakeNeeded)
      throw new TxError(TxErrorCode.INSUFFICIENT_FUNDS, `scheduler stake ${a.stake} < ${stakeNeeded}`);
    a.stake -= stakeNeeded;
    a.locked += stakeNeeded;
  });

  const startTimeMs = env.timeMs;
  const deal: Deal = {
    app: addr(m.app.app, "app"),
    appOwner: app.owner,
    appPrice,
    dataset: rqDataset,
    datasetOwner: dataset?.owner ?? ZERO_ADDRESS_HEX,
    datasetPrice,
    workerpool: addr(m.workerpool.workerpool, "workerpool"),
    workerpoolOwner: scheduler,
    workerpoolPrice,
    requester,
    beneficiary: addr(m.request.beneficiary, "beneficiary"),
    callback: addr(m.request.callback, "callback"),
    params: m.request.params ?? "",
    tag:
      tagBits(m.request.tag, "tag") |
      tagBits(m.app.tag, "tag") |
      (dsOrder ? tagBits(dsOrder.tag, "tag") : 0n),
    category: Number(category),
    trust: Number(trust),
    botFirst: Number(botFirst),
    botSize: Number(volume),
    startTimeMs,
    timeRefMs: Number(timeRefMs),
    schedulerRewardRatio: pool.schedulerRewardRatio,
    schedulerStake,
    workerStake: (workerpoolPrice * WORKER_STAKE_RATIO) / 100n,
    appOrderHash: app.hash,
    datasetOrderHash: dataset?.hash ?? "",
    workerpoolOrderHash: wp.hash,
    requestOrderHash: rq.hash,
  };
  if (taskPrice(deal) * volume !== payment) throw new Error("deal payment mismatch");
  writeDeal(env.state, id, deal);
  indexDeal(env.state, id, deal);

  const t = Number(timeRefMs);
  // the chain claims whatever is unsettled at the final deadline (scheduler/dueQueue.ts)
  scheduleDue(env.state, env.timeMs, { kind: DueKind.CLAIM_DEAL, id, deadlineMs: startTimeMs + 10 * t });
  for (let i = 0; i < deal.botSize; i++) {
    const index = deal.botFirst + i;
    writeTask(env.state, taskId(id, index), {
      dealId: id,
      index,
      status: TaskStatus.ACTIVE,
      contributionDeadlineMs: startTimeMs + 7 * t,
      finalDeadlineMs: startTimeMs + 10 * t,
      revealDeadlineMs: 0,
      consensusTimeMs: 0,
      consensusValue: "",
      totalWeight: INITIAL_TOTAL,
      groups: [],
      contributors: [],
      winnerCount: 0,
      revealCount: 0,
      resultDigest: "",
      results: new Uint8Array(0),
      completedTimeMs: 0,
    });
  }
  return id;
}
