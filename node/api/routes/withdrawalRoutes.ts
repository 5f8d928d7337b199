/**
 * GET /withdrawals and GET /withdrawals/:id: withdrawals burned on the sidechain (from state, on every
 * node; the Merkle proof for claiming one on Ethereum is GET /withdrawals/:id/proof on a node with the
 * bridge enabled). Ids are consecutive from 0 in commit order, so a page is a range of ids.
 */
import type { FastifyInstance } from "fastify";
import { readWithdrawal, readWithdrawalCount, type StoredWithdrawal } from "../../../bridge/bridgeModule.js";
import { toChecksumAddress } from "../../crypto/address.js";
import { fromHex } from "../../crypto/hash.js";
import { notFound } from "../apiError.js";
import type { ApiContext } from "../context.js";

const MAX_PAGE = 100;

const withdrawalSchema = {
  type: "object",
  properties: {
    id: { type: "integer" },
    sender: { type: "string" },
    recipient: { type: "string" },
    amount: { type: "string", description: "nRLC" },
    height: { type: "integer" },
  },
} as const;

function withdrawalJson(w: StoredWithdrawal) {
  return {
    id: w.id,
    sender: toChecksumAddress(fromHex(w.sender, 20)),
    recipient: toChecksumAddress(w.recipient),
    amount: w.amount.toString(),
    height: w.height,
  };
}

export async function withdrawalRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.get<{ Querystring: { from?: number; limit?: number } }>(
    "/withdrawals",
    {
      schema: {
        summary: "Withdrawals by id (ascending from `from`; default: the latest page) and how many exist",
        querystring: {
          type: "object",
          properties: {
            from: { type: "integer", minimum: 0, maximum: 4_294_967_295 },
            limit: { type: "integer", minimum: 1, maximum: MAX_PAGE },
          },
        },
        response: {
          200: {
            type: "object",
            properties: {
              count: { type: "integer" },
              withdrawals: { type: "array", items: withdrawalSchema },
            },
          },
        },
      },
    },
    async (request) => {
      const state = ctx.chain.state;
      const count = readWithdrawalCount(state);
      const limit = request.query.limit ?? 20;
      const from = request.query.from ?? Math.max(0, count - limit);
      const withdrawals = [];
      for (let id = from; id < Math.min(count, from + limit); id++) {
        const w = readWithdrawal(state, id);
        if (w) withdrawals.push(withdrawalJson(w));
      }
      return { count, withdrawals };
    },
  );

  app.get<{ Params: { id: number } }>(
    "/withdrawals/:id",
    {
      schema: {
        summary: "One withdrawal: sender, Ethereum recipient, amount (nRLC), height",
        params: {
          type: "object",
          properties: { id: { type: "integer", minimum: 0, maximum: 4_294_967_295 } },
          required: ["id"],
        },
        response: { 200: withdrawalSchema },
      },
    },
    async (request) => {
      const w = readWithdrawal(ctx.chain.state, request.params.id);
      if (!w) throw notFound(`withdrawal ${request.params.id}`);
      return withdrawalJson(w);
    },
  );
}
