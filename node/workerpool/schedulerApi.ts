/**
 * The workerpool scheduler's HTTP API on fastify, like the node's: schemas on every route (inputs
 * validated before any work, OpenAPI at /docs/json), typed JSON errors, /health and /metrics.
 *
 * Per-client limits as on the node's API (api/clientLimits.ts). Routes: POST /heartbeats (a worker's signed heartbeat), GET /assignments/:worker, GET
 * /results/:taskId (where a requester fetches a task's result), GET /workers, GET /health, GET
 * /metrics (Prometheus text).
 */
import swagger from "@fastify/swagger";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import type { Logger } from "pino";
import { Gauge, Registry } from "prom-client";
import { type ClientLimitOptions, DEFAULT_CLIENT_LIMITS, installClientLimits } from "../api/clientLimits.js";
import { fromHex } from "../crypto/hash.js";

/** What the API needs from the scheduler service. */
export interface SchedulerApiDeps {
  version: string;
  onHeartbeat(bytes: Uint8Array): Promise<{ admitted: boolean; worker: string }>;
  assignmentsOf(worker: string): unknown[];
  /** A task's status, digest and result URLs; undefined for a task this service does not schedule. */
  resultsOf(
    taskId: string,
  ): Promise<{ status: string; resultDigest: string | null; urls: string[] } | undefined>;
  workersView(): { workers: unknown[]; stats: Record<string, number> };
  health(): SchedulerHealth;
  /** Figures exported at each scrape of /metrics. */
  gauges(): SchedulerGauges;
  /** Requests and connections per client (defaults: the node API's DEFAULT_CLIENT_LIMITS). */
  clientLimits?: Partial<ClientLimitOptions>;
}

export interface SchedulerHealth {
  ok: boolean;
  /** Milliseconds since the last scheduling pass that reached the node (null: none yet). */
  lastPassAgeMs: number | null;
  reasons: { code: "NO_PASS_YET" | "PASS_STALE" | "PASS_FAILING"; message: string }[];
}

export interface SchedulerGauges {
  workersKnown: number;
  workersAlive: number;
  workersAdmitted: number;
  deals: number;
  tasksByStatus: Record<string, number>;
  stats: Record<string, number>;
  lastPassAgeSeconds: number;
}

const HEX = "^0x[0-9a-fA-F]+$";
const error = {
  type: "object",
  properties: { code: { type: "string" }, message: { type: "string" } },
  required: ["code", "message"],
} as const;

export async function buildSchedulerApi(deps: SchedulerApiDeps, logger?: Logger): Promise<FastifyInstance> {
  const app = Fastify({
    ...(logger
      ? { loggerInstance: logger.child({ module: "scheduler-api" }) as unknown as FastifyBaseLogger }
      : {}),
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 64 * 1024,
  });
  await app.register(swagger, {
    openapi: { openapi: "3.0.3", info: { title: "PoCo workerpool scheduler API", version: deps.version } },
  });
  app.setErrorHandler(
    (err: Error & { statusCode?: number; validation?: unknown; code?: string }, _req, reply) => {
      if (err.validation) return reply.status(400).send({ code: "BAD_REQUEST", message: err.message });
      const status = err.statusCode && err.statusCode < 500 ? err.statusCode : 500;
      return reply
        .status(status)
        .send({ code: status === 500 ? "INTERNAL" : (err.code ?? "BAD_REQUEST"), message: err.message });
    },
  );
  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send({ code: "NOT_FOUND", message: `${req.method} ${req.url.split("?")[0]}` }),
  );
  // The node's per-client limits (requests per second, connections), loopback exempt: workers and
  // requesters are other hosts.
  installClientLimits(app, { ...DEFAULT_CLIENT_LIMITS, ...deps.clientLimits });
  app.get("/docs/json", { schema: { hide: true } }, async () => app.swagger());

  app.post<{ Body: { heartbeat: string } }>(
    "/heartbeats",
    {
      schema: {
        summary: "A worker's signed heartbeat (proto SignedHeartbeat, hex): admits or refreshes the worker",
        body: {
          type: "object",
          properties: { heartbeat: { type: "string", pattern: HEX, maxLength: 16 * 1024 } },
          required: ["heartbeat"],
        },
        response: {
          200: { type: "object", properties: { admitted: { type: "boolean" }, worker: { type: "string" } } },
          400: error,
        },
      },
    },
    async (request, reply) => {
      try {
        return await deps.onHeartbeat(fromHex(request.body.heartbeat));
      } catch (err) {
        return reply.status(400).send({ code: "BAD_HEARTBEAT", message: (err as Error).message });
      }
    },
  );

  app.get<{ Params: { worker: string } }>(
    "/assignments/:worker",
    {
      schema: {
        summary: "Tasks assigned to a worker, with their signed authorizations",
        params: {
          type: "object",
          properties: { worker: { type: "string", pattern: "^0x[0-9a-fA-F]{40}$" } },
          required: ["worker"],
        },
      },
    },
    async (request) => ({ assignments: deps.assignmentsOf(request.params.worker) }),
  );

  app.get<{ Params: { taskId: string } }>(
    "/results/:taskId",
    {
      schema: {
        summary: "A task's status, on-chain result digest, and the URLs of its provers' result copies",
        params: {
          type: "object",
          properties: { taskId: { type: "string", pattern: "^0x[0-9a-fA-F]{64}$" } },
          required: ["taskId"],
        },
        response: {
          200: {
            type: "object",
            properties: {
              status: { type: "string" },
              resultDigest: { type: "string", nullable: true },
              urls: { type: "array", items: { type: "string" } },
            },
          },
          404: error,
        },
      },
    },
    async (request, reply) => {
      const results = await deps.resultsOf(request.params.taskId.toLowerCase());
      if (!results) return reply.status(404).send({ code: "NOT_FOUND", message: "unknown task" });
      return results;
    },
  );

  app.get("/workers", { schema: { summary: "Workers known to this scheduler and its counters" } }, async () =>
    deps.workersView(),
  );

  app.get(
    "/health",
    {
      schema: {
        summary: "200 when scheduling passes reach the node regularly, 503 with the reasons otherwise",
      },
    },
    async (_request, reply) => {
      const health = deps.health();
      return reply.status(health.ok ? 200 : 503).send(health);
    },
  );

  const registry = schedulerMetrics(deps);
  app.get("/metrics", { schema: { summary: "Prometheus metrics" } }, async (_request, reply) =>
    reply.type(registry.contentType).send(await registry.metrics()),
  );
  return app;
}

/** A registry whose gauges read the service's figures at each scrape. */
function schedulerMetrics(deps: SchedulerApiDeps): Registry {
  const registry = new Registry();
  let snapshot: SchedulerGauges | undefined;
  // One snapshot per scrape: the first gauge collected takes it, the others reuse it.
  const read = (first: boolean) => {
    if (first || !snapshot) snapshot = deps.gauges();
    return snapshot;
  };
  new Gauge({
    name: "poco_scheduler_workers",
    help: "Workers known to the scheduler, by state (known, alive, admitted)",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const g = read(true);
      this.set({ state: "known" }, g.workersKnown);
      this.set({ state: "alive" }, g.workersAlive);
      this.set({ state: "admitted" }, g.workersAdmitted);
    },
  });
  new Gauge({
    name: "poco_scheduler_deals",
    help: "Deals of the workerpool being scheduled",
    registers: [registry],
    collect() {
      this.set(read(false).deals);
    },
  });
  new Gauge({
    name: "poco_scheduler_tasks",
    help: "Tasks being scheduled, by status",
    labelNames: ["status"],
    registers: [registry],
    collect() {
      this.reset();
      for (const [status, n] of Object.entries(read(false).tasksByStatus)) this.set({ status }, n);
    },
  });
  new Gauge({
    name: "poco_scheduler_events",
    help: "Scheduler events since start, by kind (assigned, reassigned, timedOut, finalized, reopened, completed, failed)",
    labelNames: ["kind"],
    registers: [registry],
    collect() {
      for (const [kind, n] of Object.entries(read(false).stats)) this.set({ kind }, n);
    },
  });
  new Gauge({
    name: "poco_scheduler_last_pass_age_seconds",
    help: "Seconds since the last scheduling pass that reached the node",
    registers: [registry],
    collect() {
      this.set(read(false).lastPassAgeSeconds);
    },
  });
  return registry;
}
