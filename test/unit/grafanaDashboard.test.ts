import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

interface Panel {
  type: string;
  title: string;
  targets?: { expr: string }[];
}

const dashboard = JSON.parse(readFileSync("ops/grafana/poco-dashboard.json", "utf8")) as { panels: Panel[] };

/** The p2p, sync, bridge and market collectors (each registers on the node's registry). */
const FAMILY_FILES = [
  "node/p2p/p2pMetrics.ts",
  "node/syncMetrics.ts",
  "node/bridge/bridgeMetrics.ts",
  "node/marketMetrics.ts",
];

function metricsIn(files: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const file of files) {
    for (const m of readFileSync(file, "utf8").matchAll(/name: "(poco_[a-z0-9_]+)"/g)) names.add(m[1]!);
  }
  return names;
}

/** Metric names the node and the scheduler export (their prom-client declarations). */
function declaredMetrics(): Set<string> {
  return metricsIn(["node/metrics.ts", "node/workerpool/schedulerApi.ts", ...FAMILY_FILES]);
}

function usedMetrics(): Set<string> {
  const used = new Set<string>();
  for (const panel of dashboard.panels)
    for (const target of panel.targets ?? [])
      for (const m of target.expr.matchAll(/\bpoco_[a-z0-9_]+/g))
        used.add(m[0].replace(/_(bucket|sum|count)$/, ""));
  return used;
}

describe("Grafana dashboard (ops/grafana/poco-dashboard.json)", () => {
  it("queries only metrics the node or the scheduler exports (a renamed metric breaks this test)", () => {
    const declared = declaredMetrics();
    const used = new Set<string>();
    for (const panel of dashboard.panels) {
      for (const target of panel.targets ?? []) {
        assert.ok(target.expr.trim().length > 0, `${panel.title}: empty query`);
        for (const m of target.expr.matchAll(/\bpoco_[a-z0-9_]+/g))
          used.add(m[0].replace(/_(bucket|sum|count)$/, ""));
      }
    }
    assert.ok(used.size >= 20, `the dashboard covers the metrics (${used.size} used)`);
    for (const name of used)
      assert.ok(declared.has(name), `${name} is not exported by the node or the scheduler`);
  });

  it("shows every p2p, sync, bridge and market metric on some panel", () => {
    const used = usedMetrics();
    const families = metricsIn(FAMILY_FILES);
    assert.ok(families.size >= 30, `${families.size} metrics in the family collectors`);
    for (const name of families) assert.ok(used.has(name), `${name} is on no panel`);
  });

  it("has a titled panel per query group, each title once", () => {
    const titles = dashboard.panels.filter((p) => p.type !== "row").map((p) => p.title);
    assert.equal(new Set(titles).size, titles.length);
    for (const p of dashboard.panels.filter((p) => p.type !== "row"))
      assert.ok((p.targets ?? []).length > 0, `${p.title} queries something`);
  });
});
