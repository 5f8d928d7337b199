/**
 * Task lifecycle through the block executor (base + market modules, signed transactions): orders
 * signed with ethers → deal → workers contribute and reveal → automatic finalization with exact
 * balances; a lying minority loses its stake to the honest result; vanished workers → claim after
 * the final deadline refunds exactly and feeds the kitty; RLC is conserved after every block.
 */
import assert from "node:assert/strict";
import { Wallet } from "ethers";
import { marketDomain, ordersToTypedData } from "../../node/crypto/eip712.js";
import { fromHex, keccak256, toHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { TxErrorCode } from "../../node/tx/txErrors.js";
import {
  ContributionStatus,
  dealId,
  orderHash,
  readContribution,
  readDeal,
  readKitty,
  readScore,
  readSla,
  readTask,
  resultHash,
  resultSeal,
  signAuthorization,
  TaskStatus,
  taskId,
  ZERO_ADDRESS_HEX,
} from "../../scheduler/index.js";
import {
  buildOrders,
  type Cast,
  CHAIN_ID,
  hexOf,
  INITIAL_BALANCE,
  RLC,
  setupMarket,
  signAll,
  T_MS,
  uintBytes,
} from "./marketHarness.js";

const digestOf = (s: string): string => toHex(keccak256(new TextEncoder().encode(s)));

function contributeBody(c: Cast, worker: KeyPair, task: string, digest: string) {
  const w = hexOf(worker);
  return {
    contribute: {
      taskId: fromHex(task, 32),
      resultHash: fromHex(resultHash(task, digest), 32),
      resultSeal: fromHex(resultSeal(w, task, digest), 32),
      authorization: signAuthorization(w, task, ZERO_ADDRESS_HEX, c.scheduler.privateKey),
    },
  };
}

const revealBody = (task: string, digest: string) => ({
  reveal: { taskId: fromHex(task, 32), resultDigest: fromHex(digest, 32) },
});

/** Matches one deal with signed orders (the request signed by an ethers Wallet); returns the deal id. */
async function openDeal(c: Cast, p: { volume: bigint; trust: bigint; salt?: number }): Promise<string> {
  const orders = signAll(
    c,
    buildOrders(c, { app: 5n * RLC, dataset: 2n * RLC, workerpool: 100n * RLC, withDataset: true, ...p }),
  );
  const domain = marketDomain(CHAIN_ID);
  const typed = ordersToTypedData("request", orders.request);
  const wallet = new Wallet(toHex(c.requester.privateKey));
  const ethersSig = await wallet.signTypedData(
    {
      name: domain.name,
      version: domain.version,
      chainId: domain.chainId,
      verifyingContract: domain.verifyingContract,
    },
    typed.types,
    typed.value,
  );
  const request = { ...orders.request, sign: fromHex(ethersSig, 65) };
  const before = c.sim.totalRlc();
  c.sim.run(c.admin, { matchOrders: { ...orders, request } });
  assert.equal(c.sim.totalRlc(), before);
  return dealId(orderHash(CHAIN_ID, "request", request), 0n);
}

describe("market lifecycle (block executor)", () => {
  it("three honest workers: deal → contribute → reveal → finalized, balances exact", async () => {
    const c = setupMarket(3, 10);
    const total = c.sim.totalRlc();
    const id = await openDeal(c, { volume: 1n, trust: 5n });
    const deal = readDeal(c.sim.state, id)!;
    assert.equal(deal.workerpoolOwner, hexOf(c.scheduler));
    assert.equal(c.sim.account(c.requester).locked, 107n * RLC);
    assert.equal(c.sim.account(c.scheduler).locked, 30n * RLC);
    const task = taskId(id, 0);
    const digest = digestOf("the answer");
    for (const w of c.workers) c.sim.run(w, contributeBody(c, w, task, digest));
    // trust 5, w = 2 each: totals 3, 5, 9 → consensus at the third (8·5 = 40 > 9·4 = 36)
    let t = readTask(c.sim.state, task)!;
    assert.equal(t.status, TaskStatus.REVEALING);
    assert.equal(t.winnerCount, 3);
    assert.equal(t.totalWeight, 9n);
    for (const w of c.workers) c.sim.run(w, revealBody(task, digest));
    t = readTask(c.sim.state, task)!;
    assert.equal(t.status, TaskStatus.COMPLETED);
    assert.equal(t.resultDigest, digest);
    // pool 100: workers 90 → 30 each (equal log weights); scheduler 10
    for (const w of c.workers) {
      const a = c.sim.account(w);
      assert.equal(a.balance, INITIAL_BALANCE - 100n * RLC + 30n * RLC);
      assert.equal(a.stake, 100n * RLC);
      assert.equal(a.locked, 0n);
      assert.equal(readScore(c.sim.state, hexOf(w)), 1n);
    }
    const s = c.sim.account(c.scheduler);
    assert.equal(s.balance, INITIAL_BALANCE - 1000n * RLC + 10n * RLC);
    assert.equal(s.stake, 1000n * RLC);
    assert.equal(s.locked, 0n);
    assert.equal(c.sim.account(c.requester).balance, INITIAL_BALANCE - 107n * RLC);
    assert.equal(c.sim.account(c.requester).locked, 0n);
    assert.equal(c.sim.account(c.appOwner).balance, INITIAL_BALANCE + 5n * RLC);
    assert.equal(c.sim.account(c.datasetOwner).balance, INITIAL_BALANCE + 2n * RLC);
    assert.deepEqual(readSla(c.sim.state, c.workerpool), {
      completedOnTime: 1,
      completedLate: 0,
      failed: 0,
      totalLatencyMs: 3 * 500 + 3 * 500,
    });
    assert.equal(c.sim.totalRlc(), total);
  });

  it("a lying minority: the honest result wins and the liar's stake is seized", async () => {
    const c = setupMarket(4, 10);
    const total = c.sim.totalRlc();
    const id = await openDeal(c, { volume: 1n, trust: 3n });
    const task = taskId(id, 0);
    const honest = digestOf("42");
    const lie = digestOf("41");
    const [w1, liar, w3, w4] = c.workers as [KeyPair, KeyPair, KeyPair, KeyPair];
    c.sim.run(w1, contributeBody(c, w1, task, honest));
    c.sim.run(liar, contributeBody(c, liar, task, lie));
    c.sim.run(w3, contributeBody(c, w3, task, honest));
    assert.equal(readTask(c.sim.state, task)!.status, TaskStatus.ACTIVE); // 12 > 14? no
    // a worker without the scheduler's authorization is refused
    const stranger = contributeBody(c, w4, task, honest);
    stranger.contribute.authorization = signAuthorization(hexOf(w4), task, ZERO_ADDRESS_HEX, w4.privateKey);
    c.sim.run(w4, stranger, TxErrorCode.UNAUTHORIZED);
    c.sim.run(w4, contributeBody(c, w4, task, honest)); // 24 > 22: consensus
    const t = readTask(c.sim.state, task)!;
    assert.equal(t.status, TaskStatus.REVEALING);
    assert.equal(t.winnerCount, 3);
    assert.equal(t.revealDeadlineMs, t.consensusTimeMs + 2 * T_MS);
    // the liar cannot reveal, nor can a winner reveal a different digest
    c.sim.run(liar, revealBody(task, lie), TxErrorCode.INVALID_STATE);
    c.sim.run(w1, revealBody(task, lie), TxErrorCode.BAD_FIELD);
    for (const w of [w1, w3, w4]) c.sim.run(w, revealBody(task, honest));
    const done = readTask(c.sim.state, task)!;
    assert.equal(done.status, TaskStatus.COMPLETED);
    assert.equal(done.resultDigest, honest);
    assert.equal(readContribution(c.sim.state, task, hexOf(liar))!.status, ContributionStatus.CONTRIBUTED);
    // pool = 100 + 30 seized = 130; workers 117 → 39 each; scheduler 13
    for (const w of [w1, w3, w4]) {
      assert.equal(c.sim.account(w).balance, INITIAL_BALANCE - 100n * RLC + 39n * RLC);
      assert.equal(c.sim.account(w).stake, 100n * RLC);
      assert.equal(readScore(c.sim.state, hexOf(w)), 1n);
    }
    const l = c.sim.account(liar);
    assert.equal(l.balance, INITIAL_BALANCE - 100n * RLC);
    assert.equal(l.stake, 70n * RLC);
    assert.equal(l.locked, 0n);
    assert.equal(c.sim.account(c.scheduler).balance, INITIAL_BALANCE - 1000n * RLC + 13n * RLC);
    assert.equal(c.sim.totalRlc(), total);
  });

  it("vanished workers: claim after the final deadline refunds exactly; the kitty pays the next success", async () => {
    const c = setupMarket(3, 10);
    const total = c.sim.totalRlc();
    const id = await openDeal(c, { volume: 2n, trust: 5n });
    const [w1, w2, w3] = c.workers as [KeyPair, KeyPair, KeyPair];
    const t0 = taskId(id, 0);
    const t1 = taskId(id, 1);
    c.sim.run(w1, contributeBody(c, w1, t0, digestOf("x"))); // then vanishes
    assert.equal(c.sim.account(w1).locked, 30n * RLC);
    c.sim.run(c.requester, { claim: { taskId: fromHex(t0, 32) } }, TxErrorCode.INVALID_STATE);
    // past the contribution deadline no one may contribute
    c.sim.block([], 7 * T_MS);
    c.sim.run(w2, contributeBody(c, w2, t0, digestOf("x")), TxErrorCode.INVALID_STATE);
    // claims in the block that reaches the final deadline (txs run before the chain's own claims)
    const claims = c.sim.block(
      [
        c.sim.tx(c.requester, { claim: { taskId: fromHex(t0, 32) } }),
        c.sim.tx(w3, { claim: { taskId: fromHex(t1, 32) } }), // anyone may claim
        c.sim.tx(c.requester, { claim: { taskId: fromHex(t1, 32) } }),
      ],
      3 * T_MS,
    );
    assert.deepEqual(
      claims.map((r) => r.error?.code),
      [undefined, undefined, TxErrorCode.INVALID_STATE],
    );
    assert.equal(readTask(c.sim.state, t0)!.status, TaskStatus.FAILED);
    const r = c.sim.account(c.requester);
    assert.equal(r.balance, INITIAL_BALANCE);
    assert.equal(r.locked, 0n);
    assert.equal(c.sim.account(w1).stake, 100n * RLC);
    assert.equal(c.sim.account(w1).locked, 0n);
    const s = c.sim.account(c.scheduler);
    assert.equal(s.stake, 1000n * RLC - 60n * RLC);
    assert.equal(s.locked, 0n);
    assert.equal(readKitty(c.sim.state), 60n * RLC);
    assert.equal(readSla(c.sim.state, c.workerpool).failed, 2);
    assert.equal(c.sim.totalRlc(), total);

    // next successful task: the scheduler gets 10% of the kitty (6 RLC ≥ the 1 RLC floor)
    const id2 = await openDeal(c, { volume: 1n, trust: 1n, salt: 2 });
    const task = taskId(id2, 0);
    c.sim.run(w2, contributeBody(c, w2, task, digestOf("y"))); // trust 1: consensus at once
    c.sim.run(w2, revealBody(task, digestOf("y")));
    assert.equal(readTask(c.sim.state, task)!.status, TaskStatus.COMPLETED);
    assert.equal(readKitty(c.sim.state), 54n * RLC);
    // pool 100, ratio 10: worker 90, scheduler 10 + 6 from the kitty; not replicated → score unchanged
    assert.equal(c.sim.account(w2).balance, INITIAL_BALANCE - 100n * RLC + 90n * RLC);
    assert.equal(readScore(c.sim.state, hexOf(w2)), 0n);
    assert.equal(c.sim.account(c.scheduler).balance, INITIAL_BALANCE - 1000n * RLC + 16n * RLC);
    assert.equal(c.sim.totalRlc(), total);
  });

  it("reveal deadline without reveals: the scheduler reopens, new workers reach consensus, silent ones are seized", async () => {
    const c = setupMarket(3, 0);
    const total = c.sim.totalRlc();
    const id = await openDeal(c, { volume: 1n, trust: 1n });
    const task = taskId(id, 0);
    const [w1, w2] = c.workers as [KeyPair, KeyPair];
    c.sim.run(w1, contributeBody(c, w1, task, digestOf("a")));
    c.sim.run(c.scheduler, { reopen: { taskId: fromHex(task, 32) } }, TxErrorCode.INVALID_STATE);
    c.sim.block([], 2 * T_MS);
    c.sim.run(c.scheduler, { reopen: { taskId: fromHex(task, 32) } });
    assert.equal(readTask(c.sim.state, task)!.status, TaskStatus.ACTIVE);
    c.sim.run(w2, contributeBody(c, w2, task, digestOf("a")));
    c.sim.run(w2, revealBody(task, digestOf("a")));
    assert.equal(readTask(c.sim.state, task)!.status, TaskStatus.COMPLETED);
    // pool = 100 + 30 (w1's seized stake); ratio 0 → w2 gets all 130
    assert.equal(c.sim.account(w1).stake, 70n * RLC);
    assert.equal(c.sim.account(w2).balance, INITIAL_BALANCE - 100n * RLC + 130n * RLC);
    assert.equal(c.sim.totalRlc(), total);
  });

  it("is deterministic: the same transactions give the same state root, with warm or cold caches", async () => {
    const roots: string[] = [];
    for (let run = 0; run < 2; run++) {
      const c = setupMarket(4, 10);
      const id = await openDeal(c, { volume: 2n, trust: 3n });
      const task = taskId(id, 0);
      const [w1, liar, w3, w4] = c.workers as [KeyPair, KeyPair, KeyPair, KeyPair];
      c.sim.block([
        c.sim.tx(w1, contributeBody(c, w1, task, digestOf("42"))),
        c.sim.tx(liar, contributeBody(c, liar, task, digestOf("41"))),
        c.sim.tx(w3, contributeBody(c, w3, task, digestOf("42"))),
        c.sim.tx(w4, contributeBody(c, w4, task, digestOf("42"))),
      ]);
      c.sim.block([w1, w3, w4].map((w) => c.sim.tx(w, revealBody(task, digestOf("42")))));
      const [claimed] = c.sim.block(
        [c.sim.tx(c.requester, { claim: { taskId: fromHex(taskId(id, 1), 32) } })],
        10 * T_MS,
      );
      assert.equal(claimed!.error, undefined);
      roots.push(toHex(c.sim.state.root()));
    }
    assert.equal(roots[0], roots[1]);
  });

  it("rejects malformed market transactions with BAD_FIELD and unknown tasks with NOT_FOUND", () => {
    const c = setupMarket(1, 10);
    const w = c.workers[0]!;
    const task = digestOf("no such task");
    const body = contributeBody(c, w, task, digestOf("d"));
    c.sim.run(w, { contribute: { ...body.contribute, taskId: new Uint8Array(31) } }, TxErrorCode.BAD_FIELD);
    c.sim.run(
      w,
      { contribute: { ...body.contribute, authorization: new Uint8Array(64) } },
      TxErrorCode.BAD_FIELD,
    );
    c.sim.run(w, body, TxErrorCode.NOT_FOUND);
    c.sim.run(w, { cancelOrder: { orderHash: new Uint8Array(5) } }, TxErrorCode.BAD_FIELD);
    c.sim.run(w, { publishOrder: {} }, TxErrorCode.BAD_FIELD);
    const orders = buildOrders(c, {
      app: 1n,
      dataset: 0n,
      workerpool: 1n,
      volume: 1n,
      trust: 0n,
      withDataset: false,
    });
    c.sim.run(
      w,
      { matchOrders: { ...orders, app: { ...orders.app, appprice: Uint8Array.of(0, 1) } } },
      TxErrorCode.BAD_FIELD,
    );
    c.sim.run(
      w,
      { finalize: { taskId: fromHex(task, 32), results: new Uint8Array(5000) } },
      TxErrorCode.BAD_FIELD,
    );
  });

  it("the scheduler finalizes after the reveal deadline with a partial reveal", async () => {
    const c = setupMarket(3, 10);
    const id = await openDeal(c, { volume: 1n, trust: 5n });
    const task = taskId(id, 0);
    const d = digestOf("r");
    for (const w of c.workers) c.sim.run(w, contributeBody(c, w, task, d));
    c.sim.run(c.workers[0]!, revealBody(task, d));
    c.sim.run(c.scheduler, { finalize: { taskId: fromHex(task, 32) } }, TxErrorCode.INVALID_STATE);
    c.sim.run(c.workers[1]!, { finalize: { taskId: fromHex(task, 32) } }, TxErrorCode.UNAUTHORIZED);
    // in the block that reaches the reveal deadline (before the chain would finalize it at its end)
    const [finalized] = c.sim.block(
      [c.sim.tx(c.scheduler, { finalize: { taskId: fromHex(task, 32), results: uintBytes(0xabcdn) } })],
      2 * T_MS,
    );
    assert.equal(finalized!.error, undefined, finalized!.error?.message);
    const t = readTask(c.sim.state, task)!;
    assert.equal(t.status, TaskStatus.COMPLETED);
    assert.equal(toHex(t.results), "0xabcd");
    // two silent winners seized: pool 100 + 60 = 160, workers 144 all to the one prover, scheduler 16
    assert.equal(c.sim.account(c.workers[0]!).balance, INITIAL_BALANCE - 100n * RLC + 144n * RLC);
    assert.equal(c.sim.account(c.workers[1]!).stake, 70n * RLC);
    assert.equal(c.sim.account(c.scheduler).balance, INITIAL_BALANCE - 1000n * RLC + 16n * RLC);
  });
});
