/**
 * Listings for browsing (the explorer, a marketplace): registered apps, datasets and workerpools with
 * their owners and metadata (and one app or dataset by address, what a worker fetches), and deals. They read ordered key ranges of the committed state (never a
 * full scan), which the state machine itself never uses.
 */
import type { FastifyInstance } from "fastify";
import type { poco } from "../../../proto/index.js";
import { readSla } from "../../../scheduler/records.js";
import { meanLatencyMs, reliabilityPpm } from "../../../scheduler/sla.js";
import { parseAddress, toChecksumAddress } from "../../crypto/address.js";
import { fromHex, toHex } from "../../crypto/hash.js";
import { readApp, readDataset, readWorkerpool } from "../../state/registries.js";
import { errorSchema, notFound } from "../apiError.js";
import type { ApiContext } from "../context.js";

const limitSchema = {
  type: "object",
  properties: { limit: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
  additionalProperties: false,
} as const;

const ADDRESS = "^0x[0-9a-fA-F]{40}$";
const addressParams = {
  type: "object",
  properties: { address: { type: "string", pattern: ADDRESS } },
  required: ["address"],
} as const;

const int = { type: "integer" } as const;
const poolSchema = {
  type: "object",
  properties: {
    address: { type: "string" },
    owner: { type: "string" },
    description: { type: "string" },
    schedulerRewardRatio: int,
    powerEfficiency: int,
    sla: {
      type: "object",
      properties: {
        completedOnTime: int,
        completedLate: int,
        failed: int,
        meanLatencyMs: int,
        reliabilityPpm: int,
      },
    },
  },
} as const;

export async function listRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.get<{ Querystring: { limit: number } }>(
    "/workerpools",
    {
      schema: {
        summary:
          "Registered workerpools in address order: owner, description, reward ratio, power efficiency and SLA record",
        querystring: limitSchema,
        response: {
          200: { type: "object", properties: { workerpools: { type: "array", items: poolSchema } } },
        },
      },
    },
    async (request) => {
      const state = ctx.chain.state;
      const keys = await state.listKeys("pool:", request.query.limit);
      const workerpools = keys.flatMap((k) => {
        const address = `0x${k.slice("pool:".length)}`;
        const pool = readWorkerpool(state, address);
        if (!pool) return [];
        const sla = readSla(state, address);
        return [
          {
            address: toChecksumAddress(fromHex(address, 20)),
            owner: toChecksumAddress(pool.owner),
            description: pool.description,
            schedulerRewardRatio: pool.schedulerRewardRatio,
            powerEfficiency: pool.powerEfficiency,
            sla: {
              completedOnTime: sla.completedOnTime,
              completedLate: sla.completedLate,
              failed: sla.failed,
              meanLatencyMs: meanLatencyMs(sla),
              reliabilityPpm: reliabilityPpm(sla),
            },
          },
        ];
      });
      return { workerpools };
    },
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

  const assetJSON = (address: string, record: poco.AppRecord | poco.DatasetRecord) => ({
    address: toChecksumAddress(fromHex(address, 20)),
    owner: toChecksumAddress(record.owner),
    name: record.name,
    uri: record.uri,
    checksum: toHex(record.checksum),
  });

  /** Registered assets of one kind, in address order, and one by address: what a worker needs to fetch and check them. */
  const assetRoutes = (
    path: "/apps" | "/datasets",
    prefix: string,
    read: typeof readApp | typeof readDataset,
    what: string,
  ) => {
    app.get<{ Querystring: { limit: number } }>(
      path,
      {
        schema: {
          summary: `Registered ${what}s: address, owner, name, URI and sha256 checksum of the bytes (a worker refuses other bytes)`,
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
          return record ? [assetJSON(address, record)] : [];
        });
        return { [path.slice(1)]: listed };
      },
    );
    app.get<{ Params: { address: string } }>(
      `${path}/:address`,
      {
        schema: {
          summary: `A registered ${what}: owner, name, URI and sha256 checksum of the bytes`,
          params: addressParams,
          response: { 200: assetSchema, 404: errorSchema },
        },
      },
      async (request) => {
        const address = toHex(parseAddress(request.params.address));
        const record = read(ctx.chain.state, address);
        if (!record) throw notFound(`${what} ${address}`);
        return assetJSON(address, record);
      },
    );
  };
  assetRoutes("/apps", "app:", readApp, "app");
  assetRoutes("/datasets", "dset:", readDataset, "dataset");
}
