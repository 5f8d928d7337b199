import assert from "node:assert/strict";
import { toHex } from "../../node/crypto/hash.js";
import { readSlashedTotal } from "../../node/execution/validatorModule.js";
import { DEFAULT_VALIDATOR_PARAMS, type ValidatorParams } from "../../node/execution/validatorParams.js";
import { readAccount } from "../../node/state/accounts.js";
import { uintToBytes } from "../../proto/index.js";
import { RLC, testKey } from "../helpers/fixtures.js";
import { seededRandom, testVote, validatorChain } from "../helpers/validatorChain.js";

const validators = [0, 1, 2, 3].map((i) => testKey(i));
const alice = testKey(10);
const byz = validators[2]!;
const everyone = validators.map((k) => toHex(k.address));
const evidence = (height: number, key = byz) => ({
  evidence: { voteA: testVote(key, height, 1), voteB: testVote(key, height, 2) },
});
const unjail = { unjail: {} };
/** Short durations so a test runs a few dozen blocks; the same ordering rules as the defaults. */
const short: ValidatorParams = {
  ...DEFAULT_VALIDATOR_PARAMS,
  evidenceMaxAgeBlocks: 20,
  checkpointTrustBlocks: 10,
  unbondDelay: 40,
  jailBlocks: 5,
};

describe("validator evidence window, unbonding and jail", () => {
  it("has default periods in order: unbonding outlasts the evidence window and the bridge's trust", () => {
    const p = DEFAULT_VALIDATOR_PARAMS;
    assert.ok(p.unbondDelay > p.evidenceMaxAgeBlocks);
    assert.ok(p.unbondDelay >= 2 * p.checkpointTrustBlocks);
    // 500 ms blocks: more than the ~30 min anchoring period, and nothing near the old 50 s.
    assert.ok(p.unbondDelay * 0.5 > 30 * 60);
  });

  it("refuses evidence older than evidenceMaxAgeBlocks with TX_EVIDENCE_TOO_OLD", () => {
    const chain = validatorChain({ validators, funded: [alice], params: short });
    while (chain.height() < 1 + short.evidenceMaxAgeBlocks - 1) chain.block();
    // Block 21 carries evidence of height 1: exactly the max age, accepted.
    assert.deepEqual(chain.block([{ key: alice, tx: evidence(1, validators[1]) }]), ["ok"]);
    // Block 22: height 1 is now too old for another offender.
    assert.deepEqual(chain.block([{ key: alice, tx: evidence(1) }]), ["TX_EVIDENCE_TOO_OLD"]);
    assert.equal(chain.record(byz).jailed, false);
  });

  it("keeps unbonding stake slashable until the end of the evidence window", () => {
    const chain = validatorChain({ validators, funded: [alice], params: short });
    chain.block();
    // The double sign is at height 2; the offender unbonds everything at once.
    chain.block([{ key: byz, tx: { unbond: { amount: uintToBytes(10n * RLC) } } }]);
    while (chain.height() < 2 + short.evidenceMaxAgeBlocks - 1) chain.block();
    assert.deepEqual(chain.block([{ key: alice, tx: evidence(2) }]), ["ok"]);
    const cut = (10n * RLC * short.slashPercent) / 100n;
    assert.equal(chain.record(byz).unbonding, 10n * RLC - cut);
    assert.equal(readSlashedTotal(chain.state), cut);
    while (chain.height() < 2 + short.unbondDelay) chain.block();
    assert.equal(readAccount(chain.state, byz.addressHex).balance, 10n * RLC - cut);
  });

  it("lets a jailed validator unjail after the jail period, with its stake already slashed", () => {
    const chain = validatorChain({ validators, funded: [alice], params: short });
    chain.block();
    assert.deepEqual(chain.block([{ key: alice, tx: evidence(1) }]), ["ok"]);
    assert.equal(chain.powerOf(byz), 0, "jailed: out of the set");
    assert.deepEqual(chain.record(byz).jailedUntil, 2 + short.jailBlocks);
    assert.deepEqual(chain.block([{ key: byz, tx: unjail }]), ["TX_INVALID_STATE"], "too early");
    assert.deepEqual(chain.block([{ key: alice, tx: unjail }]), ["TX_INVALID_STATE"], "alice is not jailed");
    while (chain.height() < 2 + short.jailBlocks - 1) chain.block();
    assert.deepEqual(chain.block([{ key: byz, tx: unjail }]), ["ok"]);
    assert.equal(chain.record(byz).jailed, false);
    // 9.5 RLC bonded after the 5% slash: power 9.
    assert.equal(chain.powerOf(byz), 9);
    assert.equal(chain.record(byz).timesSlashed, 1);
    assert.deepEqual(chain.block([{ key: byz, tx: unjail }]), ["TX_INVALID_STATE"], "already free");
  });

  it("requires the minimum self-bond to unjail: a slashed validator bonds again first", () => {
    const params = { ...short, minSelfBond: 10n * RLC };
    const chain = validatorChain({ validators, funded: [alice, byz], balance: 100n * RLC, params });
    chain.block();
    chain.block([{ key: alice, tx: evidence(1) }]);
    while (chain.height() < 2 + short.jailBlocks) chain.block();
    assert.deepEqual(chain.block([{ key: byz, tx: unjail }]), ["TX_BELOW_MIN_SELF_BOND"]);
    assert.deepEqual(chain.block([{ key: byz, tx: { bond: { amount: uintToBytes(RLC) } } }]), ["ok"]);
    for (let i = 0; i < params.bondDelay; i++) chain.block();
    assert.equal(chain.powerOf(byz), 0, "a bond does not free a jailed validator");
    assert.deepEqual(chain.block([{ key: byz, tx: unjail }]), ["ok"]);
    assert.equal(chain.powerOf(byz), 10);
  });
});

describe("validator participation (precommits in last commits)", () => {
  /** Each validator misses a block's last commit with its own probability (seeded). */
  function run(missRates: number[], heights: number, seed: number, params?: ValidatorParams) {
    const chain = validatorChain({ validators, funded: [alice], ...(params ? { params } : {}) });
    const random = seededRandom(seed);
    const jailedAt: (number | undefined)[] = validators.map(() => undefined);
    let lowestHonestPower = Number.MAX_SAFE_INTEGER;
    for (let h = 1; h <= heights; h++) {
      const signers = everyone.filter((_, i) => random() >= missRates[i]!);
      chain.block([], h === 1 ? undefined : signers);
      validators.forEach((k, i) => {
        if (jailedAt[i] === undefined && chain.record(k).jailed) jailedAt[i] = h;
        if (missRates[i]! <= 0.3) lowestHonestPower = Math.min(lowestHonestPower, chain.powerOf(k));
      });
    }
    return { chain, jailedAt, lowestHonestPower };
  }

  for (const seed of [1, 2, 3]) {
    it(`never jails or weakens 4 honest validators each missing a random ≤ 30% over 2,000 heights (seed ${seed})`, () => {
      const { jailedAt, lowestHonestPower } = run([0.3, 0.3, 0.2, 0.1], 2_000, seed);
      assert.deepEqual(jailedAt, [undefined, undefined, undefined, undefined]);
      assert.equal(lowestHonestPower, 10);
    });
  }

  it("jails (not halves) a validator that misses 70% of last commits; it returns with unjail", () => {
    const { chain, jailedAt, lowestHonestPower } = run([0.3, 0.3, 0.7, 0.1], 2_000, 7);
    assert.deepEqual(jailedAt.slice(0, 2), [undefined, undefined]);
    assert.equal(jailedAt[3], undefined);
    const at = jailedAt[2];
    assert.ok(at !== undefined && at <= DEFAULT_VALIDATOR_PARAMS.participationWindow + 1, `jailed at ${at}`);
    assert.equal(lowestHonestPower, 10);
    // Downtime is not slashed: after the jail period the validator unjails with its full power.
    assert.equal(readAccount(chain.state, byz.addressHex).bonded, 10n * RLC);
    while (chain.height() < at! + DEFAULT_VALIDATOR_PARAMS.jailBlocks - 1) chain.block();
    assert.deepEqual(chain.block([{ key: byz, tx: unjail }]), ["ok"]);
    assert.equal(chain.powerOf(byz), 10);
  });

  it("a byzantine proposer omitting an honest validator from every commit it proposes cannot jail it", () => {
    const chain = validatorChain({ validators, funded: [alice] });
    const random = seededRandom(11);
    const honest = validators[0]!;
    for (let h = 1; h <= 2_000; h++) {
      // Round-robin proposers: the byzantine one proposes 1/4 of the blocks (byzantine power < 1/3)
      // and leaves the honest validator out; elsewhere it misses a random 20% on its own.
      const byzantineProposal = h % 4 === 2;
      const signers = everyone.filter((_a, i) => i !== 0 || (!byzantineProposal && random() >= 0.2));
      chain.block([], h === 1 ? undefined : signers);
      assert.equal(chain.record(honest).jailed, false, `jailed at ${h}`);
      assert.equal(chain.powerOf(honest), 10);
    }
  });

  it("jails on the first miss that makes the threshold unreachable within the window", () => {
    // window 3, 50%: at least ceil(1.5) = 2 signatures, so 1 miss per window is allowed, not 2.
    const params = { ...DEFAULT_VALIDATOR_PARAMS, participationWindow: 3 };
    const chain = validatorChain({ validators, funded: [alice], params });
    const allBut = (k: typeof byz) => everyone.filter((a) => a !== toHex(k.address));
    chain.block();
    chain.block([], allBut(byz));
    chain.block([], everyone);
    chain.block([], everyone);
    assert.equal(chain.record(byz).jailed, false, "one miss in a window of 3");
    assert.deepEqual([chain.record(byz).signedBlocks, chain.record(byz).missedBlocks], [0, 0], "new window");
    chain.block([], allBut(byz));
    assert.equal(chain.record(byz).jailed, false);
    chain.block([], allBut(byz));
    assert.equal(chain.record(byz).jailed, true, "two misses in a window of 3");
  });

  it("counts only blocks where the validator was in the active set", () => {
    const params = { ...DEFAULT_VALIDATOR_PARAMS, maxValidators: 4, participationWindow: 100 };
    const chain = validatorChain({ validators, funded: [alice], balance: 100n * RLC, params });
    chain.block([{ key: alice, tx: { bond: { amount: uintToBytes(5n * RLC) } } }]);
    // alice is a candidate (power 5) outside the top 4 and never signs: she is not counted.
    for (let i = 0; i < 3 * params.participationWindow; i++) chain.block([], everyone);
    assert.equal(chain.powerOf(alice), 0);
    assert.equal(chain.record(alice).jailed, false);
    assert.equal(chain.record(alice).missedBlocks, 0);
    // Once she outbids a validator she is counted from the next height on.
    chain.block([{ key: alice, tx: { bond: { amount: uintToBytes(10n * RLC) } } }], everyone);
    for (let i = 0; i < params.bondDelay; i++) chain.block([], everyone);
    assert.equal(chain.powerOf(alice), 15);
    chain.block([], everyone);
    chain.block([], everyone);
    assert.equal(chain.record(alice).missedBlocks, 1, "missed the one commit of a height she voted on");
  });
});
