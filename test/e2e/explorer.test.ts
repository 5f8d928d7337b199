import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import { chromium } from "playwright-core";
import { PocoNode } from "../../node/pocoNode.js";
import { signTx } from "../../node/tx/signedTx.js";
import { type ChromiumLaunch, findChromium, HEADLESS_ARGS } from "../helpers/chromium.js";
import { RLC, signedTransfer, TEST_CHAIN_ID, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";

describe("explorer page in headless Chromium", function () {
  this.timeout(90_000);
  let dir: string;
  let node: PocoNode;
  let browserBinary: ChromiumLaunch;

  before(async () => {
    // The bundled build from npm (@sparticuz/chromium), or CHROMIUM_PATH when set.
    browserBinary = await findChromium();
    dir = tempDir("poco-explorer-");
    const validator = testKey(0);
    const alice = testKey(1);
    node = await PocoNode.start({
      dataDir: dir,
      genesis: testGenesis(validator, [alice], 1_000n * RLC),
      validatorKey: validator,
      api: { host: "127.0.0.1", port: 0 },
      producer: { blockTimeMs: 200 },
      logger: pino({ level: "silent" }),
    });
    const pool = signTx(
      {
        chainId: TEST_CHAIN_ID,
        nonce: 0,
        registerWorkerpool: { description: "pool", schedulerRewardRatio: 10, powerEfficiency: 7 },
      },
      alice.privateKey,
    );
    const transfer = signedTransfer(alice, testKey(2), 3n * RLC, 1);
    for (const t of [pool, transfer]) {
      await fetch(`${node.apiUrl}/txs`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ tx: `0x${Buffer.from(t.bytes).toString("hex")}` }),
      });
    }
  });

  after(async () => {
    await node?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("shows blocks, validators and workerpools, live, and renders a non-empty screenshot", async () => {
    const browser = await chromium.launch({
      executablePath: browserBinary.executablePath,
      env: browserBinary.env,
      args: HEADLESS_ARGS,
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${node.apiUrl}/explorer`);
      // Page-side expressions as strings: they run in the browser, not under Node's types.
      const height = 'Number(document.getElementById("height").textContent)';
      await page.waitForFunction(`${height} >= 3`, undefined, { timeout: 30_000 });
      await page.waitForFunction('document.getElementById("pools").rows.length > 1', undefined, {
        timeout: 30_000,
      });
      await page.waitForFunction('document.getElementById("live").textContent === "live"', undefined, {
        timeout: 10_000,
      });
      const before = Number(await page.textContent("#height"));
      await page.waitForFunction(`${height} > ${before}`, undefined, { timeout: 10_000 });
      const validatorRows = await page.$$eval("#validators tr", (rows) => rows.length);
      assert.ok(validatorRows >= 2, "the validator is listed");
      const blockRows = await page.$$eval("#blocks tr", (rows) => rows.length);
      assert.ok(blockRows >= 4, "recent blocks are listed");
      const shot = process.env.EXPLORER_SCREENSHOT ?? join(dir, "explorer.png");
      const png = await page.screenshot({ path: shot, fullPage: true });
      assert.ok(png.length > 20_000, `screenshot has content (${png.length} bytes)`);
    } finally {
      await browser.close();
    }
  });
});
