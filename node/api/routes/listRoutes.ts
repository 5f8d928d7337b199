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

export async function listRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.get<Paged>(
    "/workerpools",
    {
      schema: {
        summary:
          "Addresses of registered workerpools, in address order (details and SLA record: GET /workerpools/:address)",
        querystring: pagedQuery(ADDRESS_CURSOR, "an address"),
        response: {
          200: {
            type: "object",
            properties: { workerpools: { type: "array", items: { type: "string" } }, next },
          },
        },
      },
    },
    async (request) => {
      const { limit, after } = request.query;
      const page = await pageOfKeys(ctx.chain.state, "pool:", limit, bareCursor(after), (a) => `0x${a}`);
      return { workerpools: page.items, ...withNext(page.next) };
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

  /** Registered assets of one kind, in address order, with what a worker needs to fetch and check them. */
  const assetListing = (
    path: "/apps" | "/datasets",
    prefix: string,
    read: typeof readApp | typeof readDataset,
    what: string,
  ) =>
    app.get<Paged>(
      path,
      {
        schema: {
          summary: `Registered ${what}: address, owner, name, URI and checksum of the bytes (a worker refuses other bytes)`,
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
        return { [path.slice(1)]: listed, ...withNext(page.next) };
      },
    );
  assetListing("/apps", "app:", readApp, "apps");
  assetListing("/datasets", "dset:", readDataset, "datasets");
}
