/**
 * Spam flood at a real 4-validator network (issue 10): 100,000 transfers from 1,000 accounts sent
 * through the nodes' APIs and gossiped over libp2p (4 `poco node` processes, 500 ms blocks), with
 * 10 honest users paying base fee + tip. Figures: honest latency in blocks, block fullness, and the
 * share of blocks whose build/validation stayed within 200 ms and the block time, per node. The four
 * validators share the machine's cores, so their wall times include each other's work.
 * The same scenario with assertions: test/e2e/spamFloodNetwork.test.ts.
 */
import { percentile } from "../test/helpers/spamFlood.js";
import { runNetworkFlood } from "../test/helpers/spamFloodNetwork.js";
import type { BenchResult } from "./types.js";

export async function run(): Promise<BenchResult[]> {
  const FLOOD = Number(process.env.SPAM_FLOOD_TXS ?? 100_000);
  const r = await runNetworkFlood({ floodTxs: FLOOD, attackers: 1_000, honestUsers: 10, blockTimeMs: 500 });
  const l = r.honestLatencyBlocks;
  const fmt = (n: number) => n.toLocaleString("en-US");
  const total = r.execution.reduce((a, e) => a + e.total, 0);
  const under = r.execution.reduce((a, e) => a + e.underBlockTime, 0);
  const under200 = r.execution.reduce((a, e) => a + e.under200ms, 0);
  return [
    {
      name: "honest tx latency p50 under the flood (4 processes, libp2p)",
      value: percentile(l, 50),
      unit: "blocks",
      note: `${r.honestSent} honest txs, ${r.honestLost.length} lost; ${fmt(FLOOD)} flood txs from 1,000 accounts, ${fmt(r.floodAccepted)} admitted, ${fmt(r.txsIncluded)} txs in ${r.blocks} blocks`,
    },
    {
      name: "honest tx latency p99 under the flood (4 processes, libp2p)",
      value: percentile(l, 99),
      unit: "blocks",
      note: `max ${Math.max(...l)}`,
    },
    {
      name: "fullest block under the flood (4 processes)",
      value: Math.round(r.fullest * 100),
      unit: "% of gas limit",
      note: `blocks over the limit: ${r.overLimit.length}`,
    },
    {
      name: "blocks built/validated within the block time under the flood",
      value: Math.round((under / total) * 1000) / 10,
      unit: "%",
      note: `${under}/${total} block executions over 4 nodes ≤ 500 ms, ${under200} ≤ 200 ms; phases ${JSON.stringify(r.phasesMs)}`,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const x of await run()) console.log(`${x.name}: ${x.value} ${x.unit}${x.note ? ` (${x.note})` : ""}`);
}
