/**
 * contributeAndFinalizeBatch (issue 14, items 2 and 8): one worker completes many trust-1 tasks in one
 * tx, each entry with contributeAndFinalize's checks and effects, in order, all or none.
 * - N entries give the same state root (market handlers) and the same task, deal, account, score, SLA
 *   and kitty bytes (signed txs through the block executor) as the N single contributeAndFinalize txs;
 * - a bad entry fails the whole batch naming its index, and the tx writes nothing but its fee;
 * - more than MAX_TASK_BATCH entries is refused at admission (field checks), and admission lists each
 *   entry's scheduler authorization for the verifier threads.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { fromHex, toHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { defaultBackend } from "../../node/crypto/secp256k1.js";
import { intrinsicGas } from "../../node/execution/gasSchedule.js";
import { marketSignaturePairs } from "../../node/execution/marketSignatures.js";
import { Mempool } from "../../node/mempool/mempool.js";
import { admitTx } from "../../node/mempool/txAdmission.js";
import { signTx } from "../../node/tx/signedTx.js";
import { TxError, TxErrorCode } from "../../node/tx/txErrors.js";
import type { poco } from "../../proto/index.js";
import {
  MAX_TASK_BATCH,
  readTask,
  recoverOnThread,
  signAuthorization,
  TaskStatus,
  taskId,
  ZERO_ADDRESS_HEX,
} from "../../scheduler/index.js";
import {
  type Cast,
  CHAIN_ID,
  digestOf,
  hexOf,
  openDeal,
  RLC,
  runMarketHandlers,
  setupMarket,
  taskLifeSnapshot,
} from "./marketHarness.js";

const WORKERS = 2;
const PRICES = { app: 3n * RLC, workerpool: 20n * RLC };

function entry(
  c: Cast,
  worker: KeyPair,
  task: string,
  digest: string,
  results: Uint8Array,
): poco.ContributeAndFinalize.$Properties {
  return {
    taskId: fromHex(task, 32),
    resultDigest: fromHex(digest, 32),
    results,
    authorization: signAuthorization(hexOf(worker), task, ZERO_ADDRESS_HEX, c.scheduler.privateKey),
  };
}

interface Workload {
  /** Per task of the deal: the worker completing it (or none), its result label and results size. */
  tasks: { worker: number | null; result: string; resultsBytes: number }[];
}

const workload: fc.Arbitrary<Workload> = fc.record({
  tasks: fc.array(
    fc.record({
      worker: fc.oneof(
        { arbitrary: fc.integer({ min: 0, max: WORKERS - 1 }), weight: 4 },
        { arbitrary: fc.constant(null), weight: 1 },
      ),
      result: fc.constantFrom("a", "b", "c"),
      resultsBytes: fc.integer({ min: 0, max: 40 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
});

/** Per worker, its entries in task order (what one batch per worker carries). */
function entriesByWorker(c: Cast, id: string, w: Workload): poco.ContributeAndFinalize.$Properties[][] {
  const out: poco.ContributeAndFinalize.$Properties[][] = c.workers.map(() => []);
  w.tasks.forEach((t, i) => {
    if (t.worker === null) return;
    const results = new Uint8Array(t.resultsBytes).fill(i + 1);
    out[t.worker]!.push(entry(c, c.workers[t.worker]!, taskId(id, i), digestOf(t.result), results));
  });
  return out;
}

describe("contributeAndFinalizeBatch", function () {
  this.timeout(120_000);

  it("N entries equal N single contributeAndFinalize txs: state root, tasks, balances, SLA (property)", () => {
    fc.assert(
      fc.property(workload, (w) => {
        // market handlers on the state: the whole state root
        const roots = [false, true].map((batched) => {
          const c = setupMarket(WORKERS, 10);
          const id = openDeal(c, PRICES, BigInt(w.tasks.length), 1n);
          const steps: [KeyPair, poco.Tx.$Properties][] = [];
          entriesByWorker(c, id, w).forEach((entries, k) => {
            const worker = c.workers[k]!;
            if (entries.length === 0) return;
            if (batched) steps.push([worker, { contributeAndFinalizeBatch: { entries } }]);
            else for (const e of entries) steps.push([worker, { contributeAndFinalize: e }]);
          });
          return { root: runMarketHandlers(c, steps), snapshot: taskLifeSnapshot(c, id) };
        });
        assert.equal(roots[1]!.root, roots[0]!.root);
        assert.deepEqual(roots[1]!.snapshot, roots[0]!.snapshot);
        // signed txs through the block executor (fees, gas metering, the batch ledger): same records
        const runs = [false, true].map((batched) => {
          const c = setupMarket(WORKERS, 10);
          const id = openDeal(c, PRICES, BigInt(w.tasks.length), 1n);
          const txs = entriesByWorker(c, id, w).flatMap((entries, k) => {
            const worker = c.workers[k]!;
            if (entries.length === 0) return [];
            return batched
              ? [c.sim.tx(worker, { contributeAndFinalizeBatch: { entries } })]
              : entries.map((e) => c.sim.tx(worker, { contributeAndFinalize: e }));
          });
          for (const r of c.sim.block(txs)) assert.equal(r.error, undefined, r.error?.message);
          w.tasks.forEach((t, i) => {
            const status = readTask(c.sim.state, taskId(id, i))?.status;
            if (t.worker !== null) assert.equal(status, TaskStatus.COMPLETED);
          });
          return taskLifeSnapshot(c, id);
        });
        assert.deepEqual(runs[1], runs[0]);
      }),
      { numRuns: 8, seed: 1449 },
    );
  });

  it("a bad entry fails the whole batch, naming it, and the tx writes nothing but its fee", () => {
    const c = setupMarket(WORKERS, 10);
    c.sim.baseFee = 1n;
    const id = openDeal(c, PRICES, 3n, 1n);
    const [w0, w1] = c.workers as [KeyPair, KeyPair];
    const tasks = [0, 1, 2].map((i) => taskId(id, i));
    const entries = tasks.map((t) => entry(c, w0, t, digestOf("r"), new Uint8Array(0)));
    // entry 1 authorized for another worker
    entries[1] = entry(c, w1, tasks[1]!, digestOf("r"), new Uint8Array(0));
    const values = () => new Map(c.sim.state.keysWithPrefix("").map((k) => [k, toHex(c.sim.state.get(k)!)]));
    const changedSince = (before: Map<string, string>) => {
      const after = values();
      return [...new Set([...before.keys(), ...after.keys()])]
        .filter((k) => before.get(k) !== after.get(k))
        .sort();
    };
    // what any block changes by itself (proposer rotation, the due queue's cursor)
    const idle = values();
    c.sim.block([]);
    const everyBlock = new Set(changedSince(idle));
    const before = values();
    const balance = c.sim.account(w0).balance;
    const r = c.sim.run(w0, { contributeAndFinalizeBatch: { entries } }, TxErrorCode.UNAUTHORIZED);
    assert.match(r.error!.message, /^contributeAndFinalizeBatch\.entries\[1\]: /);
    assert.ok(r.fee > 0n);
    assert.equal(c.sim.account(w0).balance, balance - r.fee);
    // besides the block's own keys: the sender's account (fee, nonce) and the fee's receiver alone
    const changed = changedSince(before).filter((k) => !everyBlock.has(k));
    const others = changed.filter((k) => k !== `acct:${hexOf(w0).replace(/^0x/, "")}`);
    assert.ok(
      others.length <= 1 && others.every((k) => k.startsWith("acct:") || /fee/i.test(k)),
      `writes besides the fee: ${changed.join(", ")}`,
    );
    for (const t of tasks) assert.notEqual(readTask(c.sim.state, t)?.status, TaskStatus.COMPLETED);
    // the same task twice: the second entry fails (already contributed), the first is undone with it
    const good = entry(c, w0, tasks[0]!, digestOf("r"), new Uint8Array(0));
    const twice = c.sim.run(
      w0,
      { contributeAndFinalizeBatch: { entries: [good, good] } },
      TxErrorCode.INVALID_STATE,
    );
    assert.match(twice.error!.message, /^contributeAndFinalizeBatch\.entries\[1\]: /);
    assert.notEqual(readTask(c.sim.state, tasks[0]!)?.status, TaskStatus.COMPLETED);
    // a trust-3 task among trust-1 ones: refused as contributeAndFinalize refuses it
    const id3 = openDeal(c, PRICES, 1n, 3n);
    const mixed = [good, entry(c, w0, taskId(id3, 0), digestOf("r"), new Uint8Array(0))];
    const r3 = c.sim.run(w0, { contributeAndFinalizeBatch: { entries: mixed } }, TxErrorCode.INVALID_STATE);
    assert.match(r3.error!.message, /^contributeAndFinalizeBatch\.entries\[1\]: .*trust 1/);
    // the good entries alone go through
    c.sim.run(w0, { contributeAndFinalizeBatch: { entries: [good, entries[2]!] } });
    assert.equal(readTask(c.sim.state, tasks[0]!)!.status, TaskStatus.COMPLETED);
    assert.equal(readTask(c.sim.state, tasks[2]!)!.status, TaskStatus.COMPLETED);
  });

  it("refuses more than MAX_TASK_BATCH entries (or none, or a malformed one) at admission", () => {
    const c = setupMarket(1, 10);
    const id = openDeal(c, PRICES, 2n, 1n);
    const [w0] = c.workers as [KeyPair];
    const one = entry(c, w0, taskId(id, 0), digestOf("r"), new Uint8Array(0));
    const deps = {
      chainId: CHAIN_ID,
      backend: defaultBackend,
      executor: c.sim.executor,
      mempool: new Mempool(c.sim.state, {}, { now: () => 0, baseFee: () => 0n }),
    };
    const nonce = c.sim.nonceOf(w0);
    const admit = (entries: poco.ContributeAndFinalize.$Properties[]) =>
      admitTx(
        deps,
        signTx({ chainId: CHAIN_ID, nonce, contributeAndFinalizeBatch: { entries } }, w0.privateKey).bytes,
        false,
      );
    const refused = (entries: poco.ContributeAndFinalize.$Properties[], message: RegExp) =>
      assert.throws(
        () => admit(entries),
        (e: unknown) => e instanceof TxError && e.code === TxErrorCode.BAD_FIELD && message.test(e.message),
      );
    refused(Array(MAX_TASK_BATCH + 1).fill(one), /contributeAndFinalizeBatch\.entries: 1\.\./);
    refused([], /contributeAndFinalizeBatch\.entries: 1\.\./);
    refused([one, { ...one, resultDigest: new Uint8Array(31) }], /entries\[1\]\.resultDigest/);
    assert.equal(deps.mempool.size, 0);
    const full = Array(MAX_TASK_BATCH).fill(one);
    admit(full);
    assert.equal(deps.mempool.size, 1);
    // admission lists each entry's scheduler authorization for the verifier threads (none past the bound)
    const two = [one, entry(c, w0, taskId(id, 1), digestOf("r"), new Uint8Array(0))];
    const pairs = marketSignaturePairs(
      { contributeAndFinalizeBatch: { entries: two } } as poco.Tx,
      hexOf(w0),
      CHAIN_ID,
    );
    assert.equal(pairs.length, 2);
    for (const p of pairs) assert.equal(toHex(recoverOnThread(p.hash, p.signature)!), hexOf(c.scheduler));
    const over = { contributeAndFinalizeBatch: { entries: Array(MAX_TASK_BATCH + 1).fill(one) } } as poco.Tx;
    assert.deepEqual(marketSignaturePairs(over, hexOf(w0), CHAIN_ID), []);
  });

  it("gas: each entry pays one contributeAndFinalize's fixed work, the batch less than the single txs", () => {
    const gas = (tx: poco.Tx.$Properties) => intrinsicGas(tx as poco.Tx, 0);
    const single = gas({ kind: "contributeAndFinalize" });
    const base = gas({ kind: "transfer" });
    for (const n of [1, 8, MAX_TASK_BATCH]) {
      const one = { taskId: new Uint8Array(32) };
      const batch = gas({
        kind: "contributeAndFinalizeBatch",
        contributeAndFinalizeBatch: { entries: Array(n).fill(one) },
      });
      assert.equal(batch - base, n * (single - base));
    }
  });
});
