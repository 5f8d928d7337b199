/**
 * Fees over HTTP on a chain that prices gas: GET /fees, POST /txs/estimate, receipts with gas and fee,
 * headers with the base fee and gas, blocks with the fees they paid, and the explorer's columns.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { pino } from "pino";
import { toHex } from "../../node/crypto/hash.js";
import { writeKeyFile } from "../../node/crypto/keys.js";
import { DEFAULT_CHAIN_PARAMS } from "../../node/execution/fees.js";
import { PocoNode } from "../../node/pocoNode.js";
import { signTx } from "../../node/tx/signedTx.js";
import { encode, poco, uintToBytes } from "../../proto/index.js";
import { RLC, TEST_CHAIN_ID, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";

const exec = promisify(execFile);

describe("fees over HTTP (single validator, min base fee 10 nRLC/gas)", () => {
  const validator = testKey(0);
  const alice = testKey(1);
  const bob = testKey(2);
  let dir: string;
  let node: PocoNode;
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers, checked field by field below
  const get = async (path: string): Promise<any> => (await fetch(node.apiUrl + path)).json();
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers, checked field by field below
  const post = async (path: string, body: unknown): Promise<any> =>
    (
      await fetch(node.apiUrl + path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      })
    ).json();

  before(async () => {
    dir = tempDir();
    const genesis = testGenesis(validator, [alice]);
    genesis.params = { ...DEFAULT_CHAIN_PARAMS, minBaseFee: 10n, initialBaseFee: 10n };
    node = await PocoNode.start({
      dataDir: dir,
      genesis,
      validatorKey: validator,
      api: { host: "127.0.0.1", port: 0 },
      producer: { blockTimeMs: 200 },
      logger: pino({ level: "silent" }),
    });
  });

  after(async () => {
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("estimates, charges and shows the fee of a transfer", async () => {
    const fees = await get("/fees");
    assert.equal(fees.baseFeePerGas, "10");
    assert.equal(fees.minBaseFeePerGas, "10");
    assert.equal(fees.suggestedTipPerGas, "1");
    assert.equal(fees.suggestedMaxFeePerGas, "21");
    assert.equal(fees.blockGasLimit, DEFAULT_CHAIN_PARAMS.blockGasLimit);

    const body = {
      chainId: TEST_CHAIN_ID,
      sender: alice.address,
      nonce: 0,
      // The signed tx below is this one: same size, same fee fields, so the estimate is exact.
      gasLimit: 50_000,
      maxFeePerGas: uintToBytes(21n),
      maxPriorityFeePerGas: uintToBytes(1n),
      transfer: { to: bob.address, amount: uintToBytes(RLC) },
    };
    const estimate = await post("/txs/estimate", {
      tx: toHex(encode(poco.Tx, body)),
      sender: alice.addressHex,
    });
    assert.equal(estimate.error, undefined);
    const gas: number = estimate.gasUsed;
    assert.ok(gas > 10_000 && gas < 30_000, `transfer gas ${gas}`);

    const signed = signTx(body, alice.privateKey);
    const submitted = await post("/txs", { tx: toHex(signed.bytes) });
    const hash: string = submitted.hash;
    let tx = await get(`/txs/${hash}`);
    for (let i = 0; i < 100 && !tx.receipt; i++) {
      await new Promise((r) => setTimeout(r, 100));
      tx = await get(`/txs/${hash}`);
    }
    const receipt = tx.receipt;
    assert.equal(receipt.status, "success", JSON.stringify(receipt));
    assert.equal(receipt.gasUsed, gas, "the estimate is exact for the same state");
    assert.equal(receipt.fee, String(BigInt(gas) * 11n));

    const block = await get(`/blocks/${receipt.height}`);
    assert.equal(block.header.baseFeePerGas, "10");
    assert.equal(block.header.gasUsed, gas);
    assert.equal(block.header.gasLimit, DEFAULT_CHAIN_PARAMS.blockGasLimit);
    assert.equal(block.feesPaid, receipt.fee);
    // The validator listing reads the persisted state through an ordered key range (regression: it
    // used an in-memory-only scan and answered 500 once state moved to disk).
    const validators = await get("/validators");
    assert.equal(validators.validators?.length, 1, JSON.stringify(validators));
    assert.equal(validators.validators[0].active, true);
    const html = await (await fetch(`${node.apiUrl}/explorer`)).text();
    assert.match(html, /gas used \/ limit/);
    assert.match(html, /base fee/);
  });
});

describe("poco's signing commands quote their fee (min base fee 10 nRLC/gas)", function () {
  this.timeout(120_000);
  const validator = testKey(0);
  const alice = testKey(1);
  const bob = testKey(2);
  let dir: string;
  let node: PocoNode;
  let aliceKey: string;
  const poco = (...args: string[]) =>
    exec(process.execPath, ["bin/poco.js", ...args, "--api", node.apiUrl, "--json"], { timeout: 30_000 });
  const balanceOf = async (address: string): Promise<bigint> =>
    BigInt(
      ((await (await fetch(`${node.apiUrl}/accounts/${address}`)).json()) as { balance: string }).balance,
    );

  before(async () => {
    dir = tempDir();
    const genesis = testGenesis(validator, [alice], 1000n * RLC);
    genesis.params = { ...DEFAULT_CHAIN_PARAMS, minBaseFee: 10n, initialBaseFee: 10n };
    node = await PocoNode.start({
      dataDir: join(dir, "data"),
      genesis,
      validatorKey: validator,
      api: { host: "127.0.0.1", port: 0 },
      producer: { blockTimeMs: 100 },
      logger: pino({ level: "silent" }),
    });
    aliceKey = join(dir, "alice.json");
    await writeKeyFile(aliceKey, alice);
  });

  after(async () => {
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The bond above counts after the bond delay: unbonding waits until it does (bounded). */
  const bondActive = async () => {
    for (let i = 0; i < 600; i++) {
      const { validators } = (await (await fetch(`${node.apiUrl}/validators`)).json()) as {
        validators: { address: string; bonded: string }[];
      };
      const mine = validators.find((v) => v.address.toLowerCase() === alice.addressHex.toLowerCase());
      if (mine && BigInt(mine.bonded) >= RLC) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.fail("alice's bond never became active");
  };

  const commands: [string, string[], (() => Promise<void>)?][] = [
    ["tx transfer", ["tx", "transfer", "--to", bob.addressHex, "--amount", "1.5"]],
    ["validator bond", ["validator", "bond", "--amount", "2"]],
    ["validator unbond", ["validator", "unbond", "--amount", "1"], bondActive],
    ["withdraw request", ["withdraw", "request", "--amount", "1"]],
  ];

  for (const [name, args, ready] of commands) {
    it(`${name}: --dry-run shows the fee and sends nothing; sent, it pays what it showed`, async () => {
      await ready?.();
      const before = await balanceOf(alice.addressHex);
      const nonce = async () =>
        ((await (await fetch(`${node.apiUrl}/accounts/${alice.addressHex}`)).json()) as { nonce: number })
          .nonce;
      const nonceBefore = await nonce();
      const dry = JSON.parse((await poco(...args, "--key", aliceKey, "--dry-run")).stdout) as {
        dryRun: boolean;
        gasEstimate: number;
        gasLimit: number;
        expectedFeeRlc: string;
      };
      assert.equal(dry.dryRun, true);
      assert.ok(dry.gasEstimate > 0 && dry.gasLimit > dry.gasEstimate, JSON.stringify(dry));
      assert.equal(await nonce(), nonceBefore, "a dry run sends nothing");

      const run = await poco(...args, "--key", aliceKey);
      assert.match(run.stderr, /fee ≈ [0-9.]+ RLC \(gas [0-9]+ × \(base 10 \+ tip 1\) nRLC\), at most/);
      const sent = JSON.parse(run.stdout) as {
        status: string;
        fee: string;
        expectedFeeRlc: string;
        gasLimit: number;
        gasUsed: number;
      };
      assert.equal(sent.status, "success", run.stdout);
      // The same tx a few blocks later: its gas may differ by a few bytes' worth (heights grow).
      assert.ok(
        Math.abs(sent.gasUsed - dry.gasEstimate) * 100 <= dry.gasEstimate,
        `${sent.gasUsed} vs ${dry.gasEstimate}`,
      );
      assert.ok(run.stderr.includes(`fee ≈ ${sent.expectedFeeRlc} RLC`), "the fee shown is the one reported");
      assert.ok(sent.gasUsed <= sent.gasLimit);
      assert.equal(BigInt(sent.fee), BigInt(sent.gasUsed) * 11n, "gas used × (base fee + tip)");
      assert.ok((await balanceOf(alice.addressHex)) < before);
    });
  }

  it("a tx that would fail is refused before signing, with the node's error code", async () => {
    const unknownOrder = `0x${"ab".repeat(32)}`;
    for (const args of [
      ["order", "cancel", unknownOrder],
      ["validator", "unjail"],
      ["tx", "transfer", "--to", bob.addressHex, "--amount", "100000"],
    ]) {
      const failed = await poco(...args, "--key", aliceKey).then(
        () => assert.fail(`poco ${args.join(" ")} should fail`),
        (err: { code: number; stderr: string }) => err,
      );
      assert.equal(failed.code, 1);
      assert.match(failed.stderr, /^error [A-Z_]+: the transaction would fail: /m, failed.stderr);
    }
  });

  it("refuses bad fee options before reading the key", async () => {
    const failed = await poco(
      "tx",
      "transfer",
      "--to",
      bob.addressHex,
      "--amount",
      "1",
      "--key",
      "/nonexistent",
      "--tip",
      "-1",
    ).then(
      () => assert.fail("should fail"),
      (err: { code: number; stderr: string }) => err,
    );
    assert.match(failed.stderr, /error CLI_BAD_OPTION: --tip: expected an integer/);
  });
});
