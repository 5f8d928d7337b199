/**
 * CPU profile of a node's own transfer path (the reference benchmark's project side): pre-signed
 * transfers admitted as API batches, then produced and committed into a synced level store, blocks of
 * 900 (bench/chain.ts `appliedTransfersPerSecond`, no overlap). The main thread is profiled around the
 * timed runs only; prints the inclusive time of the commit's parts (a function's samples with it
 * anywhere on the stack, each sample counted once per function) and writes the .cpuprofile.
 *
 *   nice -n 15 node --import tsx bench/commitProfile.ts [out.cpuprofile]
 *
 * PROFILE_TRANSFERS (default 4,000) per run, PROFILE_RUNS (2). Run it on two trees in one window to
 * compare before/after (BENCHMARKS.md "Transfers on a node's own path").
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { appliedTransfersPerSecond } from "./chain.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
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
  "encodeTreePage",
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

async function main(): Promise<void> {
  const transfers = Number(process.env.PROFILE_TRANSFERS ?? 4_000);
  const runs = Number(process.env.PROFILE_RUNS ?? 2);
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 500 });
  await session.post("Profiler.start");
  const rates: number[] = [];
  for (let r = 0; r < runs; r++) {
    rates.push(await appliedTransfersPerSecond(transfers, 900, { overlap: false, senders: 100 }));
  }
  const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: Profile };
  session.disconnect();
  const out = process.argv[2];
  if (out) writeFileSync(out, JSON.stringify(profile));
  const ms = inclusiveMs(profile);
  console.log(`tx/s per run: ${rates.join(", ")}`);
  for (const name of ["(all samples)", ...REPORTED]) {
    console.log(`${name.padEnd(22)} ${(ms.get(name) ?? 0).toFixed(0).padStart(8)} ms`);
  }
}

await main();
