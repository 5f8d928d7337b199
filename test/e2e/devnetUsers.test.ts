/**
 * The devnet serves its users (issue 13): a requester's own order, published as any user would,
 * is matched against the devnet's workerpool and run by the devnet's workers without anyone telling
 * the scheduler (it finds the deal through the per-workerpool deal index); a restart reuses the
 * registered workerpool and apps (no new pool, no extra pool order); Anvil stops with its parent even
 * when the parent is killed with SIGKILL, and a stale Anvil named by the pid file is stopped.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import "../../node/polyfill.js";
import { factorialInput } from "../../apps/sampleApps.js";
import { startAnvil } from "../../bridge/devnet.js";
import { ApiClient } from "../../node/cli/apiClient.js";
import { type Devnet, startDevnetNodes } from "../../node/cli/devnet.js";
import { type DevnetWorkers, startDevnetWorkers } from "../../node/cli/devnetWorkers.js";
import { fromHex, toHex } from "../../node/crypto/hash.js";
import { TxSender } from "../../node/worker/txSender.js";
import { signed } from "../../node/workerpool/sampleMarket.js";
import { uintToBytes } from "../../proto/index.js";
import { dealId, orderHash } from "../../scheduler/index.js";
import { RLC, tempDir, testKey } from "../helpers/fixtures.js";

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(cond: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("devnet serves its users", function () {
  this.timeout(120_000);
  let dir: string;
  let devnet: Devnet | undefined;
  let workers: DevnetWorkers | undefined;
  const children: ChildProcess[] = [];

  before(() => {
    dir = tempDir("poco-devnet-users-");
  });

  after(async () => {
    await workers?.stop();
    await devnet?.stop();
    for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs a requester's own published order on the devnet workers, and a restart keeps the same workerpool", async () => {
    const opts = { dataDir: dir, apiPort: 0, p2pPort: 0, validators: 1, blockTime: 200, ethereum: false };
    devnet = await startDevnetNodes(opts);
    workers = await startDevnetWorkers(devnet, 2);
    const api = new ApiClient(devnet.nodes[0]!.apiUrl);
    const chainId = devnet.files.genesis.chainId;
    const pool = workers.market.workerpool;

    // a new user: funded by the faucet, signs a request order with an open workerpool and publishes it
    const alice = testKey(4242);
    const faucet = new TxSender(api, devnet.files.faucet, chainId);
    assert.equal(
      (await faucet.send({ transfer: { to: alice.address, amount: uintToBytes(100n * RLC) } })).status,
      "success",
    );
    const request = signed(
      chainId,
      "request",
      {
        app: fromHex(workers.market.apps.factorial!, 20),
        appmaxprice: uintToBytes(workers.market.appPrice),
        workerpoolmaxprice: uintToBytes(workers.market.workerpoolPrice),
        requester: alice.address,
        volume: uintToBytes(2n),
        category: uintToBytes(0n),
        trust: uintToBytes(1n),
        beneficiary: alice.address,
        params: JSON.stringify({ input: toHex(factorialInput(10n)) }),
        salt: fromHex(`0x${"a1".repeat(32)}`, 32),
      },
      alice,
    );
    const published = await new TxSender(api, alice, chainId).send({ publishOrder: { request } });
    assert.equal(published.status, "success", JSON.stringify(published.error));
    const id = dealId(orderHash(chainId, "request", request), 0n);

    // matched automatically against the devnet's pool; its scheduler finds the deal by itself
    await until(
      async () =>
        (await api.request<{ deals: string[] }>("GET", `/workerpools/${pool}/deals`)).deals.includes(id),
      30_000,
      "the deal in the workerpool's index",
    );
    const mine = await api.accountDeals(alice.addressHex);
    assert.deepEqual(mine.deals, [id]);
    await until(
      async () => {
        const { tasks } = await api.dealTasks(id);
        return tasks.length === 2 && tasks.every((t) => t.status === "completed");
      },
      60_000,
      "both tasks of the requester's deal to complete",
    );
    assert.deepEqual(
      (await api.accountTasks(alice.addressHex, "requester", { limit: 1 })).tasks.map((t) => t.index),
      [0],
    );

    // restart: same workerpool and apps, nothing registered or published again
    const apps = workers.market.apps;
    const poolOrders = async () =>
      (await api.request<{ size: number }>("GET", "/orderbook?kind=workerpool&category=0")).size;
    const ordersBefore = await poolOrders();
    await workers.stop();
    workers = undefined;
    await devnet.stop();
    devnet = await startDevnetNodes(opts);
    const again = new ApiClient(devnet.nodes[0]!.apiUrl);
    workers = await startDevnetWorkers(devnet, 2);
    assert.equal(workers.market.workerpool, pool, "the same workerpool after a restart");
    assert.deepEqual(workers.market.apps, apps, "the same apps after a restart");
    const pools = (await again.request<{ workerpools: { address: string }[] }>("GET", "/workerpools"))
      .workerpools;
    assert.deepEqual(
      pools.map((p) => p.address.toLowerCase()),
      [pool.toLowerCase()],
      "no second workerpool registered",
    );
    assert.equal(
      (await again.request<{ size: number }>("GET", "/orderbook?kind=workerpool&category=0")).size,
      ordersBefore,
      "no new workerpool order",
    );
    assert.deepEqual(JSON.parse(readFileSync(join(dir, "market.json"), "utf8")).workerpool, pool);
  });

  it("Anvil stops when its parent is killed with SIGKILL, and a stale Anvil from the pid file is stopped", async () => {
    const pidFile = join(dir, "anvil.pid");
    const parent = spawn(process.execPath, ["--import", "tsx", "test/helpers/anvilChild.ts", pidFile], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(parent);
    await new Promise<void>((resolve, reject) => {
      parent.stdout!.once("data", () => resolve());
      parent.once("exit", (code) => reject(new Error(`anvil parent exited with ${code}`)));
    });
    const anvilPid = Number(readFileSync(pidFile, "utf8").trim());
    assert.ok(alive(anvilPid), "Anvil runs");
    parent.kill("SIGKILL");
    await until(() => !alive(anvilPid), 10_000, "Anvil to stop after its parent's SIGKILL");
    await until(() => !existsSync(pidFile), 5_000, "the pid file to be removed");

    // an Anvil left running without a watchdog (say the whole group was SIGKILLed but it survived)
    const native = join("node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil");
    const bin = existsSync(native) ? native : join("node_modules", ".bin", "anvil");
    const stale = spawn(bin, ["--port", "0", "--silent"], { stdio: "ignore" });
    children.push(stale);
    writeFileSync(pidFile, `${stale.pid}\n`);
    await until(() => alive(stale.pid!), 5_000, "the stale Anvil");
    const anvil = await startAnvil([], { pidFile });
    try {
      await until(
        () => stale.exitCode !== null || stale.signalCode !== null,
        10_000,
        "the stale Anvil to stop",
      );
      assert.equal(readFileSync(pidFile, "utf8").trim() !== String(stale.pid), true);
    } finally {
      await anvil.stop();
    }
  });
});
