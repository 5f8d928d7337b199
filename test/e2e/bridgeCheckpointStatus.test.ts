/**
 * What the API and the explorer say about checkpoints: a checkpoint is shown as anchored only when
 * the contract on Ethereum holds it, and the next anchoring shows what it waits for (the anchor
 * policy). One validator node with the bridge, relaying by a short policy, on Anvil; the explorer in
 * headless Chromium.
 */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { type Contract, Wallet } from "ethers";
import { pino } from "pino";
import { chromium } from "playwright-core";
import "../../node/polyfill.js";
import { ANVIL_KEYS, type Anvil, startAnvil } from "../../bridge/devnet.js";
import { deployBridge, deployTestRLC } from "../../bridge/relayer.js";
import { toHex } from "../../node/crypto/hash.js";
import { PocoNode } from "../../node/pocoNode.js";
import { signTx } from "../../node/tx/signedTx.js";
import { uintToBytes } from "../../proto/index.js";
import { findChromium, HEADLESS_ARGS } from "../helpers/chromium.js";
import { RLC, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";
import { waitFor } from "../helpers/validatorNet.js";

interface Report {
  onEthereum: number;
  anchoring: {
    nextCheckpointHeight: number;
    pendingWithdrawals: number;
    validatorSetChanged: boolean;
    nextExpected: { atMs: number | null; waitsFor: string } | null;
  };
  checkpoints: { height: number; stateRoot: string; status: string; anchored: boolean; signers: string[] }[];
}

describe("checkpoint status on the API and the explorer: anchored only when Ethereum accepted it (Anvil)", function () {
  this.timeout(180_000);
  const validator = testKey(0);
  const alice = testKey(1);
  let dir: string;
  let anvil: Anvil;
  let node: PocoNode;
  let bridge: Contract;
  const report = async (): Promise<Report> =>
    (await (await fetch(`${node.apiUrl}/checkpoints`)).json()) as Report;

  before(async () => {
    dir = tempDir("poco-ckpt-status-");
    anvil = await startAnvil();
    const deployer = new Wallet(ANVIL_KEYS[0]!, anvil.provider);
    const genesis = testGenesis(validator, [alice], 1_000n * RLC);
    const token = await deployTestRLC(deployer);
    bridge = await deployBridge(deployer, {
      token: await token.getAddress(),
      sidechainId: genesis.chainId,
      validators: genesis.validators,
    });
    node = await PocoNode.start({
      dataDir: dir,
      genesis,
      validatorKey: validator,
      api: { host: "127.0.0.1", port: 0 },
      producer: { blockTimeMs: 400 },
      bridge: {
        ethRpc: anvil.url,
        bridgeAddress: await bridge.getAddress(),
        startBlock: await anvil.provider.getBlockNumber(),
        checkpointEvery: 8,
        pollMs: 200,
        relayKey: ANVIL_KEYS[1]!,
        // Withdrawals anchored after 3 s of sidechain time; nothing else for 10 h.
        anchor: { maxWithdrawalWaitMs: 3_000, maxIntervalMs: 36_000_000 },
      },
      logger: pino({ level: "silent" }),
    });
  });

  after(async () => {
    await node?.stop();
    await anvil?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("lists signed checkpoints as not anchored, says what the next anchoring waits for, and flips only the accepted one", async () => {
    await waitFor(async () => (await report()).checkpoints.length >= 3, 60_000, "three checkpoints");
    const quiet = await report();
    assert.equal(quiet.onEthereum, 0);
    assert.ok(quiet.checkpoints.every((c) => c.status === "signed" && !c.anchored));
    assert.ok(quiet.checkpoints.every((c) => c.signers.includes(validator.addressHex.toLowerCase())));
    assert.equal(quiet.anchoring.pendingWithdrawals, 0);
    assert.equal(quiet.anchoring.validatorSetChanged, false);
    assert.equal(quiet.anchoring.nextExpected?.waitsFor, "maxInterval");
    assert.ok(quiet.anchoring.nextCheckpointHeight % 8 === 0);

    const withdraw = signTx(
      {
        chainId: node.chain.chainId,
        nonce: 0,
        withdraw: { ethRecipient: Uint8Array.from(Buffer.alloc(20, 0x42)), amount: uintToBytes(RLC) },
      },
      alice.privateKey,
    );
    const res = await fetch(`${node.apiUrl}/txs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tx: toHex(withdraw.bytes) }),
    });
    assert.equal(res.status, 202);
    await waitFor(async () => (await report()).anchoring.pendingWithdrawals === 1, 30_000, "the burn");
    const waiting = await report();
    assert.equal(waiting.anchoring.nextExpected?.waitsFor, "withdrawalsWaited");

    await waitFor(async () => (await report()).onEthereum > 0, 60_000, "the withdrawal anchored");
    const done = await report();
    const accepted = done.checkpoints.filter((c) => c.anchored);
    assert.equal(accepted.length, 1, "one checkpoint was sent and accepted");
    assert.equal(accepted[0]!.height, done.onEthereum);
    assert.equal(accepted[0]!.status, "accepted");
    assert.equal(
      String(await bridge.getFunction("stateRoots")(accepted[0]!.height)).toLowerCase(),
      accepted[0]!.stateRoot,
      "the contract holds exactly that checkpoint",
    );
    for (const c of done.checkpoints) {
      if (c.height < done.onEthereum) assert.equal(c.status, "skipped", `checkpoint ${c.height}`);
      if (c.height > done.onEthereum) assert.ok(["signed", "submitted"].includes(c.status));
    }
    assert.equal(done.anchoring.pendingWithdrawals, 0);
    assert.equal(done.anchoring.nextExpected?.waitsFor, "maxInterval");

    // The explorer: only the accepted checkpoint reads "anchored"; the next anchoring is explained.
    const binary = await findChromium();
    const browser = await chromium.launch({
      executablePath: binary.executablePath,
      env: binary.env,
      args: HEADLESS_ARGS,
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${node.apiUrl}/explorer`);
      // the home page renders after its first fetches; its bridge box then follows new blocks
      await page.waitForFunction('document.getElementById("checkpoints")?.rows.length > 2', undefined, {
        timeout: 30_000,
      });
      await page.waitForFunction(
        'document.getElementById("nextAnchor").textContent.includes("waits for")',
        undefined,
        { timeout: 30_000 },
      );
      const rows = await page.$$eval("#checkpoints tr", (trs) =>
        trs.slice(1).map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
      );
      const shownAnchored = rows.filter((r) => r[3] === "anchored").map((r) => Number(r[0]));
      assert.ok(
        shownAnchored.every((h) => h === done.onEthereum),
        `anchored rows: ${shownAnchored}`,
      );
      const older = rows.filter((r) => Number(r[0]) < done.onEthereum);
      assert.ok(older.length > 0, "rows below the anchored height are shown");
      assert.ok(
        older.every((r) => r[3] !== "anchored"),
        "never anchored because a later one was",
      );
      const text = await page.textContent("#nextAnchor");
      assert.match(text ?? "", /maximum interval/);
      assert.match((await page.textContent("#bridgeInfo")) ?? "", /height \d+/);
    } finally {
      await browser.close();
    }
  });
});
