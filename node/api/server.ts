/**
 * The node's HTTP API: fastify with JSON schemas on every route, which also feed the OpenAPI document
 * served at /docs/json. Bad requests get 400 `{ code, message }`, never 500.
 */
import swagger from "@fastify/swagger";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import type { Logger } from "pino";
import { installErrorHandler } from "./apiError.js";
import { DEFAULT_CLIENT_LIMITS, installClientLimits } from "./clientLimits.js";
import type { ApiContext } from "./context.js";
import { EXPLORER_HTML } from "./explorer/explorerPage.js";
import { refuseNonFiniteNumbers } from "./finiteNumbers.js";
import { accountRoutes } from "./routes/accountRoutes.js";
import { blockRoutes } from "./routes/blockRoutes.js";
import { DEFAULT_EVENT_OPTIONS, eventRoutes } from "./routes/eventRoutes.js";
import { explorerRoutes } from "./routes/explorerRoutes.js";
import { feeRoutes } from "./routes/feeRoutes.js";
import { indexRoutes } from "./routes/indexRoutes.js";
import { listRoutes } from "./routes/listRoutes.js";
import { marketRoutes } from "./routes/marketRoutes.js";
import { statusRoutes } from "./routes/statusRoutes.js";
import { txRoutes } from "./routes/txRoutes.js";
import { validatorRoutes } from "./routes/validatorRoutes.js";
import { withdrawalRoutes } from "./routes/withdrawalRoutes.js";

export async function buildApi(
  ctx: ApiContext,
  logger: Logger,
  plugins: ((app: FastifyInstance) => Promise<void>)[] = [],
): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger.child({ module: "api" }) as unknown as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 256 * 1024,
    // A request (headers and body) must arrive within 30 s: a client trickling bytes holds a
    // connection for no longer (Node's default is 5 min; idle keep-alive connections close after 72 s).
    requestTimeout: 30_000,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: "array", allErrors: false } },
  });
  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: { title: "PoCo sidechain node API", version: ctx.nodeInfo.version },
    },
  });
  installErrorHandler(app);
  const clientOf = installClientLimits(
    app,
    { ...DEFAULT_CLIENT_LIMITS, ...ctx.clientLimits },
    { onRefused: (reason) => ctx.metrics.apiRefused.inc({ reason }) },
  );
  refuseNonFiniteNumbers(app);
  app.get("/docs/json", { schema: { hide: true } }, async () => app.swagger());
  await app.register(async (scope) => statusRoutes(scope, ctx));
  await app.register(async (scope) => blockRoutes(scope, ctx));
  await app.register(async (scope) => txRoutes(scope, ctx));
  await app.register(async (scope) => feeRoutes(scope, ctx));
  await app.register(async (scope) => accountRoutes(scope, ctx));
  await app.register(async (scope) => validatorRoutes(scope, ctx));
  await app.register(async (scope) => withdrawalRoutes(scope, ctx));
  await app.register(async (scope) =>
    eventRoutes(scope, ctx, { ...DEFAULT_EVENT_OPTIONS, ...ctx.events }, clientOf),
  );
  await app.register(async (scope) => explorerRoutes(scope, ctx));
  for (const plugin of plugins) await app.register(async (scope) => plugin(scope));
  await app.register(async (scope) => listRoutes(scope, ctx));
  await app.register(async (scope) => indexRoutes(scope, ctx));
  app.get(
    "/explorer",
    { schema: { summary: "The built-in explorer page (HTML)" } },
    async (_request, reply) => reply.type("text/html; charset=utf-8").send(EXPLORER_HTML),
  );
  app.get("/", { schema: { hide: true } }, async (_request, reply) => reply.redirect("/explorer"));
  await app.register(async (scope) => marketRoutes(scope, ctx));
  return app;
}
