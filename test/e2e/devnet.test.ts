import assert from "node:assert/strict";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import "../../node/polyfill.js";
import { ApiClient } from "../../node/cli/apiClient.js";
import { type Devnet, startDevnetNodes } from "../../node/cli/devnet.js";
import { runBridgeDemo } from "../../node/cli/devnetDemo.js";
import { runMarketDemo, startDevnetWorkers } from "../../node/cli/devnetWorkers.js";
import { readKeyFile } from "../../node/crypto/keys.js";
import { RLC, signedTransfer, tempDir, testKey } from "../helpers/fixtures.js";

describe("poco devnet (embedded defaults: 4 validators, Anvil, bridge, relayer, scheduler, workers)", function () {
  this.timeout(180_000);
  let dir: string;
  let devnet: Devnet | undefined;

  after(async () => {
    await devnet?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("finalizes a faucet transfer, runs tasks on the workers, a withdrawal to a claim on Ethereum, and restarts on the same chains", async () => {
    dir = tempDir("poco-devnet-");
    const opts = { dataDir: dir, apiPort: 0, p2pPort: 0, validators: 4, blockTime: 200, checkpointEvery: 5 };
    devnet = await startDevnetNodes(opts);
    assert.equal(devnet.nodes.length, 4);
    const faucet = await readKeyFile(devnet.files.faucetKeyPath);
    const bob = testKey(77);
    const chainId = devnet.files.genesis.chainId;
    const api = new ApiClient(devnet.nodes[1]!.apiUrl);
    const { hash } = await api.submitTx(signedTransfer(faucet, bob, 5n * RLC, 0, chainId).bytes);
    const receipt = await api.waitForTx(hash, 30_000, 50);
    assert.equal(receipt.status, "success");
    const lines: string[] = [];
    const workers = await startDevnetWorkers(devnet);
    try {
      // Read through the node the demo polls for completion (node 0): another node may still be a
      // block behind it when the demo returns, and would not show the rewards yet.
      const demoNode = new ApiClient(devnet.nodes[0]!.apiUrl);
      const paid = async () =>
        (await Promise.all(workers.agents.map((a) => demoNode.account(a.address)))).reduce(
          (sum, a) => sum + BigInt(a.balance) + BigInt(a.stake),
          0n,
        );
      const before = await paid();
      const market = await runMarketDemo(devnet, workers, (l) => lines.push(l));
      assert.equal(market.completed, 3, "every task of the demo deal completed");
      assert.ok((await paid()) > before, "the workers were rewarded");
      assert.ok(existsSync(join(dir, "market.json")), "market.json for the scheduler service");
    } finally {
      await workers.stop();
    }
    const demo = await runBridgeDemo(devnet, (l) => lines.push(l));
    assert.ok(demo, "the devnet runs Ethereum");
    assert.equal(demo.depositedRlc, "100");
    assert.equal(demo.withdrawnRlc, "5");
    assert.ok(demo.claimGas > 0n);
    assert.ok(lines.some((l) => l.includes("claimed on Ethereum")));
    const genesisHash = (await api.status()).genesisHash;
    const bridgeAddress = devnet.ethereum!.bridgeAddress;
    await devnet.stop();
    devnet = await startDevnetNodes(opts);
    const again = new ApiClient(devnet.nodes[0]!.apiUrl);
    const status = await again.status();
    assert.equal(status.genesisHash, genesisHash);
    assert.ok(status.height >= receipt.height);
    assert.equal((await again.account(bob.addressHex)).balance, (5n * RLC).toString());
    assert.equal(devnet.ethereum!.bridgeAddress, bridgeAddress, "the same bridge on the restarted Ethereum");
  });
});
