/**
 * The worker's entry batcher over a real chain (MarketSim: block executor, signed txs): concurrent
 * contributions go out as one contributeBatch tx; a lone entry in its single form; a batch that fails
 * on chain (one bad entry) is retried entry by entry, so the good entries still land.
 */
import assert from "node:assert/strict";
import { fromHex, keccak256, toHex } from "../../node/crypto/hash.js";
import { EntryBatcher } from "../../node/worker/entryBatcher.js";
import type { TxBody, TxReceipt } from "../../node/worker/txSender.js";
import type { poco } from "../../proto/index.js";
import {
  dealId,
  orderHash,
  readContribution,
  resultHash,
  resultSeal,
  signAuthorization,
  taskId,
  ZERO_ADDRESS_HEX,
} from "../../scheduler/index.js";
import { buildOrders, CHAIN_ID, hexOf, RLC, setupMarket, signAll } from "./marketHarness.js";

describe("worker entry batcher (contributions across tasks in one tx)", () => {
  it("coalesces concurrent entries, sends a lone one in its single form, retries a failed batch entry by entry", async () => {
    const c = setupMarket(1, 10);
    const orders = signAll(
      c,
      buildOrders(c, {
        app: RLC,
        dataset: 0n,
        workerpool: 10n * RLC,
        volume: 6n,
        trust: 5n,
        withDataset: false,
      }),
    );
    c.sim.run(c.admin, {
      matchOrders: { app: orders.app, workerpool: orders.workerpool, request: orders.request },
    });
    const deal = dealId(orderHash(CHAIN_ID, "request", orders.request), 0n);
    const worker = c.workers[0]!;
    const w = hexOf(worker);
    const digest = toHex(keccak256(new TextEncoder().encode("r")));
    const entry = (i: number): poco.Contribute.$Properties => {
      const t = taskId(deal, i);
      return {
        taskId: fromHex(t, 32),
        resultHash: fromHex(resultHash(t, digest), 32),
        resultSeal: fromHex(resultSeal(w, t, digest), 32),
        authorization: signAuthorization(w, t, ZERO_ADDRESS_HEX, c.scheduler.privateKey),
      };
    };
    const kinds: string[] = [];
    // one tx per block, as the chain would commit it
    const send = async (body: TxBody): Promise<TxReceipt> => {
      kinds.push(Object.keys(body)[0]!);
      const [r] = c.sim.block([c.sim.tx(worker, body)]);
      return { height: c.sim.height, status: r!.error ? "failed" : "success", error: r!.error };
    };
    const batcher = new EntryBatcher<poco.Contribute.$Properties>({
      send,
      single: (contribute) => ({ contribute }),
      batch: (entries) => ({ contributeBatch: { entries } }),
      windowMs: 5,
    });
    const first = await Promise.all([0, 1, 2].map((i) => batcher.submit(entry(i))));
    assert.deepEqual(kinds, ["contributeBatch"]);
    assert.ok(first.every((r) => r.status === "success"));
    for (const i of [0, 1, 2]) assert.ok(readContribution(c.sim.state, taskId(deal, i), w));

    assert.equal((await batcher.submit(entry(3))).status, "success");
    assert.deepEqual(kinds.slice(1), ["contribute"]);

    // entry 1 again (already contributed): the batch fails on chain; 4 and 5 land alone, 1 fails alone
    kinds.length = 0;
    const mixed = await Promise.all([4, 1, 5].map((i) => batcher.submit(entry(i))));
    assert.deepEqual(kinds, ["contributeBatch", "contribute", "contribute", "contribute"]);
    assert.deepEqual(
      mixed.map((r) => r.status),
      ["success", "failed", "success"],
    );
    assert.equal(mixed[1]!.error?.code, "TX_EXISTS");
    for (const i of [4, 5]) assert.ok(readContribution(c.sim.state, taskId(deal, i), w));
    assert.deepEqual(batcher.sent, { batches: 2, singles: 4 });
  });
});
