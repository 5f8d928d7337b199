import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { promisify } from "node:util";
import "../../node/polyfill.js";
import { type Devnet, startDevnetNodes } from "../../node/cli/devnet.js";
import { readAccount } from "../../node/state/accounts.js";
import { RLC, tempDir } from "../helpers/fixtures.js";
import { waitFor } from "../helpers/validatorNet.js";

const exec = promisify(execFile);
const poco = async (...args: string[]) =>
  JSON.parse(
    (await exec(process.execPath, ["bin/poco.js", ...args, "--json"], { timeout: 60_000 })).stdout
      .trim()
      .split("\n")
      .pop()!,
  );

describe("bridge from the command line: poco deposit, withdraw request, withdraw claim (devnet + Anvil)", function () {
  this.timeout(180_000);
  let dir: string;
  let devnet: Devnet | undefined;

  after(async () => {
    await devnet?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("moves RLC to the sidechain and back", async () => {
    dir = tempDir("poco-bridge-cli-");
    devnet = await startDevnetNodes({
      dataDir: dir,
      apiPort: 0,
      p2pPort: 0,
      validators: 4,
      blockTime: 150,
      checkpointEvery: 5,
    });
    const eth = devnet.ethereum!;
    const node = devnet.nodes[0]!;
    const key = devnet.files.faucetKeyPath;
    const faucet = devnet.files.faucet.addressHex;
    const before = readAccount(node.chain.state, faucet).balance;
    const common = ["--eth-rpc", eth.anvil.url, "--bridge-address", eth.bridgeAddress];
    const deposited = await poco("deposit", "--key", key, "--amount", "12.5", ...common);
    assert.ok(deposited.ethTx);
    await eth.anvil.provider.send("anvil_mine", ["0x2"]);
    await waitFor(
      async () => readAccount(node.chain.state, faucet).balance === before + 12_500_000_000n,
      60_000,
      "the deposit",
    );
    const requested = await poco("withdraw", "request", "--key", key, "--amount", "2", "--api", node.apiUrl);
    assert.equal(requested.status, "success");
    await waitFor(
      async () => (await fetch(`${node.apiUrl}/withdrawals/0/proof`)).status === 200,
      60_000,
      "the checkpoint",
    );
    const claimed = await poco(
      "withdraw",
      "claim",
      "--id",
      "0",
      "--key",
      key,
      ...common,
      "--proof-api",
      node.apiUrl,
    );
    assert.equal(claimed.amount, (2n * RLC).toString());
    await assert.rejects(
      exec(process.execPath, [
        "bin/poco.js",
        "withdraw",
        "claim",
        "--id",
        "0",
        "--key",
        key,
        ...common,
        "--proof-api",
        node.apiUrl,
      ]),
    );
  });
});
