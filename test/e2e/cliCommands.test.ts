/**
 * Every client command of `poco` run against one real node process (compiled dist/): registrations
 * and stakes, orders published and matched explicitly (`order match`), the deal and its tasks read
 * back, a manual worker's authorize → contribute-and-finalize (trust 1) and contribute → reveal, the
 * result downloaded and checked against the chain's digest (a wrong copy refused), task transactions
 * the chain refuses decoded by their error code, and the reads (balance, fees, tx, withdrawals,
 * validators, worker score) with `--json` parsed and the default output for people.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { genesisToJSON } from "../../node/chain/genesis.js";
import { keccak256, toHex } from "../../node/crypto/hash.js";
import { writeKeyFile } from "../../node/crypto/keys.js";
import { deriveAssetAddress } from "../../node/state/registries.js";
import { dealId, taskId } from "../../scheduler/index.js";
import { RLC, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";
import { type NodeProcess, startNodeProcess } from "../helpers/nodeProcess.js";

const exec = promisify(execFile);

describe("poco client commands against a node process", function () {
  this.timeout(120_000);
  const validator = testKey(0);
  const requester = testKey(1); // also the chain admin (first funded account)
  const appOwner = testKey(2);
  const scheduler = testKey(3);
  const worker = testKey(4);
  const good = new TextEncoder().encode("the result: 42\n");
  const bad = new TextEncoder().encode("the result: 41\n");
  let dir: string;
  let node: NodeProcess;
  let results: Server;
  let resultsUrl: string;
  const key = (name: string) => join(dir, `${name}.json`);

  const poco = (...args: string[]) =>
    exec(process.execPath, ["bin/poco.js", ...args, "--api", node.apiUrl], { timeout: 30_000 });
  /** Runs a command with --json and parses its output. */
  const json = async <T = Record<string, unknown>>(...args: string[]): Promise<T> =>
    JSON.parse((await poco(...args, "--json")).stdout) as T;
  async function failure(...args: string[]): Promise<{ code: number; stderr: string }> {
    try {
      await poco(...args);
    } catch (err) {
      const e = err as { code: number; stderr: string };
      return { code: e.code, stderr: e.stderr };
    }
    assert.fail(`poco ${args.join(" ")} should fail`);
  }

  before(async () => {
    dir = tempDir();
    writeFileSync(
      join(dir, "genesis.json"),
      JSON.stringify(
        genesisToJSON(testGenesis(validator, [requester, appOwner, scheduler, worker], 1_000n * RLC)),
      ),
    );
    for (const [name, k] of Object.entries({ validator, requester, appOwner, scheduler, worker }))
      await writeKeyFile(key(name), k);
    results = createServer((req, res) => {
      // /results/<task>: a workerpool scheduler service listing its provers' copies
      if (req.url?.startsWith("/results/")) res.end(JSON.stringify({ urls: [`${resultsUrl}/good`] }));
      else res.end(req.url === "/good" ? good : bad);
    });
    await new Promise<void>((r) => results.listen(0, "127.0.0.1", r));
    resultsUrl = `http://127.0.0.1:${(results.address() as AddressInfo).port}`;
    node = await startNodeProcess([
      "--data-dir",
      join(dir, "data"),
      "--genesis",
      join(dir, "genesis.json"),
      "--key",
      key("validator"),
      "--api-port",
      "0",
      "--block-time",
      "100",
    ]);
  });

  after(async () => {
    node?.child.kill("SIGTERM");
    await node?.exited;
    await new Promise((r) => results?.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  it("documents every client command with --help and an example", async () => {
    const commands = [
      "status",
      "account",
      "balance",
      "fees",
      "tx show",
      "app register",
      "app list",
      "app show",
      "dataset show",
      "dataset register",
      "dataset list",
      "workerpool register",
      "workerpool list",
      "workerpool show",
      "category register",
      "stake",
      "unstake",
      "order publish",
      "order cancel",
      "order match",
      "order show",
      "order book",
      "order list",
      "deal show",
      "deal list",
      "task show",
      "task list",
      "task authorize",
      "task contribute",
      "task reveal",
      "task contribute-and-finalize",
      "task finalize",
      "task reopen",
      "task claim",
      "result get",
      "withdraw list",
      "withdraw show",
      "validator list",
      "checkpoints",
      "worker-score",
      "keys new",
      "keys show",
      "tx transfer",
      "validator bond",
      "validator unbond",
      "validator unjail",
      "withdraw request",
      "withdraw claim",
      "deposit",
      "result proof",
      "result submit",
      "bridge exit",
    ];
    for (let i = 0; i < commands.length; i += 8) {
      const helps = await Promise.all(
        commands
          .slice(i, i + 8)
          .map((c) =>
            exec(process.execPath, ["bin/poco.js", ...c.split(" "), "--help"]).then((r) => [c, r.stdout]),
          ),
      );
      for (const [c, stdout] of helps) {
        assert.match(stdout!, /Usage: poco/, `help of ${c}`);
        assert.match(stdout!, /Examples?:\n {2}(\$ )?poco /, `example in the help of ${c}`);
        assert.match(stdout!, /--json/, `--json in the help of ${c}`);
      }
    }
  });

  let app: string;
  let pool: string;
  let deal: string;
  let tasks: string[];

  it("registers an app, a dataset and a workerpool (prints their addresses), stakes, registers a category", async () => {
    const a = await json<{ app: string; status: string }>(
      "app",
      "register",
      "--key",
      key("appOwner"),
      "--name",
      "echo",
      "--uri",
      "https://example.org/echo.wasm",
      "--checksum",
      toHex(keccak256(good)),
    );
    assert.equal(a.status, "success");
    app = a.app.toLowerCase();
    assert.equal(app, deriveAssetAddress("app", appOwner.address, 0));
    const d = await json<{ dataset: string }>(
      "dataset",
      "register",
      "--key",
      key("appOwner"),
      "--name",
      "data",
      "--uri",
      "https://example.org/d",
      "--checksum",
      toHex(keccak256(bad)),
    );
    assert.equal(d.dataset.toLowerCase(), deriveAssetAddress("dataset", appOwner.address, 1));
    const p = await json<{ workerpool: string }>(
      "workerpool",
      "register",
      "--key",
      key("scheduler"),
      "--description",
      "pool",
      "--scheduler-reward-ratio",
      "20",
    );
    pool = p.workerpool.toLowerCase();
    assert.equal(pool, deriveAssetAddress("workerpool", scheduler.address, 0));

    const apps = await json<{ apps: { address: string }[] }>("app", "list", "--owner", appOwner.addressHex);
    assert.deepEqual(
      apps.apps.map((x) => x.address.toLowerCase()),
      [app],
    );
    const datasets = await json<{ datasets: { name: string }[] }>("dataset", "list");
    assert.deepEqual(
      datasets.datasets.map((x) => x.name),
      ["data"],
    );
    const pools = await json<{ workerpools: { address: string }[] }>(
      "workerpool",
      "list",
      "--owner",
      scheduler.addressHex,
    );
    assert.deepEqual(
      pools.workerpools.map((x) => x.address.toLowerCase()),
      [pool],
    );
    const shownApp = (await poco("app", "show", app)).stdout;
    assert.match(shownApp, /name\s+echo/);
    const shown = (await poco("workerpool", "show", pool)).stdout;
    assert.match(shown, /description\s+pool/);

    const staked = await json<{ status: string; amountRlc: string }>(
      "stake",
      "--key",
      key("scheduler"),
      "--amount",
      "500",
    );
    assert.equal(staked.amountRlc, "500");
    await json("stake", "--key", key("worker"), "--amount", "100");
    const unstaked = await json<{ amount: string }>(
      "unstake",
      "--key",
      key("worker"),
      "--amount",
      "1000000000nRLC",
    );
    assert.equal(unstaked.amount, RLC.toString());
    const account = await json<{ stake: string; stakeRlc: string }>("balance", worker.addressHex);
    assert.equal(account.stakeRlc, "99");
    const human = (await poco("account", worker.addressHex)).stdout;
    assert.match(human, /stake\s+99 RLC/);
    assert.match(human, /balance\s+901 RLC/);

    const category = await json<{ status: string }>(
      "category",
      "register",
      "--key",
      key("requester"),
      "--name",
      "M",
      "--work-clock-time-ref",
      "600",
    );
    assert.equal(category.status, "success");
    const notAdmin = await failure(
      "category",
      "register",
      "--key",
      key("worker"),
      "--name",
      "N",
      "--work-clock-time-ref",
      "600",
    );
    assert.equal(notAdmin.code, 1);
    assert.match(notAdmin.stderr, /^error TX_UNAUTHORIZED: .*admin/m);
  });

  let poolOrderHash: string;

  it("publishes orders, lists them, and matches them explicitly into a deal (order match prints the deal id)", async () => {
    const write = (name: string, value: unknown) => {
      writeFileSync(join(dir, name), JSON.stringify(value));
      return join(dir, name);
    };
    const appOrder = await json<{ orderHash: string }>(
      "order",
      "publish",
      "--kind",
      "app",
      "--key",
      key("appOwner"),
      "--file",
      write("app.json", { app, appprice: String(RLC), volume: "10", salt: `0x${"01".padStart(64, "0")}` }),
    );
    const poolOrder = await json<{ orderHash: string }>(
      "order",
      "publish",
      "--kind",
      "workerpool",
      "--key",
      key("scheduler"),
      "--file",
      write("pool.json", { workerpool: pool, workerpoolprice: String(2n * RLC), volume: "10", trust: "1" }),
    );
    poolOrderHash = poolOrder.orderHash;
    const listed = await json<{ orders: { hash: string }[] }>(
      "order",
      "list",
      "--kind",
      "workerpool",
      "--address",
      pool,
    );
    assert.deepEqual(
      listed.orders.map((o) => o.hash),
      [poolOrderHash],
    );
    const book = await json<{ orders: { hash: string; priceRlc: string }[] }>(
      "order",
      "book",
      "--kind",
      "workerpool",
      "--category",
      "0",
    );
    assert.equal(book.orders[0]?.priceRlc, "2");
    const shown = (await poco("order", "show", poolOrderHash)).stdout;
    assert.match(shown, /price\s+2 RLC/);

    // the request is never published: the requester matches it with the two published orders
    const requestFile = write("request.json", {
      app,
      appmaxprice: String(RLC),
      workerpool: pool,
      workerpoolmaxprice: String(2n * RLC),
      requester: requester.addressHex,
      beneficiary: requester.addressHex,
      volume: "2",
      trust: "1",
      params: "{}",
      salt: `0x${"07".padStart(64, "0")}`,
    });
    const matched = await json<{ status: string; deal: string; requestOrderHash: string }>(
      "order",
      "match",
      "--key",
      key("requester"),
      "--app",
      appOrder.orderHash,
      "--workerpool",
      poolOrderHash,
      "--request",
      requestFile,
    );
    assert.equal(matched.status, "success");
    assert.equal(matched.deal, dealId(matched.requestOrderHash, 0n));
    deal = matched.deal;
    // the same request again: nothing left of its volume
    const again = await failure(
      "order",
      "match",
      "--key",
      key("requester"),
      "--app",
      appOrder.orderHash,
      "--workerpool",
      poolOrderHash,
      "--request",
      requestFile,
    );
    assert.match(again.stderr, /^error [A-Z_]+: the transaction would fail/m);

    const shownDeal = await json<{ requester: string; tasks: string[]; taskPriceRlc: string }>(
      "deal",
      "show",
      deal,
    );
    assert.equal(shownDeal.requester.toLowerCase(), requester.addressHex.toLowerCase());
    assert.equal(shownDeal.taskPriceRlc, "3");
    tasks = shownDeal.tasks;
    assert.deepEqual(tasks, [taskId(deal, 0), taskId(deal, 1)]);
    const mine = await json<{ deals: { id: string }[] }>("deal", "list", "--address", requester.addressHex);
    assert.deepEqual(
      mine.deals.map((x) => x.id),
      [deal],
    );
    const none = await json<{ deals: unknown[] }>("deal", "list", "--address", worker.addressHex);
    assert.deepEqual(none.deals, []);
    const listedTasks = await json<{ tasks: { id: string; status: string }[] }>(
      "task",
      "list",
      "--deal",
      deal,
    );
    assert.deepEqual(
      listedTasks.tasks.map((t) => t.id),
      tasks,
    );
  });

  it("a manual worker runs both tasks; result get checks the bytes against the chain's digest", async () => {
    const resultFile = join(dir, "result.bin");
    writeFileSync(resultFile, good);
    // signed off-chain with the scheduler's key: no node involved (no --api)
    const auth = async (task: string) => {
      const args = ["task", "authorize", task, "--worker", worker.addressHex, "--key", key("scheduler")];
      const { stdout } = await exec(process.execPath, ["bin/poco.js", ...args, "--json"]);
      return (JSON.parse(stdout) as { authorization: string }).authorization;
    };

    // task 0: trust 1, one transaction; the chain records where the bytes are
    const done = await json<{ status: string; resultDigest: string }>(
      "task",
      "contribute-and-finalize",
      tasks[0]!,
      "--key",
      key("worker"),
      "--result-file",
      resultFile,
      "--results",
      `${resultsUrl}/good`,
      "--authorization",
      await auth(tasks[0]!),
    );
    assert.equal(done.status, "success");
    assert.equal(done.resultDigest, toHex(keccak256(good)));
    const task0 = await json<{ status: string; resultDigest: string }>("task", "show", tasks[0]!);
    assert.equal(task0.status, "completed");
    const out = join(dir, "downloaded.bin");
    const got = await json<{ bytes: number; source: string }>("result", "get", tasks[0]!, "--out", out);
    assert.equal(got.source, `${resultsUrl}/good`);
    assert.deepEqual(new Uint8Array(readFileSync(out)), good);

    // task 1: contribute, then reveal (the task completes with the only reveal)
    await json(
      "task",
      "contribute",
      tasks[1]!,
      "--key",
      key("worker"),
      "--result-file",
      resultFile,
      "--authorization",
      await auth(tasks[1]!),
    );
    const revealed = await json<{ status: string }>(
      "task",
      "reveal",
      tasks[1]!,
      "--key",
      key("worker"),
      "--result-digest",
      toHex(keccak256(good)),
    );
    assert.equal(revealed.status, "success");
    assert.equal((await json<{ status: string }>("task", "show", tasks[1]!)).status, "completed");

    // a copy whose bytes differ from the on-chain digest is refused; nothing is written
    const refusedOut = join(dir, "refused.bin");
    const refused = await failure(
      "result",
      "get",
      tasks[1]!,
      "--url",
      `${resultsUrl}/bad`,
      "--out",
      refusedOut,
    );
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /^error RESULT_DIGEST_MISMATCH: /m);
    assert.equal(existsSync(refusedOut), false);
    const good1 = (await poco("result", "get", tasks[1]!, "--url", `${resultsUrl}/good`)).stdout;
    assert.equal(good1, new TextDecoder().decode(good));
    // the chain finalized task 1 by itself (its reveal): no recorded location, but the pool's
    // scheduler service lists its provers' copies (regression: result get failed on such tasks)
    assert.match((await failure("result", "get", tasks[1]!)).stderr, /^error RESULT_NO_SOURCE: /m);
    const viaScheduler = (await poco("result", "get", tasks[1]!, "--scheduler", resultsUrl)).stdout;
    assert.equal(viaScheduler, new TextDecoder().decode(good));

    const workerTasks = await json<{ tasks: { id: string; status: string }[] }>(
      "task",
      "list",
      "--address",
      worker.addressHex,
      "--role",
      "worker",
    );
    assert.deepEqual(workerTasks.tasks.map((t) => t.id).sort(), [...tasks].sort());
    assert.ok(workerTasks.tasks.every((t) => t.status === "completed"));
    const poolDeals = await json<{ deals: { id: string }[] }>(
      "deal",
      "list",
      "--address",
      pool,
      "--role",
      "workerpool",
    );
    assert.deepEqual(
      poolDeals.deals.map((x) => x.id),
      [deal],
    );
    const score = await json<{ score: string }>("worker-score", worker.addressHex);
    assert.equal(typeof score.score, "string");
  });

  it("task transactions the chain refuses fail before signing, decoded by their error code", async () => {
    for (const args of [
      ["task", "finalize", tasks[0]!, "--key", key("scheduler")],
      ["task", "reopen", tasks[0]!, "--key", key("scheduler")],
      ["task", "claim", tasks[0]!, "--key", key("requester")],
      ["task", "claim", tasks[0]!, tasks[1]!, "--key", key("requester")],
      ["task", "reveal", tasks[0]!, "--key", key("requester"), "--result-digest", toHex(keccak256(good))],
    ]) {
      const f = await failure(...args);
      assert.equal(f.code, 1, args.join(" "));
      assert.match(f.stderr, /^error [A-Z][A-Z_]+: the transaction would fail: /m, args.join(" "));
    }
    const cancelled = await json<{ status: string; orderHash: string }>(
      "order",
      "cancel",
      poolOrderHash,
      "--key",
      key("scheduler"),
    );
    assert.equal(cancelled.status, "success");
  });

  it("reads: status, fees, tx show, withdrawals, validators; human output by default", async () => {
    const status = await json<{ height: number; chainId: number }>("status");
    assert.ok(status.height > 0);
    assert.match((await poco("status")).stdout, /^height\s+\d+$/m);
    const fees = await json<{ blockGasLimit: number }>("fees");
    assert.ok(fees.blockGasLimit > 0);
    const sent = await json<{ hash: string; status: string }>(
      "tx",
      "transfer",
      "--key",
      key("requester"),
      "--to",
      worker.addressHex,
      "--amount",
      "500000000nRLC",
    );
    assert.equal(sent.status, "success");
    const tx = await json<{ status: string; receipt: { status: string } }>("tx", "show", sent.hash);
    assert.equal(tx.receipt.status, "success");
    const humanTransfer = (
      await poco("tx", "transfer", "--key", key("requester"), "--to", worker.addressHex, "--amount", "0.25")
    ).stdout;
    assert.match(humanTransfer, /^status\s+success \(block \d+\)$/m);
    assert.match(humanTransfer, /^amount\s+0\.25 RLC$/m);

    const w = await json<{ withdrawalId: number }>(
      "withdraw",
      "request",
      "--key",
      key("worker"),
      "--amount",
      "1",
    );
    const list = await json<{ count: number; withdrawals: { id: number; amountRlc: string }[] }>(
      "withdraw",
      "list",
      "--sender",
      worker.addressHex,
    );
    assert.deepEqual(
      list.withdrawals.map((x) => [x.id, x.amountRlc]),
      [[w.withdrawalId, "1"]],
    );
    const one = (await poco("withdraw", "show", String(w.withdrawalId))).stdout;
    assert.match(one, /amount\s+1 RLC/);
    const validators = await json<{ validators: { address: string }[] }>("validator", "list");
    assert.equal(validators.validators.length, 1);
    // a node without the bridge has no checkpoints: the API's answer, with its code
    const noBridge = await failure("checkpoints");
    assert.match(noBridge.stderr, /^error [A-Z_]+: /m);
  });
});
