import assert from "node:assert/strict";
import { toHex } from "../../node/crypto/hash.js";
import { DEFAULT_VALIDATOR_PARAMS, type ValidatorParams } from "../../node/execution/validatorParams.js";
import { readAccount } from "../../node/state/accounts.js";
import { uintToBytes } from "../../proto/index.js";
import { RLC, testKey } from "../helpers/fixtures.js";
import { validatorChain } from "../helpers/validatorChain.js";

const validators = [0, 1, 2, 3].map((i) => testKey(i));
const [alice, bob, carol] = [10, 11, 12].map((i) => testKey(i)) as [
  ReturnType<typeof testKey>,
  ReturnType<typeof testKey>,
  ReturnType<typeof testKey>,
];
const bond = (amount: bigint) => ({ bond: { amount: uintToBytes(amount) } });
const unbond = (amount: bigint) => ({ unbond: { amount: uintToBytes(amount) } });
const lower = (k: ReturnType<typeof testKey>) => toHex(k.address);

describe("validator candidates: minimum self-bond, top-N active set, O(log n) bookkeeping", () => {
  it("refuses a 1 nRLC candidacy and any bond that leaves the candidate below the minimum self-bond", () => {
    const chain = validatorChain({ validators, funded: [alice], balance: 100n * RLC });
    const min = DEFAULT_VALIDATOR_PARAMS.minSelfBond;
    assert.deepEqual(chain.block([{ key: alice, tx: bond(1n) }]), ["TX_BELOW_MIN_SELF_BOND"]);
    assert.deepEqual(chain.block([{ key: alice, tx: bond(min - 1n) }]), ["TX_BELOW_MIN_SELF_BOND"]);
    assert.equal(readAccount(chain.state, alice.addressHex).balance, 100n * RLC, "failed bonds move nothing");
    assert.deepEqual(chain.block([{ key: alice, tx: bond(min) }]), ["ok"]);
    // Topping up a candidacy that is already at the minimum is fine, even by 1 nRLC.
    assert.deepEqual(chain.block([{ key: alice, tx: bond(1n) }]), ["ok"]);
  });

  it("lets a candidate unbond everything or stay above the minimum, not fall in between", () => {
    const chain = validatorChain({ validators, funded: [alice], balance: 100n * RLC });
    chain.block([{ key: alice, tx: bond(5n * RLC) }]);
    for (let i = 0; i < DEFAULT_VALIDATOR_PARAMS.bondDelay; i++) chain.block();
    assert.equal(chain.powerOf(alice), 5);
    assert.deepEqual(chain.block([{ key: alice, tx: unbond(5n * RLC - 1n) }]), ["TX_BELOW_MIN_SELF_BOND"]);
    assert.deepEqual(chain.block([{ key: alice, tx: unbond(4n * RLC) }]), ["ok"]);
    assert.equal(chain.powerOf(alice), 1);
    assert.deepEqual(chain.block([{ key: alice, tx: unbond(1n * RLC) }]), ["ok"]);
    assert.equal(chain.powerOf(alice), 0, "a full unbond leaves the set at once");
  });

  it("keeps the top maxValidators by power as the active set, ties broken by the lower address", () => {
    const params: ValidatorParams = { ...DEFAULT_VALIDATOR_PARAMS, maxValidators: 5 };
    const chain = validatorChain({ validators, funded: [alice, bob, carol], balance: 100n * RLC, params });
    chain.block([
      { key: alice, tx: bond(20n * RLC) },
      { key: bob, tx: bond(10n * RLC) },
      { key: carol, tx: bond(5n * RLC) },
    ]);
    for (let i = 0; i < params.bondDelay; i++) chain.block();
    // Candidates: alice 20, five at 10 (the 4 genesis validators and bob), carol 5.
    const tens = [...validators, bob].map(lower).sort();
    const expected = [
      [lower(alice), 20] as [string, number],
      ...tens.slice(0, 4).map((a) => [a, 10] as [string, number]),
    ];
    expected.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    assert.deepEqual(chain.set(), expected);
    // The set is stored sorted by address (its hash is in headers).
    const addresses = chain.set().map(([a]) => a);
    assert.deepEqual(addresses, [...addresses].sort());
    // carol outbids the 10s: she enters, the highest address among the 10s leaves.
    chain.block([{ key: carol, tx: bond(10n * RLC) }]);
    for (let i = 0; i < params.bondDelay; i++) chain.block();
    assert.equal(chain.powerOf(carol), 15);
    assert.equal(chain.set().length, 5);
    assert.ok(!chain.set().some(([a]) => a === tens[3]), "the tie with the highest address is out");
  });

  it("refuses genesis params that break the validator rules", async () => {
    const { genesisToJSON, parseGenesis } = await import("../../node/chain/genesis.js");
    const base = {
      chainId: 1,
      genesisTimeMs: 0,
      admin: lower(alice),
      validators: [{ address: lower(alice), power: 10 }],
    };
    assert.equal(parseGenesis(base).validatorParams, undefined, "no validator params: the defaults apply");
    assert.equal(parseGenesis({ ...base, params: { jailBlocks: 5 } }).validatorParams?.maxValidators, 100);
    const custom = parseGenesis({
      ...base,
      params: { maxValidators: 7, minSelfBond: (2n * RLC).toString() },
    });
    assert.deepEqual(parseGenesis(JSON.parse(JSON.stringify(genesisToJSON(custom)))), custom);
    const bad = (params: Record<string, unknown>, why: RegExp) =>
      assert.throws(() => parseGenesis({ ...base, params }), why);
    bad({ maxValidators: 257 }, /maxValidators/);
    bad({ maxValidators: 0 }, /maxValidators/);
    bad({ minSelfBond: "1" }, /minSelfBond/);
    bad({ minSelfBond: (11n * RLC).toString() }, /below the minimum self-bond/);
    bad({ unbondDelay: 3_600 }, /unbondDelay must exceed/);
    bad({ evidenceMaxAgeBlocks: 10_000 }, /unbondDelay must exceed evidenceMaxAgeBlocks/);
    bad({ checkpointTrustBlocks: 7_200 }, /unbondDelay must exceed checkpointTrustBlocks/);
    assert.throws(
      () =>
        parseGenesis({
          ...base,
          params: { maxValidators: 1 },
          validators: [base.validators[0], { address: lower(bob), power: 10 }],
        }),
      /more than params.maxValidators/,
    );
  });

  it("2,000 bonds in a block and the blocks after touch O(N + due) state keys, not O(candidates)", () => {
    const bonders = Array.from({ length: 2_000 }, (_, i) => testKey(1_000 + i));
    // The default block gas limit holds ≈ 1,100 bonds (≈ 17,800 gas each); raised so that one block
    // carries all 2,000.
    const chain = validatorChain({
      validators,
      funded: bonders,
      balance: 10n * RLC,
      blockGasLimit: 200_000_000,
    });
    const signers = validators.map(lower);
    const bondTxs = bonders.map((k) => chain.sign(k, bond(RLC)));
    assert.ok(chain.blockOf(bondTxs, signers).every((r) => r === "ok"));
    const bondBlock = chain.cost();
    // Per bond: its account, its record, its due-queue entry (+ one queue counter). The old candidate
    // list was re-sorted and rewritten on every bond: ≈ 44 MB written for this block.
    assert.ok(bondBlock.keysWritten <= 3 * 2_000 + 50, `bond block wrote ${bondBlock.keysWritten} keys`);
    assert.ok(bondBlock.bytesWritten <= 2_000 * 1_000, `bond block wrote ${bondBlock.bytesWritten} bytes`);
    const maxPerEmptyBlock = 4 * DEFAULT_VALIDATOR_PARAMS.maxValidators;
    for (let i = 1; i < DEFAULT_VALIDATOR_PARAMS.bondDelay; i++) {
      chain.blockOf([], signers);
      const c = chain.cost();
      assert.ok(c.keysRead + c.keysWritten <= maxPerEmptyBlock, `empty block touched ${JSON.stringify(c)}`);
    }
    // The activation block touches what is due: each bond's account, record, queue entry and index path.
    chain.blockOf([], signers);
    const activation = chain.cost();
    assert.ok(activation.keysWritten <= 2_000 * 8, `activation wrote ${activation.keysWritten} keys`);
    assert.equal(chain.set().length, DEFAULT_VALIDATOR_PARAMS.maxValidators);
    // The 4 genesis validators (power 10) stay; the rest are the 96 lowest addresses at power 1.
    for (const v of validators) assert.equal(chain.powerOf(v), 10);
    const ones = bonders.map(lower).sort().slice(0, 96);
    assert.deepEqual(
      chain
        .set()
        .filter(([, p]) => p === 1)
        .map(([a]) => a),
      ones,
    );
    for (let i = 0; i < 5; i++) {
      chain.blockOf([], signers);
      const c = chain.cost();
      assert.ok(c.keysRead + c.keysWritten <= maxPerEmptyBlock, `empty block touched ${JSON.stringify(c)}`);
    }
  });
});
