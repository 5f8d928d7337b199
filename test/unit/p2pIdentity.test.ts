/** Persistent libp2p identity: created once, reloaded with the same peer id, typed error when corrupt. */
import "../../node/polyfill.js";
import assert from "node:assert/strict";
import { rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateKeyPair, privateKeyToProtobuf } from "@libp2p/crypto/keys";
import { isP2PError, P2PErrorCode } from "../../node/p2p/p2pErrors.js";
import { loadOrCreatePeerKey, PEER_KEY_FILE, peerIdOf, peerKeyPath } from "../../node/p2p/peerIdentity.js";
import { tempDir } from "../helpers/fixtures.js";

describe("p2p peer identity", () => {
  const dirs: string[] = [];
  const dir = () => {
    const d = tempDir("poco-p2p-key-");
    dirs.push(d);
    return d;
  };
  after(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it("creates an Ed25519 key (mode 0600) once and reloads the same peer id", async () => {
    const d = join(dir(), "nested", "data");
    const first = await loadOrCreatePeerKey(d);
    assert.equal(first.type, "Ed25519");
    assert.equal(statSync(peerKeyPath(d)).mode & 0o777, 0o600);
    assert.equal(peerKeyPath(d), join(d, PEER_KEY_FILE));
    const second = await loadOrCreatePeerKey(d);
    assert.equal(peerIdOf(second), peerIdOf(first));
    assert.match(peerIdOf(first), /^12D3KooW/);
  });

  it("two data dirs get two identities", async () => {
    assert.notEqual(peerIdOf(await loadOrCreatePeerKey(dir())), peerIdOf(await loadOrCreatePeerKey(dir())));
  });

  it("rejects a corrupt file with P2P_KEY_CORRUPT and leaves it in place", async () => {
    const d = dir();
    writeFileSync(peerKeyPath(d), "not a key at all");
    await assert.rejects(loadOrCreatePeerKey(d), (e) => isP2PError(e, P2PErrorCode.KEY_CORRUPT));
    await assert.rejects(loadOrCreatePeerKey(d), (e) => isP2PError(e, P2PErrorCode.KEY_CORRUPT));
  });

  it("rejects a key of another type with P2P_KEY_CORRUPT", async () => {
    const d = dir();
    const k = await generateKeyPair("secp256k1");
    writeFileSync(peerKeyPath(d), privateKeyToProtobuf(k));
    await assert.rejects(
      loadOrCreatePeerKey(d),
      (e) => isP2PError(e, P2PErrorCode.KEY_CORRUPT) && /Ed25519/.test(e.message),
    );
  });

  it("reports an unreadable path with P2P_KEY_IO", async () => {
    const d = dir();
    const file = join(d, "a-file");
    writeFileSync(file, "x");
    // The data dir is a file: creating the key inside it fails.
    await assert.rejects(loadOrCreatePeerKey(file), (e) => isP2PError(e, P2PErrorCode.KEY_IO));
  });
});
