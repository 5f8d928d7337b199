/**
 * `npm run bench`: runs every benchmark module, writes bench/results/<module>.json and rewrites the
 * results table of BENCHMARKS.md (between its markers). Figures depend on the machine: each file
 * records the CPU, core count and Node version it ran on.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import type { BenchResult } from "./types.js";

const MODULES: Record<string, () => Promise<{ run(): Promise<BenchResult[]> }>> = {
  crypto: () => import("./crypto.js"),
  stateTree: () => import("./stateTree.js"),
  stateHistory: () => import("./stateHistory.js"),
  chain: () => import("./chain.js"),
  market: () => import("./market.js"),
  bft: () => import("./bft.js"),
  sync: () => import("./sync.js"),
  stateSync: () => import("./stateSync.js"),
  worker: () => import("./worker.js"),
  bridge: () => import("./bridge.js"),
  results: () => import("./results.js"),
  reference: () => import("./reference.js"),
  validators: () => import("./validators.js"),
  cli: () => import("./cli.js"),
  gas: () => import("./gas.js"),
  spamFlood: () => import("./spamFlood.js"),
  spamFloodNetwork: () => import("./spamFloodNetwork.js"),
  byzantine: () => import("./byzantine.js"),
  overload: () => import("./overload.js"),
  netns: () => import("./netns.js"),
  verify: () => import("./verify.js"),
  compactProposals: () => import("./compactProposals.js"),
};

const only = process.argv.slice(2);
const machine = {
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  node: process.version,
  load1m: Math.round(loadavg()[0]! * 100) / 100,
};

const sections: string[] = [];
for (const [name, load] of Object.entries(MODULES)) {
  if (only.length && !only.includes(name)) continue;
  process.stdout.write(`bench ${name}…\n`);
  const results = await (await load()).run();
  const record = { module: name, date: new Date().toISOString(), machine, results };
  writeFileSync(`bench/results/${name}.json`, `${JSON.stringify(record, null, 2)}\n`);
  for (const r of results)
    process.stdout.write(`  ${r.name}: ${r.value} ${r.unit}${r.note ? ` (${r.note})` : ""}\n`);
}

// Rebuild the table from every results file (including modules not re-run this time).
for (const name of Object.keys(MODULES)) {
  let record: { date: string; machine: typeof machine; results: BenchResult[] };
  try {
    record = JSON.parse(readFileSync(`bench/results/${name}.json`, "utf8"));
  } catch {
    continue;
  }
  const m = record.machine;
  sections.push(
    [
      `### ${name}`,
      `${record.date.slice(0, 10)} · ${m.cpu} · ${m.cores} cores · Node ${m.node} · load ${m.load1m}`,
      "",
      "| measure | value | unit | note |",
      "|---|---:|---|---|",
      ...record.results.map(
        (r) => `| ${r.name} | ${r.value.toLocaleString("en-US")} | ${r.unit} | ${r.note ?? ""} |`,
      ),
      "",
    ].join("\n"),
  );
}
const path = "BENCHMARKS.md";
const begin = "<!-- bench:begin -->";
const end = "<!-- bench:end -->";
const doc = readFileSync(path, "utf8");
const a = doc.indexOf(begin);
const b = doc.indexOf(end);
if (a < 0 || b < 0) throw new Error("BENCHMARKS.md lacks the bench markers");
writeFileSync(path, `${doc.slice(0, a + begin.length)}\n${sections.join("\n")}${doc.slice(b)}`);
process.stdout.write("wrote bench/results/*.json and BENCHMARKS.md\n");
