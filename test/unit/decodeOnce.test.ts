/**
 * Issue 14 item 3, "no re-decoding or re-hashing of the same bytes": accounts decoded once per bytes
 * object and SignedTx envelopes decoded and hashed once between admission's id check and its full
 * check. What must not break: a caller changing the account it read never changes what the next read
 * sees, and a different bytes object (even with other content) is never answered from another's memo.
 */
import assert from "node:assert/strict";
import { toHex } from "../../node/crypto/hash.js";
import { peekTxHash } from "../../node/mempool/txAdmission.js";
import { readAccount, updateAccount, writeAccount } from "../../node/state/accounts.js";
import { CommittedState } from "../../node/state/committedState.js";
import { StateOverlay } from "../../node/state/stateOverlay.js";
import { decodeSignedTxEnvelope, decodeTx } from "../../node/tx/signedTx.js";
import { RLC, signedTransfer, TEST_CHAIN_ID, testKey } from "../helpers/fixtures.js";

describe("decode once (accounts, tx envelopes)", () => {
  it("a read account is the caller's own copy; writes and reads agree", () => {
    const state = new StateOverlay(CommittedState.empty());
    const address = testKey(1).addressHex;
    writeAccount(state, address, { balance: 10n, nonce: 1, stake: 2n, locked: 0n, bonded: 0n });
    const first = readAccount(state, address);
    first.balance = 999n;
    first.nonce = 42;
    assert.deepEqual(readAccount(state, address), {
      balance: 10n,
      nonce: 1,
      stake: 2n,
      locked: 0n,
      bonded: 0n,
    });
    updateAccount(state, address, (a) => {
      a.balance -= 3n;
      a.nonce += 1;
    });
    assert.deepEqual(readAccount(state, address), {
      balance: 7n,
      nonce: 2,
      stake: 2n,
      locked: 0n,
      bonded: 0n,
    });
  });

  it("admission's id check and full check share one decoding of the same bytes, never another's", () => {
    const alice = testKey(1);
    const a = signedTransfer(alice, testKey(2), RLC, 0);
    const b = signedTransfer(alice, testKey(2), RLC, 1);
    assert.equal(peekTxHash(a.bytes), toHex(a.hash));
    assert.equal(decodeSignedTxEnvelope(a.bytes), decodeSignedTxEnvelope(a.bytes));
    const decoded = decodeTx(a.bytes, TEST_CHAIN_ID);
    assert.equal(decoded.hashHex, toHex(a.hash));
    assert.equal(decoded.nonce, 0);
    // Other bytes (a copy of b's content) get their own decoding and id.
    const copy = Uint8Array.from(b.bytes);
    assert.equal(peekTxHash(copy), toHex(b.hash));
    assert.equal(decodeTx(copy, TEST_CHAIN_ID).nonce, 1);
    assert.throws(() => peekTxHash(Uint8Array.of(1, 2, 3)), { code: "TX_MALFORMED" });
  });
});
