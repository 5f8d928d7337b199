/** GET /status, GET /health, GET /ready, GET /peers, GET /metrics. */
import type { FastifyInstance } from "fastify";
import { toHex } from "../../crypto/hash.js";
import type { ApiContext } from "../context.js";
import { assessHealth, DEFAULT_HEALTH_OPTIONS, type HealthReport } from "../health.js";

const healthSchema = {
  type: "object",
  properties: {
    ok: { type: "boolean" },
    ready: { type: "boolean" },
    height: { type: "integer" },
    headAgeMs: { type: "integer" },
    peers: { type: "integer" },
    syncing: { type: "boolean" },
    reasons: {
      type: "array",
      items: {
        type: "object",
        properties: {
          code: { type: "string", enum: ["HEAD_STALE", "NO_PEERS", "SYNCING"] },
          message: { type: "string" },
        },
      },
    },
  },
} as const;

function healthOf(ctx: ApiContext): HealthReport {
  const h = ctx.health;
  const head = ctx.chain.head;
  return assessHealth(
    {
      nowMs: Date.now(),
      headHeight: head.height,
      headTimeMs: head.header.timeMs,
      blockTimeMs: h?.blockTimeMs ?? 500,
      p2p: h?.p2p ?? false,
      peers: ctx.nodeInfo.peers(),
      syncing: h?.syncing() ?? false,
    },
    h?.options ?? DEFAULT_HEALTH_OPTIONS,
  );
}

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
        summary:
          "Health: 200 when the node is ready (not syncing; has peers when it runs p2p) and its head is recent; 503 with the reasons otherwise",
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const report = healthOf(ctx);
      return reply.code(report.ok ? 200 : 503).send(report);
    },
  );

  app.get(
    "/ready",
    {
      schema: {
        summary:
          "Readiness: 200 when the node can serve (not syncing; has peers when it runs p2p), whatever the head's age; 503 with the reasons otherwise",
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const report = healthOf(ctx);
      return reply.code(report.ready ? 200 : 503).send(report);
    },
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
    const health = healthOf(ctx);
    ctx.metrics.headAgeSeconds.set(health.headAgeMs / 1000);
    ctx.metrics.peers.set(health.peers);
    ctx.metrics.syncing.set(health.syncing ? 1 : 0);
    ctx.metrics.healthy.set(health.ok ? 1 : 0);
    reply.header("content-type", ctx.metrics.registry.contentType);
    return ctx.metrics.registry.metrics();
  });
}
