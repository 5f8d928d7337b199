import assert from "node:assert/strict";
import { percentile, runSpamFlood } from "../helpers/spamFlood.js";

/**
 * Spam flood (issue 10), CI-sized: an attacker floods 5,000 transfers from 200 funded accounts at
 * 4 validators (in-memory transport) paying the base fee and no tip, while 10 honest users send a
 * transfer each block paying the current base fee + the suggested tip (GET /fees semantics).
 * Honest transfers must be finalized within 3 blocks of their submission and no block may exceed the
 * gas limit. bench/spamFlood.ts runs the 100,000-tx variant and reports the latencies.
 */
describe("spam flood: 5,000 attacker txs from 200 accounts vs honest users (4 validators, in-memory transport)", function () {
  this.timeout(300_000);

  it("finalizes honest txs paying base fee + tip within 3 blocks while blocks stay within the gas limit", async () => {
    const r = await runSpamFlood({
      attackers: 200,
      floodTxs: 5_000,
      honestUsers: 10,
      honestRounds: 6,
      firstBurst: 2_500,
      burst: 500,
    });
    assert.equal(r.honestLost, 0, "every honest tx was finalized");
    for (const l of r.honestLatencyBlocks) assert.ok(l <= 3, `an honest tx took ${l} blocks (> 3)`);
    for (const b of r.blocks)
      assert.ok(b.gasUsed <= b.gasLimit, `block ${b.height} used ${b.gasUsed} gas > limit ${b.gasLimit}`);
    assert.equal(r.floodIncluded, 5_000, "the whole flood was executed too (full blocks were exercised)");
    assert.ok(
      r.blocks.some((b) => b.gasUsed > b.gasLimit / 2),
      "the flood filled blocks beyond the gas target",
    );
    if (process.env.SPAM_REPORT)
      console.log(
        JSON.stringify({
          p50: percentile(r.honestLatencyBlocks, 50),
          p99: percentile(r.honestLatencyBlocks, 99),
          blocks: r.blocks.map((b) => `${b.height}:${b.txs}tx/${b.gasUsed}gas/${Math.round(b.ms)}ms`),
        }),
      );
  });
});
