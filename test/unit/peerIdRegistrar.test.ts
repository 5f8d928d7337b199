/**
 * PeerIdRegistrar: a validator node registers its own peer id only when its validator is a
 * candidate, has none registered and the node is in sync; never replaces a registration; retries a
 * failed submission only after `retryBlocks`.
 */
import assert from "node:assert/strict";
import { pino } from "pino";
import { PeerIdRegistrar } from "../../node/consensus/peerIdRegistrar.js";
import { generatePeerKey, peerIdBytes, peerIdOf } from "../../node/p2p/peerIdentity.js";
import { decodeAndVerifyTx } from "../../node/tx/signedTx.js";
import { TEST_CHAIN_ID, testKey } from "../helpers/fixtures.js";
import { validatorChain } from "../helpers/validatorChain.js";

describe("a validator node registers its own peer id", () => {
  it("submits setPeerId (when asked to) once in sync, for a candidate with none registered, and retries a failure later", async () => {
    const validators = [0, 1, 2, 3].map((i) => testKey(i));
    const outsider = testKey(9);
    const chain = validatorChain({ validators, funded: [outsider] });
    chain.block();
    const own = peerIdBytes(peerIdOf(await generatePeerKey()));
    let syncing = true;
    let height = 10;
    let fail = false;
    const submitted: Uint8Array[] = [];
    const registrar = (key = validators[0]!, autoRegister = true) =>
      new PeerIdRegistrar({
        key,
        chainId: TEST_CHAIN_ID,
        peerId: own,
        state: () => chain.state,
        height: () => height,
        nextBaseFee: () => 7n,
        minBaseFee: 1n,
        nextNonce: () => 0,
        submitTx: (bytes) => {
          if (fail) throw new Error("TX_INSUFFICIENT_FUNDS");
          submitted.push(bytes);
          return decodeAndVerifyTx(bytes, TEST_CHAIN_ID);
        },
        syncing: () => syncing,
        log: pino({ level: "silent" }),
        autoRegister,
        retryBlocks: 5,
      });

    const mine = registrar();
    assert.equal(mine.onBlock(), false, "not while syncing");
    syncing = false;
    assert.equal(registrar(validators[0], false).onBlock(), false, "opt-in: without it, only a log line");
    assert.equal(submitted.length, 0);
    fail = true;
    assert.equal(mine.onBlock(), false, "a refused submission");
    height += 4;
    fail = false;
    assert.equal(mine.onBlock(), false, "retried only after retryBlocks");
    height += 1;
    assert.equal(mine.onBlock(), true);
    const tx = decodeAndVerifyTx(submitted[0]!, TEST_CHAIN_ID).tx;
    assert.equal(tx.kind, "setPeerId");
    assert.deepEqual(Uint8Array.from(tx.setPeerId!.peerId!), own);
    assert.equal(BigInt(`0x${Buffer.from(tx.maxFeePerGas!).toString("hex")}`), 2n * 7n + 1n);

    assert.equal(registrar(outsider).onBlock(), false, "not a candidate: nothing");
    // Once a registration exists (the operator's, or this one committed), it is never replaced.
    assert.deepEqual(chain.block([{ key: validators[1]!, tx: { setPeerId: { peerId: own } } }]), ["ok"]);
    height += 100;
    assert.equal(registrar(validators[1]).onBlock(), false);
    assert.equal(submitted.length, 1);
  });
});
