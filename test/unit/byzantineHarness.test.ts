/**
 * The byzantine harness over seeds: safety (no two honest nodes finalize different blocks at a height)
 * and liveness after the partition heals, with one byzantine validator of four attacking throughout.
 * BYZANTINE_SEEDS (default 12) sets how many seeds run; `npm run test:byzantine` runs more.
 */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { validatorSetOf } from "../../node/consensus/consensusService.js";
import { toHex } from "../../node/crypto/hash.js";
import { readAccount } from "../../node/state/accounts.js";
import { ByzantineNet } from "../helpers/byzantineNet.js";
import { RLC, tempDir } from "../helpers/fixtures.js";

const seeds = Number(process.env.BYZANTINE_SEEDS ?? 12);
const firstSeed = Number(process.env.BYZANTINE_FIRST_SEED ?? 1);

async function until(cond: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
  return true;
}

describe("byzantine harness (3 honest validators + 1 byzantine, adversarial delivery)", function () {
  this.timeout(60_000 + seeds * 30_000);

  for (let seed = firstSeed; seed < firstSeed + seeds; seed++) {
    it(`seed ${seed}: no fork, and blocks finalize after the partition heals`, async () => {
      const dir = tempDir();
      const net = new ByzantineNet({
        seed,
        dir,
        drop: 0.1,
        duplicate: 0.2,
        maxDelayMs: 60,
        partitionMs: 1_500,
      });
      try {
        await net.start();
        await new Promise((r) => setTimeout(r, 1_500));
        const atHeal = Math.max(...net.honest.map((n) => n.chain.head.height));
        const live = await until(
          () => Math.min(...net.honest.map((n) => n.chain.head.height)) >= atHeal + 3,
          25_000,
        );
        const forks = await net.forks();
        assert.deepEqual(forks, [], "honest nodes agree at every height");
        assert.ok(live, `finalization after healing (heads ${net.honest.map((n) => n.chain.head.height)})`);
        assert.ok(
          net.penalized.every((p) => p === "byz"),
          `only the byzantine peer is penalized: ${net.penaltyReasons.filter((r) => !r.endsWith("byz") && !r.includes("→byz")).join("; ")}`,
        );
        // Its equivocations became evidence: slashed and jailed on every honest node.
        const byz = toHex(net.byzantine.address);
        const jailed = await until(() => net.honest.every((n) => !validatorSetOf(n.chain).has(byz)), 25_000);
        assert.ok(jailed, "the equivocating validator is jailed everywhere");
        // Each distinct equivocation (height, round, type) is its own offence, punished once.
        for (const n of net.honest) assert.ok(readAccount(n.chain.state, byz).bonded < 10n * RLC, "slashed");
      } finally {
        await net.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
