/**
 * Spam flood at scale (issue 10): 100,000 attacker transfers from 1,000 funded accounts (base fee, no
 * tip) gossiped in bursts at 4 in-process validators (in-memory transport, 200 ms block pacing)
 * while 10 honest users send a transfer each block paying the current base fee + the suggested tip.
 * Figures: honest latency (blocks and ms from submission to finalization), block fullness and block
 * execution time on node 0. All 4 validators share this process (and the machine's 2 cores), so wall
 * times are upper bounds of what one validator on its own core would see.
 * The CI-sized variant with assertions is test/e2e/spamFlood.test.ts.
 */
import { percentile, runSpamFlood } from "../test/helpers/spamFlood.js";
import type { BenchResult } from "./types.js";

export async function run(): Promise<BenchResult[]> {
  const FLOOD = Number(process.env.SPAM_FLOOD_TXS ?? 100_000);
  const r = await runSpamFlood({
    attackers: 1_000,
    floodTxs: FLOOD,
    honestUsers: 10,
    honestRounds: 40,
    firstBurst: 10_000,
    burst: 2_500,
  });
  const full = r.blocks.filter((b) => b.gasUsed > 0);
  const maxFill = Math.max(...full.map((b) => b.gasUsed / b.gasLimit));
  const sortedMs = full.map((b) => b.ms);
  const fmt = (n: number) => n.toLocaleString("en-US");
  return [
    {
      name: "honest tx latency p50 under the flood",
      value: percentile(r.honestLatencyBlocks, 50),
      unit: "blocks",
      note: `${r.honestLatencyBlocks.length} honest txs (base fee + 1 nRLC tip), ${r.honestLost} lost; ${fmt(FLOOD)} flood txs from 1,000 accounts, ${fmt(r.floodIncluded)} executed`,
    },
    {
      name: "honest tx latency p99 under the flood",
      value: percentile(r.honestLatencyBlocks, 99),
      unit: "blocks",
      note: `max ${Math.max(...r.honestLatencyBlocks)}`,
    },
    {
      name: "honest tx latency p50 under the flood (wall)",
      value: Math.round(percentile(r.honestLatencyMs, 50)),
      unit: "ms",
      note: "submission → commit on node 0, 4 validators in one process",
    },
    {
      name: "honest tx latency p99 under the flood (wall)",
      value: Math.round(percentile(r.honestLatencyMs, 99)),
      unit: "ms",
    },
    {
      name: "fullest block under the flood",
      value: Math.round(maxFill * 100),
      unit: "% of gas limit",
      note: `${full.length} non-empty blocks, none over the limit: ${full.every((b) => b.gasUsed <= b.gasLimit)}`,
    },
    {
      name: "block execution time under the flood p50 (node 0, wall)",
      value: Math.round(percentile(sortedMs, 50)),
      unit: "ms",
      note: "execute + state root + commit; block time 500 ms",
    },
    {
      name: "block execution time under the flood max (node 0, wall)",
      value: Math.round(Math.max(...sortedMs)),
      unit: "ms",
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const x of await run()) console.log(`${x.name}: ${x.value} ${x.unit}${x.note ? ` (${x.note})` : ""}`);
}
