/**
 * Ajv (fastify's validator, with type coercion) turns a query or path string such as "1e400" or
 * "Infinity" into Infinity and then skips its integer, minimum and maximum checks on it (they are
 * guarded by `isFinite`, and a coerced value is not type-checked again), so a parameter declared
 * `{ type: "integer", maximum: n }` reaches its handler as Infinity (found by test/e2e/apiFuzz: a
 * `BigInt(Infinity)` answered 500). This hook runs after validation, on every route registered after
 * it, and refuses any number left non-finite in the parameters or query string.
 */
import type { FastifyInstance } from "fastify";
import { badRequest } from "./apiError.js";

export function refuseNonFiniteNumbers(app: FastifyInstance): void {
  app.addHook("preHandler", async (request) => {
    checkFinite(request.params, "params");
    checkFinite(request.query, "querystring");
  });
}

function checkFinite(values: unknown, where: string): void {
  if (typeof values !== "object" || values === null) return;
  for (const [name, value] of Object.entries(values)) {
    // Coercion to arrays (`coerceTypes: "array"`) can leave a number inside a one-element array.
    const items: unknown[] = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (typeof item === "number" && !Number.isFinite(item)) {
        throw badRequest(`${where}/${name} must be a finite integer`);
      }
    }
  }
}
