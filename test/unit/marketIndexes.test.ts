/**
 * The market indexes and the listing routes over them: after a workload of deals (several per block,
 * several blocks) and contributions, every listing route pages through exactly what a brute-force
 * scan of the records gives, in order, whatever the page size; the scheduler service discovers its
 * workerpool's open deals through the index; and index writes are charged gas.
 */
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import Fastify, { type FastifyInstance } from "fastify";
import { installErrorHandler } from "../../node/api/apiError.js";
import type { ApiContext } from "../../node/api/context.js";
import { indexRoutes } from "../../node/api/routes/indexRoutes.js";
import { listRoutes } from "../../node/api/routes/listRoutes.js";
import { marketRoutes } from "../../node/api/routes/marketRoutes.js";
import { ApiClient } from "../../node/cli/apiClient.js";
import { fromHex, keccak256, toHex } from "../../node/crypto/hash.js";
import { GasMeter, MeteredOverlay } from "../../node/execution/gasMeter.js";
import { Gas } from "../../node/execution/gasSchedule.js";
import { dealIndexKeys, INDEX_VALUE, indexDeal } from "../../node/state/marketIndexes.js";
import type { VerifiedTx } from "../../node/tx/signedTx.js";
import { SchedulerService } from "../../node/workerpool/schedulerService.js";
import {
  dealId,
  orderHash,
  readDeal,
  resultHash,
  resultSeal,
  signAuthorization,
  taskId,
  ZERO_ADDRESS_HEX,
} from "../../scheduler/index.js";
import { buildOrders, type Cast, CHAIN_ID, hexOf, RLC, setupMarket, signAll, T_MS } from "./marketHarness.js";
import { assertIndexesMatchScan } from "./marketIndexCheck.js";

/** Deals of volumes 1..3, up to three per block, over several blocks; returns the deal ids. */
function makeDeals(c: Cast, perBlock: number[], firstSalt = 1): string[] {
  const ids: string[] = [];
  let salt = firstSalt;
  for (const count of perBlock) {
    const txs: VerifiedTx[] = [];
    for (let i = 0; i < count; i++) {
      const orders = signAll(
        c,
        buildOrders(c, {
          app: 1n,
          dataset: 0n,
          workerpool: RLC,
          volume: BigInt(1 + (salt % 3)),
          trust: 1n,
          withDataset: false,
          salt: salt++,
        }),
      );
      ids.push(dealId(orderHash(CHAIN_ID, "request", orders.request), 0n));
      txs.push(c.sim.tx(c.requester, { matchOrders: { ...orders, dataset: null } }));
    }
    for (const r of c.sim.block(txs)) assert.equal(r.error, undefined, r.error?.message);
  }
  return ids;
}

function contribute(c: Cast, worker: number, task: string): VerifiedTx {
  const w = c.workers[worker]!;
  const digest = toHex(keccak256(new TextEncoder().encode(task)));
  return c.sim.tx(w, {
    contribute: {
      taskId: fromHex(task, 32),
      resultHash: fromHex(resultHash(task, digest), 32),
      resultSeal: fromHex(resultSeal(hexOf(w), task, digest), 32),
      authorization: signAuthorization(hexOf(w), task, ZERO_ADDRESS_HEX, c.scheduler.privateKey),
    },
  });
}

async function serve(c: Cast): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  installErrorHandler(app);
  const ctx = { chain: { state: c.sim.state, chainId: CHAIN_ID, stateHeight: 0 } } as unknown as ApiContext;
  await app.register(async (scope) => listRoutes(scope, ctx));
  await app.register(async (scope) => indexRoutes(scope, ctx));
  await app.register(async (scope) => marketRoutes(scope, ctx));
  app.get("/blocks/latest", async () => ({ header: { timeMs: c.sim.timeMs } }));
  return app;
}

/** Follows `next` through every page of `url` with `limit`, concatenating the `field` arrays. */
async function allPages<T>(app: FastifyInstance, url: string, field: string, limit: number): Promise<T[]> {
  const out: T[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const sep = url.includes("?") ? "&" : "?";
    const res = await app.inject({
      method: "GET",
      url: `${url}${sep}limit=${limit}${after === undefined ? "" : `&after=${encodeURIComponent(after)}`}`,
    });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json() as Record<string, unknown>;
    const items = body[field] as T[];
    assert.ok(items.length <= limit, `page of ${items.length} > limit ${limit}`);
    out.push(...items);
    if (body.next === undefined) return out;
    assert.equal(items.length, limit, "a page with a next cursor is full");
    after = body.next as string;
  }
  assert.fail("too many pages");
}

describe("market indexes", () => {
  it("every listing route pages through exactly what a scan of the records gives, in order", async function () {
    this.timeout(60_000);
    const c = setupMarket(3, 10);
    const deals = makeDeals(c, [3, 1, 2, 3]);
    // workers contribute to some tasks (trust 1: each contribution reaches consensus)
    const tasks = deals.flatMap((id) =>
      Array.from({ length: readDeal(c.sim.state, id)!.botSize }, (_, i) => taskId(id, i)),
    );
    const byWorker = new Map<number, string[]>();
    const txs: VerifiedTx[] = [];
    tasks.forEach((t, i) => {
      if (i % 3 === 2) return;
      const w = i % 2;
      byWorker.set(w, [...(byWorker.get(w) ?? []), t]);
      txs.push(contribute(c, w, t));
    });
    for (const r of c.sim.block(txs)) assert.equal(r.error, undefined, r.error?.message);
    assertIndexesMatchScan(c.sim.state);

    // brute force: deals in (start time, id) order; tasks of a requester deal by deal
    const start = (id: string) => readDeal(c.sim.state, id)!.startTimeMs;
    const ordered = [...deals].sort((a, b) => start(a) - start(b) || (a < b ? -1 : 1));
    const requesterTasks = ordered.flatMap((id) =>
      Array.from({ length: readDeal(c.sim.state, id)!.botSize }, (_, i) => taskId(id, i)),
    );
    const dealOf = new Map<string, string>();
    for (const d of deals)
      for (let i = 0; i < readDeal(c.sim.state, d)!.botSize; i++) dealOf.set(taskId(d, i), d);

    const app = await serve(c);
    try {
      for (const limit of [1, 2, 3, 7, 200]) {
        const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
        assert.deepEqual(await allPages(app, `/workerpools/${c.workerpool}/deals`, "deals", limit), ordered);
        assert.deepEqual(
          await allPages(app, `/accounts/${hexOf(c.requester)}/deals`, "deals", limit),
          ordered,
        );
        assert.deepEqual(
          await allPages(app, `/accounts/${hexOf(c.scheduler)}/deals?role=scheduler`, "deals", limit),
          ordered,
        );
        assert.deepEqual(
          ids(await allPages(app, `/accounts/${hexOf(c.requester)}/tasks`, "tasks", limit)),
          requesterTasks,
        );
        for (const [w, contributed] of byWorker) {
          const listed = ids(
            await allPages(app, `/accounts/${hexOf(c.workers[w]!)}/tasks?role=worker`, "tasks", limit),
          );
          const expected = [...contributed].sort((a, b) => {
            const da = start(dealOf.get(a)!);
            const db = start(dealOf.get(b)!);
            return da - db || (a < b ? -1 : 1);
          });
          assert.deepEqual(listed, expected);
        }
        for (const id of deals) {
          const listed = await allPages<{ id: string; index: number; status: string }>(
            app,
            `/deals/${id}/tasks`,
            "tasks",
            limit,
          );
          const size = readDeal(c.sim.state, id)!.botSize;
          assert.deepEqual(
            listed.map((t) => [t.id, t.index]),
            Array.from({ length: size }, (_, i) => [taskId(id, i), i]),
          );
          for (const t of listed) {
            const contributed = [...byWorker.values()].some((ts) => ts.includes(t.id));
            assert.equal(t.status, contributed ? "revealing" : "active");
          }
        }
        assert.deepEqual(await allPages(app, "/deals", "deals", limit), [...deals].sort());
        const pools = await allPages<{ address: string }>(app, "/workerpools", "workerpools", limit);
        assert.deepEqual(
          pools.map((p) => p.address.toLowerCase()),
          [c.workerpool],
        );
        const apps = await allPages<{ address: string }>(app, "/apps", "apps", limit);
        assert.deepEqual(
          apps.map((a) => a.address.toLowerCase()),
          [c.app],
        );
      }
      // an unrelated address has nothing; bad cursors and roles are refused
      const nobody = `0x${"12".repeat(20)}`;
      assert.deepEqual((await app.inject(`/workerpools/${nobody}/deals`)).json(), { deals: [] });
      assert.deepEqual((await app.inject(`/accounts/${nobody}/tasks?role=worker`)).json(), { tasks: [] });
      for (const url of [
        `/workerpools/${c.workerpool}/deals?after=zz`,
        `/accounts/${nobody}/tasks?after=${"0".repeat(12)}:${"ab".repeat(32)}:1`,
        `/accounts/${nobody}/tasks?role=worker&after=${"0".repeat(12)}:${"ab".repeat(32)}:1`,
        `/accounts/${nobody}/deals?role=owner`,
        `/deals/${deals[0]}/tasks?after=-1`,
        "/deals?limit=201",
      ]) {
        assert.equal((await app.inject(url)).statusCode, 400, url);
      }
      assert.equal((await app.inject(`/deals/0x${"ab".repeat(32)}/tasks`)).statusCode, 404);
    } finally {
      await app.close();
    }
  });

  it("the scheduler service finds its workerpool's open deals through the index, resuming after the last", async () => {
    const c = setupMarket(1, 10);
    makeDeals(c, [2], 100);
    c.sim.block([], 11 * T_MS); // past those deals' final deadline (10·T): nothing left to schedule
    const open = makeDeals(c, [1, 2], 200);
    const app = await serve(c);
    await app.listen({ port: 0, host: "127.0.0.1" });
    try {
      const { port } = app.server.address() as AddressInfo;
      const service = new SchedulerService({
        api: new ApiClient(`http://127.0.0.1:${port}`),
        chainId: CHAIN_ID,
        key: c.scheduler,
        workerpool: c.workerpool,
      });
      assert.equal(await service.discoverDeals(), 3);
      assert.deepEqual([...service.deals.keys()].sort(), [...open].sort());
      const later = makeDeals(c, [2], 300);
      assert.equal(await service.discoverDeals(), 2, "only the deals after the last one read");
      assert.equal(await service.discoverDeals(), 0);
      assert.deepEqual([...service.deals.keys()].sort(), [...open, ...later].sort());
      assert.equal(
        service.tasks.size,
        [...open, ...later].reduce((n, id) => n + readDeal(c.sim.state, id)!.botSize, 0),
      );
    } finally {
      await app.close();
    }
  });

  it("charges the index writes as state writes (gas schedule)", () => {
    const c = setupMarket(1, 10);
    const [id] = makeDeals(c, [1]);
    const deal = readDeal(c.sim.state, id!)!;
    const meter = new GasMeter(1_000_000);
    indexDeal(new MeteredOverlay(c.sim.state, meter), id!, deal);
    const expected = dealIndexKeys(id!, deal).reduce(
      (gas, key) => gas + Gas.STATE_WRITE + Gas.STATE_WRITE_BYTE * (key.length + INDEX_VALUE.length),
      0,
    );
    assert.equal(meter.used, expected);
    assert.ok(expected >= 3 * Gas.STATE_WRITE);
    // and the deal's block wrote them (through the executor's metered overlay)
    for (const key of dealIndexKeys(id!, deal)) assert.deepEqual(c.sim.state.get(key), INDEX_VALUE);
  });
});
