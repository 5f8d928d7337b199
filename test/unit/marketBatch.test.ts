/**
 * Batch forms and the chain's own settlement, through the block executor (signed txs):
 * - random workloads (deal volume, trust, honest or lying contributions, partial reveals, two rounds)
 *   run once with single contribute/reveal txs and once with one contributeBatch and one revealBatch
 *   per worker per block give byte-identical per-task records, contributions, balances, stakes,
 *   scores, SLA records and kitty;
 * - explicit finalize/claim txs sent in the block that reaches each deadline and the chain's
 *   automatic finalization/claims at those deadlines end in the same state;
 * - a batch with one bad entry fails as a whole, naming the entry, and leaves the market untouched;
 * - the due queue settles in deadline order within its per-block limits and catches up after a halt.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { fromHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { intrinsicGas } from "../../node/execution/gasSchedule.js";
import type { VerifiedTx } from "../../node/tx/signedTx.js";
import { TxErrorCode } from "../../node/tx/txErrors.js";
import type { poco } from "../../proto/index.js";
import { type DueEntry, DueKind, scheduleDue, walkDue } from "../../scheduler/dueQueue.js";
import {
  MAX_TASK_BATCH,
  readTask,
  resultHash,
  resultSeal,
  signAuthorization,
  TaskStatus,
  taskId,
  ZERO_ADDRESS_HEX,
} from "../../scheduler/index.js";
import {
  type Cast,
  digestOf,
  hexOf,
  openDeal,
  RLC,
  setupMarket,
  T_MS,
  taskLifeSnapshot,
} from "./marketHarness.js";

const WORKERS = 4;
const PRICES = { app: 3n * RLC, workerpool: 50n * RLC };
const HONEST = digestOf("honest");
const LIE = digestOf("lie");

function contribution(c: Cast, worker: KeyPair, task: string, digest: string): poco.Contribute.$Properties {
  const w = hexOf(worker);
  return {
    taskId: fromHex(task, 32),
    resultHash: fromHex(resultHash(task, digest), 32),
    resultSeal: fromHex(resultSeal(w, task, digest), 32),
    authorization: signAuthorization(w, task, ZERO_ADDRESS_HEX, c.scheduler.privateKey),
  };
}

const revelation = (task: string, digest: string): poco.Reveal.$Properties => ({
  taskId: fromHex(task, 32),
  resultDigest: fromHex(digest, 32),
});

interface Round {
  contributions: { worker: number; task: number; honest: boolean }[];
  reveals: { worker: number; task: number }[];
}
interface Workload {
  volume: number;
  trust: bigint;
  rounds: Round[];
}

const PAIRS = WORKERS * 4;
/** Dense workloads: per round, which (worker, task) pairs contribute (honest or not) and which reveal. */
const round: fc.Arbitrary<Round> = fc
  .record({
    contribute: fc.array(fc.boolean(), { minLength: PAIRS, maxLength: PAIRS }),
    honest: fc.array(
      fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 }),
      {
        minLength: PAIRS,
        maxLength: PAIRS,
      },
    ),
    reveal: fc.array(
      fc.oneof({ arbitrary: fc.constant(true), weight: 2 }, { arbitrary: fc.constant(false), weight: 1 }),
      {
        minLength: PAIRS,
        maxLength: PAIRS,
      },
    ),
  })
  .map(({ contribute, honest, reveal }) => {
    const pair = (i: number) => ({ worker: Math.floor(i / 4), task: i % 4 });
    return {
      contributions: contribute.flatMap((on, i) => (on ? [{ ...pair(i), honest: honest[i]! }] : [])),
      reveals: reveal.flatMap((on, i) => (on ? [pair(i)] : [])),
    };
  });
const workload: fc.Arbitrary<Workload> = fc.record({
  volume: fc.integer({ min: 1, max: 4 }),
  trust: fc.constantFrom(1n, 2n, 3n, 5n),
  rounds: fc.array(round, { minLength: 1, maxLength: 2 }),
});
/** Mostly trust 5 (three winners with fresh workers): partial reveals, so reveal deadlines matter. */
const settlementWorkload: fc.Arbitrary<Workload> = fc.record({
  volume: fc.integer({ min: 1, max: 4 }),
  trust: fc.constantFrom(3n, 5n, 5n, 5n),
  rounds: fc.array(round, { minLength: 1, maxLength: 2 }),
});

/** Worker-major order (the order one batch per worker gives), each worker's entries as generated. */
function byWorker<E extends { worker: number }>(entries: E[]): E[] {
  return [...entries].sort((a, b) => a.worker - b.worker);
}

/**
 * Runs a workload; `batched` sends one contributeBatch / revealBatch per worker per block holding
 * exactly the entries that succeeded as single txs in `singlesOk` (a failed single tx has no market
 * effect; a batch is all or none). Returns the deal, and which single txs succeeded (singles run).
 */
function runWorkload(
  c: Cast,
  w: Workload,
  batched: boolean,
  singlesOk?: boolean[][],
): { id: string; ok: boolean[][] } {
  const id = openDeal(c, PRICES, BigInt(w.volume), w.trust);
  // a worker's result for a task is fixed by its first generated contribution to it (both runs alike)
  const digestOfPair = new Map<string, string>();
  for (const round of w.rounds)
    for (const e of byWorker(round.contributions)) {
      const key = `${e.worker}:${e.task % w.volume}`;
      if (!digestOfPair.has(key)) digestOfPair.set(key, e.honest ? HONEST : LIE);
    }
  const digest = (e: { worker: number; task: number }) => digestOfPair.get(`${e.worker}:${e.task}`) ?? HONEST;
  const ok: boolean[][] = [];
  let phase = 0;
  const runPhase = <E extends { worker: number }>(
    entries: E[],
    single: (e: E) => poco.Tx.$Properties,
    batch: (worker: number, es: E[]) => poco.Tx.$Properties,
  ) => {
    const ordered = byWorker(entries);
    if (!batched) {
      const receipts = c.sim.block(ordered.map((e) => c.sim.tx(c.workers[e.worker]!, single(e))));
      ok.push(receipts.map((r) => r.error === undefined));
    } else {
      const keep = ordered.filter((_, i) => singlesOk![phase]![i]);
      const txs: VerifiedTx[] = [];
      for (let worker = 0; worker < WORKERS; worker++) {
        const mine = keep.filter((e) => e.worker === worker);
        if (mine.length > 0) txs.push(c.sim.tx(c.workers[worker]!, batch(worker, mine)));
      }
      for (const r of c.sim.block(txs)) assert.equal(r.error, undefined, r.error?.message);
    }
    phase++;
  };
  for (const round of w.rounds) {
    const contributions = round.contributions.map((e) => ({ ...e, task: e.task % w.volume }));
    runPhase(
      contributions,
      (e) => ({ contribute: contribution(c, c.workers[e.worker]!, taskId(id, e.task), digest(e)) }),
      (worker, es) => ({
        contributeBatch: {
          entries: es.map((e) => contribution(c, c.workers[worker]!, taskId(id, e.task), digest(e))),
        },
      }),
    );
    const reveals = round.reveals.map((e) => ({ ...e, task: e.task % w.volume }));
    runPhase(
      reveals,
      (e) => ({ reveal: revelation(taskId(id, e.task), digest(e)) }),
      (_worker, es) => ({
        revealBatch: { entries: es.map((e) => revelation(taskId(id, e.task), digest(e))) },
      }),
    );
  }
  return { id, ok };
}

describe("market batches and the chain's own settlement", function () {
  this.timeout(120_000);

  it("batched and single contribute/reveal runs give byte-identical per-task results (property)", () => {
    fc.assert(
      fc.property(workload, (w) => {
        const singles = setupMarket(WORKERS, 10);
        const a = runWorkload(singles, w, false);
        const batches = setupMarket(WORKERS, 10);
        const b = runWorkload(batches, w, true, a.ok);
        assert.equal(a.id, b.id);
        assert.deepEqual(taskLifeSnapshot(batches, b.id), taskLifeSnapshot(singles, a.id));
        // then both settle by the chain at the reveal and final deadlines, still identical
        for (const c of [singles, batches]) {
          c.sim.block([], 2 * T_MS);
          c.sim.block([], 10 * T_MS);
        }
        assert.deepEqual(taskLifeSnapshot(batches, b.id), taskLifeSnapshot(singles, a.id));
        for (let i = 0; i < w.volume; i++) {
          const status = readTask(batches.sim.state, taskId(b.id, i))!.status;
          assert.ok(status === TaskStatus.COMPLETED || status === TaskStatus.FAILED, `task ${i} settled`);
        }
      }),
      { numRuns: 8, seed: 1414 },
    );
  });

  it("automatic finalization and claims at the deadlines equal explicit finalize/claim txs (property)", () => {
    fc.assert(
      fc.property(settlementWorkload, (w) => {
        const runs = [true, false].map((explicit) => {
          const c = setupMarket(WORKERS, 10);
          const { id } = runWorkload(c, w, false);
          const tasks = Array.from({ length: w.volume }, (_, i) => taskId(id, i));
          // the deadlines as the state gives them after the rounds (the same in both runs)
          const revealDue = new Map<number, string[]>();
          for (const t of tasks) {
            const task = readTask(c.sim.state, t)!;
            if (
              task.status === TaskStatus.REVEALING &&
              task.revealCount > 0 &&
              task.revealDeadlineMs < task.finalDeadlineMs
            )
              revealDue.set(task.revealDeadlineMs, [...(revealDue.get(task.revealDeadlineMs) ?? []), t]);
          }
          for (const at of [...revealDue.keys()].sort((x, y) => x - y)) {
            const txs = explicit
              ? revealDue.get(at)!.map((t) => c.sim.tx(c.scheduler, { finalize: { taskId: fromHex(t, 32) } }))
              : [];
            for (const r of c.sim.block(txs, at - c.sim.timeMs))
              assert.equal(r.error, undefined, r.error?.message);
          }
          const finalDeadline = readTask(c.sim.state, tasks[0]!)!.finalDeadlineMs;
          const open = tasks.filter((t) => {
            const s = readTask(c.sim.state, t)!.status;
            return s === TaskStatus.ACTIVE || s === TaskStatus.REVEALING;
          });
          const claims = explicit
            ? open.map((t) => c.sim.tx(c.requester, { claim: { taskId: fromHex(t, 32) } }))
            : [];
          for (const r of c.sim.block(claims, finalDeadline - c.sim.timeMs))
            assert.equal(r.error, undefined, r.error?.message);
          for (const t of tasks) {
            const s = readTask(c.sim.state, t)!.status;
            assert.ok(s === TaskStatus.COMPLETED || s === TaskStatus.FAILED);
          }
          return taskLifeSnapshot(c, id);
        });
        assert.deepEqual(runs[1], runs[0]);
      }),
      { numRuns: 10, seed: 2026 },
    );
  });

  it("a batch with one bad entry fails whole, names the entry, and changes no market record", () => {
    const c = setupMarket(2, 10);
    const id = openDeal(c, PRICES, 3n, 3n);
    const [w0] = c.workers as [KeyPair];
    const tasks = [0, 1, 2].map((i) => taskId(id, i));
    const before = taskLifeSnapshot(c, id);
    const entries = tasks.map((t) => contribution(c, w0, t, HONEST));
    // entry 1 signed for another worker: unauthorized for w0
    entries[1] = {
      ...entries[1]!,
      authorization: signAuthorization(
        hexOf(c.workers[1]!),
        tasks[1]!,
        ZERO_ADDRESS_HEX,
        c.scheduler.privateKey,
      ),
    };
    const r = c.sim.run(w0, { contributeBatch: { entries } }, TxErrorCode.UNAUTHORIZED);
    assert.match(r.error!.message, /^contributeBatch\.entries\[1\]: /);
    assert.deepEqual(taskLifeSnapshot(c, id), before);
    // the same task twice: the second entry fails as EXISTS, the first one is undone with it
    const twice = c.sim.run(
      w0,
      { contributeBatch: { entries: [entries[0]!, entries[0]!] } },
      TxErrorCode.EXISTS,
    );
    assert.match(twice.error!.message, /entries\[1\]/);
    assert.deepEqual(taskLifeSnapshot(c, id), before);
    // field checks: empty, too many, a malformed entry (named) — before execution
    c.sim.run(w0, { contributeBatch: { entries: [] } }, TxErrorCode.BAD_FIELD);
    c.sim.run(
      w0,
      { revealBatch: { entries: Array(MAX_TASK_BATCH + 1).fill(revelation(tasks[0]!, HONEST)) } },
      TxErrorCode.BAD_FIELD,
    );
    const bad = c.sim.run(
      w0,
      { revealBatch: { entries: [revelation(tasks[0]!, HONEST), { taskId: new Uint8Array(31) }] } },
      TxErrorCode.BAD_FIELD,
    );
    assert.match(bad.error!.message, /revealBatch\.entries\[1\]\.taskId/);
    // a good batch goes through; a reveal batch with a task not revealing fails naming it
    c.sim.run(w0, { contributeBatch: { entries: [entries[0]!, entries[2]!] } });
    const notRevealing = c.sim.run(
      w0,
      { revealBatch: { entries: [revelation(tasks[0]!, HONEST)] } },
      TxErrorCode.INVALID_STATE,
    );
    assert.match(notRevealing.error!.message, /revealBatch\.entries\[0\]/);
  });

  it("a batch's stake locks run in entry order: the entry the stake no longer covers fails the whole batch", () => {
    // each entry locks the deal's worker stake (30% of 50 RLC = 15 RLC) from the worker's 100 RLC:
    // six fit, the seventh does not (the batch keeps the worker's account in memory until its end)
    const c = setupMarket(1, 10);
    const [w0] = c.workers as [KeyPair];
    const id = openDeal(c, PRICES, 7n, 3n);
    const entries = Array.from({ length: 7 }, (_, i) => contribution(c, w0, taskId(id, i), HONEST));
    const before = taskLifeSnapshot(c, id);
    const r = c.sim.run(w0, { contributeBatch: { entries } }, TxErrorCode.INSUFFICIENT_FUNDS);
    assert.match(r.error!.message, /^contributeBatch\.entries\[6\]: /);
    assert.deepEqual(taskLifeSnapshot(c, id), before);
    // six entries go through, as six single contributions would
    const singles = setupMarket(1, 10);
    const sid = openDeal(singles, PRICES, 7n, 3n);
    for (const e of entries.slice(0, 6)) singles.sim.run(singles.workers[0]!, { contribute: e });
    c.sim.run(w0, { contributeBatch: { entries: entries.slice(0, 6) } });
    assert.equal(sid, id);
    assert.deepEqual(taskLifeSnapshot(c, id), taskLifeSnapshot(singles, sid));
    const a = c.sim.account(w0);
    assert.equal(a.stake, 100n * RLC - 6n * 15n * RLC);
    assert.equal(a.locked, 6n * 15n * RLC);
  });

  it("batch gas is its entries' fixed work plus the base, cheaper than the single txs", () => {
    const one = { taskId: new Uint8Array(32) };
    const gas = (tx: poco.Tx.$Properties) => intrinsicGas(tx as poco.Tx, 0);
    const single = gas({ kind: "contribute", contribute: one });
    for (const n of [1, 8, MAX_TASK_BATCH]) {
      const batch = gas({ kind: "contributeBatch", contributeBatch: { entries: Array(n).fill(one) } });
      assert.ok(batch <= n * single, `${n}: ${batch} vs ${n * single}`);
      assert.ok(
        batch > (n - 1) * (single - gas({ kind: "transfer" })),
        `${n}: each entry pays its signature check`,
      );
      const reveals = gas({ kind: "revealBatch", revealBatch: { entries: Array(n).fill(one) } });
      assert.ok(reveals <= n * gas({ kind: "reveal", reveal: one }));
    }
  });
});

describe("due queue (end-of-block deadlines)", () => {
  const memory = () => {
    const m = new Map<string, Uint8Array>();
    return {
      get: (k: string) => m.get(k),
      set: (k: string, v: Uint8Array) => void m.set(k, v),
      delete: (k: string) => void m.delete(k),
      size: () => m.size,
    };
  };
  const id = (n: number) => `0x${n.toString(16).padStart(64, "0")}`;

  it("settles in deadline-bucket order, only what is due, within the limits; a halt is caught up", () => {
    const state = memory();
    const t0 = 1_000_000;
    // deadlines out of order, two in the same bucket, one far ahead
    const deadlines = [t0 + 5_500, t0 + 2_100, t0 + 2_900, t0 + 9_000, t0 + 60_000];
    for (const [i, d] of deadlines.entries())
      scheduleDue(state, t0, { kind: DueKind.FINALIZE, id: id(i + 1), deadlineMs: d });
    const seen: string[] = [];
    const walk = (now: number, maxTasks = 100, maxReads = 1000) =>
      walkDue(
        state,
        now,
        { maxTasks, maxReads },
        () => 1,
        (e: DueEntry) => {
          assert.ok(e.deadlineMs <= now, "never before its deadline");
          seen.push(e.id);
          return 1;
        },
      );
    assert.equal(walk(t0 + 2_500), 1); // only the 2,100 one: 2,900 is in the same bucket but not due
    assert.deepEqual(seen, [id(2)]);
    assert.equal(walk(t0 + 9_000, 1), 1); // one task per walk: 2,900 first
    assert.equal(walk(t0 + 9_000, 1), 1);
    assert.equal(walk(t0 + 9_000, 1), 1);
    assert.deepEqual(seen, [id(2), id(3), id(1), id(4)]);
    // a long halt: the reads cap bounds each walk; the entry at +60 s is reached a few walks later
    let walks = 0;
    while (seen.length < 5) {
      walk(t0 + 3_600_000, 100, 20);
      walks++;
      assert.ok(walks < 10, "progress every walk");
    }
    assert.ok(walks > 1, "bounded reads per walk");
    assert.deepEqual(seen, [id(2), id(3), id(1), id(4), id(5)]);
    assert.equal(walk(t0 + 3_600_000), 0);
    assert.equal(state.size(), 1, "only the cursor is left");
  });

  it("through the chain: an unrevealed-but-partial task is finalized and an abandoned deal claimed with no tx", () => {
    const c = setupMarket(3, 10);
    const id = openDeal(c, PRICES, 2n, 5n);
    const t0 = taskId(id, 0);
    const d = HONEST;
    for (const w of c.workers) c.sim.run(w, { contribute: contribution(c, w, t0, d) });
    c.sim.run(c.workers[0]!, { reveal: revelation(t0, d) });
    assert.equal(readTask(c.sim.state, t0)!.status, TaskStatus.REVEALING);
    c.sim.block([], 2 * T_MS);
    assert.equal(readTask(c.sim.state, t0)!.status, TaskStatus.COMPLETED);
    c.sim.run(c.scheduler, { finalize: { taskId: fromHex(t0, 32) } }, TxErrorCode.INVALID_STATE);
    assert.equal(readTask(c.sim.state, taskId(id, 1))!.status, TaskStatus.ACTIVE);
    c.sim.block([], 10 * T_MS);
    assert.equal(readTask(c.sim.state, taskId(id, 1))!.status, TaskStatus.FAILED);
    assert.equal(c.sim.account(c.requester).locked, 0n);
    assert.equal(c.sim.account(c.scheduler).locked, 0n);
    c.sim.run(c.requester, { claim: { taskId: fromHex(taskId(id, 1), 32) } }, TxErrorCode.INVALID_STATE);
  });
});
