import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { genesisToJSON } from "../../node/chain/genesis.js";
import { writeKeyFile } from "../../node/crypto/keys.js";
import { generatePeerKey, peerIdOf } from "../../node/p2p/peerIdentity.js";
import { RLC, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";
import { startNodeProcess } from "../helpers/nodeProcess.js";

const exec = promisify(execFile);

/**
 * Runs `poco …`; resolves with the receipt JSON it prints, or, for a tx the node's estimate says would
 * fail (refused before signing, so it costs nothing), with the error code it printed.
 */
async function poco(...args: string[]): Promise<{ status: string; error?: { code: string } }> {
  try {
    return JSON.parse(
      (await exec(process.execPath, ["bin/poco.js", ...args, "--json"], { timeout: 120_000 })).stdout,
    );
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    assert.equal(e.code, 1, "a failed tx exits with 1");
    const refused = /^error ([A-Z_]+): the transaction would fail/m.exec(e.stderr);
    if (refused) return { status: "refused", error: { code: refused[1] as string } };
    return JSON.parse(e.stdout);
  }
}

describe("poco validator CLI (bond, unbond, unjail, set-peer-id)", function () {
  // each CLI run loads TypeScript through tsx: slow on a busy machine
  this.timeout(240_000);
  let dir: string;
  before(() => {
    dir = tempDir();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("bonds (refusing less than the minimum self-bond), unjails and registers the node's peer id through a running node", async () => {
    const validator = testKey(0);
    const alice = testKey(1);
    writeFileSync(
      join(dir, "genesis.json"),
      JSON.stringify(genesisToJSON(testGenesis(validator, [alice], 10n * RLC))),
    );
    await writeKeyFile(join(dir, "validator.json"), validator);
    await writeKeyFile(join(dir, "alice.json"), alice);
    const node = await startNodeProcess(
      [
        "--data-dir",
        join(dir, "data"),
        "--genesis",
        join(dir, "genesis.json"),
        "--key",
        join(dir, "validator.json"),
        "--api-port",
        "0",
        "--block-time",
        "100",
        "--p2p-port",
        "0",
        "--register-peer-id",
      ],
      120_000,
    );
    const as = (name: string, ...args: string[]) =>
      poco("validator", ...args, "--key", join(dir, `${name}.json`), "--api", node.apiUrl);
    try {
      // Not a validator candidate yet: refused (the node's estimate says so before signing).
      assert.equal((await as("alice", "set-peer-id")).error?.code, "TX_INVALID_STATE");
      // The validator node (--register-peer-id) registered its own peer id (none was registered).
      const { peerId } = (await (await fetch(`${node.apiUrl}/status`)).json()) as { peerId: string };
      const registered = async () =>
        (
          (await (await fetch(`${node.apiUrl}/validators`)).json()) as {
            validators: { peerId: string | null }[];
          }
        ).validators.map((v) => v.peerId);
      for (let tries = 0; (await registered())[0] !== peerId; tries++) {
        assert.ok(tries < 100, `the node did not register its peer id: ${await registered()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      // The operator names another id (a sentry's); the node never replaces a registration.
      const sentry = peerIdOf(await generatePeerKey());
      assert.equal((await as("validator", "set-peer-id", "--peer-id", sentry)).status, "success");
      await new Promise((r) => setTimeout(r, 1_000));
      assert.deepEqual(await registered(), [sentry], "GET /validators shows the registered id");
      assert.equal((await as("alice", "bond", "--amount", "0.5")).error?.code, "TX_BELOW_MIN_SELF_BOND");
      assert.equal((await as("alice", "bond", "--amount", "2")).status, "success");
      assert.equal((await as("alice", "unjail")).error?.code, "TX_INVALID_STATE");
    } finally {
      node.child.kill("SIGTERM");
      await node.exited;
    }
  });
});
