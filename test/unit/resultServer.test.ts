/**
 * A worker's result server (fastify, real HTTP on 127.0.0.1): the bytes and their digest for a
 * result it holds, 404 NOT_FOUND for any other path or id, and the per-client limits of the node's API
 * (a client over its budget gets 429 API_RATE_LIMITED; loopback is made non-exempt here).
 */
import assert from "node:assert/strict";
import { buildResultServer } from "../../node/worker/resultServer.js";
import { resultDigestOf } from "../../node/worker/wasmExecutor.js";

describe("worker result server", () => {
  it("serves a held result with its digest, 404 otherwise, and limits each client", async () => {
    const task = `0x${"ab".repeat(32)}`;
    const output = Uint8Array.from([1, 2, 3, 4, 5]);
    let digests = 0;
    const app = await buildResultServer({
      result: (id) => (id === task ? output : undefined),
      digestOf: (bytes) => {
        digests++;
        return resultDigestOf(bytes);
      },
      limits: { ratePerSecond: 1, burst: 5, exempt: [] },
    });
    const url = await app.listen({ host: "127.0.0.1", port: 0 });
    try {
      const ok = await fetch(`${url}/results/${task.toUpperCase().replace("0X", "0x")}`);
      assert.equal(ok.status, 200);
      assert.equal(ok.headers.get("x-result-digest"), resultDigestOf(output));
      assert.deepEqual(new Uint8Array(await ok.arrayBuffer()), output);
      assert.equal((await fetch(`${url}/results/${task}`)).status, 200);
      assert.equal(digests, 1, "the digest is computed once per result");
      for (const path of [`/results/0x${"cd".repeat(32)}`, "/results/nope", "/"]) {
        const r = await fetch(`${url}${path}`);
        assert.equal(r.status, 404, path);
        assert.equal(((await r.json()) as { code: string }).code, "NOT_FOUND");
      }
      const limited = await fetch(`${url}/results/${task}`);
      assert.equal(limited.status, 429);
      assert.equal(((await limited.json()) as { code: string }).code, "API_RATE_LIMITED");
    } finally {
      await app.close();
    }
  });
});
