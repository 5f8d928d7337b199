import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { genesisToJSON } from "../../node/chain/genesis.js";
import { ApiClient } from "../../node/cli/apiClient.js";
import { writeKeyFile } from "../../node/crypto/keys.js";
import { RLC, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";
import { startNodeProcess } from "../helpers/nodeProcess.js";
import { waitFor } from "../helpers/validatorNet.js";

const exec = promisify(execFile);

describe("poco node --config (YAML file of the node's flags)", function () {
  this.timeout(180_000);
  let dir: string;
  before(async () => {
    dir = tempDir();
    await writeKeyFile(join(dir, "validator.json"), testKey(0));
    writeFileSync(
      join(dir, "genesis.json"),
      JSON.stringify(genesisToJSON(testGenesis(testKey(0), [testKey(1)], 1_000n * RLC))),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("runs a node from the file alone, a flag on the command line overriding the file", async () => {
    const config = join(dir, "node.yaml");
    // 203.0.113.1 (TEST-NET-3) is on no interface: the node would fail to listen if the file won.
    writeFileSync(
      config,
      [
        `data-dir: ${join(dir, "data")}`,
        `genesis: ${join(dir, "genesis.json")}`,
        `key: ${join(dir, "validator.json")}`,
        "api-host: 203.0.113.1",
        "api-port: 0",
        "block-time: 100",
      ].join("\n"),
    );
    const node = await startNodeProcess(["--config", config, "--api-host", "127.0.0.1"], 90_000);
    try {
      const api = new ApiClient(node.apiUrl);
      assert.match(node.apiUrl, /^http:\/\/127\.0\.0\.1:/);
      const first = (await api.status()).height;
      await waitFor(async () => (await api.status()).height > first, 60_000, "a block from the node");
    } finally {
      node.child.kill("SIGTERM");
      await node.exited;
    }
  });

  it("refuses an unknown key before starting anything, naming the key", async () => {
    const config = join(dir, "typo.yaml");
    writeFileSync(
      config,
      `data-dir: ${join(dir, "data2")}\ngenesis: ${join(dir, "genesis.json")}\nblok-time: 100\n`,
    );
    const failed = await exec(process.execPath, ["bin/poco.js", "node", "--config", config]).then(
      () => assert.fail("poco node should refuse the file"),
      (err: { code: number; stderr: string }) => err,
    );
    assert.equal(failed.code, 1);
    assert.match(failed.stderr, /CLI_CONFIG_UNKNOWN_KEY/);
    assert.match(failed.stderr, /"blok-time"/);
  });
});
