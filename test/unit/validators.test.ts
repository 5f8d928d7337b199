import assert from "node:assert/strict";
import { signVote } from "../../consensus/vote.js";
import { applyGenesis } from "../../node/chain/genesis.js";
import { toHex } from "../../node/crypto/hash.js";
import { defaultBackend } from "../../node/crypto/secp256k1.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { DEFAULT_VALIDATOR_PARAMS, readSlashedTotal } from "../../node/execution/validatorModule.js";
import { readAccount } from "../../node/state/accounts.js";
import { CommittedState } from "../../node/state/committedState.js";
import { StateKeys } from "../../node/state/stateKeys.js";
import { StateOverlay } from "../../node/state/stateOverlay.js";
import { decodeAndVerifyTx, signTx } from "../../node/tx/signedTx.js";
import { bytesToUint, poco, uintToBytes } from "../../proto/index.js";
import { RLC, TEST_CHAIN_ID, testGenesis, testKey } from "../helpers/fixtures.js";

const validators = [0, 1, 2, 3].map((i) => testKey(i));
const alice = testKey(10);

function setup() {
  const g = testGenesis(validators[0]!, [alice], 1_000n * RLC);
  g.validators = validators.map((k) => ({ address: toHex(k.address), power: 10 }));
  const overlay = new StateOverlay(CommittedState.empty());
  applyGenesis(overlay, g);
  const state = CommittedState.empty();
  state.apply(overlay.entries());
  const executor = createStateMachine(TEST_CHAIN_ID);
  let height = 0;
  const nonces = new Map<string, number>();
  const block = (
    txs: { key: typeof alice; tx: Omit<poco.Tx.$Properties, "chainId" | "nonce"> }[],
    signers?: string[],
  ) => {
    height++;
    const verified = txs.map(({ key, tx }) => {
      const nonce = nonces.get(key.addressHex) ?? 0;
      nonces.set(key.addressHex, nonce + 1);
      return decodeAndVerifyTx(
        signTx({ ...tx, chainId: TEST_CHAIN_ID, nonce }, key.privateKey).bytes,
        TEST_CHAIN_ID,
      );
    });
    const ctx = {
      chainId: TEST_CHAIN_ID,
      height,
      timeMs: 1_700_000_000_000 + height * 500,
      proposer: "0x00",
      baseFee: 0n,
      ...(signers ? { lastCommitSigners: signers } : {}),
    };
    const result = executor.execute(state, ctx, verified, false);
    state.apply(result.overlay.entries());
    return result.receipts.map((r) => r.error?.code ?? "ok");
  };
  const set = () =>
    poco.ValidatorSet.decode(state.get(StateKeys.meta("validators"))!).validators.map((v) => [
      toHex(v.address!),
      Number(v.power),
    ]);
  const total = () => {
    let sum = readSlashedTotal(state);
    for (const k of [...validators, alice]) {
      const a = readAccount(state, k.addressHex);
      sum += a.balance + a.stake + a.locked + a.bonded;
    }
    // Stake in flight (pending bonds, unbonding) sits in the validator record.
    const raw = state.get(`val:${alice.addressHex.slice(2).toLowerCase()}`);
    if (raw) {
      const record = poco.ValidatorRecord.decode(raw);
      sum += bytesToUint(record.unbonding, "unbonding") + bytesToUint(record.pendingBond, "pendingBond");
    }
    return sum;
  };
  return { state, block, set, total };
}

const vote = (key: typeof alice, height: number, hash: number) =>
  signVote(
    {
      chainId: TEST_CHAIN_ID,
      type: "prevote",
      height,
      round: 0,
      blockHash: new Uint8Array(32).fill(hash),
      timeMs: 1,
      validator: key.address,
    },
    key.privateKey,
    defaultBackend,
  );

describe("validators in the state machine", () => {
  it("turns genesis power into bonded stake and an active set", () => {
    const { state, set } = setup();
    assert.equal(
      readAccount(state, validators[0]!.addressHex).bonded,
      10n * DEFAULT_VALIDATOR_PARAMS.powerUnit,
    );
    assert.equal(set().length, 4);
  });

  it("activates a bond after the delay and releases an unbond after its delay, conserving RLC", () => {
    const { block, set, total, state } = setup();
    const before = total();
    assert.deepEqual(block([{ key: alice, tx: { bond: { amount: uintToBytes(20n * RLC) } } }]), ["ok"]);
    assert.equal(set().length, 4, "not active before the bond delay");
    for (let i = 0; i < DEFAULT_VALIDATOR_PARAMS.bondDelay; i++) block([]);
    assert.deepEqual(
      set().find(([a]) => a === toHex(alice.address)),
      [toHex(alice.address), 20],
    );
    assert.equal(total(), before);
    assert.deepEqual(block([{ key: alice, tx: { unbond: { amount: uintToBytes(20n * RLC) } } }]), ["ok"]);
    assert.equal(set().length, 4, "unbonded power leaves the set at once");
    const balance = readAccount(state, alice.addressHex).balance;
    for (let i = 0; i < DEFAULT_VALIDATOR_PARAMS.unbondDelay; i++) block([]);
    assert.equal(readAccount(state, alice.addressHex).balance, balance + 20n * RLC);
    assert.equal(total(), before);
  });

  it("slashes and jails a double signer on evidence, once", () => {
    const { block, set, state } = setup();
    block([]);
    const byz = validators[2]!;
    const evidence = { evidence: { voteA: vote(byz, 1, 1), voteB: vote(byz, 1, 2) } };
    assert.deepEqual(block([{ key: alice, tx: evidence }]), ["ok"]);
    assert.equal(readAccount(state, byz.addressHex).bonded, 10n * RLC - (10n * RLC * 5n) / 100n);
    assert.equal(readSlashedTotal(state), (10n * RLC * 5n) / 100n);
    assert.ok(!set().some(([a]) => a === toHex(byz.address)), "jailed validator left the set");
    assert.deepEqual(block([{ key: alice, tx: evidence }]), ["TX_EXISTS"]);
    const notConflicting = { evidence: { voteA: vote(byz, 1, 1), voteB: vote(byz, 1, 1) } };
    assert.deepEqual(block([{ key: alice, tx: notConflicting }]), ["TX_BAD_FIELD"]);
    const twoValidators = { evidence: { voteA: vote(byz, 1, 1), voteB: vote(validators[1]!, 1, 2) } };
    assert.deepEqual(block([{ key: alice, tx: twoValidators }]), ["TX_BAD_FIELD"]);
  });

  it("accepts evidence of votes at the height of the block that carries it, not from a later height", () => {
    const { block, state } = setup();
    block([]);
    const byz = validators[1]!;
    // In block 2, votes of height 3 are from the future; in block 3 the same votes are evidence.
    const future = { evidence: { voteA: vote(byz, 3, 1), voteB: vote(byz, 3, 2) } };
    assert.deepEqual(block([{ key: alice, tx: future }]), ["TX_BAD_FIELD"]);
    const current = { evidence: { voteA: vote(byz, 3, 1), voteB: vote(byz, 3, 2) } };
    assert.deepEqual(block([{ key: alice, tx: current }]), ["ok"]);
    assert.ok(readAccount(state, byz.addressHex).bonded < 10n * RLC);
  });
});
