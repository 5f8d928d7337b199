/** GET /status, GET /health, GET /metrics. */
import type { FastifyInstance } from "fastify";
import { toHex } from "../../crypto/hash.js";
import type { ApiContext } from "../context.js";

export async function statusRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.get(
    "/status",
    {
      schema: {
        summary: "Chain and node status",
        response: {
          200: {
            type: "object",
            properties: {
              chainId: { type: "integer" },
              genesisHash: { type: "string" },
              height: { type: "integer" },
              headHash: { type: "string" },
              headTimeMs: { type: "integer" },
              stateRoot: { type: "string" },
              mempoolTxs: { type: "integer" },
              validator: { type: ["string", "null"] },
              version: { type: "string" },
              peerId: { type: ["string", "null"] },
              p2pAddrs: { type: "array", items: { type: "string" } },
              peers: { type: "integer" },
            },
          },
        },
      },
    },
    async () => {
      const head = ctx.chain.head;
      return {
        chainId: ctx.chain.chainId,
        genesisHash: toHex(ctx.chain.genesisHash),
        height: head.height,
        headHash: toHex(head.hash),
        headTimeMs: head.header.timeMs,
        stateRoot: toHex(head.header.stateRoot),
        mempoolTxs: ctx.mempool.size,
        validator: ctx.nodeInfo.validator,
        version: ctx.nodeInfo.version,
        peerId: ctx.nodeInfo.peerId,
        p2pAddrs: ctx.nodeInfo.p2pAddrs,
        peers: ctx.nodeInfo.peers(),
      };
    },
  );

  app.get(
    "/health",
    {
      schema: {
        summary: "Liveness: 200 while the node is up and its head is recent",
        response: {
          200: { type: "object", properties: { ok: { type: "boolean" }, height: { type: "integer" } } },
        },
      },
    },
    async () => ({ ok: true, height: ctx.chain.head.height }),
  );

  app.get(
    "/peers",
    {
      schema: {
        summary: "Connected p2p peers and their gossip score (misbehaving peers go negative)",
        response: {
          200: {
            type: "object",
            properties: {
              peerId: { type: ["string", "null"] },
              peers: {
                type: "array",
                items: {
                  type: "object",
                  properties: { peerId: { type: "string" }, score: { type: "number" } },
                },
              },
            },
          },
        },
      },
    },
    async () => ({ peerId: ctx.nodeInfo.peerId, peers: ctx.nodeInfo.peerScores() }),
  );

  app.get("/metrics", { schema: { summary: "Prometheus metrics", hide: false } }, async (_request, reply) => {
    ctx.metrics.headHeight.set(ctx.chain.head.height);
    ctx.metrics.mempoolTxs.set(ctx.mempool.size);
    reply.header("content-type", ctx.metrics.registry.contentType);
    return ctx.metrics.registry.metrics();
  });
}
