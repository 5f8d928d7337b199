/**
 * Listings for browsing (the explorer): registered workerpools and the most recent deals. They read
 * key listings of the committed state, never used by the state machine itself.
 */
import type { FastifyInstance } from "fastify";
import type { ApiContext } from "../context.js";

const limitSchema = {
  type: "object",
  properties: { limit: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
  additionalProperties: false,
} as const;

export async function listRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.get<{ Querystring: { limit: number } }>(
    "/workerpools",
    {
      schema: {
        summary: "Addresses of registered workerpools (details and SLA record: GET /workerpools/:address)",
        querystring: limitSchema,
        response: {
          200: { type: "object", properties: { workerpools: { type: "array", items: { type: "string" } } } },
        },
      },
    },
    async (request) => ({
      workerpools: (await ctx.chain.state.listKeys("pool:", request.query.limit)).map(
        (k) => `0x${k.slice("pool:".length)}`,
      ),
    }),
  );

  app.get<{ Querystring: { limit: number } }>(
    "/deals",
    {
      schema: {
        summary: "Ids of deals (details: GET /deals/:id)",
        querystring: limitSchema,
        response: {
          200: { type: "object", properties: { deals: { type: "array", items: { type: "string" } } } },
        },
      },
    },
    async (request) => ({
      deals: (await ctx.chain.state.listKeys("deal:", request.query.limit)).map(
        (k) => `0x${k.slice("deal:".length)}`,
      ),
    }),
  );
}
