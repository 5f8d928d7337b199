/**
 * Issue 9's real-process check: 4 honest validator processes (`poco node`) and 1 byzantine validator
 * process (test/helpers/byzantinePeer.ts: a node of the project's own code with the 5th key of the
 * set, plus an attacker host with a fresh libp2p identity per attack) over libp2p on 127.0.0.1. Each
 * attack runs for BYZ_PHASE_MS (18 s) in turn on one network; throughout, the chain keeps finalizing,
 * the honest nodes agree on every block hash and state root, and each equivocation becomes evidence
 * and slashes the byzantine validator once per offence.
 */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { DEFAULT_VALIDATOR_PARAMS } from "../../node/execution/validatorParams.js";
import type { AttackName } from "../helpers/byzantinePeer.js";
import { type AttackStats, ByzantineProcessNet, bondAfterSlashes } from "../helpers/byzantineProcessNet.js";
import { RLC, tempDir } from "../helpers/fixtures.js";
import { waitFor } from "../helpers/validatorNet.js";

const PHASE_MS = Number(process.env.BYZ_PHASE_MS ?? 18_000);
/**
 * Heights every honest node must gain per attack (≈ 2–5 blocks/s when the machine is idle; other
 * sessions' benchmarks have pushed this 2-core machine's load past 30, hence the low bar and the
 * generous waits: the test checks that the chain moves and agrees, not how fast).
 */
const MIN_PROGRESS = 3;
const SLOW_MS = 120_000;
/** The conflicting-proposals phase's bound: it ends at its first slash (≈ 20 s when idle). */
const FIRST_PROPOSAL_SLASH_MS = 240_000;

describe("byzantine process: 4 honest validator processes + 1 byzantine over libp2p", function () {
  this.timeout(1_020_000 + 9 * PHASE_MS);
  let dir: string;
  let b: ByzantineProcessNet;
  let checkedUpTo = 0;
  let slashes = 0;

  before(async () => {
    dir = tempDir("poco-byzproc-");
    b = new ByzantineProcessNet(dir, 200);
    await b.prepare();
    await b.startHonest();
    await b.startByzantine();
    await waitFor(async () => Math.min(...(await b.net.heights())) >= 3, 60_000, "the network to start");
    // The byzantine process's own node must have caught up before it can attack the current height.
    await waitFor(
      async () => (await b.byzStatus()).height >= Math.min(...(await b.net.heights())),
      60_000,
      "the byzantine node to catch up",
    );
  });

  after(async () => {
    await b?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Every honest node has the same block hash and state root at every height all of them have. */
  async function sameChainEverywhere(): Promise<void> {
    const top = Math.min(...(await b.net.heights()));
    for (let h = checkedUpTo + 1; h <= top; h++) {
      const headers = await Promise.all(
        b.net
          .running()
          .map(
            async (n) =>
              (await n.api!.request<{ header: { hash: string; stateRoot: string } }>("GET", `/blocks/${h}`))
                .header,
          ),
      );
      assert.equal(new Set(headers.map((x) => x.hash)).size, 1, `one block at height ${h}`);
      assert.equal(new Set(headers.map((x) => x.stateRoot)).size, 1, `one state root at height ${h}`);
    }
    checkedUpTo = top;
  }

  /** Runs one attack for PHASE_MS (with `during` alongside) and checks progress and agreement. */
  async function underAttack(attack: AttackName, during?: () => Promise<void>): Promise<AttackStats> {
    const before = Math.max(...(await b.net.heights()));
    await b.attack(attack);
    const phaseEnd = Date.now() + PHASE_MS;
    try {
      await during?.();
    } catch (err) {
      // The attacker's own counters say why (e.g. its node lagged behind for the whole wait).
      const stats = await b.attack("none");
      throw new Error(`${(err as Error).message}; attacker stats ${JSON.stringify(stats)}`);
    }
    await new Promise((r) => setTimeout(r, Math.max(0, phaseEnd - Date.now())));
    const stats = await b.attack("none");
    assert.ok(stats && stats.attack === attack, `stats of ${attack}`);
    assert.ok(stats.sent > 0, `the attack sent something (${JSON.stringify(stats)})`);
    await waitFor(
      async () => Math.min(...(await b.net.heights())) >= before + MIN_PROGRESS,
      SLOW_MS,
      `every honest node ${MIN_PROGRESS} heights past ${before} after ${attack}`,
    );
    await sameChainEverywhere();
    return stats;
  }

  /** Waits until every honest node records `slashes + 1..offences` slashes, the same everywhere. */
  async function slashedOncePerOffence(stats: AttackStats): Promise<void> {
    await waitFor(
      async () => {
        const records = await Promise.all([0, 1, 2, 3].map((i) => b.byzRecord(i)));
        return records.every((r) => r.timesSlashed > slashes && r.timesSlashed === records[0]!.timesSlashed);
      },
      SLOW_MS,
      "the byzantine validator slashed, the same on every node",
    );
    // Evidence of offences at a few consecutive heights lands over a few blocks: let it settle.
    const settled = Math.max(...(await b.net.heights())) + 5;
    await waitFor(async () => Math.min(...(await b.net.heights())) >= settled, SLOW_MS, "5 more blocks");
    let records = await Promise.all([0, 1, 2, 3].map((i) => b.byzRecord(i)));
    await waitFor(
      async () => {
        records = await Promise.all([0, 1, 2, 3].map((i) => b.byzRecord(i)));
        return records.every((r) => r.timesSlashed === records[0]!.timesSlashed);
      },
      SLOW_MS,
      "every node to agree on the slashes",
    );
    const n = records[0]!.timesSlashed;
    // Each offence is (height, round, vote type or proposal): punished once however many honest nodes
    // submitted its evidence, and never more offences than were committed while in the set.
    assert.ok(
      n - slashes <= stats.offences.length,
      `${n - slashes} slashes for ${stats.offences.length} offences`,
    );
    const bond = bondAfterSlashes(10n * RLC, n, DEFAULT_VALIDATOR_PARAMS.slashPercent);
    for (const r of records) {
      assert.equal(BigInt(r.bonded), bond, "bond cut by 5% per slash");
      assert.equal(r.jailed, true);
      assert.equal(r.active, false);
    }
    slashes = n;
  }

  it("equivocating votes: the chain goes on, and the double signer is slashed once per offence", async () => {
    const stats = await underAttack("equivocate");
    assert.ok(stats.offences.length > 0, "it equivocated while in the set");
    await slashedOncePerOffence(stats);
  });

  it("re-wrapped and flooded proposals and votes: the chain goes on (while the validator unjails)", async () => {
    await underAttack("rewrap-flood", async () => {
      // Back in the set for the next attack: unjail once the jail period is over.
      await waitFor(
        async () => {
          const r = await b.byzRecord(0);
          if (r.active) return true;
          const head = (await b.net.nodes[0]!.api!.status()).height;
          if (!r.jailed || head >= r.jailedUntil) await b.unjail();
          await new Promise((res) => setTimeout(res, 1000));
          return false;
        },
        SLOW_MS,
        "the byzantine validator back in the set",
      );
    });
    await waitFor(
      async () => (await Promise.all([0, 1, 2, 3].map((i) => b.byzRecord(i)))).every((r) => r.active),
      SLOW_MS,
      "every node to count the byzantine validator in the set again",
    );
  });

  it("conflicting proposals: the chain goes on, and the proposer is slashed once per offence", async () => {
    // The attack goes on until its first slash (bounded): evidence needs the byzantine process to
    // propose while the honest nodes are still deciding that height, and on a loaded machine its
    // own node (the heaviest process here) can lag a height behind for all of a fixed phase; the
    // blocks it then proposes are late, not evidence (seen failing about one run in seven).
    const stats = await underAttack("conflicting-proposals", () =>
      waitFor(
        async () => (await b.byzRecord(0)).timesSlashed > slashes,
        FIRST_PROPOSAL_SLASH_MS,
        "the first slash for conflicting proposals",
      ),
    );
    assert.ok(stats.offences.length > 0, "it proposed conflicting blocks for its rounds");
    await slashedOncePerOffence(stats);
  });

  it("far-future votes and proposals, crafted rounds: the chain goes on, nobody is slashed for them", async () => {
    await underAttack("far-future");
    for (const i of [0, 1, 2, 3]) assert.equal((await b.byzRecord(i)).timesSlashed, slashes);
  });

  it("oversized messages on every topic: the chain goes on", async () => {
    await underAttack("oversized");
  });

  it("lying about its height (status) and hanging block requests: the chain goes on", async () => {
    await underAttack("lying-status");
  });

  it("mixed-round commits served to a restarted validator: it refuses them and catches up from honest peers", async () => {
    const stats = await underAttack("mixed-commits", async () => {
      await b.net.kill(3);
      await new Promise((r) => setTimeout(r, Math.min(8_000, PHASE_MS / 3)));
      await b.net.start(3);
      const target = Math.max(...(await b.net.heights()));
      await waitFor(
        async () => (await b.net.nodes[3]!.api!.status()).height >= target,
        SLOW_MS,
        "the restarted validator to catch up",
      );
    });
    assert.ok(stats.sent > 0, "the restarted node asked the liar");
  });
});
