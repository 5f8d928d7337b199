/**
 * Issue 14, items 7 and 8 (market side): TEE deals refused at match time on a chain without TEE
 * (explicit and automatic matching, nothing locked), the published EIP-712 domain, iExec's other entry
 * points — contributeAndFinalize (trust 1, one tx), claimArray (many claims, all or none) — each equal
 * to its single forms by state root, and viewScore over HTTP.
 */
import assert from "node:assert/strict";
import { TypedDataEncoder } from "ethers";
import Fastify from "fastify";
import type { ApiContext } from "../../node/api/context.js";
import { marketRoutes } from "../../node/api/routes/marketRoutes.js";
import { DEFAULT_VERIFYING_CONTRACT, domainSeparator, marketDomain } from "../../node/crypto/eip712.js";
import { fromHex, toHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { intrinsicGas } from "../../node/execution/gasSchedule.js";
import { StateOverlay } from "../../node/state/stateOverlay.js";
import { TxErrorCode } from "../../node/tx/txErrors.js";
import type { poco } from "../../proto/index.js";
import {
  dealId,
  domainOf,
  MAX_CLAIM_ARRAY,
  orderHash,
  queueLength,
  readDeal,
  readTask,
  resultHash,
  resultSeal,
  signAuthorization,
  TaskStatus,
  taskId,
  writeScore,
  ZERO_ADDRESS_HEX,
} from "../../scheduler/index.js";
import {
  buildOrders,
  type Cast,
  CHAIN_ID,
  digestOf,
  hexOf,
  INITIAL_BALANCE,
  openDeal,
  RLC,
  runMarketHandlers,
  setupMarket,
  signAll,
  T_MS,
} from "./marketHarness.js";

const TEE_TAG = (() => {
  const tag = new Uint8Array(32);
  tag[31] = 1;
  return tag;
})();
const PRICES = { app: 5n * RLC, dataset: 0n, workerpool: 100n * RLC, withDataset: false } as const;

function cafBody(c: Cast, worker: KeyPair, task: string, digest: string, results = new Uint8Array(0)) {
  return {
    contributeAndFinalize: {
      taskId: fromHex(task, 32),
      resultDigest: fromHex(digest, 32),
      results,
      authorization: signAuthorization(hexOf(worker), task, ZERO_ADDRESS_HEX, c.scheduler.privateKey),
    },
  };
}

describe("market: TEE refusal, domain, contributeAndFinalize, claimArray, viewScore", () => {
  it("an explicit match of TEE-tagged orders (as iExec SDK v9 signs them) is refused and locks nothing", () => {
    const c = setupMarket(1, 10);
    const total = c.sim.totalRlc();
    const base = buildOrders(c, { ...PRICES, volume: 2n, trust: 1n });
    const tee = signAll(c, {
      ...base,
      app: { ...base.app, tag: TEE_TAG },
      workerpool: { ...base.workerpool, tag: TEE_TAG },
      request: { ...base.request, tag: TEE_TAG },
    });
    c.sim.run(
      c.admin,
      { matchOrders: { app: tee.app, workerpool: tee.workerpool, request: tee.request } },
      TxErrorCode.TEE_UNSUPPORTED,
    );
    assert.equal(readDeal(c.sim.state, dealId(orderHash(CHAIN_ID, "request", tee.request), 0n)), undefined);
    assert.equal(c.sim.account(c.requester).locked, 0n);
    assert.equal(c.sim.account(c.requester).balance, INITIAL_BALANCE);
    assert.equal(c.sim.account(c.scheduler).locked, 0n);
    assert.equal(c.sim.account(c.scheduler).stake, 1000n * RLC);
    assert.equal(c.sim.totalRlc(), total);
    // the same orders without the tag match
    openDeal(c, PRICES, 2n, 1n);
    assert.equal(c.sim.account(c.requester).locked, 2n * 105n * RLC);
  });

  it("automatic matching never makes a TEE deal: the request leaves the queue, nothing is locked", () => {
    const c = setupMarket(1, 10);
    const base = buildOrders(c, { ...PRICES, volume: 2n, trust: 1n });
    c.sim.run(c.appOwner, { publishOrder: { app: { ...base.app, tag: TEE_TAG } } });
    c.sim.run(c.scheduler, { publishOrder: { workerpool: { ...base.workerpool, tag: TEE_TAG } } });
    const request = { ...base.request, workerpool: new Uint8Array(0), tag: TEE_TAG };
    c.sim.run(c.requester, { publishOrder: { request } });
    c.sim.block([]);
    assert.equal(readDeal(c.sim.state, dealId(orderHash(CHAIN_ID, "request", request), 0n)), undefined);
    assert.equal(queueLength(c.sim.state), 0);
    assert.equal(c.sim.account(c.requester).locked, 0n);
    assert.equal(c.sim.account(c.scheduler).locked, 0n);
    // a plain request is not served by the TEE app order either (its deal would require TEE)
    const plain = { ...request, tag: new Uint8Array(0), salt: new Uint8Array(32).fill(9) };
    c.sim.run(c.requester, { publishOrder: { request: plain } });
    assert.equal(readDeal(c.sim.state, dealId(orderHash(CHAIN_ID, "request", plain), 0n)), undefined);
    assert.equal(c.sim.account(c.requester).locked, 0n);
  });

  it("GET /domain is the domain orders are hashed with; GET /workers/:address/score is viewScore", async () => {
    const c = setupMarket(1, 10);
    const worker = hexOf(c.workers[0]!);
    const overlay = new StateOverlay(c.sim.state);
    writeScore(overlay, worker, 7n);
    c.sim.state.apply(overlay.entries());
    const app = Fastify();
    const ctx = { chain: { chainId: CHAIN_ID, state: c.sim.state } } as unknown as ApiContext;
    await marketRoutes(app, ctx);
    try {
      const domain = (await app.inject({ method: "GET", url: "/domain" })).json();
      assert.equal(domain.name, "iExecODB");
      assert.equal(domain.version, "5.0.0");
      assert.equal(domain.chainId, CHAIN_ID);
      assert.equal(domain.verifyingContract.toLowerCase(), DEFAULT_VERIFYING_CONTRACT);
      const { separator, ...fields } = domain;
      assert.equal(separator, toHex(domainSeparator(domainOf(CHAIN_ID))));
      assert.equal(separator, toHex(domainSeparator(marketDomain(CHAIN_ID))));
      // what an EIP-712 wallet computes from the published fields
      assert.equal(TypedDataEncoder.hashDomain(fields), separator);

      const score = await app.inject({ method: "GET", url: `/workers/${worker}/score` });
      assert.equal(score.statusCode, 200);
      assert.equal(score.json().score, "7");
      const none = await app.inject({ method: "GET", url: `/workers/0x${"12".repeat(20)}/score` });
      assert.equal(none.json().score, "0");
      const bad = await app.inject({ method: "GET", url: "/workers/0x12/score" });
      assert.equal(bad.statusCode, 400);
    } finally {
      await app.close();
    }
  });

  it("contributeAndFinalize completes a trust-1 task in one tx, with iExec's checks", () => {
    const c = setupMarket(2, 10);
    const total = c.sim.totalRlc();
    const [w1, w2] = c.workers as [KeyPair, KeyPair];
    const id = openDeal(c, PRICES, 2n, 1n);
    const task = taskId(id, 0);
    const results = new TextEncoder().encode("ipfs://result");
    // authorized for another worker: refused
    const stolen = cafBody(c, w1, task, digestOf("r"), results);
    c.sim.run(w2, stolen, TxErrorCode.UNAUTHORIZED);
    c.sim.run(w1, cafBody(c, w1, task, digestOf("r"), results));
    const t = readTask(c.sim.state, task)!;
    assert.equal(t.status, TaskStatus.COMPLETED);
    assert.equal(t.resultDigest, digestOf("r"));
    assert.equal(toHex(t.results), toHex(results));
    assert.equal(c.sim.account(w1).locked, 0n);
    assert.equal(c.sim.account(w1).balance, INITIAL_BALANCE - 100n * RLC + 90n * RLC);
    assert.equal(c.sim.totalRlc(), total);
    // a task that already has a contribution
    c.sim.run(w1, cafBody(c, w1, task, digestOf("r")), TxErrorCode.INVALID_STATE);
    const other = taskId(id, 1);
    const w = hexOf(w2);
    c.sim.run(w2, {
      contribute: {
        taskId: fromHex(other, 32),
        resultHash: fromHex(resultHash(other, digestOf("s")), 32),
        resultSeal: fromHex(resultSeal(w, other, digestOf("s")), 32),
        authorization: signAuthorization(w, other, ZERO_ADDRESS_HEX, c.scheduler.privateKey),
      },
    });
    c.sim.run(w1, cafBody(c, w1, other, digestOf("s")), TxErrorCode.INVALID_STATE);
    // trust 3: refused
    const id3 = (() => {
      const orders = signAll(c, buildOrders(c, { ...PRICES, volume: 1n, trust: 3n, salt: 3 }));
      c.sim.run(c.admin, {
        matchOrders: { app: orders.app, workerpool: orders.workerpool, request: orders.request },
      });
      return dealId(orderHash(CHAIN_ID, "request", orders.request), 0n);
    })();
    c.sim.run(w1, cafBody(c, w1, taskId(id3, 0), digestOf("r")), TxErrorCode.INVALID_STATE);
    // malformed: rejected before execution
    c.sim.run(w1, { contributeAndFinalize: { taskId: new Uint8Array(3) } }, TxErrorCode.BAD_FIELD);
  });

  it("contributeAndFinalize equals contribute + reveal (state root), and costs about their gas", () => {
    const roots: string[] = [];
    for (const single of [false, true]) {
      const c = setupMarket(1, 10);
      const w = c.workers[0]!;
      const task = taskId(openDeal(c, PRICES, 1n, 1n), 0);
      const digest = digestOf("same");
      const worker = hexOf(w);
      const steps: [KeyPair, poco.Tx.$Properties][] = single
        ? [
            [
              w,
              {
                contribute: {
                  taskId: fromHex(task, 32),
                  resultHash: fromHex(resultHash(task, digest), 32),
                  resultSeal: fromHex(resultSeal(worker, task, digest), 32),
                  authorization: signAuthorization(worker, task, ZERO_ADDRESS_HEX, c.scheduler.privateKey),
                },
              },
            ],
            [w, { reveal: { taskId: fromHex(task, 32), resultDigest: fromHex(digest, 32) } }],
          ]
        : [[w, cafBody(c, w, task, digest)]];
      roots.push(runMarketHandlers(c, steps));
      assert.equal(readTask(c.sim.state, task)!.status, TaskStatus.COMPLETED);
    }
    assert.equal(roots[0], roots[1]);
    const gas = (body: poco.Tx.$Properties) => intrinsicGas(body as poco.Tx, 0);
    const caf = gas({ kind: "contributeAndFinalize" } as poco.Tx.$Properties);
    const parts =
      gas({ kind: "contribute" } as poco.Tx.$Properties) +
      gas({ kind: "reveal" } as poco.Tx.$Properties) +
      gas({ kind: "finalize" } as poco.Tx.$Properties);
    assert.ok(caf > gas({ kind: "contribute" } as poco.Tx.$Properties) && caf < parts, `${caf} vs ${parts}`);
  });

  it("claimArray equals the same claims one by one (state root), and is all or none", () => {
    const roots: string[] = [];
    for (const batched of [false, true]) {
      const c = setupMarket(1, 10);
      const id = openDeal(c, PRICES, 3n, 1n);
      const tasks = [0, 1, 2].map((i) => fromHex(taskId(id, i), 32));
      // past the final deadline without running a block (a block's end would claim them itself)
      c.sim.timeMs += 10 * T_MS;
      const steps: [KeyPair, poco.Tx.$Properties][] = batched
        ? [[c.requester, { claimArray: { taskIds: tasks } }]]
        : tasks.map((t) => [c.requester, { claim: { taskId: t } }]);
      roots.push(runMarketHandlers(c, steps));
      for (let i = 0; i < 3; i++)
        assert.equal(readTask(c.sim.state, taskId(id, i))!.status, TaskStatus.FAILED);
    }
    assert.equal(roots[0], roots[1]);

    // through the executor: one already-settled id fails the whole tx
    const c = setupMarket(1, 10);
    const total = c.sim.totalRlc();
    const id = openDeal(c, PRICES, 3n, 1n);
    const [t0, t1, t2] = [0, 1, 2].map((i) => fromHex(taskId(id, i), 32)) as [
      Uint8Array,
      Uint8Array,
      Uint8Array,
    ];
    c.sim.run(c.requester, { claimArray: { taskIds: [t0, t1] } }, TxErrorCode.INVALID_STATE); // too early
    // in the block that reaches the final deadline (its txs run before the chain's own claims at its end)
    const receipts = c.sim.block(
      [
        c.sim.tx(c.requester, { claim: { taskId: t1 } }),
        c.sim.tx(c.requester, { claimArray: { taskIds: [t0, t1, t2] } }),
        c.sim.tx(c.requester, { claimArray: { taskIds: [t0, t0] } }), // duplicate
        c.sim.tx(c.workers[0]!, { claimArray: { taskIds: [t0, t2] } }), // anyone may claim
      ],
      10 * T_MS,
    );
    assert.deepEqual(
      receipts.map((r) => r.error?.code),
      [undefined, TxErrorCode.INVALID_STATE, TxErrorCode.INVALID_STATE, undefined],
    );
    assert.equal(readTask(c.sim.state, toHex(t0))!.status, TaskStatus.FAILED);
    assert.equal(c.sim.account(c.requester).balance, INITIAL_BALANCE);
    assert.equal(c.sim.account(c.requester).locked, 0n);
    assert.equal(c.sim.totalRlc(), total);
    // bounded, and every id checked before execution
    c.sim.run(c.requester, { claimArray: { taskIds: [] } }, TxErrorCode.BAD_FIELD);
    const tooMany = Array.from({ length: MAX_CLAIM_ARRAY + 1 }, () => t0);
    c.sim.run(c.requester, { claimArray: { taskIds: tooMany } }, TxErrorCode.BAD_FIELD);
    c.sim.run(c.requester, { claimArray: { taskIds: [t0, new Uint8Array(31)] } }, TxErrorCode.BAD_FIELD);
    // gas grows per claimed task
    const g = (n: number) =>
      intrinsicGas({ kind: "claimArray", claimArray: { taskIds: tooMany.slice(0, n) } } as poco.Tx, 0);
    assert.equal(g(4) - g(2), 2 * (g(2) - g(1)));
  });
});
