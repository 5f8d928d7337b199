/**
 * The README's walkthroughs run as written (issue 13): every ```sh block marked
 * `<!-- walkthrough: <role> -->` is run by bash (-e) against one devnet this test starts (`poco devnet`
 * on free ports in a temporary folder, without its demo), with `poco` on the PATH and the variables
 * the blocks default (DEVNET, API, SCHEDULER, ETH_RPC and the ports of what they start) pointing at
 * it. Each block must exit 0 and print its key outputs. Blocks run one after the other, in README order.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tempDir } from "../helpers/fixtures.js";
import { freePort } from "../helpers/validatorNet.js";

const ROOT = resolve(import.meta.dirname, "../..");

/** The walkthrough blocks of a README: role → the text of the ```sh block after its marker. */
function walkthroughBlocks(readme: string): Map<string, string> {
  const blocks = new Map<string, string>();
  const re = /<!-- walkthrough: ([a-z-]+) -->\n```sh\n([\s\S]*?)\n```/g;
  for (const m of readme.matchAll(re)) blocks.set(m[1]!, m[2]!);
  return blocks;
}

/** What each block must print (besides exiting 0). */
const EXPECTED: Record<string, RegExp[]> = {
  requester: [/deals:\n\s+- 0x[0-9a-f]{64}/, /status\s+completed/, /bytes\s+8\n/, /^\s*3628800$/m],
  "app-developer": [/name\s+grep/, /orderHash\s+0x[0-9a-f]{64}/, /remaining\s+1000/],
  "workerpool-operator": [/"ok":true/, /remaining\s+100\n/, /my pool/, /status\s+success/],
  worker: [/status\s+completed/, /stake\s+10 RLC/],
  validator: [/peers\s+[1-9]/, /power\s+2\n/, /status\s+success/],
  relayer: [/balance\s+10 RLC/, /withdrawalId|amount\s+4 RLC/],
};

interface Run {
  code: number | null;
  out: string;
}

/** Runs a block with bash -e in its own process group (anything it leaves running is killed after). */
function runBlock(text: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Run> {
  return new Promise((done) => {
    const child = spawn("bash", ["-e", "-c", text], {
      cwd: ROOT,
      env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      out += d.toString();
    });
    const timer = setTimeout(() => {
      out += `\n[test] block timed out after ${timeoutMs} ms\n`;
      killGroup(child);
    }, timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      killGroup(child); // background processes a failed block did not reach `kill` for
      done({ code, out });
    });
  });
}

/** The logs the blocks' background processes wrote into their `mktemp -d` folders under `dir`. */
function blockLogs(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".log"))
    .map((f) => `--- ${f}\n${readFileSync(join(dir, f), "utf8").slice(-4000)}`)
    .join("\n");
}

function killGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    // already gone
  }
}

describe("README walkthroughs, run as written against a devnet", function () {
  this.timeout(600_000);
  const blocks = walkthroughBlocks(readFileSync(join(ROOT, "README.md"), "utf8"));
  let dir: string;
  let devnet: ChildProcess | undefined;
  let env: NodeJS.ProcessEnv;
  let devnetLog = "";

  before(async () => {
    dir = tempDir("poco-walkthroughs-");
    const bin = join(dir, "bin");
    mkdirSync(bin);
    // `poco` on the PATH, as `npm link` would put it
    writeFileSync(
      join(bin, "poco"),
      `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, "bin/poco.js")}" "$@"\n`,
    );
    chmodSync(join(bin, "poco"), 0o755);
    const [api, p2p, anvil, scheduler, nodeApi, nodeP2p, relayer, pool] = await Promise.all(
      Array.from({ length: 8 }, () => freePort()),
    );
    const data = join(dir, "devnet");
    env = {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      DEVNET: data,
      API: `http://127.0.0.1:${api}`,
      SCHEDULER: `http://127.0.0.1:${scheduler}`,
      ETH_RPC: `http://127.0.0.1:${anvil}`,
      NODE_API_PORT: String(nodeApi),
      NODE_P2P_PORT: String(nodeP2p),
      RELAYER_PORT: String(relayer),
      POOL_PORT: String(pool),
      TMPDIR: dir,
    };
    // one validator keeps the shared machine's load down; the walkthroughs don't depend on the count
    const args = ["bin/poco.js", "devnet", "--data-dir", data, "--validators", "1", "--block-time", "200"];
    args.push("--api-port", String(api), "--p2p-port", String(p2p), "--anvil-port", String(anvil));
    args.push("--scheduler-port", String(scheduler), "--no-demo");
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    devnet = child;
    const started = Date.now();
    await new Promise<void>((ready, fail) => {
      const onData = (d: Buffer) => {
        devnetLog += d.toString();
        if (devnetLog.includes("Press Ctrl-C to stop.")) ready();
      };
      child.stdout!.on("data", onData);
      child.stderr!.on("data", onData);
      child.once("exit", (code) => fail(new Error(`devnet exited with ${code}:\n${devnetLog}`)));
    });
    process.stderr.write(`      (devnet ready in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  });

  after(async () => {
    if (devnet && devnet.exitCode === null) {
      const exited = new Promise((r) => devnet!.once("exit", r));
      devnet.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (devnet.exitCode === null) devnet.kill("SIGKILL");
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("the README has a walkthrough for each role", () => {
    assert.deepEqual([...blocks.keys()].sort(), Object.keys(EXPECTED).sort());
  });

  for (const role of Object.keys(EXPECTED)) {
    it(`the ${role} walkthrough runs as written`, async () => {
      const block = blocks.get(role);
      assert.ok(block, `no walkthrough block for ${role}`);
      const started = Date.now();
      const { code, out } = await runBlock(block, env, 150_000);
      process.stderr.write(`      (${role}: ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
      assert.equal(code, 0, `the ${role} block failed:\n${out}\n${code === 0 ? "" : blockLogs(dir)}`);
      for (const re of EXPECTED[role]!) assert.match(out, re, `${role}: ${re} in\n${out}`);
    });
  }
});
