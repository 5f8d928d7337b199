/**
 * Issue 9 benchmarks. (1) CPU per message of each kind of cheap malicious message on the node's real
 * handler path, next to an honest one (bench/byzantineMessages.ts). (2) The 4-validator network with
 * the byzantine validator process (test/helpers/byzantinePeer.ts) attacking vs not, in one run:
 * paced transfers (400 tx/s for 10 s per phase) sent to the 4 honest nodes, phases alternating
 * quiet / attack twice so that the machine's load drifts evenly over both; finality p50/p99 and
 * finalized tx/s per phase, and the ratio attack / quiet (goal: the attack costs < 10%).
 *
 * The attack is "mix": re-wrapped copies of captured proposals and votes, far-future and crafted-round
 * votes and proposals, replayed tx batches, oversized votes, and a lying status with hanging
 * blocks-by-range answers (a fresh identity every 6 s) — all at once, from one process. Equivocation
 * and conflicting proposals are left out here: they get the validator slashed and jailed at once
 * (test/e2e/byzantineProcess.test.ts checks that), after which the set would differ between phases.
 */
import { rmSync } from "node:fs";
import { loadavg } from "node:os";
import { ByzantineProcessNet } from "../test/helpers/byzantineProcessNet.js";
import { tempDir } from "../test/helpers/fixtures.js";
import { waitFor } from "../test/helpers/validatorNet.js";
import { keysFrom, type Phase, runPhase } from "./bft.js";
import { run as runMessages } from "./byzantineMessages.js";
import type { BenchResult } from "./types.js";

const BLOCK_TIME_MS = 250;
const PHASE = { senders: 100, levels: 40, intervalMs: 250 }; // 400 tx/s for 10 s
const ORDER = ["quiet", "attack", "quiet", "attack"] as const;

const load1 = () => Math.round(loadavg()[0]! * 10) / 10;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function networkUnderAttack(): Promise<BenchResult[]> {
  const dir = tempDir("poco-bench-byz-");
  const senders = ORDER.map((_, i) => keysFrom(40_000 + i * 1_000, PHASE.senders));
  const warm = keysFrom(39_000, 25);
  const b = new ByzantineProcessNet(dir, BLOCK_TIME_MS, [...warm, ...senders.flat()]);
  const phases: { kind: (typeof ORDER)[number]; phase: Phase; load: number; sent: number }[] = [];
  try {
    await b.prepare();
    await b.startHonest();
    await b.startByzantine();
    await waitFor(async () => Math.min(...(await b.net.heights())) >= 2, 120_000, "the network to start");
    await waitFor(
      async () => (await b.byzStatus()).height >= Math.min(...(await b.net.heights())),
      120_000,
      "the byzantine node to catch up",
    );
    await runPhase(b.net, warm, 20, 250);
    for (const [i, kind] of ORDER.entries()) {
      await b.attack(kind === "attack" ? "mix" : "none");
      const phase = await runPhase(b.net, senders[i]!, PHASE.levels, PHASE.intervalMs);
      const stats = await b.attack("none");
      phases.push({ kind, phase, load: load1(), sent: stats?.sent ?? 0 });
    }
  } finally {
    await b.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const tps = (p: Phase) => Math.round(p.finalized / p.seconds);
  const of = (kind: "quiet" | "attack") => phases.filter((p) => p.kind === kind);
  const quietTps = mean(of("quiet").map((p) => tps(p.phase)));
  const attackTps = mean(of("attack").map((p) => tps(p.phase)));
  const results: BenchResult[] = [];
  for (const [i, p] of phases.entries()) {
    const label = `network phase ${i + 1} (${p.kind === "attack" ? "byzantine process attacking" : "quiet"})`;
    results.push(
      {
        name: `${label}: finalized transfers/s`,
        value: tps(p.phase),
        unit: "tx/s",
        note: `${p.phase.finalized} txs offered at 400 tx/s, ${p.phase.blocks} blocks, ${p.phase.refused} refused; load ${p.load}${p.kind === "attack" ? `; ${p.sent} attack messages` : ""}`,
      },
      { name: `${label}: finality p50`, value: p.phase.p50, unit: "ms" },
      { name: `${label}: finality p99`, value: p.phase.p99, unit: "ms" },
    );
  }
  results.push({
    name: "throughput under attack / quiet",
    value: Math.round((attackTps / quietTps) * 1000) / 1000,
    unit: "ratio",
    note: `mean of 2 attack phases ${Math.round(attackTps)} tx/s vs 2 quiet phases ${Math.round(quietTps)} tx/s; 4 honest validator processes + the byzantine process (its own node + attacker host) + load generator on one machine, block time ${BLOCK_TIME_MS} ms`,
  });
  results.push({
    name: "finality p50 under attack / quiet",
    value:
      Math.round(
        (mean(of("attack").map((p) => p.phase.p50)) / mean(of("quiet").map((p) => p.phase.p50))) * 1000,
      ) / 1000,
    unit: "ratio",
  });
  return results;
}

export async function run(): Promise<BenchResult[]> {
  const messages = await runMessages();
  const network = process.env.BYZ_BENCH_SKIP_NETWORK ? [] : await networkUnderAttack();
  return [...messages, ...network];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const x of await run()) console.log(`${x.name}: ${x.value} ${x.unit}${x.note ? ` (${x.note})` : ""}`);
}
