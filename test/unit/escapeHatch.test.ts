import assert from "node:assert/strict";
import { exitArgs } from "../../bridge/escapeHatch.js";
import { accountProof } from "../../node/api/routes/accountProofRoutes.js";
import { toHex } from "../../node/crypto/hash.js";
import { encodeAccount } from "../../node/state/accounts.js";
import { CommittedState } from "../../node/state/committedState.js";
import { StateKeys } from "../../node/state/stateKeys.js";
import { testKey } from "../helpers/fixtures.js";

describe("escapeHatch.exitArgs: a node's account proof checked locally before sending exit", () => {
  const alice = testKey(1).addressHex;
  const bob = testKey(2).addressHex;
  const record = { balance: 7n, nonce: 3, stake: 2n, locked: 0n, bonded: 1n };
  const state = CommittedState.fromEntries([
    [StateKeys.account(alice), encodeAccount(record)],
    [StateKeys.account(bob), encodeAccount({ ...record, balance: 9n })],
    ["meta:x", Uint8Array.of(1)],
  ]);
  const root = toHex(state.root());

  it("turns an honest proof into exit's arguments (fields in the contract's order)", () => {
    const [account, fields, siblings] = exitArgs(accountProof(state, 5, alice), root);
    assert.equal(account.toLowerCase(), alice.toLowerCase());
    assert.deepEqual(fields, [7n, 3n, 2n, 0n, 1n]);
    assert.ok(siblings.length > 0);
  });

  it("refuses a field that is not the proven record, another root, and an account without a record", () => {
    const altered = { ...accountProof(state, 5, alice), balance: "8" };
    assert.throws(() => exitArgs(altered, root), /HATCH_PROOF_MISMATCH|not of the anchored/);
    assert.throws(() => exitArgs(accountProof(state, 5, alice), toHex(new Uint8Array(32).fill(1))));
    assert.throws(
      () => exitArgs(accountProof(state, 5, testKey(3).addressHex), root),
      (err: Error & { code?: string }) => err.code === "HATCH_NO_RECORD",
    );
  });
});
