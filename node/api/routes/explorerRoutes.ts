/**
 * Small read routes the explorer needs where the rest of the API has no listing:
 * - GET /search?q=: what a query names (block height or hash, tx, address and what is registered at
 *   it, deal, task, order, withdrawal `w:<id>`), classified with point reads of the state and the
 *   store; 404 NOT_FOUND when nothing matches;
 * - GET /accounts/:address/txs?before=: committed txs sent by or naming an address, newest first,
 *   found by scanning at most SCAN_BLOCKS blocks per page (no tx index by address exists in state);
 * - GET /validators/:address/uptime?blocks=: which of the last blocks carry its precommit;
 * - GET /workerpools/:address/sla-history: per deal of the pool (oldest first), tasks on time, late,
 *   failed and open: what the pool's cumulative SLA record is made of.
 * Every answer is bounded by a constant number of reads.
 */
import type { FastifyInstance } from "fastify";
import { readWithdrawal } from "../../../bridge/bridgeModule.js";
import { decodeCanonical, poco } from "../../../proto/index.js";
import {
  orderHash,
  readDeal,
  readOrderRecord,
  readTask,
  TaskStatus,
  taskId,
} from "../../../scheduler/index.js";
import { parseAddress, toChecksumAddress } from "../../crypto/address.js";
import type { AnyOrder } from "../../crypto/eip712.js";
import { fromHex, toHex } from "../../crypto/hash.js";
import { readActiveSet, readRecord, VALIDATOR_KEY_PREFIX } from "../../execution/validatorModule.js";
import { IndexPrefixes } from "../../state/marketIndexes.js";
import { readApp, readDataset, readWorkerpool } from "../../state/registries.js";
import { StateKeys } from "../../state/stateKeys.js";
import { txHash as txHashOf } from "../../tx/signedTx.js";
import { ApiError, errorSchema } from "../apiError.js";
import type { ApiContext } from "../context.js";
import { dealsOf, INDEX_CURSOR } from "../indexListings.js";

/** Blocks read by one page of an address's txs. */
export const SCAN_BLOCKS = 256;
/** Txs listed by one page at most (a page ends at a block boundary, or here). */
const MAX_TXS = 200;
/** Blocks of an uptime answer at most. */
const MAX_UPTIME_BLOCKS = 200;
/** Deals of an SLA-history page at most, and tasks counted per deal at most. */
const MAX_HISTORY_DEALS = 50;
const MAX_TASKS_COUNTED = 200;

const ADDRESS = "^0x[0-9a-fA-F]{40}$";
const str = { type: "string" } as const;
const int = { type: "integer" } as const;
const addressParams = {
  type: "object",
  properties: { address: { type: "string", pattern: ADDRESS } },
  required: ["address"],
} as const;

const nothingFound = (q: string) => new ApiError(404, "NOT_FOUND", `nothing on this chain matches ${q}`);

export type SearchKind =
  | "block"
  | "tx"
  | "address"
  | "workerpool"
  | "app"
  | "dataset"
  | "validator"
  | "deal"
  | "task"
  | "order"
  | "withdrawal";

export interface SearchHit {
  kind: SearchKind;
  /** The id of the page: height, hash, checksummed address, withdrawal id. */
  id: string;
}

/** Query forms, checked before any read: a height, `w:<id>`, an address, a 32-byte hash. */
const HEIGHT = /^(0|[1-9][0-9]{0,15})$/;
const WITHDRAWAL = /^w(?:ithdrawal)?[: ]?(0|[1-9][0-9]{0,9})$/i;
const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;
const HASH_RE = /^0x[0-9a-fA-F]{64}$/;
export const MAX_QUERY_LENGTH = 80;

/** What `q` names on this chain, or undefined. Throws 400 for a query of no known form. */
export async function classify(ctx: ApiContext, raw: string): Promise<SearchHit | undefined> {
  const q = raw.trim();
  const state = ctx.chain.state;
  if (HEIGHT.test(q)) {
    const height = Number(q);
    return height >= 1 && height <= ctx.chain.head.height ? { kind: "block", id: String(height) } : undefined;
  }
  const w = WITHDRAWAL.exec(q);
  if (w) {
    const id = Number(w[1]);
    return readWithdrawal(state, id) ? { kind: "withdrawal", id: String(id) } : undefined;
  }
  if (ADDRESS_RE.test(q)) {
    const address = toHex(parseAddress(q));
    const id = toChecksumAddress(parseAddress(q));
    // The most specific thing at the address first: a contract-like registry entry, then a validator.
    if (readWorkerpool(state, address)) return { kind: "workerpool", id };
    if (readApp(state, address)) return { kind: "app", id };
    if (readDataset(state, address)) return { kind: "dataset", id };
    if (
      state.get(`${VALIDATOR_KEY_PREFIX}${address.slice(2)}`) !== undefined ||
      readActiveSet(state).some((v) => v.address === address)
    )
      return { kind: "validator", id };
    if (state.get(StateKeys.account(address)) !== undefined) return { kind: "address", id };
    return undefined;
  }
  if (HASH_RE.test(q)) {
    const hash = q.toLowerCase();
    // State point reads first (cheapest), then the store.
    if (readDeal(state, hash)) return { kind: "deal", id: hash };
    if (readTask(state, hash)) return { kind: "task", id: hash };
    if (readOrderRecord(state, hash)) return { kind: "order", id: hash };
    if (ctx.mempool.get(hash)) return { kind: "tx", id: hash };
    const bytes = fromHex(hash, 32);
    if (await ctx.chain.db.getReceipt(bytes)) return { kind: "tx", id: hash };
    const height = await ctx.chain.db.getHeightByHash(bytes);
    if (height !== undefined) return { kind: "block", id: String(height) };
    return undefined;
  }
  throw new ApiError(
    400,
    "API_BAD_REQUEST",
    "q: expected a block height, a 0x address (40 hex), a 0x hash (64 hex: block, tx, deal, task, order) or w:<withdrawal id>",
  );
}

export interface AddressTx {
  hash: string;
  height: number;
  index: number;
  kind: string;
  sender: string;
  /** "sender": sent by the address; "named": the address appears in the tx's fields. */
  role: "sender" | "named";
  /** For publishOrder: the order's hash (its page). */
  orderHash?: string;
}

/** A Tx's order, for publishOrder txs. */
function publishedOrderHash(chainId: number, tx: poco.Tx): string | undefined {
  const p = tx.publishOrder;
  if (!p) return undefined;
  const kind = (["app", "dataset", "workerpool", "request"] as const).find((k) => p[k]);
  if (!kind) return undefined;
  try {
    return orderHash(chainId, kind, p[kind] as AnyOrder);
  } catch {
    return undefined; // a committed tx whose order failed its checks: listed, without an order link
  }
}

/**
 * Txs of `address` in blocks below `before` (newest first), scanning at most SCAN_BLOCKS blocks. The
 * byte search on the raw tx is the cheap filter; only matching txs are decoded.
 */
export async function addressTxs(
  ctx: ApiContext,
  address: string,
  before: number,
  limit: number,
): Promise<{ txs: AddressTx[]; next?: number }> {
  const needle = Buffer.from(fromHex(address, 20));
  const txs: AddressTx[] = [];
  const lowest = Math.max(1, before - SCAN_BLOCKS);
  let height = before - 1;
  for (; height >= lowest && txs.length < limit; height--) {
    const bytes = await ctx.chain.db.getBlock(height);
    if (!bytes) return { txs }; // below a state-synced store's first block: nothing older here
    // most blocks do not name the address at all: skip them without decoding
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(needle) < 0) continue;
    const block = decodeCanonical(poco.Block, bytes, 64 * 1024 * 1024);
    // newest first within a block too: a block's later txs come after its earlier ones
    for (let index = block.txs.length - 1; index >= 0 && txs.length < MAX_TXS; index--) {
      const signedBytes = block.txs[index] as Uint8Array;
      if (Buffer.from(signedBytes.buffer, signedBytes.byteOffset, signedBytes.length).indexOf(needle) < 0)
        continue;
      const signed = decodeCanonical(poco.SignedTx, signedBytes);
      const tx = decodeCanonical(poco.Tx, signed.tx);
      const sender = toHex(tx.sender);
      const order = publishedOrderHash(ctx.chain.chainId, tx);
      txs.push({
        hash: toHex(txHashOf(signed.tx)),
        height,
        index,
        kind: tx.kind ?? "none",
        sender: toChecksumAddress(tx.sender),
        role: sender === address ? "sender" : "named",
        ...(order ? { orderHash: order } : {}),
      });
    }
  }
  // `height` is the next block not read: the next page starts below `height + 1`.
  return { txs, ...(height >= 1 ? { next: height + 1 } : {}) };
}

export interface UptimeBlock {
  height: number;
  signed: boolean;
  proposed: boolean;
}

/** Whether each of the last `blocks` committed blocks carries a precommit of `address`. */
export async function uptime(ctx: ApiContext, address: string, blocks: number): Promise<UptimeBlock[]> {
  const out: UptimeBlock[] = [];
  const head = ctx.chain.head.height;
  for (let height = Math.max(1, head - blocks + 1); height <= head; height++) {
    const commitBytes = await ctx.chain.db.getCommit(height);
    const blockBytes = await ctx.chain.db.getBlock(height);
    if (!commitBytes || !blockBytes) continue;
    const commit = decodeCanonical(poco.Commit, commitBytes);
    const signed = commit.precommits.some((p) => {
      if (!p.vote) return false;
      const vote = decodeCanonical(poco.Vote, p.vote);
      return vote.validator != null && toHex(vote.validator) === address && (vote.blockHash?.length ?? 0) > 0;
    });
    const header = decodeCanonical(poco.Block, blockBytes, 64 * 1024 * 1024).header;
    const proposed = header?.proposer != null && toHex(header.proposer) === address;
    out.push({ height, signed, proposed });
  }
  return out;
}

export interface DealSla {
  dealId: string;
  startTimeMs: number;
  tasks: number;
  onTime: number;
  late: number;
  failed: number;
  open: number;
}

/** One deal's task outcomes (counting at most MAX_TASKS_COUNTED tasks). */
function dealSla(ctx: ApiContext, dealId: string): DealSla | undefined {
  const state = ctx.chain.state;
  const deal = readDeal(state, dealId);
  if (!deal) return undefined;
  const row: DealSla = {
    dealId,
    startTimeMs: deal.startTimeMs,
    tasks: deal.botSize,
    onTime: 0,
    late: 0,
    failed: 0,
    open: 0,
  };
  const counted = Math.min(deal.botSize, MAX_TASKS_COUNTED);
  for (let i = 0; i < counted; i++) {
    const t = readTask(state, taskId(dealId, deal.botFirst + i));
    if (!t || t.status === TaskStatus.ACTIVE || t.status === TaskStatus.REVEALING) row.open++;
    else if (t.status === TaskStatus.FAILED) row.failed++;
    // the SLA record's own rule (scheduler/sla.ts): on time when completed by the contribution deadline
    else if (t.completedTimeMs <= t.contributionDeadlineMs) row.onTime++;
    else row.late++;
  }
  row.open += deal.botSize - counted;
  return row;
}

export async function explorerRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.get<{ Querystring: { q: string } }>(
    "/search",
    {
      schema: {
        summary:
          "What a query names: block height or hash, tx hash, address (workerpool, app, dataset, validator or account), deal, task, order hash, or w:<withdrawal id>",
        querystring: {
          type: "object",
          properties: { q: { type: "string", minLength: 1, maxLength: MAX_QUERY_LENGTH } },
          required: ["q"],
          additionalProperties: false,
        },
        response: {
          200: { type: "object", properties: { kind: str, id: str }, required: ["kind", "id"] },
          400: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request) => {
      const hit = await classify(ctx, request.query.q);
      if (!hit) throw nothingFound(request.query.q.trim());
      return hit;
    },
  );

  app.get<{ Params: { address: string }; Querystring: { before?: number; limit: number } }>(
    "/accounts/:address/txs",
    {
      schema: {
        summary: `Committed txs sent by or naming an address, newest first; one page scans at most ${SCAN_BLOCKS} blocks below \`before\` (default: above the head), \`next\` continues below`,
        params: addressParams,
        querystring: {
          type: "object",
          properties: {
            before: { type: "integer", minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
            limit: { type: "integer", minimum: 1, maximum: MAX_TXS, default: 50 },
          },
          additionalProperties: false,
        },
        response: {
          200: {
            type: "object",
            properties: {
              txs: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    hash: str,
                    height: int,
                    index: int,
                    kind: str,
                    sender: str,
                    role: { type: "string", enum: ["sender", "named"] },
                    orderHash: str,
                  },
                },
              },
              next: { ...int, description: "`before` of the next page; absent once block 1 was read" },
            },
            required: ["txs"],
          },
          400: errorSchema,
        },
      },
    },
    async (request) => {
      const address = toHex(parseAddress(request.params.address));
      const head = ctx.chain.head.height;
      const before = Math.min(request.query.before ?? head + 1, head + 1);
      return addressTxs(ctx, address, before, request.query.limit);
    },
  );

  app.get<{ Params: { address: string }; Querystring: { blocks: number } }>(
    "/validators/:address/uptime",
    {
      schema: {
        summary:
          "Uptime of a validator over the last blocks: whether each block's commit holds its precommit",
        params: addressParams,
        querystring: {
          type: "object",
          properties: { blocks: { type: "integer", minimum: 1, maximum: MAX_UPTIME_BLOCKS, default: 100 } },
          additionalProperties: false,
        },
        response: {
          200: {
            type: "object",
            properties: {
              address: str,
              signedBlocks: int,
              missedBlocks: int,
              jailed: { type: "boolean" },
              blocks: {
                type: "array",
                items: {
                  type: "object",
                  properties: { height: int, signed: { type: "boolean" }, proposed: { type: "boolean" } },
                },
              },
            },
          },
          400: errorSchema,
        },
      },
    },
    async (request) => {
      const address = toHex(parseAddress(request.params.address));
      const record = readRecord(ctx.chain.state, address);
      return {
        address: toChecksumAddress(fromHex(address, 20)),
        signedBlocks: record.signedBlocks,
        missedBlocks: record.missedBlocks,
        jailed: record.jailed,
        blocks: await uptime(ctx, address, request.query.blocks),
      };
    },
  );

  app.get<{ Params: { address: string }; Querystring: { limit: number; after?: string } }>(
    "/workerpools/:address/sla-history",
    {
      schema: {
        summary:
          "SLA history of a workerpool: per deal (oldest first), its tasks on time, late, failed and still open",
        params: addressParams,
        querystring: {
          type: "object",
          properties: {
            limit: { type: "integer", minimum: 1, maximum: MAX_HISTORY_DEALS, default: 20 },
            after: { type: "string", pattern: INDEX_CURSOR },
          },
          additionalProperties: false,
        },
        response: {
          200: {
            type: "object",
            properties: {
              deals: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    dealId: str,
                    startTimeMs: int,
                    tasks: int,
                    onTime: int,
                    late: int,
                    failed: int,
                    open: int,
                  },
                },
              },
              next: str,
            },
            required: ["deals"],
          },
          400: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request) => {
      const pool = toHex(parseAddress(request.params.address));
      if (!readWorkerpool(ctx.chain.state, pool))
        throw new ApiError(404, "API_NOT_FOUND", `workerpool ${pool} not found`);
      const { limit, after } = request.query;
      const page = await dealsOf(ctx.chain.state, IndexPrefixes.dealsOfWorkerpool(pool), limit, after);
      const deals = page.items.flatMap((id) => {
        const row = dealSla(ctx, id);
        return row ? [row] : [];
      });
      return { deals, ...(page.next ? { next: page.next } : {}) };
    },
  );
}
