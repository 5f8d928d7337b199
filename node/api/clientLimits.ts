/**
 * What one API client may cost the node: requests per second (a token bucket per client) and
 * connections held open at once (per client and in all). A client is a source IPv4 address or an IPv6
 * /64 (one host gets a whole /64, so counting its addresses one by one would give it billions of
 * budgets). Clients in the exempt ranges (by default loopback: the operator's own tools, the devnet's
 * workers) are not limited. Refusals are typed: 429 `API_RATE_LIMITED` with `Retry-After`, and a
 * connection over its limit gets 503 `API_TOO_MANY_CONNECTIONS` and is closed before its request is
 * read. Behind a reverse proxy every client has the proxy's address: the proxy limits then.
 *
 * Costs: every request costs 1 when it arrives, plus 1 per 64 KiB of the body it declares (before
 * the body is read, so 404s and malformed requests pay too); a route whose work grows with its body
 * declares `config.apiCost(request)`, and the rest is charged once the body is parsed (POST /txs/batch:
 * one per tx, each a signature recovery).
 */
import type { Socket } from "node:net";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { limitedClients } from "../net/clientAddress.js";
import { type TakeResult, TokenBucket } from "../net/tokenBucket.js";
import { ApiError } from "./apiError.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** The request's whole cost in rate-limit tokens, once its body is parsed (default 1). */
    apiCost?: (request: FastifyRequest) => number;
  }
}

export interface ClientLimitOptions {
  /** Sustained requests per second per client; 0 turns the rate limit off. */
  ratePerSecond: number;
  /** Requests a client may send at once after a pause (the bucket's size). */
  burst: number;
  /** Connections one client may hold open at once; 0 = no limit. */
  maxConnectionsPerClient: number;
  /** Connections of limited clients in all; 0 = no limit. */
  maxConnections: number;
  /** Clients the limits do not apply to (default: loopback, the operator's own tools). */
  exempt: readonly string[];
  /** Clients whose buckets are remembered at once (least recently seen forgotten first). */
  maxTrackedClients: number;
}

export const DEFAULT_CLIENT_LIMITS: ClientLimitOptions = {
  ratePerSecond: 50,
  burst: 200,
  maxConnectionsPerClient: 32,
  maxConnections: 1024,
  exempt: ["127.0.0.0/8", "::1/128"],
  maxTrackedClients: 10_000,
};

export type RefusalReason = "rate" | "connections";

/**
 * Token buckets, one per client, in a map bounded by `maxTracked` (insertion order refreshed on use:
 * least recently seen evicted first). A forgotten client starts again with a full bucket, so evicting
 * only ever makes the limit more lenient, never refuses anyone more.
 */
export class ClientBuckets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly maxTracked: number,
  ) {}

  /** TokenBucket.take on the client's bucket. */
  take(key: string, cost: number, nowMs: number, paid = 0): TakeResult {
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      bucket = new TokenBucket(this.ratePerSecond, this.burst, nowMs);
      if (this.buckets.size >= this.maxTracked) {
        const oldest = this.buckets.keys().next().value;
        if (oldest !== undefined) this.buckets.delete(oldest);
      }
    } else {
      this.buckets.delete(key); // re-inserted below: the newest end
    }
    this.buckets.set(key, bucket);
    return bucket.take(cost, nowMs, paid);
  }

  get size(): number {
    return this.buckets.size;
  }
}

/** Open connections per client and in all; a client's entry goes when its last connection closes. */
export class ConnectionCounts {
  private readonly perClient = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly maxPerClient: number,
    private readonly maxTotal: number,
  ) {}

  /** Counts a new connection, or says which limit it would pass (and counts nothing). */
  open(key: string): { ok: true } | { ok: false; message: string } {
    const mine = this.perClient.get(key) ?? 0;
    if (this.maxPerClient > 0 && mine >= this.maxPerClient) {
      return {
        ok: false,
        message: `this client already holds ${mine} connections (limit ${this.maxPerClient})`,
      };
    }
    if (this.maxTotal > 0 && this.total >= this.maxTotal) {
      return {
        ok: false,
        message: `the node holds ${this.total} client connections (limit ${this.maxTotal})`,
      };
    }
    this.perClient.set(key, mine + 1);
    this.total += 1;
    return { ok: true };
  }

  close(key: string): void {
    const mine = this.perClient.get(key);
    if (mine === undefined) return;
    if (mine <= 1) this.perClient.delete(key);
    else this.perClient.set(key, mine - 1);
    this.total -= 1;
  }

  get stats(): { clients: number; total: number } {
    return { clients: this.perClient.size, total: this.total };
  }
}

export interface ClientLimitDeps {
  /** Monotonic milliseconds (performance.now by default). */
  nowMs?: () => number;
  onRefused?: (reason: RefusalReason) => void;
}

/** Who a request is for the limits: its client's key, or undefined for an exempt client. */
export type LimitedClientOf = (request: FastifyRequest) => string | undefined;

/**
 * Installs the limits on `app`: a connection listener on its server and two request hooks. Returns
 * how it tells clients apart, for routes with limits of their own (event streams per client).
 */
export function installClientLimits(
  app: FastifyInstance,
  options: ClientLimitOptions,
  deps: ClientLimitDeps = {},
): LimitedClientOf {
  const nowMs = deps.nowMs ?? (() => performance.now());
  const clientOfAddress = limitedClients(
    options.exempt,
    (text) => new ApiError(500, "API_BAD_CONFIG", `exempt: not an address or CIDR range: "${text}"`),
  );
  const keyOf = new WeakMap<Socket, string | null>(); // once per connection, not per request
  /** The client's key, or undefined when the limits do not apply to it. */
  const limitedClient = (socket: Socket): string | undefined => {
    let key = keyOf.get(socket);
    if (key === undefined) {
      key = clientOfAddress(socket.remoteAddress) ?? null;
      keyOf.set(socket, key);
    }
    return key ?? undefined;
  };

  const connections = new ConnectionCounts(options.maxConnectionsPerClient, options.maxConnections);
  if (options.maxConnectionsPerClient > 0 || options.maxConnections > 0) {
    app.server.on("connection", (socket: Socket) => {
      const key = limitedClient(socket);
      if (key === undefined) return;
      const opened = connections.open(key);
      if (opened.ok) {
        socket.once("close", () => connections.close(key));
        return;
      }
      deps.onRefused?.("connections");
      refuseConnection(socket, opened.message);
    });
  }

  const clientOf: LimitedClientOf = (request) => limitedClient(request.socket);
  if (options.ratePerSecond <= 0) return clientOf;
  const buckets = new ClientBuckets(options.ratePerSecond, options.burst, options.maxTrackedClients);
  const charge = (request: FastifyRequest, reply: FastifyReply, cost: number, paid: number) => {
    if (cost <= 0) return;
    const key = limitedClient(request.socket);
    if (key === undefined) return;
    const taken = buckets.take(key, cost, nowMs(), paid);
    if (taken.ok) return;
    deps.onRefused?.("rate");
    const seconds = Math.max(1, Math.ceil(taken.retryAfterMs / 1000));
    reply.header("retry-after", String(seconds));
    throw new ApiError(429, "API_RATE_LIMITED", `too many requests from this client: retry in ${seconds} s`);
  };
  app.addHook("onRequest", async (request, reply) => charge(request, reply, 1 + bodyCost(request), 0));
  app.addHook("preHandler", async (request, reply) => {
    const cost = request.routeOptions.config?.apiCost;
    if (cost) charge(request, reply, Math.ceil(cost(request)) - 1, 1 + bodyCost(request));
  });
  return clientOf;
}

/** Bytes are work (read, parse, validate): a token per 64 KiB of body, before the body is read. */
const BODY_BYTES_PER_TOKEN = 64 * 1024;

function bodyCost(request: FastifyRequest): number {
  const declared = request.headers["content-length"];
  if (declared !== undefined) {
    const bytes = Number(declared);
    return Number.isSafeInteger(bytes) && bytes > 0 ? Math.floor(bytes / BODY_BYTES_PER_TOKEN) : 0;
  }
  // A chunked body declares no length: count it as large as the route accepts.
  if (request.headers["transfer-encoding"] === undefined) return 0;
  return Math.floor((request.routeOptions.bodyLimit ?? 0) / BODY_BYTES_PER_TOKEN);
}

/**
 * Answers 503 on the raw socket and closes it: the request is never parsed, but the client reads a
 * typed reason instead of a bare reset.
 */
function refuseConnection(socket: Socket, message: string): void {
  const body = JSON.stringify({ code: "API_TOO_MANY_CONNECTIONS", message });
  socket.end(
    `HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
  socket.destroySoon();
}
