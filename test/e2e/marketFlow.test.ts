/**
 * The market end to end on one in-process validator over real HTTP: registrations and stakes, orders
 * signed with an ethers Wallet (EIP-712) published and matched by transactions, the deal and its task
 * read back from the API, three workers authorized by the scheduler contribute and reveal, the task is
 * finalized and every balance is exact; then the same run with one lying worker, whose stake is
 * seized while the honest result wins. Also the order book, order, workerpool and error answers of
 * the API, and the CLI's market commands. Waiting is bounded in blocks, never asserted in wall time.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { Wallet } from "ethers";
import { pino } from "pino";
import { ApiClient, ApiClientError } from "../../node/cli/apiClient.js";
import { toChecksumAddress } from "../../node/crypto/address.js";
import {
  marketDomain,
  type OrderByKind,
  type OrderKind,
  ordersToTypedData,
} from "../../node/crypto/eip712.js";
import { fromHex, keccak256, toHex } from "../../node/crypto/hash.js";
import { type KeyPair, writeKeyFile } from "../../node/crypto/keys.js";
import { PocoNode } from "../../node/pocoNode.js";
import { deriveAssetAddress } from "../../node/state/registries.js";
import { signTx } from "../../node/tx/signedTx.js";
import type { poco } from "../../proto/index.js";
import { uintToBytes } from "../../proto/index.js";
import {
  dealId,
  orderHash,
  orderToJSON,
  resultHash,
  resultSeal,
  signAuthorization,
  taskId,
  ZERO_ADDRESS_HEX,
} from "../../scheduler/index.js";
import { RLC, TEST_CHAIN_ID, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";

const BLOCK_TIME = 100;
/** Most blocks any single step may take before the test fails. */
const MAX_BLOCKS = 30;
const INITIAL = 1_000_000n * RLC;
const APP_PRICE = 5n * RLC;
const POOL_PRICE = 100n * RLC;
const SCHEDULER_STAKE = 1000n * RLC;
const WORKER_STAKE = 100n * RLC;

type TxBody = Omit<poco.Tx.$Properties, "chainId" | "nonce" | "sender">;
type Balances = { balance: bigint; stake: bigint; locked: bigint };

const digestOf = (s: string): string => toHex(keccak256(new TextEncoder().encode(s)));
const salt = (n: number): Uint8Array => {
  const s = new Uint8Array(32);
  new DataView(s.buffer).setUint32(28, n);
  return s;
};

describe("market end to end (single validator, HTTP)", function () {
  this.timeout(120_000);
  const validator = testKey(0);
  const requester = testKey(1);
  const appOwner = testKey(2);
  const scheduler = testKey(3);
  const workers = [testKey(4), testKey(5), testKey(6)];
  const liar = testKey(7);
  const everyone = [requester, appOwner, scheduler, ...workers, liar];
  const domain = marketDomain(TEST_CHAIN_ID);
  const ethersDomain = {
    name: domain.name,
    version: domain.version,
    chainId: domain.chainId,
    verifyingContract: domain.verifyingContract,
  };
  let dir: string;
  let node: PocoNode;
  let api: ApiClient;
  let app: string;
  let pool: string;
  const nonces = new Map<string, number>();

  /** Polls until `check` returns a value; fails when the chain advanced MAX_BLOCKS without it. */
  async function untilBlocks<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
    const start = (await api.status()).height;
    for (;;) {
      const value = await check();
      if (value !== undefined) return value;
      const height = (await api.status()).height;
      if (height > start + MAX_BLOCKS) assert.fail(`${what}: not done after ${MAX_BLOCKS} blocks`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async function submit(signer: KeyPair, body: TxBody): Promise<string> {
    const nonce = nonces.get(signer.addressHex) ?? 0;
    nonces.set(signer.addressHex, nonce + 1);
    const signed = signTx({ ...body, chainId: TEST_CHAIN_ID, nonce }, signer.privateKey);
    return (await api.submitTx(signed.bytes)).hash;
  }

  async function committed(hash: string) {
    return untilBlocks(`tx ${hash}`, async () => {
      const tx = await api.tx(hash).catch((err: unknown) => {
        if (err instanceof ApiClientError && err.status === 404) return undefined;
        throw err;
      });
      return tx?.status === "committed" ? tx.receipt : undefined;
    });
  }

  /** Sends a transaction and waits for its block; asserts it succeeded. */
  async function send(signer: KeyPair, body: TxBody): Promise<void> {
    const receipt = await committed(await submit(signer, body));
    assert.equal(receipt?.status, "success", JSON.stringify(receipt?.error));
  }

  async function balances(k: KeyPair): Promise<Balances> {
    const a = await api.account(k.addressHex);
    return { balance: BigInt(a.balance), stake: BigInt(a.stake), locked: BigInt(a.locked) };
  }

  /** Signs an order with an ethers Wallet (EIP-712 typed data), as a requester's wallet would. */
  async function walletSign<K extends OrderKind>(owner: KeyPair, kind: K, order: OrderByKind[K]) {
    const typed = ordersToTypedData(kind, order);
    const sig = await new Wallet(toHex(owner.privateKey)).signTypedData(
      ethersDomain,
      typed.types,
      typed.value,
    );
    return { ...order, sign: fromHex(sig, 65) };
  }

  before(async () => {
    dir = tempDir();
    node = await PocoNode.start({
      dataDir: dir,
      genesis: testGenesis(validator, everyone, INITIAL),
      validatorKey: validator,
      api: { host: "127.0.0.1", port: 0 },
      producer: { blockTimeMs: BLOCK_TIME },
      logger: pino({ level: "silent" }),
    });
    api = new ApiClient(node.apiUrl);
    app = deriveAssetAddress("app", appOwner.address, 0);
    pool = deriveAssetAddress("workerpool", scheduler.address, 0);
    const hashes = await Promise.all([
      submit(appOwner, { registerApp: { name: "app", uri: "docker://app" } }),
      submit(scheduler, {
        registerWorkerpool: { description: "pool", schedulerRewardRatio: 10, powerEfficiency: 7 },
      }),
      ...[...workers, liar].map((w) => submit(w, { stake: { amount: uintToBytes(WORKER_STAKE) } })),
    ]);
    hashes.push(await submit(scheduler, { stake: { amount: uintToBytes(SCHEDULER_STAKE) } }));
    for (const h of hashes) assert.equal((await committed(h))?.status, "success");
  });

  after(async () => {
    await node?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  function appOrder(n: number): poco.AppOrder.$Properties {
    return {
      app: fromHex(app, 20),
      appprice: uintToBytes(APP_PRICE),
      volume: uintToBytes(100n),
      salt: salt(n),
    };
  }

  function poolOrder(n: number, price = POOL_PRICE): poco.WorkerpoolOrder.$Properties {
    return {
      workerpool: fromHex(pool, 20),
      workerpoolprice: uintToBytes(price),
      volume: uintToBytes(100n),
      trust: uintToBytes(5n),
      salt: salt(n),
    };
  }

  function requestOrder(n: number, trust: bigint): poco.RequestOrder.$Properties {
    return {
      app: fromHex(app, 20),
      appmaxprice: uintToBytes(APP_PRICE),
      workerpool: fromHex(pool, 20),
      workerpoolmaxprice: uintToBytes(POOL_PRICE),
      requester: requester.address,
      volume: uintToBytes(1n),
      trust: uintToBytes(trust),
      beneficiary: requester.address,
      params: '{"iexec_args":"hello"}',
      salt: salt(n),
    };
  }

  let published: { app: poco.AppOrder.$Properties; workerpool: poco.WorkerpoolOrder.$Properties };

  it("publishes wallet-signed app and workerpool orders and serves them in the order book", async () => {
    published = {
      app: await walletSign(appOwner, "app", appOrder(1)),
      workerpool: await walletSign(scheduler, "workerpool", poolOrder(1)),
    };
    await send(appOwner, { publishOrder: { app: published.app } });
    await send(scheduler, { publishOrder: { workerpool: published.workerpool } });
    const hash = orderHash(TEST_CHAIN_ID, "workerpool", published.workerpool);
    const order = await api.request<{
      kind: string;
      remaining: string;
      cancelled: boolean;
      presigned: boolean;
      order: Record<string, string>;
    }>("GET", `/orders/${hash}`);
    assert.equal(order.kind, "workerpool");
    assert.equal(order.remaining, "100");
    assert.equal(order.cancelled, false);
    assert.equal(order.presigned, true);
    assert.deepEqual(order.order, orderToJSON("workerpool", published.workerpool));
    const book = await api.request<{ size: number; orders: { hash: string; price: string }[] }>(
      "GET",
      "/orderbook?kind=workerpool&category=0",
    );
    assert.equal(book.size, 1);
    assert.deepEqual(
      book.orders.map((o) => [o.hash, o.price]),
      [[hash, POOL_PRICE.toString()]],
    );
    const apps = await api.request<{ orders: { hash: string }[] }>("GET", `/orderbook?kind=app&app=${app}`);
    assert.equal(apps.orders[0]?.hash, orderHash(TEST_CHAIN_ID, "app", published.app));
  });

  /** Matches a request (signed by the requester's ethers wallet) with the published orders. */
  async function openDeal(n: number, trust: bigint): Promise<{ deal: string; task: string }> {
    const request = await walletSign(requester, "request", requestOrder(n, trust));
    await send(requester, { matchOrders: { app: published.app, workerpool: published.workerpool, request } });
    const id = dealId(orderHash(TEST_CHAIN_ID, "request", request), 0n);
    const deal = await api.request<{
      requester: string;
      workerpool: string;
      appPrice: string;
      workerpoolPrice: string;
      trust: number;
      botSize: number;
      tasks: string[];
    }>("GET", `/deals/${id}`);
    assert.equal(deal.requester, requester.addressHex);
    assert.equal(deal.workerpool, toChecksumAddress(fromHex(pool, 20)));
    assert.equal(deal.appPrice, APP_PRICE.toString());
    assert.equal(deal.workerpoolPrice, POOL_PRICE.toString());
    assert.equal(deal.trust, Number(trust));
    assert.deepEqual(deal.tasks, [taskId(id, 0)]);
    return { deal: id, task: taskId(id, 0) };
  }

  async function contribute(worker: KeyPair, task: string, digest: string): Promise<void> {
    const w = toHex(worker.address);
    await send(worker, {
      contribute: {
        taskId: fromHex(task, 32),
        resultHash: fromHex(resultHash(task, digest), 32),
        resultSeal: fromHex(resultSeal(w, task, digest), 32),
        authorization: signAuthorization(w, task, ZERO_ADDRESS_HEX, scheduler.privateKey),
      },
    });
  }

  async function reveal(worker: KeyPair, task: string, digest: string): Promise<void> {
    await send(worker, { reveal: { taskId: fromHex(task, 32), resultDigest: fromHex(digest, 32) } });
  }

  interface TaskView {
    status: string;
    consensusValue: string | null;
    resultDigest: string | null;
    winnerCount: number;
    revealCount: number;
    contributionDeadlineMs: number;
    finalDeadlineMs: number;
    revealDeadlineMs: number | null;
    contributions: { worker: string; status: string; stake: string }[];
  }
  const getTask = (id: string) => api.request<TaskView>("GET", `/tasks/${id}`);

  async function snapshot(keys: KeyPair[]): Promise<Balances[]> {
    return Promise.all(keys.map(balances));
  }

  it("three honest workers: match → deal → contribute → reveal → finalized, balances exact", async () => {
    const cast = [requester, appOwner, scheduler, ...workers];
    const before = await snapshot(cast);
    const { task } = await openDeal(100, 5n);
    const locked = await balances(requester);
    assert.equal(locked.locked, APP_PRICE + POOL_PRICE);
    assert.equal((await balances(scheduler)).locked, (POOL_PRICE * 30n) / 100n);

    const digest = digestOf("the answer");
    for (const w of workers) await contribute(w, task, digest);
    const revealing = await getTask(task);
    assert.equal(revealing.status, "revealing");
    assert.equal(revealing.consensusValue, resultHash(task, digest));
    assert.equal(revealing.winnerCount, 3);
    assert.equal(revealing.contributions.length, 3);
    assert.ok(
      revealing.revealDeadlineMs! > 0 && revealing.finalDeadlineMs > revealing.contributionDeadlineMs,
    );
    for (const w of workers) await reveal(w, task, digest);

    const done = await untilBlocks("task completed", async () => {
      const t = await getTask(task);
      return t.status === "completed" ? t : undefined;
    });
    assert.equal(done.resultDigest, digest);
    assert.deepEqual(
      done.contributions.map((c) => c.status),
      ["proved", "proved", "proved"],
    );

    const after = await snapshot(cast);
    const delta = (i: number, f: keyof Balances) => after[i]![f] - before[i]![f];
    // requester pays app 5 + workerpool 100; the app owner gets 5
    assert.deepEqual([delta(0, "balance"), after[0]!.locked], [-(APP_PRICE + POOL_PRICE), 0n]);
    assert.equal(delta(1, "balance"), APP_PRICE);
    // pool 100, ratio 10: workers 90 → 30 each; the scheduler 10 and its stake back
    assert.deepEqual(
      [delta(2, "balance"), after[2]!.stake, after[2]!.locked],
      [10n * RLC, SCHEDULER_STAKE, 0n],
    );
    for (let i = 3; i < 6; i++) {
      assert.deepEqual(
        [delta(i, "balance"), after[i]!.stake, after[i]!.locked],
        [30n * RLC, WORKER_STAKE, 0n],
      );
    }
    assert.deepEqual(
      after.map((b) => b.balance + b.stake + b.locked).reduce((x, y) => x + y),
      before.map((b) => b.balance + b.stake + b.locked).reduce((x, y) => x + y),
    );

    const wp = await api.request<{ owner: string; sla: Record<string, number> }>(
      "GET",
      `/workerpools/${pool}`,
    );
    assert.equal(wp.owner, scheduler.addressHex);
    assert.equal(wp.sla.completedOnTime, 1);
    assert.equal(wp.sla.failed, 0);
    assert.equal(wp.sla.reliabilityPpm, 1_000_000);
    assert.ok(wp.sla.meanLatencyMs! > 0);
  });

  it("one lying worker: the honest result wins and the liar's stake is seized", async () => {
    const cast = [requester, appOwner, scheduler, ...workers, liar];
    const before = await snapshot(cast);
    const { task } = await openDeal(101, 3n);
    const honest = digestOf("42");
    const lie = digestOf("41");
    const [w1, w2, w3] = workers as [KeyPair, KeyPair, KeyPair];
    // weights 2 each, trust 3: h (2/3), lie (2/5), h (4/7), h (8/11): 8·3 = 24 > 11·2 = 22 → consensus
    await contribute(w1, task, honest);
    await contribute(liar, task, lie);
    await contribute(w2, task, honest);
    assert.equal((await getTask(task)).status, "active");
    await contribute(w3, task, honest);
    const revealing = await getTask(task);
    assert.equal(revealing.status, "revealing");
    assert.equal(revealing.consensusValue, resultHash(task, honest));
    assert.equal(revealing.winnerCount, 3);
    // the liar is not in the consensus group: its reveal is refused
    const refused = await committed(
      await submit(liar, { reveal: { taskId: fromHex(task, 32), resultDigest: fromHex(lie, 32) } }),
    );
    assert.equal(refused?.status, "failed");
    assert.equal(refused?.error?.code, "TX_INVALID_STATE");
    for (const w of [w1, w2, w3]) await reveal(w, task, honest);
    const done = await untilBlocks("task completed", async () => {
      const t = await getTask(task);
      return t.status === "completed" ? t : undefined;
    });
    assert.equal(done.resultDigest, honest);
    assert.deepEqual(
      done.contributions.map((c) => c.status),
      ["proved", "contributed", "proved", "proved"],
    );

    const after = await snapshot(cast);
    const delta = (i: number, f: keyof Balances) => after[i]![f] - before[i]![f];
    assert.equal(delta(0, "balance"), -(APP_PRICE + POOL_PRICE));
    assert.equal(delta(1, "balance"), APP_PRICE);
    // pool = 100 + 30 seized = 130: workers 117 → 39 each, scheduler 13
    assert.equal(delta(2, "balance"), 13n * RLC);
    for (let i = 3; i < 6; i++) {
      assert.deepEqual(
        [delta(i, "balance"), after[i]!.stake, after[i]!.locked],
        [39n * RLC, WORKER_STAKE, 0n],
      );
    }
    assert.deepEqual(
      [delta(6, "balance"), after[6]!.stake, after[6]!.locked],
      [0n, WORKER_STAKE - (POOL_PRICE * 30n) / 100n, 0n],
    );
    assert.equal(
      after.map((b) => b.balance + b.stake + b.locked).reduce((x, y) => x + y),
      before.map((b) => b.balance + b.stake + b.locked).reduce((x, y) => x + y),
    );
    const wp = await api.request<{ sla: Record<string, number> }>("GET", `/workerpools/${pool}`);
    assert.equal(wp.sla.completedOnTime, 2);
    // both matches consumed volume from the published orders
    const o = await api.request<{ consumed: string; remaining: string }>(
      "GET",
      `/orders/${orderHash(TEST_CHAIN_ID, "workerpool", published.workerpool)}`,
    );
    assert.deepEqual([o.consumed, o.remaining], ["2", "98"]);
  });

  it("pages the order book by price then hash with a cursor; cancelled orders leave it", async () => {
    const prices = [7n, 3n, 3n, 9n, 1n].map((p) => p * RLC);
    const orders = prices.map((p, i) => poolOrder(200 + i, p));
    for (const o of orders) await submit(scheduler, { publishOrder: { workerpool: o } });
    const hashes = orders.map((o) => orderHash(TEST_CHAIN_ID, "workerpool", o));
    await untilBlocks("orders published", async () => {
      const b = await api.request<{ size: number }>("GET", "/orderbook?kind=workerpool&category=0");
      return b.size === 6 ? true : undefined;
    });
    const expected = [
      ...prices.map((p, i) => ({ price: p, hash: hashes[i]! })),
      { price: POOL_PRICE, hash: orderHash(TEST_CHAIN_ID, "workerpool", published.workerpool) },
    ]
      .sort((a, b) => (a.price !== b.price ? (a.price < b.price ? -1 : 1) : a.hash < b.hash ? -1 : 1))
      .map((e) => e.hash);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const q = `/orderbook?kind=workerpool&category=0&limit=4${cursor ? `&cursor=${cursor}` : ""}`;
      const b = await api.request<{ orders: { hash: string }[]; nextCursor?: string }>("GET", q);
      seen.push(...b.orders.map((o) => o.hash));
      cursor = b.nextCursor;
      if (!cursor) break;
    }
    assert.deepEqual(seen, expected);

    await send(scheduler, { cancelOrder: { orderHash: fromHex(hashes[4]!, 32) } });
    const b = await api.request<{ size: number; orders: { hash: string }[] }>(
      "GET",
      "/orderbook?kind=workerpool&category=0&limit=100",
    );
    assert.equal(b.size, 5);
    assert.ok(!b.orders.some((o) => o.hash === hashes[4]));
    const cancelled = await api.request<{ cancelled: boolean; remaining: string }>(
      "GET",
      `/orders/${hashes[4]}`,
    );
    assert.deepEqual([cancelled.cancelled, cancelled.remaining], [true, "0"]);
  });

  it("answers bad parameters with 400 and a code, unknown ids with 404, and documents the routes", async () => {
    const code = async (path: string): Promise<[number, string]> => {
      try {
        await api.request("GET", path);
      } catch (err) {
        assert.ok(err instanceof ApiClientError);
        return [err.status, err.code];
      }
      assert.fail(`GET ${path} should fail`);
    };
    const bad: [number, string] = [400, "API_BAD_REQUEST"];
    assert.deepEqual(await code("/orderbook"), bad);
    assert.deepEqual(await code("/orderbook?kind=workerpool"), bad);
    assert.deepEqual(await code("/orderbook?kind=nope&category=0"), bad);
    assert.deepEqual(await code("/orderbook?kind=workerpool&category=0&limit=101"), bad);
    assert.deepEqual(await code("/orderbook?kind=workerpool&category=0&cursor=zz"), bad);
    assert.deepEqual(await code("/orderbook?kind=app&app=0x1234"), bad);
    assert.deepEqual(await code("/orderbook?kind=workerpool&category=0&color=red"), bad);
    assert.deepEqual(await code("/orders/0x12"), bad);
    assert.deepEqual(await code("/deals/nope"), bad);
    assert.deepEqual(await code("/tasks/0x"), bad);
    assert.deepEqual(await code("/workerpools/0x12"), bad);
    const missing = `0x${"ab".repeat(32)}`;
    for (const path of [`/orders/${missing}`, `/deals/${missing}`, `/tasks/${missing}`]) {
      assert.deepEqual(await code(path), [404, "API_NOT_FOUND"]);
    }
    assert.deepEqual(await code(`/workerpools/0x${"11".repeat(20)}`), [404, "API_NOT_FOUND"]);
    const empty = await api.request<{ size: number; orders: unknown[] }>(
      "GET",
      "/orderbook?kind=request&category=7",
    );
    assert.deepEqual([empty.size, empty.orders], [0, []]);
    const doc = await api.request<{ paths: Record<string, unknown> }>("GET", "/docs/json");
    for (const p of [
      "/orderbook",
      "/orders/{hash}",
      "/deals/{id}",
      "/tasks/{id}",
      "/workerpools/{address}",
    ]) {
      assert.ok(doc.paths[p], `OpenAPI documents ${p}`);
    }
  });

  it("lists registered apps and datasets with their owner, name, URI and checksum (GET /apps, /datasets)", async () => {
    const { apps } = await api.request<{
      apps: { address: string; owner: string; name: string; uri: string; checksum: string }[];
    }>("GET", "/apps?limit=10");
    const listed = apps.find((a) => a.address.toLowerCase() === app.toLowerCase());
    assert.ok(listed, `the registered app ${app} is listed: ${JSON.stringify(apps)}`);
    assert.equal(listed.owner.toLowerCase(), appOwner.addressHex.toLowerCase());
    assert.deepEqual([listed.name, listed.uri, listed.checksum], ["app", "docker://app", "0x"]);
    assert.deepEqual(await api.request("GET", "/datasets"), { datasets: [] });
    await assert.rejects(api.request("GET", "/apps?limit=0"), (err: unknown) => {
      assert.ok(err instanceof ApiClientError);
      return err.status === 400;
    });
  });

  it("CLI: publishes a signed order from a file, shows it, reads the deal, task and workerpool", async () => {
    const exec = promisify(execFile);
    const poco = (...args: string[]) =>
      exec(process.execPath, ["bin/poco.js", ...args, "--api", node.apiUrl, "--json"], { timeout: 30_000 });
    const helps = await Promise.all(
      [
        "order publish",
        "order cancel",
        "order show",
        "order book",
        "deal show",
        "task show",
        "workerpool show",
        "app list",
        "dataset list",
      ].map((command) => exec(process.execPath, ["bin/poco.js", ...command.split(" "), "--help"])),
    );
    for (const [i, { stdout }] of helps.entries()) assert.match(stdout, /Usage: poco/, `help #${i}`);
    const listed = JSON.parse((await poco("app", "list", "--limit", "5")).stdout) as {
      apps: { address: string; name: string }[];
    };
    assert.ok(
      listed.apps.some((a) => a.address.toLowerCase() === app.toLowerCase() && a.name === "app"),
      "poco app list shows the registered app",
    );
    const keyFile = join(dir, "app-owner.json");
    await writeKeyFile(keyFile, appOwner);
    const orderFile = join(dir, "order.json");
    const order = appOrder(300);
    writeFileSync(orderFile, JSON.stringify(orderToJSON("app", order)));
    // the CLI signs with the key: wait for our own pending nonces to be used first
    const out = JSON.parse(
      (await poco("order", "publish", "--kind", "app", "--file", orderFile, "--key", keyFile)).stdout,
    ) as { orderHash: string; status: string };
    nonces.set(appOwner.addressHex, (nonces.get(appOwner.addressHex) ?? 0) + 1);
    assert.equal(out.status, "success");
    assert.equal(out.orderHash, orderHash(TEST_CHAIN_ID, "app", order));
    const shown = JSON.parse((await poco("order", "show", out.orderHash)).stdout) as {
      kind: string;
      remaining: string;
      order: Record<string, string>;
    };
    assert.equal(shown.kind, "app");
    assert.equal(shown.remaining, "100");
    assert.match(shown.order.sign ?? "", /^0x[0-9a-f]{130}$/);

    // a request order for any workerpool is matched at the end of its block: publish names the deal
    const requesterFile = join(dir, "requester.json");
    await writeKeyFile(requesterFile, requester);
    const request = { ...requestOrder(700, 5n), workerpool: fromHex(ZERO_ADDRESS_HEX, 20) };
    writeFileSync(join(dir, "request.json"), JSON.stringify(orderToJSON("request", request)));
    const matched = JSON.parse(
      (
        await poco(
          "order",
          "publish",
          "--kind",
          "request",
          "--file",
          join(dir, "request.json"),
          "--key",
          requesterFile,
        )
      ).stdout,
    ) as { orderHash: string; status: string; deals: string[] };
    nonces.set(requester.addressHex, (nonces.get(requester.addressHex) ?? 0) + 1);
    assert.equal(matched.status, "success");
    assert.deepEqual(matched.deals, [dealId(matched.orderHash, 0n)]);
    const deal = JSON.parse((await poco("deal", "show", matched.deals[0]!)).stdout) as { requester: string };
    assert.equal(deal.requester, requester.addressHex);
    const pool = JSON.parse(
      (await poco("workerpool", "show", deriveAssetAddress("workerpool", scheduler.address, 0))).stdout,
    ) as {
      sla: { completedOnTime: number };
    };
    assert.equal(pool.sla.completedOnTime, 2);

    // bad inputs fail before any network call, with a code
    const fail = async (...args: string[]) => {
      try {
        await exec(process.execPath, ["bin/poco.js", ...args, "--api", "http://127.0.0.1:1"]);
      } catch (err) {
        return (err as { stderr: string }).stderr;
      }
      assert.fail(`poco ${args.join(" ")} should fail`);
    };
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ app: "0x12" }));
    writeFileSync(join(dir, "typo.json"), JSON.stringify({ ...orderToJSON("app", order), apprice: "1" }));
    const publish = (file: string, kind = "app") =>
      fail("order", "publish", "--kind", kind, "--file", file, "--key", keyFile);
    const failures = await Promise.all([
      publish(join(dir, "bad.json")),
      publish(join(dir, "typo.json")),
      publish(orderFile, "bid"),
      fail("deal", "show", "0x1234"),
      fail("task", "show", "nope"),
      fail("workerpool", "show", "0x12"),
    ]);
    const expected = [
      /ORDER_INVALID.*app/,
      /unknown field "apprice"/,
      /--kind must be one of/,
      /CLI_BAD_ARGUMENT/,
      /CLI_BAD_ARGUMENT/,
      /ADDRESS|address/,
    ];
    for (const [i, stderr] of failures.entries()) assert.match(stderr, expected[i]!);
  });
});
