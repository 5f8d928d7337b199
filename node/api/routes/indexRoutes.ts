/**
 * Listings by address over the market indexes (node/state/marketIndexes.ts), paged with `?limit=`
 * and `?after=` (the `next` of the previous page):
 * - GET /workerpools/:address/deals: the deals of a workerpool (what its scheduler serves);
 * - GET /accounts/:address/deals?role=requester|scheduler: deals an address requested, or whose
 *   workerpool it owns;
 * - GET /accounts/:address/tasks?role=requester|worker: tasks of its deals, or tasks it contributed to;
 * - GET /deals/:id/tasks: the tasks of a deal with their status.
 * Deals are listed oldest first (block time of the deal, then id).
 */
import type { FastifyInstance } from "fastify";
import { parseAddress } from "../../crypto/address.js";
import { toHex } from "../../crypto/hash.js";
import { IndexPrefixes } from "../../state/marketIndexes.js";
import { badRequest, errorSchema, notFound } from "../apiError.js";
import type { ApiContext } from "../context.js";
import {
  dealsOf,
  INDEX_CURSOR,
  type Page,
  parseIndexCursor,
  TASK_CURSOR,
  type TaskSummary,
  tasksOfDeal,
  tasksOfRequester,
  tasksOfWorker,
} from "../indexListings.js";

/** Either cursor: a worker's index entry, or a requester's task (index entry of the deal + task index). */
const TASKS_CURSOR = "^[0-9a-f]{12}:[0-9a-f]{64}(:(0|[1-9][0-9]{0,15}))?$";
const ADDRESS = "^0x[0-9a-fA-F]{40}$";
const HASH = "^0x[0-9a-fA-F]{64}$";
const str = { type: "string" } as const;
const next = { type: "string", description: "cursor of the next page (`?after=`); absent on the last page" };
const limit = { type: "integer", minimum: 1, maximum: 200, default: 50 } as const;
const errors = { 400: errorSchema, 404: errorSchema } as const;

const addressParams = {
  type: "object",
  properties: { address: { type: "string", pattern: ADDRESS } },
  required: ["address"],
} as const;

const dealsResponse = {
  200: { type: "object", properties: { deals: { type: "array", items: str }, next }, required: ["deals"] },
  ...errors,
} as const;

const tasksResponse = {
  200: {
    type: "object",
    properties: {
      tasks: {
        type: "array",
        items: {
          type: "object",
          properties: {
            id: str,
            dealId: str,
            index: { type: "integer" },
            status: { type: "string", enum: ["active", "revealing", "completed", "failed", "unknown"] },
          },
        },
      },
      next,
    },
    required: ["tasks"],
  },
  ...errors,
} as const;

const dealsBody = (page: Page<string>) => ({ deals: page.items, ...(page.next ? { next: page.next } : {}) });
const tasksBody = (page: Page<TaskSummary>) => ({
  tasks: page.items,
  ...(page.next !== undefined ? { next: page.next } : {}),
});

export async function indexRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.get<{ Params: { address: string }; Querystring: { limit: number; after?: string } }>(
    "/workerpools/:address/deals",
    {
      schema: {
        summary: "Deals of a workerpool, oldest first (what its scheduler serves)",
        params: addressParams,
        querystring: {
          type: "object",
          properties: { limit, after: { type: "string", pattern: INDEX_CURSOR } },
          additionalProperties: false,
        },
        response: dealsResponse,
      },
    },
    async (request) => {
      const pool = toHex(parseAddress(request.params.address));
      const { limit, after } = request.query;
      return dealsBody(await dealsOf(ctx.chain.state, IndexPrefixes.dealsOfWorkerpool(pool), limit, after));
    },
  );

  app.get<{
    Params: { address: string };
    Querystring: { role: "requester" | "scheduler"; limit: number; after?: string };
  }>(
    "/accounts/:address/deals",
    {
      schema: {
        summary:
          "Deals of an address, oldest first: as requester (default) or as the owner of the deal's workerpool (role=scheduler)",
        params: addressParams,
        querystring: {
          type: "object",
          properties: {
            role: { type: "string", enum: ["requester", "scheduler"], default: "requester" },
            limit,
            after: { type: "string", pattern: INDEX_CURSOR },
          },
          additionalProperties: false,
        },
        response: dealsResponse,
      },
    },
    async (request) => {
      const address = toHex(parseAddress(request.params.address));
      const { role, limit, after } = request.query;
      const prefix =
        role === "scheduler"
          ? IndexPrefixes.dealsOfScheduler(address)
          : IndexPrefixes.dealsOfRequester(address);
      return dealsBody(await dealsOf(ctx.chain.state, prefix, limit, after));
    },
  );

  app.get<{
    Params: { address: string };
    Querystring: { role: "requester" | "worker"; limit: number; after?: string };
  }>(
    "/accounts/:address/tasks",
    {
      schema: {
        summary:
          "Tasks of an address: of the deals it requested (default), or those it contributed to as a worker (role=worker)",
        params: addressParams,
        querystring: {
          type: "object",
          properties: {
            role: { type: "string", enum: ["requester", "worker"], default: "requester" },
            limit,
            after: { type: "string", pattern: TASKS_CURSOR },
          },
          additionalProperties: false,
        },
        response: tasksResponse,
      },
    },
    async (request) => {
      const address = toHex(parseAddress(request.params.address));
      const { role, limit, after } = request.query;
      const state = ctx.chain.state;
      const taskCursor = after !== undefined && new RegExp(TASK_CURSOR).test(after);
      if (after !== undefined && taskCursor !== (role === "requester"))
        throw badRequest(`after: not a cursor of role=${role}`);
      if (role === "worker") return tasksBody(await tasksOfWorker(state, address, limit, after));
      return tasksBody(await tasksOfRequester(state, address, limit, after));
    },
  );

  app.get<{ Params: { id: string }; Querystring: { limit: number; after?: string } }>(
    "/deals/:id/tasks",
    {
      schema: {
        summary: "Tasks of a deal in index order, with their status",
        params: {
          type: "object",
          properties: { id: { type: "string", pattern: HASH } },
          required: ["id"],
        },
        querystring: {
          type: "object",
          properties: { limit, after: { type: "string", pattern: "^(0|[1-9][0-9]{0,15})$" } },
          additionalProperties: false,
        },
        response: tasksResponse,
      },
    },
    async (request) => {
      const id = request.params.id.toLowerCase();
      const { limit, after } = request.query;
      const page = tasksOfDeal(ctx.chain.state, id, limit, parseIndexCursor(after));
      if (!page) throw notFound(`deal ${id}`);
      return tasksBody(page);
    },
  );
}
