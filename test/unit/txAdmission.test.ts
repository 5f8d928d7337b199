/**
 * Admission of many txs at once through the verifier's threads (`admitTxList`, behind POST /txs and
 * POST /txs/batch): per tx one result, in the request's order, the same errors a one-by-one admission
 * gives, txs of one sender added in order (so a run of nonces is admitted in one batch), and an
 * overloaded verifier refusing the batch with VERIFIER_BUSY per tx, leaving the mempool untouched.
 */
import assert from "node:assert/strict";
import { applyGenesis } from "../../node/chain/genesis.js";
import { toHex } from "../../node/crypto/hash.js";
import { defaultBackend } from "../../node/crypto/secp256k1.js";
import { WorkerPoolVerifier } from "../../node/crypto/signatureVerifier.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { Mempool } from "../../node/mempool/mempool.js";
import { type AdmissionDeps, admitTxList } from "../../node/mempool/txAdmission.js";
import { CommittedState } from "../../node/state/committedState.js";
import { StateOverlay } from "../../node/state/stateOverlay.js";
import { signTx, type VerifiedTx } from "../../node/tx/signedTx.js";
import { uintToBytes } from "../../proto/index.js";
import { RLC, signedTransfer, TEST_CHAIN_ID, testGenesis, testKey } from "../helpers/fixtures.js";

const validator = testKey(0);
const alice = testKey(1);
const bob = testKey(2);

function deps(verifier: WorkerPoolVerifier): AdmissionDeps {
  const overlay = new StateOverlay(CommittedState.empty());
  applyGenesis(overlay, testGenesis(validator, [alice, bob], 1_000n * RLC));
  const state = CommittedState.empty();
  state.apply(overlay.entries());
  return {
    chainId: TEST_CHAIN_ID,
    backend: defaultBackend,
    executor: createStateMachine(TEST_CHAIN_ID),
    mempool: new Mempool(state, {}, { now: () => 0, baseFee: () => 0n }),
    verifier,
  };
}

const codeOf = (r: VerifiedTx | Error | undefined) =>
  r instanceof Error ? (r as { code?: string }).code : r?.hashHex;

describe("tx admission in batches on the verifier's threads", () => {
  it("keeps the request's order and reports each tx's own error", async () => {
    const verifier = new WorkerPoolVerifier({ threads: 1, inThreadBelow: 1, chunkSize: 3 });
    try {
      const d = deps(verifier);
      const a = [0, 1, 2, 3].map((n) => signedTransfer(alice, bob, RLC, n));
      const fromBob = signedTransfer(bob, alice, RLC, 0);
      const forged = signedTransfer(bob, alice, RLC, 1).bytes.slice();
      forged[forged.length - 5]! ^= 1; // inside the signature: recovers another key (or none)
      const wrongChain = signTx(
        { chainId: TEST_CHAIN_ID + 1, nonce: 0, transfer: { to: bob.address, amount: uintToBytes(1n) } },
        alice.privateKey,
      ).bytes;
      const list = [
        a[0]!.bytes,
        Uint8Array.of(1, 2, 3),
        a[1]!.bytes,
        a[1]!.bytes,
        forged,
        wrongChain,
        fromBob.bytes,
        a[3]!.bytes, // nonce gap until a[2]
        a[2]!.bytes,
      ];
      const results = await admitTxList(d, list, false);
      assert.deepEqual(results.map(codeOf), [
        toHex(a[0]!.hash),
        "TX_MALFORMED",
        toHex(a[1]!.hash),
        "TX_ALREADY_KNOWN",
        "TX_BAD_SIGNATURE",
        "TX_WRONG_CHAIN_ID",
        toHex(fromBob.hash),
        "TX_NONCE_GAP",
        toHex(a[2]!.hash),
      ]);
      assert.equal(d.mempool.size, 4);
      // A tx already pending is known by its hash: no second recovery, same error as one by one.
      const again = await admitTxList(d, [a[0]!.bytes], false);
      assert.equal(codeOf(again[0]), "TX_ALREADY_KNOWN");
    } finally {
      await verifier.close();
    }
  });

  it("an overloaded verifier refuses the batch with VERIFIER_BUSY per tx and admits none of it", async () => {
    const verifier = new WorkerPoolVerifier({ threads: 1, inThreadBelow: 1, maxQueuedItems: 4 });
    try {
      const d = deps(verifier);
      const list = [0, 1, 2, 3, 4, 5].map((n) => signedTransfer(alice, bob, RLC, n).bytes);
      const results = await admitTxList(d, list, false);
      assert.deepEqual(
        results.map(codeOf),
        list.map(() => "VERIFIER_BUSY"),
      );
      assert.equal(d.mempool.size, 0);
    } finally {
      await verifier.close();
    }
  });
});
