/**
 * Listings for browsing (the explorer, a marketplace): registered apps and datasets with their owners
 * and metadata, workerpools, and deals. They read ordered key ranges of the committed state (never a
 * full scan), which the state machine itself never uses.
 */
import type { FastifyInstance } from "fastify";
import { toChecksumAddress } from "../../crypto/address.js";
import { fromHex, toHex } from "../../crypto/hash.js";
import { readApp, readDataset } from "../../state/registries.js";
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

  const assetSchema = {
    type: "object",
    properties: {
      address: { type: "string" },
      owner: { type: "string" },
      name: { type: "string" },
      uri: { type: "string" },
      checksum: { type: "string" },
    },
  } as const;

  /** Registered assets of one kind, in address order, with what a worker needs to fetch and check them. */
  const assetListing = (
    path: "/apps" | "/datasets",
    prefix: string,
    read: typeof readApp | typeof readDataset,
    what: string,
  ) =>
    app.get<{ Querystring: { limit: number } }>(
      path,
      {
        schema: {
          summary: `Registered ${what}: address, owner, name, URI and checksum of the bytes (a worker refuses other bytes)`,
          querystring: limitSchema,
          response: {
            200: { type: "object", properties: { [path.slice(1)]: { type: "array", items: assetSchema } } },
          },
        },
      },
      async (request) => {
        const keys = await ctx.chain.state.listKeys(prefix, request.query.limit);
        const listed = keys.flatMap((k) => {
          const address = `0x${k.slice(prefix.length)}`;
          const record = read(ctx.chain.state, address);
          if (!record) return [];
          return [
            {
              address: toChecksumAddress(fromHex(address, 20)),
              owner: toChecksumAddress(record.owner),
              name: record.name,
              uri: record.uri,
              checksum: toHex(record.checksum),
            },
          ];
        });
        return { [path.slice(1)]: listed };
      },
    );
  assetListing("/apps", "app:", readApp, "apps");
  assetListing("/datasets", "dset:", readDataset, "datasets");
}
