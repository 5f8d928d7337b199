/**
 * CPU profile of a node's own transfer path (the reference benchmark's project side): pre-signed
 * transfers admitted as API batches, then produced and committed into a synced level store, blocks of
 * 900 (bench/chain.ts `appliedTransfersPerSecond`, no overlap). The main thread is profiled around the
 * timed runs only; prints the inclusive time of the commit's parts (a function's samples with it
 * anywhere on the stack, each sample counted once per function) and writes the .cpuprofile.
 *
 *   nice -n 15 node --import tsx bench/commitProfile.ts [out.cpuprofile]
 *
 * PROFILE_TRANSFERS (default 4,000) per run, PROFILE_RUNS (2) profiled after PROFILE_WARMUP (1) runs
 * that warm the JIT; only the timed loop is profiled (setup and signing are not). Also prints each
 * thread's CPU over the timed loops from /proc (the verifier threads, V8's GC helpers, libuv). Run it on two trees in one window to
 * compare before/after (BENCHMARKS.md "Transfers on a node's own path").
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { appliedTransfersPerSecond } from "./chain.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber?: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Functions reported (inclusive), by name as V8 records it. */
const REPORTED = [
  "tick",
  "commitBlock",
  "takeJournal",
  "takeWrites",
  "treeNodeKey",
  "treeNodeKeyAt",
  "stagePages",
  "encodeFullTreePage",
  "storedTreePage",
  "expandTreePage",
  "encodeTreeNode",
  "encodeReverseDiff",
  "storedRecord",
  "readSync",
  "writeOps",
  "rootAfter",
  "apply",
  "buildBlock",
  "admitTxList",
  "(garbage collector)",
  "(idle)",
  "(program)",
];

/** Inclusive ms per function name: each sample counts once for every distinct name on its stack. */
export function inclusiveMs(profile: Profile): Map<string, number> {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const out = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const seen = new Set<string>();
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const name = byId.get(id)?.callFrame.functionName ?? "";
      if (seen.has(name)) continue;
      seen.add(name);
      out.set(name, (out.get(name) ?? 0) + ms);
    }
  }
  out.set("(all samples)", total);
  return out;
}

/** CPU time (ms) per thread of this process, from /proc (Linux): utime + stime, keyed by thread id. */
function threadCpuMs(): Map<string, { name: string; ms: number }> {
  const out = new Map<string, { name: string; ms: number }>();
  const tick = 1000 / 100; // USER_HZ
  for (const tid of readdirSync("/proc/self/task")) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(tid, { name, ms: (Number(fields[11]) + Number(fields[12])) * tick });
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

/** Bytes allocated per function ("name url:line") and per caller chain of 3, from a sampled heap profile. */
function allocatedBytes(node: HeapNode, into: Map<string, number>, stack: string[] = []): void {
  const frame = node.callFrame;
  const url = frame.url
    .replace(/^.*node_modules\//, "")
    .replace(/^file:\/\/.*?\/(node|proto|bench)\//, "$1/");
  const here = `${frame.functionName || "(anonymous)"} ${url}:${frame.lineNumber + 1}`;
  const path = [here, ...stack].slice(0, 3);
  if (node.selfSize > 0) {
    const key = path.join(" < ");
    into.set(key, (into.get(key) ?? 0) + node.selfSize);
  }
  for (const child of node.children) allocatedBytes(child, into, path);
}

/** Self time (ms) per function ("name url:line") over the busy samples of a profile. */
function selfMs(profile: Profile, into: Map<string, number>): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const url = frame.url
      .replace(/^.*node_modules\//, "")
      .replace(/^file:\/\/.*?\/(node|proto|bench)\//, "$1/");
    const key = `${frame.functionName || "(anonymous)"} ${url}:${(frame.lineNumber ?? 0) + 1}`;
    into.set(key, (into.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
}

async function main(): Promise<void> {
  const transfers = Number(process.env.PROFILE_TRANSFERS ?? 4_000);
  const runs = Number(process.env.PROFILE_RUNS ?? 2);
  // runs before these are not profiled nor counted: the JIT warms up on them
  const warmup = Number(process.env.PROFILE_WARMUP ?? 1);
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 500 });
  // PROFILE_HEAP=1 also samples allocations (every 1 KiB, incl. objects the GC already collected)
  const heap = process.env.PROFILE_HEAP === "1";
  const allocations = new Map<string, number>();
  const rates: number[] = [];
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  const threadMs = new Map<string, number>();
  let profiled = 0;
  for (let r = 0; r < warmup + runs; r++) {
    const counted = r >= warmup;
    let before = new Map<string, { name: string; ms: number }>();
    const timed = {
      start: async () => {
        if (!counted) return;
        if (heap) {
          await session.post("HeapProfiler.startSampling", {
            samplingInterval: 1024,
            includeObjectsCollectedByMajorGC: true,
            includeObjectsCollectedByMinorGC: true,
          } as never);
        }
        await session.post("Profiler.start");
        before = threadCpuMs();
      },
      stop: async () => {
        if (!counted) return;
        const after = threadCpuMs();
        const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: Profile };
        if (heap) {
          const sampled = (await session.post("HeapProfiler.stopSampling")) as unknown as {
            profile: { head: HeapNode };
          };
          allocatedBytes(sampled.profile.head, allocations);
        }
        for (const [tid, { name, ms }] of after) {
          const label = tid === String(process.pid) ? "main" : name;
          threadMs.set(label, (threadMs.get(label) ?? 0) + ms - (before.get(tid)?.ms ?? 0));
        }
        for (const [name, ms] of inclusiveMs(profile)) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
        selfMs(profile, self);
        const out = process.argv[2];
        if (out)
          writeFileSync(out.replace(/\.cpuprofile$/, `.${profiled}.cpuprofile`), JSON.stringify(profile));
        profiled++;
      },
    };
    const rate = await appliedTransfersPerSecond(transfers, 900, { overlap: false, senders: 100, timed });
    if (counted) rates.push(rate);
  }
  session.disconnect();
  const txs = transfers * runs;
  const busy = (inclusive.get("(all samples)") ?? 0) - (inclusive.get("(idle)") ?? 0);
  console.log(`tx/s per run: ${rates.join(", ")}`);
  console.log(`main thread, profiled busy samples: ${((busy * 1000) / txs).toFixed(1)} µs/tx`);
  for (const name of ["(all samples)", ...REPORTED]) {
    const ms = inclusive.get(name) ?? 0;
    console.log(
      `${name.padEnd(22)} ${ms.toFixed(0).padStart(8)} ms ${((ms * 1000) / txs).toFixed(1).padStart(7)} µs/tx ${((ms / busy) * 100).toFixed(1).padStart(6)}% of busy`,
    );
  }
  console.log("\nCPU per thread during the timed loops (/proc, 10 ms ticks):");
  for (const [name, ms] of [...threadMs].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms > 0))
    console.log(
      `  ${name.padEnd(22)} ${ms.toFixed(0).padStart(7)} ms ${((ms * 1000) / txs).toFixed(1).padStart(7)} µs/tx`,
    );
  const top = Number(process.env.PROFILE_TOP ?? 30);
  console.log(`\ntop ${top} functions, self time on the main thread:`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(
      `  ${((ms * 1000) / txs).toFixed(2).padStart(7)} µs/tx  ${((ms / busy) * 100).toFixed(1).padStart(5)}%  ${key}`,
    );
  if (heap) {
    const all = [...allocations.values()].reduce((a, b) => a + b, 0);
    console.log(
      `\nallocated (sampled): ${(all / txs).toFixed(0)} bytes/tx; top ${top} sites (with 2 callers):`,
    );
    for (const [key, bytes] of [...allocations].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(
        `  ${(bytes / txs).toFixed(0).padStart(6)} B/tx  ${((bytes / all) * 100).toFixed(1).padStart(5)}%  ${key}`,
      );
  }
}

await main();
