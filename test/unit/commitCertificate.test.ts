import assert from "node:assert/strict";
import { CommitError, verifyCommit } from "../../consensus/commitCertificate.js";
import { ValidatorSet } from "../../consensus/validatorSet.js";
import { encodeCommit, signVote } from "../../consensus/vote.js";
import { toHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { defaultBackend, type SignatureBackend } from "../../node/crypto/secp256k1.js";
import { TEST_CHAIN_ID, testKey } from "../helpers/fixtures.js";

const keys = [0, 1, 2, 3].map((i) => testKey(i));
const stranger = testKey(9);
const set = new ValidatorSet(keys.map((k) => ({ address: toHex(k.address), power: 10 })));
const hash = new Uint8Array(32).fill(7);
const hashHex = toHex(hash);

function precommit(k: KeyPair, round: number, blockHash = hash, height = 5) {
  return signVote(
    { chainId: TEST_CHAIN_ID, type: "precommit", height, round, blockHash, timeMs: 1, validator: k.address },
    k.privateKey,
    defaultBackend,
  );
}

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof CommitError) return err.code;
    throw err;
  }
  return "accepted";
}

/** Counts signature recoveries, to show which checks come before them. */
function countingBackend(): SignatureBackend & { recoveries: number } {
  const b = {
    recoveries: 0,
    sign: defaultBackend.sign.bind(defaultBackend),
    recoverPublicKey(hashBytes: Uint8Array, sig: Uint8Array) {
      b.recoveries++;
      return defaultBackend.recoverPublicKey(hashBytes, sig);
    },
  };
  return b as unknown as SignatureBackend & { recoveries: number };
}

const expect = (backend: SignatureBackend = defaultBackend) => ({
  chainId: TEST_CHAIN_ID,
  height: 5,
  blockHash: hashHex,
  validators: set,
  backend,
});

describe("commit certificate", () => {
  it("accepts precommits of one round by distinct members holding > 2/3", () => {
    const c = verifyCommit(
      encodeCommit(
        5,
        2,
        hash,
        keys.slice(0, 3).map((k) => precommit(k, 2)),
      ),
      expect(),
    );
    assert.equal(c.round, 2);
    assert.equal(c.power, 30);
    assert.equal(c.signers.length, 3);
  });

  it("9.1 regression: refuses a commit whose precommits come from different rounds", () => {
    const mixed = [precommit(keys[0]!, 0), precommit(keys[1]!, 1), precommit(keys[2]!, 1)];
    assert.equal(
      code(() => verifyCommit(encodeCommit(5, 1, hash, mixed), expect())),
      "COMMIT_MIXED_ROUNDS",
    );
  });

  it("9.1 regression: refuses duplicates, strangers and a missing quorum, before recovering any signature", () => {
    const backend = countingBackend();
    const dup = [precommit(keys[0]!, 0), precommit(keys[0]!, 0), precommit(keys[1]!, 0)];
    assert.equal(
      code(() => verifyCommit(encodeCommit(5, 0, hash, dup), expect(backend))),
      "COMMIT_DUPLICATE_SIGNER",
    );
    const strangers = [precommit(keys[0]!, 0), precommit(keys[1]!, 0), precommit(stranger, 0)];
    assert.equal(
      code(() => verifyCommit(encodeCommit(5, 0, hash, strangers), expect(backend))),
      "COMMIT_NON_MEMBER",
    );
    const two = [precommit(keys[0]!, 0), precommit(keys[1]!, 0)];
    assert.equal(
      code(() => verifyCommit(encodeCommit(5, 0, hash, two), expect(backend))),
      "COMMIT_NO_QUORUM",
    );
    assert.equal(backend.recoveries, 0);
  });

  it("refuses votes for another block or height, and forged signatures", () => {
    const other = [
      precommit(keys[0]!, 0),
      precommit(keys[1]!, 0),
      precommit(keys[2]!, 0, new Uint8Array(32)),
    ];
    assert.equal(
      code(() => verifyCommit(encodeCommit(5, 0, hash, other), expect())),
      "COMMIT_WRONG_VOTE",
    );
    assert.equal(
      code(() =>
        verifyCommit(
          encodeCommit(
            6,
            0,
            hash,
            keys.map((k) => precommit(k, 0)),
          ),
          expect(),
        ),
      ),
      "COMMIT_WRONG_BLOCK",
    );
    const forged = keys.slice(0, 3).map((k) => precommit(k, 0));
    forged[2] = { vote: forged[2]!.vote, signature: forged[1]!.signature };
    assert.equal(
      code(() => verifyCommit(encodeCommit(5, 0, hash, forged), expect())),
      "COMMIT_BAD_SIGNATURE",
    );
  });
});
