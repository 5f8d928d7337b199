import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { Wallet } from "ethers";
import { ANVIL_KEYS, startAnvil } from "../../bridge/devnet.js";
import { deployBridge, deployTestRLC } from "../../bridge/relayer.js";
import { genesisToJSON } from "../../node/chain/genesis.js";
import { ORDER_KIND_NAMES } from "../../node/cli/marketCommands.js";
import { ORDER_KINDS } from "../../node/crypto/eip712.js";
import { keyPairFromPrivate, writeKeyFile } from "../../node/crypto/keys.js";
import { RLC, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";
import { startNodeProcess } from "../helpers/nodeProcess.js";

const exec = promisify(execFile);
const poco = (...args: string[]) => exec(process.execPath, ["bin/poco.js", ...args], { timeout: 30_000 });

async function failure(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await poco(...args);
  } catch (err) {
    const e = err as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
  assert.fail(`poco ${args.join(" ")} should fail`);
}

describe("poco CLI", function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = tempDir();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("documents every command with --help", async () => {
    for (const command of [
      [],
      ["keys", "new"],
      ["keys", "show"],
      ["node"],
      ["devnet"],
      ["status"],
      ["account"],
      ["tx", "transfer"],
      ["order", "publish"],
      ["worker"],
      ["scheduler"],
      ["deposit"],
      ["withdraw", "request"],
      ["withdraw", "claim"],
      ["bridge"],
      ["bridge", "exit"],
      ["devnet-init"],
      ["devnet-ethereum"],
    ]) {
      const { stdout } = await poco(...command, "--help");
      assert.match(stdout, /Usage: poco/, `help of ${command.join(" ")}`);
    }
  });

  it("loads only the client for client commands: no node, p2p, HTTP server, database or ethers", async () => {
    // A module-resolution hook logs every module the command loads (from dist/ or from the sources).
    const log = join(dir, "modules.log");
    const hook = join(dir, "logResolve.mjs");
    writeFileSync(
      hook,
      [
        'import { appendFileSync } from "node:fs";',
        "export async function resolve(specifier, context, next) {",
        "  const r = await next(specifier, context);",
        `  appendFileSync(${JSON.stringify(log)}, r.url + "\\n");`,
        "  return r;",
        "}",
      ].join("\n"),
    );
    const register = join(dir, "register.mjs");
    writeFileSync(
      register,
      `import { register } from "node:module"; register(${JSON.stringify(pathToFileURL(hook).href)});`,
    );
    const heavy =
      /\/node_modules\/(libp2p|@libp2p|@chainsafe|fastify|level|classic-level|ethers|solc|pino)\//;
    // the node's own modules: state, storage, execution, consensus, p2p, API server, worker
    const heavySource =
      /\/(pocoNode|p2p\/[a-zA-Z]+|api\/server|worker\/workerAgent|state\/[a-zA-Z]+|storage\/[a-zA-Z]+|execution\/[a-zA-Z]+|consensus\/[a-zA-Z]+)\.ts$/;
    const nowhere = ["--api", "http://127.0.0.1:1"];
    const id = `0x${"ab".repeat(32)}`;
    for (const args of [
      ["--help"],
      ["status", ...nowhere],
      ["balance", `0x${"12".repeat(20)}`, ...nowhere],
      ["deal", "show", id, ...nowhere],
      ["task", "list", "--deal", id, ...nowhere],
      ["fees", ...nowhere],
      ["order", "book", "--help"],
      ["task", "claim", "--help"],
    ]) {
      // the sources through tsx take seconds each on a loaded machine: a few commands cover the modules
      const modes = ["balance", "task"].includes(args[0]!) ? ["1", "0"] : ["0"];
      for (const fromSource of modes) {
        rmSync(log, { force: true });
        // from the sources (every module by name) and from dist/ (npm packages by name)
        await exec(process.execPath, ["--import", pathToFileURL(register).href, "bin/poco.js", ...args], {
          env: { ...process.env, POCO_FROM_SOURCE: fromSource },
        }).catch(
          () => undefined, // status fails: nothing listens on port 1
        );
        const loaded = readFileSync(log, "utf8").split("\n").filter(Boolean);
        if (fromSource === "1")
          assert.ok(
            loaded.some((url) => url.endsWith("/node/cli/main.ts")),
            "the hook sees the sources",
          );
        assert.ok(
          loaded.some((url) => url.includes("/commander/")),
          `poco ${args[0]} loads commander`,
        );
        const offending = loaded.filter((url) => heavy.test(url) || heavySource.test(url));
        assert.deepEqual(offending, [], `poco ${args.join(" ")} loads only the client`);
      }
    }
  });

  it("lists the same order kinds for --kind as the EIP-712 module", () => {
    assert.deepEqual(ORDER_KIND_NAMES, ORDER_KINDS);
  });

  it("creates a key file and shows its address; refuses to overwrite it", async () => {
    const file = join(dir, "k.json");
    const created = JSON.parse((await poco("keys", "new", "--out", file, "--json")).stdout) as {
      address: string;
    };
    assert.match(created.address, /^0x[0-9a-fA-F]{40}$/);
    const shown = JSON.parse((await poco("keys", "show", "--key", file, "--json")).stdout) as {
      address: string;
    };
    assert.equal(shown.address, created.address);
    const again = await failure("keys", "new", "--out", file);
    assert.equal(again.code, 1);
  });

  it("rejects bad options with a clear message and a non-zero exit", async () => {
    const badPort = await failure("node", "--data-dir", dir, "--genesis", "x.json", "--api-port", "99999");
    assert.match(badPort.stderr, /--api-port must be an integer/);
    const badGenesis = await failure("node", "--data-dir", dir, "--genesis", join(dir, "missing.json"));
    assert.match(badGenesis.stderr, /GENESIS_INVALID.*cannot read/);
    const badAmount = await failure(
      "tx",
      "transfer",
      "--key",
      join(dir, "k.json"),
      "--to",
      "0x01",
      "--amount",
      "1",
    );
    assert.match(badAmount.stderr, /ADDRESS_INVALID|address/i);
    // Numbers of the long-running commands are checked before anything starts (they were passed to
    // Number(): "abc" made a worker that never took a task, a port of 70000 a stack trace).
    const key = join(dir, "k.json");
    for (const [args, message] of [
      [
        ["worker", "--key", key, "--scheduler-url", "http://127.0.0.1:1", "--capacity", "abc"],
        /--capacity must be an integer in \[1, 256\]/,
      ],
      [
        ["worker", "--key", key, "--scheduler-url", "http://127.0.0.1:1", "--port", "70000"],
        /--port must be an integer in \[0, 65535\]/,
      ],
      [["scheduler", "--key", key, "--workerpool", "0x01", "--port", "-1"], /--port must be an integer/],
      [["bridge", "--checkpoint-every", "0"], /--checkpoint-every must be an integer in \[1, 1000000\]/],
      [["bridge", "--start-block", "1e400"], /--start-block must be an integer/],
      [
        ["devnet-market", "--data-dir", dir, "--workers", "many"],
        /--workers must be an integer in \[1, 64\]/,
      ],
      [
        ["node", "--data-dir", dir, "--genesis", "x.json", "--api-rate-limit", "-1"],
        /--api-rate-limit must be/,
      ],
      [
        ["node", "--data-dir", dir, "--genesis", "x.json", "--api-exempt", "127.0.0.1,10.0.0.0/33"],
        /not an address or CIDR range: "10\.0\.0\.0\/33"/,
      ],
    ] as const) {
      const bad = await failure(...args);
      assert.notEqual(bad.code, 0, args.join(" "));
      assert.match(bad.stderr, message, args.join(" "));
    }
  });

  it("transfers RLC to a running node and reads the account back", async () => {
    const validator = testKey(0);
    const alice = testKey(1);
    const bob = testKey(2);
    writeFileSync(
      join(dir, "genesis.json"),
      JSON.stringify(genesisToJSON(testGenesis(validator, [alice], 10n * RLC))),
    );
    await writeKeyFile(join(dir, "validator.json"), validator);
    await writeKeyFile(join(dir, "alice.json"), alice);
    const node = await startNodeProcess([
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
    ]);
    try {
      const sent = JSON.parse(
        (
          await poco(
            "tx",
            "transfer",
            "--key",
            join(dir, "alice.json"),
            "--to",
            bob.addressHex,
            "--amount",
            "2.5",
            "--api",
            node.apiUrl,
            "--json",
          )
        ).stdout,
      ) as { status: string };
      assert.equal(sent.status, "success");
      const account = JSON.parse(
        (await poco("account", bob.addressHex, "--api", node.apiUrl, "--json")).stdout,
      ) as {
        balanceRlc: string;
      };
      assert.equal(account.balanceRlc, "2.5");
      const status = JSON.parse((await poco("status", "--api", node.apiUrl, "--json")).stdout) as {
        height: number;
      };
      assert.ok(status.height >= 1);
      const tooMuch = await failure(
        "tx",
        "transfer",
        "--key",
        join(dir, "alice.json"),
        "--to",
        bob.addressHex,
        "--amount",
        "100",
        "--api",
        node.apiUrl,
      );
      assert.equal(tooMuch.code, 1);
    } finally {
      node.child.kill("SIGTERM");
      await node.exited;
    }
  });

  it("withdraw request prints the withdrawal id; GET /withdrawals and /withdrawals/:id show it", async () => {
    const validator = testKey(0);
    const alice = testKey(1);
    writeFileSync(
      join(dir, "genesis-wd.json"),
      JSON.stringify(genesisToJSON(testGenesis(validator, [alice], 10n * RLC))),
    );
    await writeKeyFile(join(dir, "validator-wd.json"), validator);
    await writeKeyFile(join(dir, "alice-wd.json"), alice);
    const node = await startNodeProcess([
      "--data-dir",
      join(dir, "data-wd"),
      "--genesis",
      join(dir, "genesis-wd.json"),
      "--key",
      join(dir, "validator-wd.json"),
      "--api-port",
      "0",
      "--block-time",
      "100",
    ]);
    try {
      const request = (amount: string) =>
        poco(
          "withdraw",
          "request",
          "--key",
          join(dir, "alice-wd.json"),
          "--amount",
          amount,
          "--api",
          node.apiUrl,
          "--json",
        );
      const first = JSON.parse((await request("1.5")).stdout) as { withdrawalId: number; status: string };
      assert.equal(first.status, "success");
      assert.equal(first.withdrawalId, 0);
      const second = JSON.parse((await request("2")).stdout) as { withdrawalId: number };
      assert.equal(second.withdrawalId, 1);
      const list = (await fetch(`${node.apiUrl}/withdrawals`).then((r) => r.json())) as {
        count: number;
        withdrawals: { id: number; sender: string; recipient: string; amount: string }[];
      };
      assert.equal(list.count, 2);
      assert.deepEqual(
        list.withdrawals.map((w) => [w.id, w.amount, w.sender.toLowerCase(), w.recipient.toLowerCase()]),
        [
          [0, ((15n * RLC) / 10n).toString(), alice.addressHex.toLowerCase(), alice.addressHex.toLowerCase()],
          [1, (2n * RLC).toString(), alice.addressHex.toLowerCase(), alice.addressHex.toLowerCase()],
        ],
      );
      const one = (await fetch(`${node.apiUrl}/withdrawals/1`).then((r) => r.json())) as { amount: string };
      assert.equal(one.amount, (2n * RLC).toString());
      assert.equal((await fetch(`${node.apiUrl}/withdrawals/2`)).status, 404);
      const help = (await poco("withdraw", "claim", "--help")).stdout;
      assert.match(help, /poco withdraw request/);
      assert.doesNotMatch(help, /receipt/);
    } finally {
      node.child.kill("SIGTERM");
      await node.exited;
    }
  });

  it("prints a contract revert decoded by name, without the transaction's hex", async () => {
    const anvil = await startAnvil();
    try {
      const deployer = new Wallet(ANVIL_KEYS[0]!, anvil.provider);
      const token = await deployTestRLC(deployer);
      const bridge = await deployBridge(deployer, {
        token: token.target as string,
        sidechainId: 4242,
        validators: [{ address: testKey(0).addressHex.toLowerCase(), power: 10 }],
      });
      const ethKey = join(dir, "eth.json");
      await writeKeyFile(ethKey, keyPairFromPrivate(ANVIL_KEYS[0]!));
      // PocoBridge.deposit refuses a zero amount with the custom error ZeroAmount()
      const zero = await failure(
        "deposit",
        "--key",
        ethKey,
        "--amount",
        "0",
        "--eth-rpc",
        anvil.url,
        "--bridge-address",
        bridge.target as string,
      );
      assert.equal(zero.code, 1);
      assert.match(zero.stderr, /^error ETH_REVERT: contract reverted.*PocoBridge\.ZeroAmount\(\)/m);
      assert.doesNotMatch(zero.stderr, /0x[0-9a-f]{200}/i, "no hex dump");
    } finally {
      await anvil.stop();
    }
  });
});
