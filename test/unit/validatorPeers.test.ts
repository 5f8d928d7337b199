/**
 * `setPeerId`: a validator candidate registers its node's libp2p peer id (multihash bytes); anyone
 * else is refused; a malformed multihash is refused before execution; an empty one clears it. The
 * node's reserved set is the active validators' registered ids, as libp2p prints them.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { validatorSetAt } from "../../node/execution/proposerPriorityState.js";
import { checkPeerIdShape, readValidatorPeer } from "../../node/execution/validatorPeers.js";
import { generatePeerKey, peerIdBytes, peerIdFromBytes, peerIdOf } from "../../node/p2p/peerIdentity.js";
import { activeValidatorPeers } from "../../node/p2p/validatorPeerSet.js";
import { testKey } from "../helpers/fixtures.js";
import { validatorChain } from "../helpers/validatorChain.js";

const validators = [0, 1, 2, 3].map((i) => testKey(i));
const alice = testKey(10);

describe("validator peer ids (setPeerId)", () => {
  it("registers a candidate's peer id, refuses a non-candidate, and clears with empty bytes", async () => {
    const chain = validatorChain({ validators, funded: [alice] });
    const peerId = peerIdOf(await generatePeerKey());
    const bytes = peerIdBytes(peerId);
    assert.deepEqual(chain.block([{ key: validators[1]!, tx: { setPeerId: { peerId: bytes } } }]), ["ok"]);
    assert.deepEqual(Uint8Array.from(readValidatorPeer(chain.state, validators[1]!.addressHex)!), bytes);
    assert.deepEqual(
      [...activeValidatorPeers(chain.state, validatorSetAt(chain.state, chain.height() + 1))],
      [peerId],
    );

    assert.deepEqual(chain.block([{ key: alice, tx: { setPeerId: { peerId: bytes } } }]), [
      "TX_INVALID_STATE",
    ]);
    assert.equal(readValidatorPeer(chain.state, alice.addressHex), undefined);

    assert.deepEqual(
      chain.block([{ key: validators[1]!, tx: { setPeerId: { peerId: new Uint8Array(0) } } }]),
      ["ok"],
    );
    assert.equal(readValidatorPeer(chain.state, validators[1]!.addressHex), undefined);
    assert.equal(activeValidatorPeers(chain.state, validatorSetAt(chain.state, chain.height() + 1)).size, 0);
  });

  it("refuses bytes that are not a peer id multihash with TX_BAD_FIELD", () => {
    const chain = validatorChain({ validators, funded: [alice] });
    const bad = [
      Uint8Array.from([0x12, 0x20, ...new Uint8Array(31)]), // sha2-256 with 31 bytes
      Uint8Array.from([0x13, 0x20, ...new Uint8Array(32)]), // sha2-512 code
      Uint8Array.from([0x00, 0x2b, ...new Uint8Array(43)]), // identity over 42 bytes
      Uint8Array.from([0x00]),
    ];
    for (const peerId of bad) {
      assert.deepEqual(chain.block([{ key: validators[0]!, tx: { setPeerId: { peerId } } }]), [
        "TX_BAD_FIELD",
      ]);
    }
  });

  it("accepts exactly identity (≤ 42 bytes) and sha2-256 multihashes, and every peer id libp2p makes", async () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 50 }), (bytes) => {
        const valid =
          bytes.length >= 3 &&
          bytes[1] === bytes.length - 2 &&
          ((bytes[0] === 0x00 && bytes.length - 2 <= 42) || (bytes[0] === 0x12 && bytes.length === 34));
        let accepted = true;
        try {
          checkPeerIdShape(bytes);
        } catch {
          accepted = false;
        }
        assert.equal(accepted, valid);
      }),
      { numRuns: 2_000 },
    );
    for (let i = 0; i < 20; i++) {
      const id = peerIdOf(await generatePeerKey());
      const bytes = peerIdBytes(id);
      checkPeerIdShape(bytes);
      assert.equal(peerIdFromBytes(bytes), id);
    }
  });
});
