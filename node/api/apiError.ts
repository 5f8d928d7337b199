/**
 * The API's error answer: `{ code, message }` with a 4xx status for anything the client sent wrong.
 * Typed errors of the node keep their own code; schema validation failures are API_BAD_REQUEST.
 */
import type { FastifyError, FastifyInstance } from "fastify";

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const notFound = (what: string) => new ApiError(404, "API_NOT_FOUND", `${what} not found`);
export const badRequest = (message: string) => new ApiError(400, "API_BAD_REQUEST", message);

export const errorSchema = {
  type: "object",
  properties: { code: { type: "string" }, message: { type: "string" } },
  required: ["code", "message"],
} as const;

/** Errors whose `code` is a client-side mistake (typed errors of the node's input validation). */
const CLIENT_CODE = /^(TX_|CODEC_|ADDRESS_|HEX_|ORDER_)/;

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | Error, request, reply) => {
    const code = (err as { code?: unknown }).code;
    if (err instanceof ApiError)
      return reply.status(err.statusCode).send({ code: err.code, message: err.message });
    if ((err as FastifyError).validation) {
      return reply.status(400).send({ code: "API_BAD_REQUEST", message: err.message });
    }
    if (typeof code === "string" && /^STORAGE_|^STATE_TREE_/.test(code)) {
      // A damaged store: a clear typed answer (the details are in the node's log), not a stack.
      request.log.error({ code, message: err.message }, "storage fault");
      return reply.status(503).send({ code, message: err.message });
    }
    if (code === "VERIFIER_BUSY" || code === "VERIFIER_CLOSED") {
      // The node's signature threads are saturated (or stopping): retry later, not the client's fault.
      return reply.status(503).send({ code, message: err.message });
    }
    if (typeof code === "string" && CLIENT_CODE.test(code)) {
      return reply.status(400).send({ code, message: err.message });
    }
    const status = (err as FastifyError).statusCode;
    if (typeof status === "number" && status >= 400 && status < 500) {
      return reply.status(status).send({ code: "API_BAD_REQUEST", message: err.message });
    }
    request.log.error({ err }, "internal error");
    return reply.status(500).send({ code: "API_INTERNAL", message: "internal error" });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ code: "API_NOT_FOUND", message: `no route ${request.method} ${request.url}` });
  });
}
