/** GET /blocks/latest and GET /blocks/:height. */
import type { FastifyInstance } from "fastify";
import { bytesToUint, decodeCanonical, poco, u64ToNumber } from "../../../proto/index.js";
import { hashHeader, headerFromMessage } from "../../chain/blockHeader.js";
import { fromHex, toHex } from "../../crypto/hash.js";
import { notFound } from "../apiError.js";
import type { ApiContext } from "../context.js";
import { headerToJSON, protoToJSON } from "../json.js";
import { txToJSON } from "./txRoutes.js";

const blockResponse = {
  type: "object",
  properties: {
    header: { type: "object", additionalProperties: true },
    feesPaid: { type: "string" },
    txs: { type: "array", items: { type: "object", additionalProperties: true } },
    commit: { type: "object", additionalProperties: true },
  },
} as const;

export async function blockRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  async function blockJSON(height: number) {
    const bytes = await ctx.chain.db.getBlock(height);
    if (!bytes) throw notFound(`block ${height}`);
    const block = decodeCanonical(poco.Block, bytes, 64 * 1024 * 1024);
    const header = headerFromMessage(block.header!);
    const commitBytes = await ctx.chain.db.getCommit(height);
    const commit = commitBytes ? decodeCanonical(poco.Commit, commitBytes) : undefined;
    const txs = block.txs.map((t) => txToJSON(t));
    let feesPaid = 0n;
    for (const t of txs) {
      const receipt = await ctx.chain.db.getReceipt(fromHex(t.hash, 32));
      if (receipt) feesPaid += bytesToUint(decodeCanonical(poco.Receipt, receipt).fee, "fee");
    }
    return {
      header: headerToJSON(header, hashHeader(header)),
      /** nRLC paid in fees by the block's txs (base fees to the pool + tips to the proposer). */
      feesPaid: feesPaid.toString(),
      txs,
      commit: commit
        ? {
            height: u64ToNumber(commit.height as never, "height"),
            round: commit.round,
            blockHash: toHex(commit.blockHash),
            precommits: commit.precommits.map((p) => protoToJSON(p)),
          }
        : {},
    };
  }

  app.get(
    "/blocks/latest",
    { schema: { summary: "The last committed block", response: { 200: blockResponse } } },
    async () => blockJSON(ctx.chain.head.height),
  );

  app.get<{ Params: { height: number } }>(
    "/blocks/:height",
    {
      schema: {
        summary: "A committed block by height",
        params: {
          type: "object",
          properties: { height: { type: "integer", minimum: 1 } },
          required: ["height"],
        },
        response: { 200: blockResponse },
      },
    },
    async (request) => blockJSON(request.params.height),
  );
}
