/**
 * A worker's result server: `GET /results/:taskId` answers the result bytes it computed (with an
 * `x-result-digest` header; requesters check them against the digest on chain), 404 `NOT_FOUND`
 * otherwise. It is public (requesters are anywhere), so it has the node API's per-client limits
 * (api/clientLimits.ts: requests per second and connections per client, loopback exempt): a client
 * fetching a large result again and again spends its own budget, not the worker's bandwidth.
 */
import Fastify, { type FastifyInstance, LogController } from "fastify";
import { type ClientLimitOptions, DEFAULT_CLIENT_LIMITS, installClientLimits } from "../api/clientLimits.js";

export interface ResultServerDeps {
  /** The result bytes of a task (lowercase 0x id), if this worker holds them. */
  result(taskId: string): Uint8Array | undefined;
  /** keccak256 of a result as 0x hex (resultDigestOf). */
  digestOf(bytes: Uint8Array): string;
  limits?: Partial<ClientLimitOptions>;
}

export async function buildResultServer(deps: ResultServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024,
    forceCloseConnections: true,
  });
  installClientLimits(app, { ...DEFAULT_CLIENT_LIMITS, ...deps.limits });
  // The digest of a result held, computed once (results are kept as the same bytes).
  const digests = new WeakMap<Uint8Array, string>();
  const notFound = { code: "NOT_FOUND", message: "no result for this task here" };
  app.setErrorHandler(
    (err: Error & { statusCode?: number; code?: string; validation?: unknown }, _req, reply) => {
      if (err.validation) return reply.status(404).send(notFound);
      const status = err.statusCode && err.statusCode < 500 ? err.statusCode : 500;
      return reply.status(status).send({ code: err.code ?? "INTERNAL", message: err.message });
    },
  );
  app.setNotFoundHandler((_req, reply) => reply.status(404).send(notFound));
  app.get<{ Params: { taskId: string } }>(
    "/results/:taskId",
    {
      schema: {
        params: {
          type: "object",
          properties: { taskId: { type: "string", pattern: "^0x[0-9a-fA-F]{64}$" } },
          required: ["taskId"],
        },
      },
    },
    async (request, reply) => {
      const bytes = deps.result(request.params.taskId.toLowerCase());
      if (!bytes) return reply.status(404).send(notFound);
      let digest = digests.get(bytes);
      if (digest === undefined) {
        digest = deps.digestOf(bytes);
        digests.set(bytes, digest);
      }
      return reply
        .header("content-type", "application/octet-stream")
        .header("x-result-digest", digest)
        .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    },
  );
  return app;
}
