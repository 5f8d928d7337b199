/**
 * GET /tasks/:id/proof answers: 404 TASK_UNKNOWN, 409 TASK_NOT_FINALIZED, 409 NO_ANCHORED_CHECKPOINT
 * (nothing anchored yet), 409 TASK_NOT_ANCHORED (final, queued for the next anchoring), 400 for a bad
 * id, then 200 with the proof once its checkpoint height is anchored.
 */
import assert from "node:assert/strict";
import Fastify from "fastify";
import { installErrorHandler } from "../../node/api/apiError.js";
import { taskProofRoutes } from "../../node/api/routes/taskProofRoutes.js";
import { ResultProofArchive } from "../../node/bridge/resultProofArchive.js";
import { fromHex, keccak256, toHex } from "../../node/crypto/hash.js";
import {
  dealId,
  orderHash,
  resultHash,
  resultSeal,
  signAuthorization,
  taskId,
  ZERO_ADDRESS_HEX,
} from "../../scheduler/index.js";
import { buildOrders, CHAIN_ID, hexOf, RLC, setupMarket, signAll } from "./marketHarness.js";

describe("GET /tasks/:id/proof", () => {
  it("answers typed errors until the task's checkpoint is anchored, then the proof", async () => {
    const c = setupMarket(3, 10);
    const orders = signAll(
      c,
      buildOrders(c, {
        app: 5n * RLC,
        dataset: 2n * RLC,
        workerpool: 10n * RLC,
        withDataset: true,
        volume: 1n,
        trust: 5n,
      }),
    );
    c.sim.run(c.admin, { matchOrders: orders });
    const task = taskId(dealId(orderHash(CHAIN_ID, "request", orders.request), 0n), 0);
    const archive = new ResultProofArchive();
    const app = Fastify({ logger: false });
    installErrorHandler(app);
    await app.register(async (scope) =>
      taskProofRoutes(scope, { archive, state: () => c.sim.state, timeMs: () => c.sim.timeMs }),
    );
    const get = async (id: string) => {
      const res = await app.inject({ method: "GET", url: `/tasks/${id}/proof` });
      return {
        status: res.statusCode,
        body: res.json() as { code?: string; height?: number; taskId?: string },
      };
    };

    assert.equal((await get("0x1234")).status, 400);
    assert.deepEqual(
      [(await get(`0x${"ab".repeat(32)}`)).status, (await get(`0x${"ab".repeat(32)}`)).body.code],
      [404, "TASK_UNKNOWN"],
    );
    const active = await get(task);
    assert.deepEqual([active.status, active.body.code], [409, "TASK_NOT_FINALIZED"]);

    const digest = toHex(keccak256(new TextEncoder().encode("r")));
    for (const w of c.workers) {
      c.sim.run(w, {
        contribute: {
          taskId: fromHex(task, 32),
          resultHash: fromHex(resultHash(task, digest), 32),
          resultSeal: fromHex(resultSeal(hexOf(w), task, digest), 32),
          authorization: signAuthorization(hexOf(w), task, ZERO_ADDRESS_HEX, c.scheduler.privateKey),
        },
      });
    }
    for (const w of c.workers)
      c.sim.run(w, { reveal: { taskId: fromHex(task, 32), resultDigest: fromHex(digest, 32) } });

    const none = await get(task);
    assert.deepEqual([none.status, none.body.code], [409, "NO_ANCHORED_CHECKPOINT"]);
    archive.onAnchored(3, `0x${"00".repeat(32)}`); // an older anchored checkpoint that does not cover it
    const notYet = await get(task);
    assert.deepEqual([notYet.status, notYet.body.code], [409, "TASK_NOT_ANCHORED"]);
    assert.ok(archive.isPending(task), "the request queued it");

    archive.onCheckpoint(c.sim.height, c.sim.state, c.sim.timeMs);
    archive.onAnchored(c.sim.height, toHex(c.sim.state.root()));
    const ok = await get(task.toUpperCase().replace("0X", "0x"));
    assert.equal(ok.status, 200);
    assert.equal(ok.body.taskId, task);
    assert.equal(ok.body.height, c.sim.height);
    await app.close();
  });
});
