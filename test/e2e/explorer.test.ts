/**
 * The explorer in headless Chromium against one node with a small market: a workerpool (whose
 * description is an XSS attempt), an app, a dataset, orders in all four books, a deal of two tasks (one
 * completed with a result served over HTTP, one still active), a transfer and a withdrawal. Every page
 * type is reached through the search box and through links, the live head moves by SSE, and each page
 * is saved as a PNG in test-results/explorer/ (kept by CI). The /events limits and /search answers are
 * checked over plain HTTP.
 */
import assert from "node:assert/strict";
import { mkdirSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { pino } from "pino";
import { type Browser, chromium, type Page } from "playwright-core";
import { marketDomain, type OrderByKind, type OrderKind, signOrder } from "../../node/crypto/eip712.js";
import { fromHex, keccak256, toHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { PocoNode } from "../../node/pocoNode.js";
import { deriveAssetAddress } from "../../node/state/registries.js";
import { signTx } from "../../node/tx/signedTx.js";
import { type poco, uintToBytes } from "../../proto/index.js";
import { dealId, orderHash, signAuthorization, taskId, ZERO_ADDRESS_HEX } from "../../scheduler/index.js";
import { findChromium, HEADLESS_ARGS } from "../helpers/chromium.js";
import { RLC, TEST_CHAIN_ID, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";
import { waitFor } from "../helpers/validatorNet.js";

type TxBody = Omit<poco.Tx.$Properties, "chainId" | "nonce" | "sender">;

const SHOTS = resolve("test-results", "explorer");
const XSS = `pool <img src=x onerror="window.__xss=1"> "quoted"`;

describe("explorer in headless Chromium: search, a page per object, live updates", function () {
  this.timeout(90_000);
  const validator = testKey(0);
  const requester = testKey(1);
  const appOwner = testKey(2);
  const scheduler = testKey(3);
  const worker = testKey(4);
  const domain = marketDomain(TEST_CHAIN_ID);
  const nonces = new Map<string, number>();
  let dir: string;
  let node: PocoNode;
  let resultServer: Server;
  let browser: Browser;
  const ids: Record<string, string> = {};

  async function post(signer: KeyPair, body: TxBody): Promise<string> {
    const nonce = nonces.get(signer.addressHex) ?? 0;
    nonces.set(signer.addressHex, nonce + 1);
    const bytes = signTx({ ...body, chainId: TEST_CHAIN_ID, nonce }, signer.privateKey).bytes;
    const res = await fetch(`${node.apiUrl}/txs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tx: toHex(bytes) }),
    });
    const answer = (await res.json()) as { hash?: string; message?: string };
    assert.equal(res.status, 202, answer.message);
    return answer.hash as string;
  }

  /** Sends one phase of txs (any order within it) and waits until all are committed successfully. */
  async function phase(txs: [KeyPair, TxBody][]): Promise<string[]> {
    const hashes: string[] = [];
    for (const [signer, body] of txs) hashes.push(await post(signer, body));
    for (const hash of hashes) {
      let receipt: { status: string; error?: unknown } | undefined;
      await waitFor(
        async () => {
          const r = await fetch(`${node.apiUrl}/txs/${hash}`);
          const body = (await r.json()) as { status?: string; receipt?: typeof receipt };
          receipt = body.status === "committed" ? body.receipt : undefined;
          return receipt !== undefined;
        },
        20_000,
        `tx ${hash}`,
      );
      assert.equal(receipt?.status, "success", JSON.stringify(receipt?.error));
    }
    return hashes;
  }

  const signed = <K extends OrderKind>(kind: K, order: OrderByKind[K], key: KeyPair) => ({
    ...order,
    sign: signOrder(domain, kind, order, key.privateKey),
  });

  before(async () => {
    const browserBinary = await findChromium();
    dir = tempDir("poco-explorer-");
    const resultBytes = new TextEncoder().encode("42\n");
    resultServer = createServer((_req, res) => {
      // the page downloads results itself (cross-origin), as from a worker's result store
      res.writeHead(200, { "access-control-allow-origin": "*", "content-type": "application/octet-stream" });
      res.end(resultBytes);
    });
    await new Promise<void>((ok) => resultServer.listen(0, "127.0.0.1", ok));
    const resultUrl = `http://127.0.0.1:${(resultServer.address() as AddressInfo).port}/result.bin`;
    node = await PocoNode.start({
      dataDir: dir,
      genesis: testGenesis(validator, [requester, appOwner, scheduler, worker], 100_000n * RLC),
      validatorKey: validator,
      api: { host: "127.0.0.1", port: 0, events: { maxClients: 4, heartbeatMs: 300 } },
      producer: { blockTimeMs: 150 },
      logger: pino({ level: "silent" }),
    });
    browser = await chromium.launch({
      executablePath: browserBinary.executablePath,
      env: browserBinary.env,
      args: HEADLESS_ARGS,
    });

    const app = deriveAssetAddress("app", appOwner.address, 0);
    const dataset = deriveAssetAddress("dataset", appOwner.address, 1); // its second tx
    const pool = deriveAssetAddress("workerpool", scheduler.address, 0);
    Object.assign(ids, { app, dataset, pool });
    const [transfer] = await phase([
      [requester, { transfer: { to: testKey(9).address, amount: uintToBytes(3n * RLC) } }],
      [appOwner, { registerApp: { name: "hello <b>app</b>", uri: "https://apps.example/hello.wasm" } }],
      [appOwner, { registerDataset: { name: "numbers", uri: "https://data.example/n.bin" } }],
      [scheduler, { registerWorkerpool: { description: XSS, schedulerRewardRatio: 10, powerEfficiency: 7 } }],
      [scheduler, { stake: { amount: uintToBytes(1_000n * RLC) } }],
      [worker, { stake: { amount: uintToBytes(100n * RLC) } }],
      [requester, { withdraw: { ethRecipient: testKey(8).address, amount: uintToBytes(2n * RLC) } }],
    ]);
    ids.transfer = transfer as string;

    const salt = new Uint8Array(32).fill(7);
    const appOrder = signed(
      "app",
      { app: fromHex(app, 20), appprice: uintToBytes(1n * RLC), volume: uintToBytes(10n), salt },
      appOwner,
    );
    const datasetOrder = signed(
      "dataset",
      { dataset: fromHex(dataset, 20), datasetprice: uintToBytes(2n * RLC), volume: uintToBytes(5n), salt },
      appOwner,
    );
    const poolOrder = signed(
      "workerpool",
      {
        workerpool: fromHex(pool, 20),
        workerpoolprice: uintToBytes(10n * RLC),
        volume: uintToBytes(10n),
        trust: uintToBytes(1n),
        salt,
      },
      scheduler,
    );
    // A request nobody serves (its max price is below the pool's): it stays in the requester book.
    const cheapRequest = signed(
      "request",
      {
        app: fromHex(app, 20),
        appmaxprice: uintToBytes(1n * RLC),
        workerpoolmaxprice: uintToBytes(1n * RLC),
        requester: requester.address,
        volume: uintToBytes(1n),
        trust: uintToBytes(1n),
        beneficiary: requester.address,
        params: "{}",
        salt: new Uint8Array(32).fill(9),
      },
      requester,
    );
    await phase([
      [appOwner, { publishOrder: { app: appOrder } }],
      [appOwner, { publishOrder: { dataset: datasetOrder } }],
      [scheduler, { publishOrder: { workerpool: poolOrder } }],
      [requester, { publishOrder: { request: cheapRequest } }],
    ]);
    const request = signed(
      "request",
      {
        app: fromHex(app, 20),
        appmaxprice: uintToBytes(1n * RLC),
        workerpool: fromHex(pool, 20),
        workerpoolmaxprice: uintToBytes(10n * RLC),
        requester: requester.address,
        volume: uintToBytes(2n),
        trust: uintToBytes(1n),
        beneficiary: requester.address,
        params: '{"iexec_args":"answer"}',
        salt,
      },
      requester,
    );
    await phase([[requester, { matchOrders: { app: appOrder, workerpool: poolOrder, request } }]]);
    ids.poolOrder = orderHash(TEST_CHAIN_ID, "workerpool", poolOrder);
    ids.deal = dealId(orderHash(TEST_CHAIN_ID, "request", request), 0n);
    ids.task = taskId(ids.deal, 0);
    ids.digest = toHex(keccak256(resultBytes));
    await phase([
      [
        worker,
        {
          contributeAndFinalize: {
            taskId: fromHex(ids.task, 32),
            resultDigest: fromHex(ids.digest, 32),
            results: new TextEncoder().encode(resultUrl),
            authorization: signAuthorization(
              worker.addressHex,
              ids.task,
              ZERO_ADDRESS_HEX,
              scheduler.privateKey,
            ),
          },
        },
      ],
    ]);
  });

  after(async () => {
    // the node stops while the page still holds its event stream open (the stream must not hold it)
    await node?.stop();
    await browser?.close();
    resultServer?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("GET /search classifies every kind of id, answers 404 NOT_FOUND and refuses malformed queries", async () => {
    const search = async (q: string) => {
      const res = await fetch(`${node.apiUrl}/search?q=${encodeURIComponent(q)}`);
      return {
        status: res.status,
        body: (await res.json()) as { kind?: string; id?: string; code?: string },
      };
    };
    const block1 = (await (await fetch(`${node.apiUrl}/blocks/1`)).json()) as { header: { hash: string } };
    const cases: [string, string][] = [
      ["1", "block"],
      [block1.header.hash, "block"],
      [ids.transfer as string, "tx"],
      [ids.deal as string, "deal"],
      [ids.task as string, "task"],
      [ids.poolOrder as string, "order"],
      [ids.pool as string, "workerpool"],
      [ids.app as string, "app"],
      [ids.dataset as string, "dataset"],
      [validator.addressHex, "validator"],
      [requester.addressHex.toUpperCase().replace("0X", "0x"), "address"],
      ["w:0", "withdrawal"],
    ];
    for (const [q, kind] of cases) assert.equal((await search(q)).body.kind, kind, q);
    for (const q of ["999999", `0x${"ab".repeat(32)}`, `0x${"cd".repeat(20)}`, "w:77"]) {
      const r = await search(q);
      assert.equal(r.status, 404, q);
      assert.equal(r.body.code, "NOT_FOUND");
    }
    for (const q of ["hello", "0x12", "-1", "x".repeat(81)]) assert.equal((await search(q)).status, 400, q);
  });

  it("GET /accounts/:address/txs pages through an address's txs, newest first, each once", async () => {
    type Page = {
      txs: { hash: string; height: number; index: number; kind: string; role: string }[];
      next?: number;
    };
    const seen: Page["txs"] = [];
    let before: number | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const query = `limit=1${before === undefined ? "" : `&before=${before}`}`;
      const page = (await (
        await fetch(`${node.apiUrl}/accounts/${requester.addressHex}/txs?${query}`)
      ).json()) as Page;
      seen.push(...page.txs);
      if (page.next === undefined) break;
      before = page.next;
    }
    assert.deepEqual(
      seen.map((t) => t.kind),
      ["matchOrders", "publishOrder", "withdraw", "transfer"],
    );
    assert.equal(new Set(seen.map((t) => t.hash)).size, 4);
    // newest first: by height, then by position in the block (two of them may share a block)
    const position = (t: { height: number; index: number }) => t.height * 1_000_000 + t.index;
    assert.ok(
      seen.every((t, i) => i === 0 || position(seen[i - 1]!) > position(t)),
      JSON.stringify(seen),
    );
    // the worker is named in no tx but its own: its stake and its contribution
    const worker4 = (await (await fetch(`${node.apiUrl}/accounts/${worker.addressHex}/txs`)).json()) as Page;
    assert.deepEqual(
      worker4.txs.map((t) => t.kind),
      ["contributeAndFinalize", "stake"],
    );
  });

  it("GET /events: at most maxClients streams (503 beyond), heartbeats, a slot freed when a client leaves", async () => {
    const open = async () => {
      const abort = new AbortController();
      const res = await fetch(`${node.apiUrl}/events`, { signal: abort.signal });
      return { res, abort };
    };
    const streams = [];
    for (let i = 0; i < 4; i++) streams.push(await open());
    assert.ok(streams.every((s) => s.res.status === 200));
    const refused = await fetch(`${node.apiUrl}/events`);
    assert.equal(refused.status, 503);
    assert.equal(((await refused.json()) as { code: string }).code, "EVENTS_FULL");
    // a block event first, then heartbeats between blocks
    const first = streams[0]?.res.body;
    assert.ok(first);
    const reader = first.getReader();
    let text = "";
    while (!text.includes(": heartbeat")) {
      const chunk = await reader.read();
      assert.ok(!chunk.done, `the stream ended before a heartbeat: ${text}`);
      text += new TextDecoder().decode(chunk.value);
    }
    assert.match(text, /^event: block\ndata: \{"height":\d+/);
    for (const s of streams) s.abort.abort();
    // the server sees the closes and frees the slots
    await waitFor(
      async () => {
        const s = await open();
        s.abort.abort();
        return s.res.status === 200;
      },
      10_000,
      "a free event stream slot",
    );
  });

  /** Goes to a hash route (or searches) and waits until that page has rendered. */
  async function shows(page: Page, name: string): Promise<string> {
    await page.waitForSelector(`#view[data-page="${name}"][data-ready="1"]`, { timeout: 10_000 });
    const text = (await page.textContent("#view")) ?? "";
    assert.ok(!text.includes(" not found"), `${name}: ${text.slice(0, 300)}`);
    mkdirSync(SHOTS, { recursive: true });
    const path = join(SHOTS, `${name}.png`);
    const png = await page.screenshot({ path, fullPage: true });
    assert.ok(png.length > 10_000, `${name} screenshot has content`);
    return text;
  }
  async function search(page: Page, q: string, name: string): Promise<string> {
    await page.fill("#q", q);
    await page.click('#search button[type="submit"]');
    return shows(page, name);
  }

  it("reaches every page by search and by links, escapes attacker text, and follows the head by SSE", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const failures: string[] = [];
    page.on("pageerror", (e) => failures.push(e.message));
    await page.goto(`${node.apiUrl}/explorer`);
    let text = await shows(page, "home");
    assert.match(text, /Recent blocks/);
    await page.waitForFunction('document.getElementById("live").textContent === "live"', undefined, {
      timeout: 10_000,
    });
    // SSE: a new block comes in as a row (and the header), without reloading the page
    const top = async () => Number(await page.textContent("#blocks tr:nth-child(2) td:first-child"));
    const before = await top();
    await page.waitForFunction(
      `Number(document.querySelector("#blocks tr:nth-child(2) td:first-child").textContent) > ${before}`,
      undefined,
      { timeout: 10_000 },
    );
    // read in one turn of the page's event loop: a block event may land between two reads
    const [height, row] = (await page.evaluate(
      '[document.getElementById("height").textContent, document.querySelector("#blocks tr:nth-child(2) td:first-child").textContent]',
    )) as [string, string];
    assert.equal(Number(height), Number(row), "the header and the newest row show the same head");
    assert.ok((await page.$$("#blocks tr")).length <= 11);

    // the attacker's description is text everywhere, never markup
    assert.equal(await page.evaluate("window.__xss"), undefined);
    assert.ok(((await page.textContent("#pools")) ?? "").includes("<img src=x onerror="));

    // block by height, then a tx by link
    text = await search(page, "2", "block");
    assert.match(text, /Block 2/);
    text = await search(page, ids.transfer as string, "tx");
    assert.match(text, /transfer/);
    assert.match(text, /success/);
    await page.click('#txInfo a[data-kind="block"]');
    await shows(page, "block");
    assert.ok(
      (await page.$$(`#blockTxs a[href="#/tx/${ids.transfer}"]`)).length === 1,
      "the block lists the tx",
    );

    // deal → its task by link; the task's result is downloaded and checked in the browser
    text = await search(page, ids.deal as string, "deal");
    assert.match(text, /completed/);
    assert.match(text, /active/);
    await page.click(`#dealTasks a[href="#/task/${ids.task}"]`);
    text = await shows(page, "task");
    assert.match(text, new RegExp(ids.digest as string));
    assert.match(text, /runs no bridge/);
    await page.click("#checkDigest");
    await page.waitForFunction('document.getElementById("digestCheck").className === "ok"', undefined, {
      timeout: 10_000,
    });
    assert.match((await page.textContent("#digestCheck")) ?? "", /digest matches/);
    await page.screenshot({ path: join(SHOTS, "task-checked.png"), fullPage: true });

    // workerpool: description as text, SLA history chart with one deal column set
    await search(page, ids.pool as string, "workerpool");
    assert.equal(await page.textContent("#poolDescription"), XSS);
    assert.equal(await page.$$eval("#poolDescription img", (imgs) => imgs.length), 0);
    assert.ok((await page.$$("#slaHistory rect")).length >= 4);
    assert.equal(await page.evaluate("window.__xss"), undefined);
    await page.click('#poolInfo a[data-kind="address"]');
    text = await shows(page, "address");
    assert.match(text, /Deals as scheduler/);
    assert.ok((await page.$$(`#dealsScheduler a[href="#/deal/${ids.deal}"]`)).length === 1);

    // app (name with markup as text), dataset, order, order books
    text = await search(page, ids.app as string, "app");
    assert.match(text, /hello <b>app<\/b>/);
    text = await search(page, ids.dataset as string, "dataset");
    assert.match(text, /numbers/);
    text = await search(page, ids.poolOrder as string, "order");
    assert.match(text, /8 \/ 10|2 \/ 8/); // volume 10, 2 consumed by the deal
    await page.click('nav a[href="#/orders"]');
    await shows(page, "orders");
    for (const book of ["bookWorkerpool", "bookRequest", "bookApp", "bookDataset"])
      assert.ok((await page.$$(`#${book} tr`)).length >= 2, `${book} lists an order`);

    // the requester: balances, txs (with its published order), deals, tasks
    text = await search(page, requester.addressHex, "address");
    assert.match(text, /matchOrders/);
    assert.ok((await page.$$(`#dealsRequester a[href="#/deal/${ids.deal}"]`)).length === 1);
    assert.ok((await page.$$("#addressOrders a")).length >= 1, "its published order is linked");
    assert.ok((await page.$$("#addressWithdrawals a")).length >= 1);

    // validator uptime, then withdrawal status (no bridge here: never "anchored")
    text = await search(page, validator.addressHex, "validator");
    assert.match((await page.textContent("#uptime")) ?? "", /^\d+%$/);
    assert.ok((await page.$$("#uptimeChart rect")).length >= 2);
    text = await search(page, "w:0", "withdrawal");
    assert.notEqual(await page.getAttribute("#withdrawalStatus", "data-state"), "anchored");
    assert.match(text, /no bridge/);

    // nothing found: a message, the page stays
    await page.fill("#q", `0x${"ab".repeat(32)}`);
    await page.click('#search button[type="submit"]');
    await page.waitForFunction(
      'document.getElementById("searchError").textContent.includes("nothing matches")',
    );
    assert.deepEqual(failures, [], "no script error on any page");
    console.log(`    explorer screenshots: ${SHOTS}`);
  });
});
