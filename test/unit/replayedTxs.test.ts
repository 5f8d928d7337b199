/**
 * Issue 9 (duplicate tx batches): a transaction already in a block, replayed by a peer or a client, is
 * refused by its hash before its signature is recovered (bench/byzantineMessages.ts measured a
 * replayed 512-tx batch at ≈ 60% of an honest batch's CPU, every signature recovered, before this).
 */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { pino } from "pino";
import { ApiClient } from "../../node/cli/apiClient.js";
import { defaultBackend, type SignatureBackend } from "../../node/crypto/secp256k1.js";
import { RecentTxHashes } from "../../node/mempool/recentTxHashes.js";
import { PocoNode } from "../../node/pocoNode.js";
import { bytesEqual, poco } from "../../proto/index.js";
import { RLC, signedTransfer, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";

/** The real backend, counting recoveries of one signature (blocks' commits are recovered too). */
function countingBackend(): SignatureBackend & { watched?: Uint8Array; recoveries: number } {
  const counting = {
    name: `counting-${defaultBackend.name}`,
    watched: undefined as Uint8Array | undefined,
    recoveries: 0,
    sign: (hash: Uint8Array, key: Uint8Array) => defaultBackend.sign(hash, key),
    getPublicKey: (key: Uint8Array) => defaultBackend.getPublicKey(key),
    recoverPublicKey(hash: Uint8Array, signature: Uint8Array) {
      if (counting.watched && bytesEqual(signature, counting.watched)) counting.recoveries++;
      return defaultBackend.recoverPublicKey(hash, signature);
    },
  };
  return counting;
}

describe("replayed transactions (issue 9)", () => {
  it("RecentTxHashes is bounded and forgets the oldest first", () => {
    const cache = new RecentTxHashes(3);
    for (const h of ["a", "b", "c", "d"]) cache.add(h);
    assert.equal(cache.size, 3);
    assert.equal(cache.has("a"), false);
    assert.ok(cache.has("b") && cache.has("d"));
    cache.add("d");
    assert.equal(cache.size, 3);
  });

  it("a transaction already committed is refused as known without recovering its signature", async function () {
    this.timeout(30_000);
    const dir = tempDir();
    const validator = testKey(0);
    const alice = testKey(1);
    const backend = countingBackend();
    const node = await PocoNode.start({
      dataDir: dir,
      genesis: testGenesis(validator, [alice], 100n * RLC),
      validatorKey: validator,
      api: { host: "127.0.0.1", port: 0 },
      producer: { blockTimeMs: 50 },
      logger: pino({ level: "silent" }),
      backend,
    });
    try {
      const api = new ApiClient(node.apiUrl);
      const tx = signedTransfer(alice, testKey(2), RLC, 0);
      backend.watched = poco.SignedTx.decode(tx.bytes).signature;
      const { hash } = await api.submitTx(tx.bytes);
      await api.waitForTx(hash, 20_000, 25);
      const before = backend.recoveries;
      assert.ok(before > 0, "the first submission recovered the signature");
      await assert.rejects(api.submitTx(tx.bytes), /already in a block/);
      assert.equal(backend.recoveries, before, "no signature recovered for a replayed tx");
    } finally {
      await node.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
