/**
 * Profiling harness for the lifecycle pairing of the reference bench (not a benchmark module): runs
 * `runLifecycle` LIFECYCLE_ROUNDS times (trust from LIFECYCLE_TRUST, default 3) and prints tasks/s.
 * LIFECYCLE_PROFILE=<dir> writes a main-thread CPU profile of the timed part of each round only
 * (admission, blocks, state roots; not the signing set-up) to <dir>, for bench/cpuProfileSummary.ts.
 * Each round also prints the main thread's CPU time over the timed part (Linux: /proc), a steadier
 * figure than wall time on a loaded machine (the verifier threads' share is not in it).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { runLifecycle } from "./market.js";

const trust = BigInt(process.env.LIFECYCLE_TRUST ?? 3);
const workers = trust === 1n ? 1 : trust === 3n ? 2 : 3;
const rounds = Number(process.env.LIFECYCLE_ROUNDS ?? 5);
const profileDir = process.env.LIFECYCLE_PROFILE;
const session = profileDir ? new Session() : undefined;
if (session && profileDir) {
  mkdirSync(profileDir, { recursive: true });
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
}
/** CPU ms (user + system) of this process's main thread so far; NaN where /proc is not there. */
function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime in clock ticks (100 Hz)
  } catch {
    return Number.NaN;
  }
}

let cpuTotal = 0;
let tasksTotal = 0;
for (let i = 0; i < rounds; i++) {
  let cpuAt = 0;
  let cpuMs = 0;
  const r = await runLifecycle({
    trust,
    workers,
    tasks: 200,
    batched: true,
    nodePath: process.env.LIFECYCLE_IN_THREAD !== "1",
    timed: {
      start: async () => {
        if (session) await session.post("Profiler.start");
        cpuAt = mainThreadCpuMs();
      },
      stop: async () => {
        cpuMs = mainThreadCpuMs() - cpuAt;
        if (session && profileDir) {
          const { profile } = await session.post("Profiler.stop");
          // named as `node --cpu-prof` names a main thread's file (…<pid>.0.<seq>.cpuprofile)
          const file = `CPU.lifecycle.t${trust}.${process.pid}.0.${String(i).padStart(3, "0")}.cpuprofile`;
          writeFileSync(join(profileDir, file), JSON.stringify(profile));
        }
      },
    },
  });
  if (i > 0) {
    // the first round warms the JIT
    cpuTotal += cpuMs;
    tasksTotal += r.tasks;
  }
  console.log(
    `trust ${trust}: ${Math.round((r.tasks / r.ms) * 1000)} tasks/s (${r.txs} txs, ${Math.round(r.ms)} ms; main thread ${cpuMs} ms CPU)`,
  );
}
if (rounds > 1)
  console.log(
    `trust ${trust}: main thread ${Math.round((tasksTotal / cpuTotal) * 1000)} tasks per CPU-second over rounds 2..${rounds}`,
  );
process.exit(0);
