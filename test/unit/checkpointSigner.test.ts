import assert from "node:assert/strict";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Checkpoint, recoverCheckpointSigner, signCheckpoint } from "../../bridge/checkpoint.js";
import { CheckpointEquivocationDetector } from "../../node/bridge/checkpointEquivocation.js";
import { CheckpointDoubleSignError, CheckpointSigner } from "../../node/bridge/checkpointSigner.js";
import { defaultBackend } from "../../node/crypto/secp256k1.js";
import { RLC, TEST_CHAIN_ID, tempDir, testKey } from "../helpers/fixtures.js";
import { validatorChain } from "../helpers/validatorChain.js";

const domain = { ethChainId: 31337, bridge: "0x00000000000000000000000000000000000b41d6" };
const checkpoint = (height: number, variant: number, over: Partial<Checkpoint> = {}): Checkpoint => ({
  ...domain,
  chainId: TEST_CHAIN_ID,
  height,
  blockHash: new Uint8Array(32).fill(height & 0xff),
  stateRoot: new Uint8Array(32).fill(7),
  withdrawalsRoot: new Uint8Array(32).fill(variant),
  nextValidatorSetHash: new Uint8Array(32).fill(9),
  ...over,
});

describe("checkpoint signer: never two different checkpoints at one height, across restarts", () => {
  let dir: string;
  const key = testKey(2);
  beforeEach(() => {
    dir = tempDir("poco-ckpt-signer-");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("regression: a validator restarted after signing checkpoint h refuses another checkpoint at h", () => {
    const path = join(dir, "checkpoint-signer.json");
    const first = new CheckpointSigner(path, key.privateKey, defaultBackend);
    const signature = first.sign(checkpoint(20, 1));
    assert.equal(recoverCheckpointSigner(checkpoint(20, 1), signature), key.addressHex.toLowerCase());
    // The process dies right after the signature left; a new one starts from the same data dir.
    const restarted = new CheckpointSigner(path, key.privateKey, defaultBackend);
    assert.throws(() => restarted.sign(checkpoint(20, 2)), CheckpointDoubleSignError);
    assert.throws(() => restarted.sign(checkpoint(10, 1)), CheckpointDoubleSignError, "below the last");
    assert.deepEqual(restarted.sign(checkpoint(20, 1)), signature, "the same checkpoint: same signature");
    assert.equal(existsSync(`${path}.tmp`), false);
    // Another bridge deployment is another domain: its own heights.
    const other = checkpoint(20, 2, { bridge: "0x00000000000000000000000000000000000b41d7" });
    assert.ok(restarted.sign(other).length === 65);
    assert.ok(restarted.sign(checkpoint(40, 3)).length === 65);
    const again = new CheckpointSigner(path, key.privateKey, defaultBackend);
    assert.throws(() => again.sign(checkpoint(40, 4)), CheckpointDoubleSignError);
    assert.throws(() => again.sign(checkpoint(20, 1)), CheckpointDoubleSignError);
    assert.equal(again.lastSigned(other)?.height, 20);
  });

  it("creates its folder when the data dir does not exist yet", () => {
    const path = join(dir, "new", "checkpoint-signer.json");
    const signature = new CheckpointSigner(path, key.privateKey, defaultBackend).sign(checkpoint(1, 1));
    assert.deepEqual(
      new CheckpointSigner(path, key.privateKey, defaultBackend).sign(checkpoint(1, 1)),
      signature,
    );
  });

  it("refuses to start from an unreadable state file rather than sign blindly", () => {
    const path = join(dir, "checkpoint-signer.json");
    new CheckpointSigner(path, key.privateKey, defaultBackend).sign(checkpoint(5, 1));
    writeFileSync(path, "{ torn");
    assert.throws(() => new CheckpointSigner(path, key.privateKey, defaultBackend), /unreadable/);
  });
});

describe("checkpoint double signs seen on gossip become evidence", () => {
  const validators = [0, 1, 2, 3].map((i) => testKey(i));
  const byz = validators[2]!;
  const seen = (cp: Checkpoint, k = byz) => ({
    checkpoint: cp,
    validator: k.addressHex.toLowerCase(),
    signature: signCheckpoint(cp, k.privateKey),
  });

  it("reports a validator's second, different checkpoint at one height once, and the chain slashes it", () => {
    const detector = new CheckpointEquivocationDetector(4);
    assert.equal(detector.observe(seen(checkpoint(2, 1))), undefined);
    assert.equal(detector.observe(seen(checkpoint(2, 1))), undefined, "the same checkpoint again");
    assert.equal(detector.observe(seen(checkpoint(2, 1), validators[1])), undefined, "another validator");
    assert.equal(
      detector.observe(seen(checkpoint(2, 2, { bridge: "0x00000000000000000000000000000000000b41d7" }))),
      undefined,
      "another bridge",
    );
    assert.equal(detector.observe(seen(checkpoint(3, 2))), undefined, "another height");
    const evidence = detector.observe(seen(checkpoint(2, 2)));
    assert.ok(evidence?.checkpointA && evidence.checkpointB);
    assert.equal(detector.observe(seen(checkpoint(2, 3))), undefined, "reported once");

    const chain = validatorChain({ validators, funded: [validators[0]!], balance: 100n * RLC });
    chain.block();
    chain.block();
    assert.deepEqual(chain.block([{ key: validators[0]!, tx: { evidence } }]), ["ok"]);
    assert.equal(chain.record(byz).jailed, true);
    assert.equal(chain.record(byz).timesSlashed, 1);
  });

  it("keeps a bounded number of heights", () => {
    const detector = new CheckpointEquivocationDetector(2);
    detector.observe(seen(checkpoint(1, 1)));
    detector.observe(seen(checkpoint(2, 1)));
    detector.observe(seen(checkpoint(3, 1)));
    assert.equal(detector.observe(seen(checkpoint(1, 2))), undefined, "height 1 was forgotten");
    assert.ok(detector.observe(seen(checkpoint(3, 2))));
  });
});
