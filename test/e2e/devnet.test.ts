import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import "../../node/polyfill.js";
import { ApiClient } from "../../node/cli/apiClient.js";
import { startDevnetNodes } from "../../node/cli/devnet.js";
import { readKeyFile } from "../../node/crypto/keys.js";
import type { PocoNode } from "../../node/pocoNode.js";
import { RLC, signedTransfer, tempDir, testKey } from "../helpers/fixtures.js";

describe("poco devnet (embedded defaults)", function () {
  this.timeout(120_000);
  let dir: string;
  let nodes: PocoNode[] = [];

  after(async () => {
    for (const n of nodes) await n.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("starts 4 validators that finalize a faucet transfer, and restarts on the same chain", async () => {
    dir = tempDir("poco-devnet-");
    const opts = { dataDir: dir, apiPort: 0, p2pPort: 0, validators: 4, blockTime: 200 };
    let started = await startDevnetNodes(opts);
    nodes = started.nodes;
    assert.equal(nodes.length, 4);
    const faucet = await readKeyFile(started.files.faucetKeyPath);
    const bob = testKey(77);
    const chainId = started.files.genesis.chainId;
    const api = new ApiClient(nodes[1]!.apiUrl);
    const { hash } = await api.submitTx(signedTransfer(faucet, bob, 5n * RLC, 0, chainId).bytes);
    const receipt = await api.waitForTx(hash, 30_000, 50);
    assert.equal(receipt.status, "success");
    const genesisHash = (await api.status()).genesisHash;
    for (const n of nodes) await n.stop();
    started = await startDevnetNodes(opts);
    nodes = started.nodes;
    const again = new ApiClient(nodes[0]!.apiUrl);
    const status = await again.status();
    assert.equal(status.genesisHash, genesisHash);
    assert.ok(status.height >= receipt.height);
    assert.equal((await again.account(bob.addressHex)).balance, (5n * RLC).toString());
  });
});
