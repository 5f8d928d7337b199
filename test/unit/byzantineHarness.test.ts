/**
 * The byzantine harness over thousands of seeds: 3 honest validators and 1 follower (real consensus,
 * chain, state machine) and 1 byzantine validator attacking throughout, over a seeded adversarial network (drops,
 * duplicates, delays, a partition that heals) in virtual time. Invariants checked on every seed:
 * - safety: no two honest nodes (validators or follower) finalize different blocks at a height;
 * - liveness: the chain finalizes after the network heals;
 * - accountability: every equivocation an honest validator saw becomes evidence and is slashed exactly
 *   once on every honest node (and nothing else is slashed);
 * - fair power: no honest validator loses power; only the byzantine peer is penalized;
 * - bounded memory: no collection of the consensus service, engine or mempool grows with the attack.
 *
 * BYZANTINE_SEEDS (default 2000) sets how many seeds run, from BYZANTINE_FIRST_SEED (default 1);
 * `npm run test:byzantine` runs more. A failing seed prints the command that replays it alone (a seed
 * is deterministic: same seed, same run).
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { runSeed, runSeeds } from "../helpers/byzantineSeed.js";
import { tempDir } from "../helpers/fixtures.js";

const seeds = Number(process.env.BYZANTINE_SEEDS ?? 2000);
const firstSeed = Number(process.env.BYZANTINE_FIRST_SEED ?? 1);
/** Seeds per mocha test (one line of output each, not one per seed). */
const BATCH = 250;
/** Worker threads running seeds (default: one per core, at most 2); 0 runs them in this thread. */
const WORKERS = Number(
  process.env.BYZANTINE_WORKERS ?? (seeds >= 20 ? Math.min(2, availableParallelism()) : 0),
);

/** A worker thread does not inherit tsx's loader: it registers it, then loads the TypeScript worker. */
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => {
  tsx.register();
  return import(${JSON.stringify(new URL("../helpers/byzantineSeedWorker.ts", import.meta.url).href)});
});`;

describe(`byzantine harness: ${seeds} seeds (3 honest validators + 1 follower + 1 byzantine, adversarial delivery, virtual time)`, function () {
  // Generous: a seed takes tens of milliseconds of CPU; a shared machine may be much slower.
  this.timeout(120_000 + BATCH * 2_000);
  let dir: string;

  const workers: Worker[] = [];

  before(() => {
    // The signers fsync their double-sign records: on tmpfs when the machine has one.
    dir = existsSync("/dev/shm") ? mkdtempSync(join("/dev/shm", "poco-byz-")) : tempDir("poco-byz-");
    for (let i = 0; i < WORKERS; i++) {
      workers.push(new Worker(WORKER_BOOT, { eval: true, workerData: { dir } }));
    }
  });

  after(async () => {
    await Promise.all(workers.map((w) => w.terminate()));
    rmSync(dir, { recursive: true, force: true });
  });

  /** Seeds from..to, split into one contiguous share per worker. */
  async function run(from: number, to: number): Promise<string[]> {
    if (workers.length === 0) return runSeeds(from, to, dir);
    const share = Math.ceil((to - from + 1) / workers.length);
    const parts = workers.map((w, i) => {
      const a = from + i * share;
      const b = Math.min(to, a + share - 1);
      if (a > b) return Promise.resolve<string[]>([]);
      return new Promise<string[]>((resolve, reject) => {
        const done = (failures: string[]) => {
          w.off("error", reject);
          resolve(failures);
        };
        w.once("message", done);
        w.once("error", reject);
        w.postMessage({ from: a, to: b });
      });
    });
    return (await Promise.all(parts)).flat();
  }

  it("the harness notices equivocations that are seen but never slashed (evidence lost on purpose)", async () => {
    const problems = await runSeed(firstSeed, dir, { loseEvidence: true }, 3_000);
    assert.ok(
      problems.some((p) => p.includes("equivocations seen") && p.includes("slashed 0 times")),
      `expected an accountability failure, got: ${problems.join("; ")}`,
    );
  });

  for (let from = firstSeed; from < firstSeed + seeds; from += BATCH) {
    const to = Math.min(from + BATCH, firstSeed + seeds) - 1;
    it(`seeds ${from}–${to}: no fork, finality after healing, each equivocation slashed once, honest power kept`, async () => {
      const failures = await run(from, to);
      assert.deepEqual(failures, [], `failing seeds:\n${failures.join("\n")}`);
    });
  }
});
