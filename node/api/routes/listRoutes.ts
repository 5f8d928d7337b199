/**
 * Listings for browsing (the explorer, a marketplace): registered apps and datasets with their owners
 * and metadata, workerpools, and deals. They read ordered key ranges of the committed state (never a
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
import { pageOfKeys } from "../indexListings.js";

/** `?limit=` and `?after=` (the `next` of the previous page: the last address or id listed). */
const pagedQuery = (after: string, what: string) =>
  ({
    type: "object",
    properties: {
      limit: { type: "integer", minimum: 1, maximum: 200, default: 50 },
      after: { type: "string", pattern: after, description: `\`next\` of the previous page (${what})` },
    },
    additionalProperties: false,
  }) as const;
const ADDRESS_CURSOR = "^0x[0-9a-fA-F]{40}$";
const ID_CURSOR = "^0x[0-9a-fA-F]{64}$";
const next = { type: "string", description: "cursor of the next page (`?after=`); absent on the last page" };

type Paged = { Querystring: { limit: number; after?: string } };
/** A `0x` cursor as the part of the state key after its prefix. */
const bareCursor = (after: string | undefined) => after?.slice(2).toLowerCase();
const withNext = (next: string | undefined) => (next === undefined ? {} : { next: `0x${next}` });

const addressParams = {
  type: "object",
  properties: { address: { type: "string", pattern: ADDRESS_CURSOR } },
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
  app.get<Paged>(
    "/workerpools",
    {
      schema: {
        summary:
          "Registered workerpools in address order: owner, description, reward ratio, power efficiency and SLA record",
        querystring: pagedQuery(ADDRESS_CURSOR, "an address"),
        response: {
          200: { type: "object", properties: { workerpools: { type: "array", items: poolSchema }, next } },
        },
      },
    },
    async (request) => {
      const { limit, after } = request.query;
      const state = ctx.chain.state;
      const page = await pageOfKeys(state, "pool:", limit, bareCursor(after), (a) => `0x${a}`);
      const workerpools = page.items.flatMap((address) => {
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
      return { workerpools, ...withNext(page.next) };
    },
  );

  app.get<Paged>(
    "/deals",
    {
      schema: {
        summary:
          "Ids of all deals, in id order (details: GET /deals/:id; deals of a workerpool, requester or scheduler: GET /workerpools/:address/deals, GET /accounts/:address/deals)",
        querystring: pagedQuery(ID_CURSOR, "a deal id"),
        response: {
          200: { type: "object", properties: { deals: { type: "array", items: { type: "string" } }, next } },
        },
      },
    },
    async (request) => {
      const { limit, after } = request.query;
      const page = await pageOfKeys(ctx.chain.state, "deal:", limit, bareCursor(after), (id) => `0x${id}`);
      return { deals: page.items, ...withNext(page.next) };
    },
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
    app.get<Paged>(
      path,
      {
        schema: {
          summary: `Registered ${what}s: address, owner, name, URI and sha256 checksum of the bytes (a worker refuses other bytes)`,
          querystring: pagedQuery(ADDRESS_CURSOR, "an address"),
          response: {
            200: {
              type: "object",
              properties: { [path.slice(1)]: { type: "array", items: assetSchema }, next },
            },
          },
        },
      },
      async (request) => {
        const { limit, after } = request.query;
        const page = await pageOfKeys(ctx.chain.state, prefix, limit, bareCursor(after), (a) => `0x${a}`);
        const listed = page.items.flatMap((address) => {
          const record = read(ctx.chain.state, address);
          return record ? [assetJSON(address, record)] : [];
        });
        return { [path.slice(1)]: listed, ...withNext(page.next) };
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
