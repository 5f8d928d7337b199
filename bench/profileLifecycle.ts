/**
 * Profiling harness for the lifecycle pairing of the reference bench (not a benchmark module): runs
 * `runLifecycle` LIFECYCLE_ROUNDS times (trust from LIFECYCLE_TRUST, default 3) and prints tasks/s.
 * Run under `node --cpu-prof --import tsx bench/profileLifecycle.ts` to get a CPU profile.
 */
import { runLifecycle } from "./market.js";

const trust = BigInt(process.env.LIFECYCLE_TRUST ?? 3);
const workers = trust === 1n ? 1 : trust === 3n ? 2 : 3;
const rounds = Number(process.env.LIFECYCLE_ROUNDS ?? 5);
for (let i = 0; i < rounds; i++) {
  const r = await runLifecycle({
    trust,
    workers,
    tasks: 200,
    batched: true,
    nodePath: process.env.LIFECYCLE_IN_THREAD !== "1",
  });
  console.log(
    `trust ${trust}: ${Math.round((r.tasks / r.ms) * 1000)} tasks/s (${r.txs} txs, ${Math.round(r.ms)} ms)`,
  );
}
process.exit(0);
