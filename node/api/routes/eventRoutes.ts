/**
 * GET /events: server-sent events, one `block` event per committed block (height, hash, tx count,
 * time), so a page follows the head without polling. Bounded: at most `maxClients` streams at once
 * (503 EVENTS_FULL beyond) and `maxPerClient` for one client (an IPv4 address or IPv6 /64; exempt
 * clients of api/clientLimits.ts aside: 429 EVENTS_CLIENT_FULL beyond), so that two hosts cannot take
 * every stream; a heartbeat comment every `heartbeatMs` (proxies and browsers drop idle
 * streams; it also finds dead peers), and a client that does not read its stream (more than
 * MAX_BUFFERED bytes waiting) is dropped rather than buffered without limit.
 */
import type { FastifyInstance } from "fastify";
import { toHex } from "../../crypto/hash.js";
import { ApiError, errorSchema } from "../apiError.js";
import type { LimitedClientOf } from "../clientLimits.js";
import type { ApiContext } from "../context.js";

export interface EventOptions {
  maxClients: number;
  /** Streams one (non-exempt) client may hold at once. */
  maxPerClient: number;
  heartbeatMs: number;
}

export const DEFAULT_EVENT_OPTIONS: EventOptions = { maxClients: 64, maxPerClient: 4, heartbeatMs: 15_000 };

/** Bytes waiting in a stream's socket buffer beyond which its client is considered stuck. */
const MAX_BUFFERED = 256 * 1024;

export async function eventRoutes(
  app: FastifyInstance,
  ctx: ApiContext,
  options: EventOptions,
  clientOf: LimitedClientOf = () => undefined,
): Promise<void> {
  let clients = 0;
  /** Streams per limited client (an entry only while it holds one: at most maxClients entries). */
  const perClient = new Map<string, number>();
  /** Open streams, ended when the server closes (a hijacked stream would otherwise hold close() open). */
  const open = new Set<() => void>();
  app.addHook("preClose", async () => {
    for (const end of [...open]) end();
  });
  app.get(
    "/events",
    {
      schema: {
        summary:
          "Server-sent events: `block` {height, hash, txs, timeMs} per committed block (the first: the current head); heartbeats as comments",
        response: { 429: errorSchema, 503: errorSchema },
      },
    },
    (request, reply) => {
      if (clients >= options.maxClients)
        throw new ApiError(503, "EVENTS_FULL", `too many event streams (at most ${options.maxClients})`);
      const client = clientOf(request);
      const mine = client === undefined ? 0 : (perClient.get(client) ?? 0);
      if (client !== undefined && mine >= options.maxPerClient) {
        throw new ApiError(
          429,
          "EVENTS_CLIENT_FULL",
          `this client already holds ${mine} event streams (at most ${options.maxPerClient})`,
        );
      }
      clients++;
      if (client !== undefined) perClient.set(client, mine + 1);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream",
        "cache-control": "no-cache",
        connection: "keep-alive",
      });
      let closed = false;
      const send = (chunk: string) => {
        if (closed) return;
        if (res.writableLength > MAX_BUFFERED) {
          res.destroy(); // a client that does not read: drop it (close runs the cleanup)
          return;
        }
        res.write(chunk);
      };
      const block = (data: { height: number; hash: string; txs: number | null; timeMs: number }) =>
        send(`event: block\ndata: ${JSON.stringify(data)}\n\n`);
      const head = ctx.chain.head;
      block({ height: head.height, hash: toHex(head.hash), txs: null, timeMs: head.header.timeMs });
      const unsubscribe = ctx.chain.onBlock((b) =>
        block({
          height: b.head.height,
          hash: toHex(b.head.hash),
          txs: b.txs.length,
          timeMs: b.head.header.timeMs,
        }),
      );
      const heartbeat = setInterval(() => send(": heartbeat\n\n"), options.heartbeatMs);
      const end = () => res.end();
      open.add(end);
      const cleanup = () => {
        if (closed) return;
        closed = true;
        clients--;
        if (client !== undefined) {
          const left = (perClient.get(client) ?? 1) - 1;
          if (left <= 0) perClient.delete(client);
          else perClient.set(client, left);
        }
        open.delete(end);
        unsubscribe();
        clearInterval(heartbeat);
      };
      request.raw.on("close", cleanup);
      res.on("close", cleanup);
      res.on("error", cleanup);
    },
  );
}
