/**
 * Conservation of RLC across every market transition: random sequences of matches, contributions
 * (honest or lying), reveals, reopens, finalizations, claims and waits run through the block
 * executor; after every block the total (balances + stakes + locked + kitty) is unchanged and the
 * locked total equals what the open tasks hold (payments, scheduler stakes, worker stakes), and the
 * market indexes hold exactly the entries a scan of the deal and contribution records gives.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { fromHex, keccak256, toHex } from "../../node/crypto/hash.js";
import { decodeAccount } from "../../node/state/accounts.js";
import type { VerifiedTx } from "../../node/tx/signedTx.js";
import {
  dealId,
  orderHash,
  readContribution,
  readDeal,
  readTask,
  resultHash,
  resultSeal,
  signAuthorization,
  TaskStatus,
  taskId,
  taskPrice,
  ZERO_ADDRESS_HEX,
} from "../../scheduler/index.js";
import {
  buildOrders,
  type Cast,
  CHAIN_ID,
  hexOf,
  RLC,
  setupMarket,
  signAll,
  T_MS,
  uintBytes,
} from "./marketHarness.js";
import { assertIndexesMatchScan } from "./marketIndexCheck.js";

type Action =
  | { kind: "match"; volume: bigint; trust: bigint; price: bigint; withDataset: boolean }
  | { kind: "auto"; volume: bigint; trust: bigint; maxPrice: bigint }
  | { kind: "contribute"; worker: number; task: number; honest: boolean }
  | { kind: "reveal"; worker: number; task: number; honest: boolean }
  | { kind: "finalize" | "claim" | "reopen"; task: number }
  | { kind: "transfer"; worker: number; amount: bigint }
  | { kind: "wait"; ms: number };

const WORKERS = 4;
const idx = fc.oneof(
  { arbitrary: fc.nat({ max: 1 }), weight: 3 },
  { arbitrary: fc.nat({ max: 7 }), weight: 1 },
);
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant("match" as const),
      volume: fc.bigInt({ min: 1n, max: 3n }),
      trust: fc.oneof(
        { arbitrary: fc.bigInt({ min: 0n, max: 2n }), weight: 3 },
        { arbitrary: fc.bigInt({ min: 3n, max: 6n }), weight: 1 },
      ),
      price: fc.bigInt({ min: 0n, max: 50n }),
      withDataset: fc.boolean(),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("auto" as const),
      volume: fc.bigInt({ min: 1n, max: 3n }),
      trust: fc.bigInt({ min: 0n, max: 2n }),
      maxPrice: fc.bigInt({ min: 0n, max: 40n }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("contribute" as const),
      worker: fc.nat({ max: WORKERS - 1 }),
      task: idx,
      honest: fc.boolean(),
    }),
    weight: 5,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("reveal" as const),
      worker: fc.nat({ max: WORKERS - 1 }),
      task: idx,
      honest: fc.oneof(
        { arbitrary: fc.constant(true), weight: 4 },
        { arbitrary: fc.constant(false), weight: 1 },
      ),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      kind: fc.constantFrom("finalize" as const, "claim" as const, "reopen" as const),
      task: idx,
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("transfer" as const),
      worker: fc.nat({ max: WORKERS - 1 }),
      amount: fc.bigInt({ min: 1n, max: 10n ** 12n }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("wait" as const),
      ms: fc.constantFrom(500, T_MS, 3 * T_MS, 10 * T_MS),
    }),
    weight: 2,
  },
);

const digest = (task: string, honest: boolean, worker: number): string =>
  toHex(keccak256(new TextEncoder().encode(honest ? `ok:${task}` : `lie:${task}:${worker % 2}`)));

function toTx(c: Cast, a: Action, tasks: string[], salt: { next: number }): VerifiedTx | undefined {
  const task = "task" in a ? tasks[a.task % Math.max(tasks.length, 1)] : undefined;
  switch (a.kind) {
    case "match": {
      const s = salt.next++;
      const orders = signAll(
        c,
        buildOrders(c, {
          app: a.price,
          dataset: a.price / 2n,
          workerpool: a.price * RLC,
          volume: a.volume,
          trust: a.trust,
          withDataset: a.withDataset,
          salt: s,
        }),
      );
      const id = dealId(orderHash(CHAIN_ID, "request", orders.request), 0n);
      for (let i = 0; i < Number(a.volume); i++) tasks.push(taskId(id, i));
      return c.sim.tx(c.requester, { matchOrders: a.withDataset ? orders : { ...orders, dataset: null } });
    }
    case "auto": {
      // an open request, matched at the end of the block against the book (see publishBook)
      const s = salt.next++;
      const base = buildOrders(c, {
        app: 1n,
        dataset: 0n,
        workerpool: a.maxPrice * RLC,
        volume: a.volume,
        trust: a.trust,
        withDataset: false,
        salt: s,
      });
      const request = { ...base.request, workerpool: new Uint8Array(0) };
      const id = dealId(orderHash(CHAIN_ID, "request", request), 0n);
      for (let i = 0; i < Number(a.volume); i++) {
        tasks.push(taskId(id, i));
        autoTasks.add(taskId(id, i));
      }
      return c.sim.tx(c.requester, { publishOrder: { request } });
    }
    case "contribute": {
      if (!task) return undefined;
      const w = c.workers[a.worker]!;
      const d = digest(task, a.honest, a.worker);
      return c.sim.tx(w, {
        contribute: {
          taskId: fromHex(task, 32),
          resultHash: fromHex(resultHash(task, d), 32),
          resultSeal: fromHex(resultSeal(hexOf(w), task, d), 32),
          authorization: signAuthorization(hexOf(w), task, ZERO_ADDRESS_HEX, c.scheduler.privateKey),
        },
      });
    }
    case "reveal": {
      if (!task) return undefined;
      // mostly one of the task's contributors (so reveals often land), else any worker
      const contributors = readTask(c.sim.state, task)?.contributors ?? [];
      const chosen =
        contributors.length > 0 && a.honest
          ? contributors[a.worker % contributors.length]!
          : hexOf(c.workers[a.worker]!);
      const w = c.workers.findIndex((k) => hexOf(k) === chosen);
      const commitment = readContribution(c.sim.state, task, chosen);
      const honest = commitment ? commitment.resultHash === resultHash(task, digest(task, true, w)) : true;
      return c.sim.tx(c.workers[w]!, {
        reveal: { taskId: fromHex(task, 32), resultDigest: fromHex(digest(task, honest, w), 32) },
      });
    }
    case "finalize":
    case "reopen":
      if (!task) return undefined;
      return c.sim.tx(c.scheduler, { [a.kind]: { taskId: fromHex(task, 32) } });
    case "claim":
      if (!task) return undefined;
      return c.sim.tx(c.requester, { claim: { taskId: fromHex(task, 32) } });
    case "transfer":
      return c.sim.tx(c.workers[a.worker]!, {
        transfer: { to: c.requester.address, amount: uintBytes(a.amount) },
      });
    case "wait":
      return undefined;
  }
}

/** Tasks expected from automatic matching (across runs). */
const autoTasks = new Set<string>();

/** Presigned app and workerpool orders (volume 1000, workerpool price 20 RLC, trust 2) for automatic matching. */
function publishBook(c: Cast): void {
  const book = buildOrders(c, {
    app: 1n,
    dataset: 0n,
    workerpool: 20n * RLC,
    volume: 1000n,
    trust: 2n,
    withDataset: false,
    salt: 200,
  });
  c.sim.run(c.appOwner, { publishOrder: { app: book.app } });
  c.sim.run(c.scheduler, { publishOrder: { workerpool: book.workerpool } });
}

/** Σ locked over accounts == what open tasks hold. */
function checkLocked(c: Cast, tasks: string[]): void {
  let locked = 0n;
  for (const k of c.sim.state.keysWithPrefix("acct:")) locked += decodeAccount(c.sim.state.get(k)!).locked;
  let expected = 0n;
  for (const id of new Set(tasks)) {
    const t = readTask(c.sim.state, id);
    if (!t || (t.status !== TaskStatus.ACTIVE && t.status !== TaskStatus.REVEALING)) continue;
    const deal = readDeal(c.sim.state, t.dealId)!;
    expected += taskPrice(deal) + deal.schedulerStake;
    for (const w of t.contributors) expected += readContribution(c.sim.state, id, w)!.stake;
  }
  assert.equal(locked, expected);
}

describe("market conservation (property)", () => {
  it("RLC is conserved, locked amounts match open tasks and indexes match a scan after every block", function () {
    this.timeout(120_000);
    let succeeded = 0;
    const completed = new Set<string>();
    const failed = new Set<string>();
    fc.assert(
      fc.property(
        fc.array(fc.array(action, { minLength: 1, maxLength: 3 }), { minLength: 5, maxLength: 40 }),
        (blocks) => {
          const c = setupMarket(WORKERS, 20);
          publishBook(c);
          const total = c.sim.totalRlc();
          const tasks: string[] = [];
          const salt = { next: 1 };
          for (const actions of blocks) {
            const txs: VerifiedTx[] = [];
            let wait = 500;
            for (const a of actions) {
              if (a.kind === "wait") wait += a.ms;
              const tx = toTx(c, a, tasks, salt);
              if (tx) txs.push(tx);
            }
            const receipts = c.sim.block(txs, wait);
            succeeded += receipts.filter((r) => !r.error).length;
            for (const id of tasks) {
              const st = readTask(c.sim.state, id)?.status ?? 0;
              if (st === TaskStatus.COMPLETED) completed.add(id);
              if (st === TaskStatus.FAILED) failed.add(id);
            }
            assert.equal(c.sim.totalRlc(), total);
            checkLocked(c, tasks);
            assertIndexesMatchScan(c.sim.state);
          }
        },
      ),
      { numRuns: 100 },
    );
    assert.ok(succeeded > 100, `only ${succeeded} successful transactions`);
    let autoMatched = 0;
    for (const id of autoTasks) if (completed.has(id) || failed.has(id)) autoMatched++;
    assert.ok(autoMatched > 0, "no automatically matched task was settled");
    // the generator must reach both ends of the lifecycle
    assert.ok(completed.size > 0 && failed.size > 0, `completed ${completed.size}, failed ${failed.size}`);
  });
});
