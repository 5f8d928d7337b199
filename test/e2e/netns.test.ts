/**
 * 4 validator processes, each in its own network namespace, over links with 50 ms ± 10 ms delay and
 * 1 % loss (test/helpers/netns/topology.ts: this kernel has no netem qdisc, so the emulation runs on a
 * TUN device in the routers' namespaces), under a load of transfers; then a 2|2 partition made by
 * setting the routers' trunk link down, then healing. Safety throughout (the same block at every
 * height on every node), no finality while split, finality again after healing. Namespaces are
 * removed even when the test fails (and ones left by a killed run are removed at the next).
 *
 * CI runs as root (.ci/run prints the uid): a machine that cannot create namespaces fails this test
 * with the reason, it never skips. Finality and throughput figures: `npm run bench -- netns`.
 */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { tempDir } from "../helpers/fixtures.js";
import { NetnsValidatorNet, runNetnsScenario } from "../helpers/netns/netnsNet.js";
import { netnsProblems } from "../helpers/netns/topology.js";

describe("4 validators in network namespaces, 50 ms ± 10 ms and 1 % loss per link, 2|2 partition", function () {
  // ≈ 1.5 min here; generous for a loaded machine (start-up alone has taken over a minute).
  this.timeout(300_000);
  let dir: string;
  let net: NetnsValidatorNet | undefined;

  after(async () => {
    await net?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("keeps one chain, stalls while split 2|2, and finalizes again after healing", async () => {
    const problems = netnsProblems();
    assert.deepEqual(problems, [], `this machine cannot run the netns e2e: ${problems.join("; ")}`);
    dir = tempDir("poco-netns-");
    net = new NetnsValidatorNet(dir, 300);
    await net.start();
    const r = await runNetnsScenario(net, {
      loadMs: 15_000,
      batch: 20,
      batchEveryMs: 250,
      partitionMs: 4_000,
    });
    console.log(`      netns: ${JSON.stringify(r)}`);
    assert.deepEqual(r.forks, [], `the same block at every height 1..${r.heightsCompared} on all nodes`);
    assert.ok(r.committed > 0, `transfers were finalized under netem (${r.committed} of ${r.submitted})`);
    assert.equal(r.heightAfterSplit, r.heightAtSplit, "no block finalized while split 2|2");
    assert.ok(r.recoveryMs !== undefined, "every node finalized 3 more blocks after healing");
    assert.ok(r.heightsCompared > r.heightAfterSplit, "blocks after healing were compared too");
  });
});
