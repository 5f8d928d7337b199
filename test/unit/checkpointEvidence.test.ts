import assert from "node:assert/strict";
import { type Checkpoint, checkpointToProto, signCheckpoint } from "../../bridge/checkpoint.js";
import { fromHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { Gas } from "../../node/execution/gasSchedule.js";
import { readSlashedTotal } from "../../node/execution/validatorModule.js";
import { DEFAULT_VALIDATOR_PARAMS, type ValidatorParams } from "../../node/execution/validatorParams.js";
import { readAccount } from "../../node/state/accounts.js";
import { uintToBytes } from "../../proto/index.js";
import { RLC, TEST_CHAIN_ID, testKey } from "../helpers/fixtures.js";
import { validatorChain } from "../helpers/validatorChain.js";

const validators = [0, 1, 2, 3].map((i) => testKey(i));
const byz = validators[2]!;
const reporter = testKey(10);
const outsider = testKey(11);
const short: ValidatorParams = {
  ...DEFAULT_VALIDATOR_PARAMS,
  maxValidators: 4,
  evidenceMaxAgeBlocks: 20,
  checkpointTrustBlocks: 10,
  unbondDelay: 40,
  jailBlocks: 5,
  bondDelay: 2,
};
const domain = { ethChainId: 31337, bridge: "0x00000000000000000000000000000000000b41d6" };

/** The checkpoint of `height`; `variant` changes its withdrawals root (a different digest). */
function checkpoint(height: number, variant: number, over: Partial<Checkpoint> = {}): Checkpoint {
  return {
    ...domain,
    chainId: TEST_CHAIN_ID,
    height,
    blockHash: new Uint8Array(32).fill(height & 0xff),
    stateRoot: new Uint8Array(32).fill(7),
    withdrawalsRoot: new Uint8Array(32).fill(variant),
    nextValidatorSetHash: new Uint8Array(32).fill(9),
    ...over,
  };
}

const signed = (cp: Checkpoint, key: KeyPair, signer: KeyPair = key) => ({
  checkpoint: checkpointToProto(cp),
  validator: fromHex(key.addressHex, 20),
  signature: signCheckpoint(cp, signer.privateKey),
});

const pair = (a: Checkpoint, b: Checkpoint, key: KeyPair = byz, signerB: KeyPair = key) => ({
  evidence: { checkpointA: signed(a, key), checkpointB: signed(b, key, signerB) },
});

const newChain = (params = short) =>
  validatorChain({ validators, funded: [reporter, outsider], balance: 100n * RLC, params });

describe("double-signed checkpoints are evidence (slash + jail once per offence)", () => {
  it("slashes and jails the signer of two different checkpoints for one height, once", () => {
    const chain = newChain();
    chain.block();
    chain.block();
    const bondedBefore = readAccount(chain.state, byz.addressHex).bonded;
    const ev = pair(checkpoint(2, 1), checkpoint(2, 2));
    assert.deepEqual(chain.block([{ key: reporter, tx: ev }]), ["ok"]);
    // Priced like other evidence: two recoveries and the hashing, plus the state it reads and writes.
    assert.ok(chain.cost().gasUsed > 2 * Gas.ECRECOVER + 6 * Gas.KECCAK);
    const cut = (bondedBefore * short.slashPercent) / 100n;
    assert.equal(readAccount(chain.state, byz.addressHex).bonded, bondedBefore - cut);
    assert.equal(readSlashedTotal(chain.state), cut);
    assert.equal(chain.record(byz).jailed, true);
    assert.equal(chain.record(byz).timesSlashed, 1);
    assert.equal(chain.powerOf(byz), 0, "jailed: out of the set");
    // The same pair again (replay), the pair reversed, or a third checkpoint of that height: one offence.
    assert.deepEqual(chain.block([{ key: reporter, tx: ev }]), ["TX_EXISTS"]);
    assert.deepEqual(chain.block([{ key: reporter, tx: pair(checkpoint(2, 2), checkpoint(2, 1)) }]), [
      "TX_EXISTS",
    ]);
    assert.deepEqual(chain.block([{ key: outsider, tx: pair(checkpoint(2, 1), checkpoint(2, 3)) }]), [
      "TX_EXISTS",
    ]);
    assert.equal(chain.record(byz).timesSlashed, 1);
    assert.equal(readSlashedTotal(chain.state), cut);
  });

  it("refuses two signatures of the same checkpoint (one digest)", () => {
    const chain = newChain();
    chain.block();
    assert.deepEqual(chain.block([{ key: reporter, tx: pair(checkpoint(1, 1), checkpoint(1, 1)) }]), [
      "TX_BAD_FIELD",
    ]);
    assert.ok(chain.cost().gasUsed > 0, "a refused pair still pays its gas");
    assert.equal(chain.record(byz).jailed, false);
  });

  it("refuses checkpoints of different heights, bridges or sidechains", () => {
    const chain = newChain();
    chain.block();
    chain.block();
    const otherBridge = checkpoint(2, 2, { bridge: "0x00000000000000000000000000000000000b41d7" });
    const otherEth = checkpoint(2, 2, { ethChainId: 1 });
    const otherChain = checkpoint(2, 2, { chainId: TEST_CHAIN_ID + 1 });
    for (const b of [checkpoint(1, 2), otherBridge, otherEth, otherChain]) {
      assert.deepEqual(chain.block([{ key: reporter, tx: pair(checkpoint(2, 1), b) }]), ["TX_BAD_FIELD"]);
    }
    assert.equal(chain.record(byz).jailed, false);
    assert.equal(chain.record(byz).timesSlashed, 0);
  });

  it("refuses a pair whose signature is not the named validator's", () => {
    const chain = newChain();
    chain.block();
    const forged = pair(checkpoint(1, 1), checkpoint(1, 2), byz, validators[1]!);
    assert.deepEqual(chain.block([{ key: reporter, tx: forged }]), ["TX_BAD_SIGNATURE"]);
    assert.equal(chain.record(byz).jailed, false);
  });

  it("refuses a signer that was not in the validator set at that height", () => {
    const chain = newChain();
    chain.block();
    // Never a member, no stake.
    assert.deepEqual(
      chain.block([{ key: reporter, tx: pair(checkpoint(1, 1), checkpoint(1, 2), outsider) }]),
      ["TX_UNAUTHORIZED"],
    );
    // Bonded, but a fifth candidate with less power than the four members (maxValidators 4).
    assert.deepEqual(chain.block([{ key: outsider, tx: { bond: { amount: uintToBytes(5n * RLC) } } }]), [
      "ok",
    ]);
    while (chain.height() < 3 + short.bondDelay) chain.block();
    assert.equal(chain.powerOf(outsider), 0);
    assert.deepEqual(
      chain.block([{ key: reporter, tx: pair(checkpoint(5, 1), checkpoint(5, 2), outsider) }]),
      ["TX_UNAUTHORIZED"],
    );
    assert.equal(chain.record(outsider).timesSlashed, 0);
  });

  it("judges membership at the checkpoint's height: before joining no, while a member and soon after leaving yes", () => {
    const chain = newChain();
    chain.block();
    // byz leaves the set at the end of block 2 (unbonds everything).
    chain.block([{ key: byz, tx: { unbond: { amount: uintToBytes(10n * RLC) } } }]);
    assert.equal(chain.powerOf(byz), 0);
    // A newcomer with more power than the others joins the set (and pushes nobody: 3 members left).
    assert.deepEqual(chain.block([{ key: outsider, tx: { bond: { amount: uintToBytes(20n * RLC) } } }]), [
      "ok",
    ]);
    const joinedAt = 3 + short.bondDelay;
    while (chain.height() < joinedAt) chain.block();
    assert.equal(chain.powerOf(outsider), 20);
    // The newcomer was no member at height 2, and is at its joining height.
    assert.deepEqual(
      chain.block([{ key: reporter, tx: pair(checkpoint(2, 1), checkpoint(2, 2), outsider) }]),
      ["TX_UNAUTHORIZED"],
    );
    assert.deepEqual(
      chain.block([{ key: reporter, tx: pair(checkpoint(joinedAt, 1), checkpoint(joinedAt, 2), outsider) }]),
      ["ok"],
    );
    // byz left at 2: Ethereum may trust it up to checkpointTrustBlocks later, so it stays accountable
    // for checkpoints up to height 12, not after.
    assert.deepEqual(chain.block([{ key: reporter, tx: pair(checkpoint(13, 1), checkpoint(13, 2)) }]), [
      "TX_UNAUTHORIZED",
    ]);
    assert.deepEqual(chain.block([{ key: reporter, tx: pair(checkpoint(12, 1), checkpoint(12, 2)) }]), [
      "ok",
    ]);
    const cut = (10n * RLC * short.slashPercent) / 100n;
    assert.equal(chain.record(byz).unbonding, 10n * RLC - cut, "its unbonding stake is slashed");
  });

  it("refuses evidence older than evidenceMaxAgeBlocks with TX_EVIDENCE_TOO_OLD", () => {
    const chain = newChain();
    while (chain.height() < 1 + short.evidenceMaxAgeBlocks - 1) chain.block();
    // Block 21 carries evidence of height 1: exactly the max age, accepted.
    assert.deepEqual(
      chain.block([{ key: reporter, tx: pair(checkpoint(1, 1), checkpoint(1, 2), validators[1]!) }]),
      ["ok"],
    );
    // Block 22: height 1 is now too old.
    assert.deepEqual(chain.block([{ key: reporter, tx: pair(checkpoint(1, 1), checkpoint(1, 2)) }]), [
      "TX_EVIDENCE_TOO_OLD",
    ]);
    assert.equal(chain.record(byz).jailed, false);
  });

  it("rejects malformed pairs at admission, before any state or signature work", () => {
    const chain = newChain();
    const good = pair(checkpoint(1, 1), checkpoint(1, 2));
    const shortSig = {
      evidence: {
        ...good.evidence,
        checkpointB: { ...good.evidence.checkpointB, signature: new Uint8Array(64) },
      },
    };
    const mixed = { evidence: { ...good.evidence, voteA: { vote: new Uint8Array(1) } } };
    const otherSigner = {
      evidence: { ...good.evidence, checkpointB: signed(checkpoint(1, 2), validators[1]!) },
    };
    for (const tx of [shortSig, mixed, otherSigner]) {
      assert.deepEqual(chain.block([{ key: reporter, tx }]), ["TX_BAD_FIELD"]);
    }
    assert.equal(chain.record(byz).jailed, false);
  });
});
