/**
 * The market over HTTP, read from the committed state through the scheduler's record readers:
 * GET /orderbook (one book, by price then hash, paged by cursor), GET /orders/:hash, GET /deals/:id,
 * GET /tasks/:id (deadlines, contributions, consensus, results) and GET /workerpools/:address
 * (registry record and SLA record), GET /workers/:address/score (iExec's viewScore) and GET /domain
 * (the EIP-712 domain orders are signed with). Addresses are checksummed, amounts are decimal strings (nRLC),
 * times are block-time milliseconds.
 */
import type { FastifyInstance } from "fastify";
import { uintOf } from "../../../scheduler/bytes.js";
import {
  Books,
  ContributionStatus,
  decodeOrder,
  domainOf,
  type MarketState,
  meanLatencyMs,
  OrderBookIndex,
  orderToJSON,
  readContribution,
  readDeal,
  readOrderRecord,
  readScore,
  readSla,
  readTask,
  reliabilityPpm,
  remainingVolume,
  TaskStatus,
  taskId,
  taskPrice,
} from "../../../scheduler/index.js";
import { parseAddress, toChecksumAddress } from "../../crypto/address.js";
import { domainSeparator, type OrderKind } from "../../crypto/eip712.js";
import { fromHex, toHex } from "../../crypto/hash.js";
import { readWorkerpool } from "../../state/registries.js";
import type { StateReader } from "../../state/stateOverlay.js";
import { badRequest, errorSchema, notFound } from "../apiError.js";
import type { ApiContext } from "../context.js";

const ADDRESS = "^0x[0-9a-fA-F]{40}$";
const HASH = "^0x[0-9a-fA-F]{64}$";
const CURSOR = "^(0|[1-9][0-9]{0,77}):0x[0-9a-fA-F]{64}$";
export const MAX_ORDERBOOK_LIMIT = 100;

const str = { type: "string" } as const;
const int = { type: "integer" } as const;
const bool = { type: "boolean" } as const;
const nullableStr = { type: "string", nullable: true } as const;
const errors = { 400: errorSchema, 404: errorSchema } as const;

const orderFieldsSchema = {
  type: "object",
  description: "EIP-712 fields (addresses checksummed, uint256 in decimal, bytes32 hex) and `sign`",
  additionalProperties: { type: "string" },
} as const;

const orderSchema = {
  type: "object",
  properties: {
    hash: str,
    kind: { type: "string", enum: ["app", "dataset", "workerpool", "request"] },
    price: { ...str, description: "price in its book (request: workerpool max price), nRLC" },
    volume: str,
    consumed: str,
    remaining: str,
    cancelled: bool,
    presigned: bool,
    order: orderFieldsSchema,
  },
  required: ["hash", "kind", "price", "volume", "consumed", "remaining", "cancelled", "presigned", "order"],
} as const;

const dealSchema = {
  type: "object",
  properties: {
    id: str,
    app: str,
    appOwner: str,
    appPrice: str,
    dataset: str,
    datasetOwner: str,
    datasetPrice: str,
    workerpool: str,
    workerpoolOwner: str,
    workerpoolPrice: str,
    taskPrice: str,
    requester: str,
    beneficiary: str,
    callback: str,
    params: str,
    tag: { ...str, description: "bytes32 tag (bit flags), hex" },
    category: int,
    trust: int,
    botFirst: int,
    botSize: int,
    startTimeMs: int,
    timeRefMs: int,
    contributionDeadlineMs: int,
    finalDeadlineMs: int,
    schedulerRewardRatio: int,
    schedulerStake: { ...str, description: "per task, nRLC" },
    workerStake: { ...str, description: "per contribution, nRLC" },
    appOrderHash: str,
    datasetOrderHash: nullableStr,
    workerpoolOrderHash: str,
    requestOrderHash: str,
    tasks: { type: "array", items: str },
  },
} as const;

const TASK_STATUS_NAMES: Record<number, string> = {
  [TaskStatus.ACTIVE]: "active",
  [TaskStatus.REVEALING]: "revealing",
  [TaskStatus.COMPLETED]: "completed",
  [TaskStatus.FAILED]: "failed",
};
const CONTRIBUTION_STATUS_NAMES: Record<number, string> = {
  [ContributionStatus.CONTRIBUTED]: "contributed",
  [ContributionStatus.PROVED]: "proved",
  [ContributionStatus.REJECTED]: "rejected",
};

const taskSchema = {
  type: "object",
  properties: {
    id: str,
    dealId: str,
    index: int,
    status: { type: "string", enum: Object.values(TASK_STATUS_NAMES) },
    contributionDeadlineMs: int,
    revealDeadlineMs: { type: "integer", nullable: true },
    finalDeadlineMs: int,
    consensusTimeMs: { type: "integer", nullable: true },
    consensusValue: nullableStr,
    totalWeight: str,
    groups: {
      type: "array",
      items: { type: "object", properties: { resultHash: str, weight: str } },
    },
    winnerCount: int,
    revealCount: int,
    contributions: {
      type: "array",
      items: {
        type: "object",
        properties: {
          worker: str,
          status: { type: "string", enum: Object.values(CONTRIBUTION_STATUS_NAMES) },
          resultHash: str,
          resultSeal: str,
          enclaveChallenge: str,
          weight: str,
          stake: str,
        },
      },
    },
    resultDigest: nullableStr,
    results: { ...str, description: "results stored by the scheduler's finalize, hex" },
    completedTimeMs: { type: "integer", nullable: true },
  },
} as const;

const workerpoolSchema = {
  type: "object",
  properties: {
    address: str,
    owner: str,
    description: str,
    schedulerRewardRatio: int,
    powerEfficiency: int,
    sla: {
      type: "object",
      properties: {
        completedOnTime: int,
        completedLate: int,
        failed: int,
        totalLatencyMs: int,
        meanLatencyMs: int,
        reliabilityPpm: { ...int, description: "on time 1, late 0.5, failed 0; 500000 with no history" },
      },
    },
  },
} as const;

const checksum = (hex: string): string => toChecksumAddress(fromHex(hex, 20));
const orNull = <T>(v: T, empty: T): T | null => (v === empty ? null : v);

/** Read-only MarketState over the committed state (the book index only reads through it). */
function readOnly(state: StateReader): MarketState {
  return {
    get: (key) => state.get(key),
    set: () => {
      throw new Error("read-only market state");
    },
    delete: () => {
      throw new Error("read-only market state");
    },
  };
}

/** An order record as JSON, or undefined when the hash is unknown. */
export function orderJSON(state: StateReader, hash: string) {
  const record = readOrderRecord(state, hash);
  if (!record) return undefined;
  const order = decodeOrder(record.kind, record.order);
  const o = order as unknown as Record<string, Uint8Array | undefined>;
  const priceField: Record<OrderKind, string> = {
    app: "appprice",
    dataset: "datasetprice",
    workerpool: "workerpoolprice",
    request: "workerpoolmaxprice",
  };
  return {
    hash,
    kind: record.kind,
    price: uintOf(o[priceField[record.kind]], "price").toString(),
    volume: uintOf(o.volume, "volume").toString(),
    consumed: record.consumed.toString(),
    remaining: remainingVolume(order, record).toString(),
    cancelled: record.cancelled,
    presigned: record.presigned,
    order: orderToJSON(record.kind, order),
  };
}

export async function marketRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.get(
    "/domain",
    {
      schema: {
        summary:
          "The EIP-712 domain orders are hashed and signed with (iExec SDK: name, version, chainId, verifyingContract)",
        response: {
          200: {
            type: "object",
            properties: { name: str, version: str, chainId: int, verifyingContract: str, separator: str },
            required: ["name", "version", "chainId", "verifyingContract", "separator"],
          },
        },
      },
    },
    async () => {
      // The very domain object scheduler/orders.ts hashes with, so the published value cannot drift.
      const domain = domainOf(ctx.chain.chainId);
      return {
        name: domain.name,
        version: domain.version,
        chainId: Number(domain.chainId),
        verifyingContract: domain.verifyingContract,
        separator: toHex(domainSeparator(domain)),
      };
    },
  );

  app.get<{ Params: { address: string } }>(
    "/workers/:address/score",
    {
      schema: {
        summary:
          "A worker's score (iExec's viewScore): +1 per replicated task won, × 2/3 on a losing contribution",
        params: {
          type: "object",
          properties: { address: { type: "string", pattern: ADDRESS } },
          required: ["address"],
        },
        response: {
          200: { type: "object", properties: { address: str, score: str }, required: ["address", "score"] },
          ...errors,
        },
      },
    },
    async (request) => {
      const address = toHex(parseAddress(request.params.address));
      return { address: checksum(address), score: readScore(ctx.chain.state, address).toString() };
    },
  );

  app.get<{
    Querystring: {
      kind: OrderKind;
      category?: number;
      app?: string;
      dataset?: string;
      limit: number;
      cursor?: string;
    };
  }>(
    "/orderbook",
    {
      schema: {
        summary:
          "One order book, cheapest first (price, then order hash): workerpool or request orders of a category, app orders of an app, dataset orders of a dataset",
        querystring: {
          type: "object",
          properties: {
            kind: { type: "string", enum: ["app", "dataset", "workerpool", "request"] },
            category: { type: "integer", minimum: 0, maximum: 4294967295 },
            app: { type: "string", pattern: ADDRESS },
            dataset: { type: "string", pattern: ADDRESS },
            limit: { type: "integer", minimum: 1, maximum: MAX_ORDERBOOK_LIMIT, default: 20 },
            cursor: {
              type: "string",
              pattern: CURSOR,
              description: "`nextCursor` of the previous page (price:hash of its last order)",
            },
          },
          required: ["kind"],
          additionalProperties: false,
        },
        response: {
          200: {
            type: "object",
            properties: {
              kind: str,
              book: str,
              size: { ...int, description: "orders in the whole book" },
              height: int,
              orders: { type: "array", items: orderSchema },
              nextCursor: { ...str, description: "absent on the last page" },
            },
            required: ["kind", "book", "size", "height", "orders"],
          },
          ...errors,
        },
      },
    },
    async (request) => {
      const q = request.query;
      let book: string;
      switch (q.kind) {
        case "workerpool":
        case "request":
          if (q.category === undefined) throw badRequest(`kind=${q.kind} needs a category`);
          if (q.app !== undefined || q.dataset !== undefined)
            throw badRequest(`kind=${q.kind} takes a category, not an app or dataset`);
          book =
            q.kind === "workerpool"
              ? Books.workerpools(BigInt(q.category))
              : Books.requests(BigInt(q.category));
          break;
        case "app":
          if (q.app === undefined) throw badRequest("kind=app needs an app address");
          if (q.category !== undefined || q.dataset !== undefined)
            throw badRequest("kind=app takes an app address only");
          book = Books.apps(toHex(parseAddress(q.app)));
          break;
        case "dataset":
          if (q.dataset === undefined) throw badRequest("kind=dataset needs a dataset address");
          if (q.category !== undefined || q.app !== undefined)
            throw badRequest("kind=dataset takes a dataset address only");
          book = Books.datasets(toHex(parseAddress(q.dataset)));
          break;
        default:
          throw badRequest(`unknown kind ${String(q.kind)}`);
      }
      const state = ctx.chain.state;
      const height = ctx.chain.stateHeight;
      const index = new OrderBookIndex(readOnly(state), book);
      let entries: { hash: string; price: bigint }[];
      if (q.cursor) {
        const colon = q.cursor.indexOf(":");
        entries = index.after(
          BigInt(q.cursor.slice(0, colon)),
          q.cursor.slice(colon + 1).toLowerCase(),
          q.limit + 1,
        );
      } else {
        entries = index.cheapest(q.limit + 1, (1n << 256n) - 1n);
      }
      const more = entries.length > q.limit;
      const page = entries.slice(0, q.limit);
      const orders = page.map((e) => {
        const o = orderJSON(state, e.hash);
        if (!o) throw new Error(`order book ${book} indexes unknown order ${e.hash}`);
        return o;
      });
      const last = page[page.length - 1];
      return {
        kind: q.kind,
        book,
        size: index.size,
        height,
        orders,
        ...(more && last ? { nextCursor: `${last.price}:${last.hash}` } : {}),
      };
    },
  );

  app.get<{ Params: { hash: string } }>(
    "/orders/:hash",
    {
      schema: {
        summary: "An order known to the market (published or matched): fields, remaining volume, cancelled",
        params: {
          type: "object",
          properties: { hash: { type: "string", pattern: HASH } },
          required: ["hash"],
        },
        response: { 200: orderSchema, ...errors },
      },
    },
    async (request) => {
      const hash = request.params.hash.toLowerCase();
      const order = orderJSON(ctx.chain.state, hash);
      if (!order) throw notFound(`order ${hash}`);
      return order;
    },
  );

  app.get<{ Params: { id: string } }>(
    "/deals/:id",
    {
      schema: {
        summary: "A deal: the matched orders' terms, locked stakes, deadlines and its task ids",
        params: {
          type: "object",
          properties: { id: { type: "string", pattern: HASH } },
          required: ["id"],
        },
        response: { 200: dealSchema, ...errors },
      },
    },
    async (request) => {
      const id = request.params.id.toLowerCase();
      const d = readDeal(ctx.chain.state, id);
      if (!d) throw notFound(`deal ${id}`);
      const tag = new Uint8Array(32);
      let t = d.tag;
      for (let i = 31; i >= 0 && t > 0n; i--) {
        tag[i] = Number(t & 0xffn);
        t >>= 8n;
      }
      return {
        id,
        app: checksum(d.app),
        appOwner: checksum(d.appOwner),
        appPrice: d.appPrice.toString(),
        dataset: checksum(d.dataset),
        datasetOwner: checksum(d.datasetOwner),
        datasetPrice: d.datasetPrice.toString(),
        workerpool: checksum(d.workerpool),
        workerpoolOwner: checksum(d.workerpoolOwner),
        workerpoolPrice: d.workerpoolPrice.toString(),
        taskPrice: taskPrice(d).toString(),
        requester: checksum(d.requester),
        beneficiary: checksum(d.beneficiary),
        callback: checksum(d.callback),
        params: d.params,
        tag: toHex(tag),
        category: d.category,
        trust: d.trust,
        botFirst: d.botFirst,
        botSize: d.botSize,
        startTimeMs: d.startTimeMs,
        timeRefMs: d.timeRefMs,
        contributionDeadlineMs: d.startTimeMs + 7 * d.timeRefMs,
        finalDeadlineMs: d.startTimeMs + 10 * d.timeRefMs,
        schedulerRewardRatio: d.schedulerRewardRatio,
        schedulerStake: d.schedulerStake.toString(),
        workerStake: d.workerStake.toString(),
        appOrderHash: d.appOrderHash,
        datasetOrderHash: orNull(d.datasetOrderHash, ""),
        workerpoolOrderHash: d.workerpoolOrderHash,
        requestOrderHash: d.requestOrderHash,
        tasks: Array.from({ length: d.botSize }, (_, i) => taskId(id, d.botFirst + i)),
      };
    },
  );

  app.get<{ Params: { id: string } }>(
    "/tasks/:id",
    {
      schema: {
        summary: "A task: status, deadlines, contributions, consensus value and results",
        params: {
          type: "object",
          properties: { id: { type: "string", pattern: HASH } },
          required: ["id"],
        },
        response: { 200: taskSchema, ...errors },
      },
    },
    async (request) => {
      const id = request.params.id.toLowerCase();
      const state = ctx.chain.state;
      const t = readTask(state, id);
      if (!t) throw notFound(`task ${id}`);
      return {
        id,
        dealId: t.dealId,
        index: t.index,
        status: TASK_STATUS_NAMES[t.status] ?? "active",
        contributionDeadlineMs: t.contributionDeadlineMs,
        revealDeadlineMs: orNull(t.revealDeadlineMs, 0),
        finalDeadlineMs: t.finalDeadlineMs,
        consensusTimeMs: orNull(t.consensusTimeMs, 0),
        consensusValue: orNull(t.consensusValue, ""),
        totalWeight: t.totalWeight.toString(),
        groups: t.groups.map((g) => ({ resultHash: g.resultHash, weight: g.weight.toString() })),
        winnerCount: t.winnerCount,
        revealCount: t.revealCount,
        contributions: t.contributors.map((worker) => {
          const c = readContribution(state, id, worker);
          if (!c) throw new Error(`task ${id} lists ${worker} without a contribution`);
          return {
            worker: checksum(worker),
            status: CONTRIBUTION_STATUS_NAMES[c.status] ?? "contributed",
            resultHash: c.resultHash,
            resultSeal: c.resultSeal,
            enclaveChallenge: checksum(c.enclaveChallenge),
            weight: c.weight.toString(),
            stake: c.stake.toString(),
          };
        }),
        resultDigest: orNull(t.resultDigest, ""),
        results: toHex(t.results),
        completedTimeMs: orNull(t.completedTimeMs, 0),
      };
    },
  );

  app.get<{ Params: { address: string } }>(
    "/workerpools/:address",
    {
      schema: {
        summary: "A registered workerpool and its SLA record (on time, late, failed, latency, reliability)",
        params: {
          type: "object",
          properties: { address: { type: "string", pattern: ADDRESS } },
          required: ["address"],
        },
        response: { 200: workerpoolSchema, ...errors },
      },
    },
    async (request) => {
      const address = toHex(parseAddress(request.params.address));
      const state = ctx.chain.state;
      const pool = readWorkerpool(state, address);
      if (!pool) throw notFound(`workerpool ${address}`);
      const sla = readSla(state, address);
      return {
        address: checksum(address),
        owner: toChecksumAddress(pool.owner),
        description: pool.description,
        schedulerRewardRatio: pool.schedulerRewardRatio,
        powerEfficiency: pool.powerEfficiency,
        sla: { ...sla, meanLatencyMs: meanLatencyMs(sla), reliabilityPpm: reliabilityPpm(sla) },
      };
    },
  );
}
