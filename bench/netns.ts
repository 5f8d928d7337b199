/**
 * Finality and throughput over an emulated WAN: the 4 validator processes of the netns e2e (each in its
 * own network namespace, test/helpers/netns/), a paced load of transfers in batches to every node in
 * turn, finality observed on node 0's blocks; then a 2|2 partition (the routers' trunk link down) and
 * healing. Run twice: links with 50 ms ± 10 ms and 1 % loss per packet, and the same topology with no
 * delay or loss (the baseline). Needs root (network namespaces, a TUN device).
 */
import { rmSync } from "node:fs";
import { tempDir } from "../test/helpers/fixtures.js";
import {
  type NetnsScenarioResult,
  NetnsValidatorNet,
  runNetnsScenario,
} from "../test/helpers/netns/netnsNet.js";
import { type LinkEmulation, netnsProblems } from "../test/helpers/netns/topology.js";
import type { BenchResult } from "./types.js";

const BLOCK_TIME_MS = 300;
const LOAD = { loadMs: 30_000, batch: 20, batchEveryMs: 250, partitionMs: 4_000 }; // 80 tx/s offered

async function scenario(emulation: LinkEmulation): Promise<NetnsScenarioResult> {
  const dir = tempDir("poco-bench-netns-");
  const net = new NetnsValidatorNet(dir, BLOCK_TIME_MS, emulation);
  try {
    await net.start();
    return await runNetnsScenario(net, LOAD);
  } finally {
    await net.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function rows(label: string, r: NetnsScenarioResult): BenchResult[] {
  const note = `${r.committed}/${r.submitted} transfers finalized, ${BLOCK_TIME_MS} ms blocks`;
  return [
    { name: `finality p50 (${label})`, value: r.finalityP50Ms, unit: "ms", note },
    { name: `finality p99 (${label})`, value: r.finalityP99Ms, unit: "ms" },
    {
      name: `transfers offered (${label})`,
      value: Math.round((r.submitted * 1000) / r.loadMs),
      unit: "tx/s",
      note: `batches of ${LOAD.batch} every ${LOAD.batchEveryMs} ms, one node after the other, for ${LOAD.loadMs / 1000} s`,
    },
    { name: `transfers finalized (${label})`, value: r.txPerSecond, unit: "tx/s" },
    {
      name: `heal → 3 blocks on every node (${label})`,
      value: r.recoveryMs ?? -1,
      unit: "ms",
      note: `no block during the two-against-two split: ${r.heightAtSplit === r.heightAfterSplit}; forks: ${r.forks.length} in ${r.heightsCompared} heights`,
    },
  ];
}

export async function run(): Promise<BenchResult[]> {
  const problems = netnsProblems();
  if (problems.length > 0) throw new Error(`bench netns cannot run here: ${problems.join("; ")}`);
  const results: BenchResult[] = [];
  for (const [label, emulation] of [
    ["50 ms ± 10 ms, 1 % loss", { delayMs: 50, jitterMs: 10, loss: 0.01 }],
    ["no delay, no loss", { delayMs: 0, jitterMs: 0, loss: 0 }],
  ] as const) {
    try {
      results.push(...rows(label, await scenario(emulation)));
    } catch (err) {
      // One scenario failing (e.g. a machine too loaded to start the network) keeps the other's rows.
      results.push({ name: `scenario failed (${label})`, value: -1, unit: "", note: (err as Error).message });
    }
  }
  return results;
}
