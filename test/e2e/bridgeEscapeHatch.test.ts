import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { type Contract, Wallet } from "ethers";
import { pino } from "pino";
import "../../node/polyfill.js";
import { ANVIL_KEYS, type Anvil, startAnvil } from "../../bridge/devnet.js";
import { exitArgs, exitThroughHatch, fetchAccountProof } from "../../bridge/escapeHatch.js";
import { fetchAndClaim } from "../../bridge/proofServer.js";
import { bridgeAt, deployBridge, deployTestRLC, tokenAt } from "../../bridge/relayer.js";
import { describeEthersError } from "../../node/cli/contractErrors.js";
import { toHex } from "../../node/crypto/hash.js";
import { keyPairFromPrivate, writeKeyFile } from "../../node/crypto/keys.js";
import { PocoNode } from "../../node/pocoNode.js";
import { readAccount } from "../../node/state/accounts.js";
import { signTx } from "../../node/tx/signedTx.js";
import { uintToBytes } from "../../proto/index.js";
import { RLC, signedTransfer, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";
import { waitFor } from "../helpers/validatorNet.js";

const exec = promisify(execFile);
const ESCAPE_DELAY = 3_600;

/** The revert of a call, decoded by name (PocoBridge.X(...)), or undefined when it did not revert. */
async function revertOf(call: Promise<unknown>): Promise<string | undefined> {
  try {
    await call;
    return undefined;
  } catch (err) {
    return describeEthersError(err)?.message ?? (err as Error).message;
  }
}

describe("bridge escape hatch: a sidechain whose checkpoints stop, users exit on Ethereum with proofs from the node (Anvil)", function () {
  this.timeout(180_000);
  const validator = testKey(0);
  const faucet = testKey(10); // funded in genesis: RLC that never came through the bridge
  const alice = testKey(20);
  const bob = testKey(21);
  const carol = testKey(22);
  let dir: string;
  let anvil: Anvil;
  let node: PocoNode;
  let bridge: Contract;
  let token: Contract;
  let gasKeyFile: string;

  const submit = async (bytes: Uint8Array) => {
    const res = await fetch(`${node.apiUrl}/txs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tx: toHex(bytes) }),
    });
    assert.equal(res.status, 202, await res.text());
  };
  const balance = (k: { addressHex: string }) => readAccount(node.chain.state, k.addressHex).balance;
  const rlcOf = async (address: string) => (await token.getFunction("balanceOf")(address)) as bigint;

  before(async () => {
    dir = tempDir("poco-bridge-hatch-");
    anvil = await startAnvil();
    const deployer = new Wallet(ANVIL_KEYS[0]!, anvil.provider);
    const genesis = testGenesis(validator, [faucet], 1_000n * RLC);
    token = await deployTestRLC(deployer);
    bridge = await deployBridge(deployer, {
      token: await token.getAddress(),
      sidechainId: genesis.chainId,
      validators: [{ address: validator.addressHex.toLowerCase(), power: 10 }],
      safety: { escapeDelay: ESCAPE_DELAY },
    });
    const startBlock = await anvil.provider.getBlockNumber();
    gasKeyFile = join(dir, "gas.key");
    await writeKeyFile(gasKeyFile, keyPairFromPrivate(ANVIL_KEYS[3]!));
    node = await PocoNode.start({
      dataDir: join(dir, "node"),
      genesis,
      validatorKey: validator,
      api: { host: "127.0.0.1", port: 0 },
      consensus: { blockTimeMs: 100 },
      // One height of state history: the anchored height falls out of it, so it is rebuilt by replay.
      stateHistory: 1,
      bridge: {
        ethRpc: anvil.url,
        bridgeAddress: await bridge.getAddress(),
        confirmations: 0,
        checkpointEvery: 5,
        startBlock,
        pollMs: 200,
        relayKey: ANVIL_KEYS[1]!,
        // anchors as soon as a withdrawal waits, otherwise never (the checkpoints then "stop")
        anchor: { maxWithdrawalWaitMs: 1, maxIntervalMs: 1_000_000_000 },
      },
      logger: pino({ level: "silent" }),
    });
  });

  after(async () => {
    await node?.stop();
    await anvil?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("deposit, transfers, an anchored withdrawal; after the delay the hatch opens and each account exits once", async () => {
    // ── Ethereum → sidechain: 30 RLC for alice ──
    const depositor = new Wallet(ANVIL_KEYS[2]!, anvil.provider);
    await (await token.getFunction("mint")(depositor.address, 30n * RLC)).wait();
    await (
      await tokenAt(await token.getAddress(), depositor).getFunction("approve")(bridge.target, 30n * RLC)
    ).wait();
    await (
      await bridgeAt(await bridge.getAddress(), depositor).getFunction("deposit")(30n * RLC, alice.addressHex)
    ).wait();
    await waitFor(async () => balance(alice) === 30n * RLC, 60_000, "the deposit credited");

    // ── sidechain: alice pays bob 10, withdraws 5 to her Ethereum address; the checkpoint is anchored ──
    const chainId = node.chain.chainId;
    await submit(signedTransfer(alice, bob, 10n * RLC, 0, chainId).bytes);
    const withdrawTx = signTx(
      { chainId, nonce: 1, withdraw: { ethRecipient: alice.address, amount: uintToBytes(5n * RLC) } },
      alice.privateKey,
    );
    await submit(withdrawTx.bytes);
    await waitFor(
      async () => (await fetch(`${node.apiUrl}/withdrawals/0/proof`)).status === 200,
      60_000,
      "the withdrawal anchored on Ethereum",
    );
    const anchored = Number(await bridge.getFunction("lastHeight")());
    // ── after the anchor: bob pays carol 4 (on the sidechain only: never anchored) ──
    await submit(signedTransfer(bob, carol, 4n * RLC, 0, chainId).bytes);
    await waitFor(async () => balance(carol) === 4n * RLC, 30_000, "the unanchored transfer");
    assert.ok(node.chain.stateHeight > anchored);
    assert.equal(Number(await bridge.getFunction("lastHeight")()), anchored, "no checkpoint since");

    // ── the node proves the anchored state (rebuilt from its blocks), and nothing older ──
    await waitFor(async () => node.chain.head.height > anchored + 1, 30_000, "two blocks past the anchor");
    await node.chain.historyPruner.idle();
    const aliceProof = await fetchAccountProof(node.apiUrl, alice.addressHex, anchored);
    assert.equal(aliceProof.stateRoot, await bridge.getFunction("stateRoots")(anchored));
    assert.equal(aliceProof.balance, (15n * RLC).toString());
    const older = await fetch(`${node.apiUrl}/accounts/${alice.addressHex}/proof?height=${anchored - 1}`);
    assert.equal(older.status, 409);
    assert.equal(((await older.json()) as { code: string }).code, "STATE_NOT_RETAINED");

    // ── too early: the hatch is closed, exits refused ──
    const early = await exec(
      process.execPath,
      ["bin/poco.js", "bridge", "exit", "--key", gasKeyFile, "--account", alice.addressHex, ...ethArgs()],
      { timeout: 60_000 },
    ).catch((err: { stderr: string }) => err);
    assert.match((early as { stderr: string }).stderr, /HATCH_NOT_DUE/);

    // ── no checkpoint for the escape delay: the CLI opens the hatch and exits alice ──
    await anvil.provider.send("evm_increaseTime", [ESCAPE_DELAY + 1]);
    await anvil.provider.send("evm_mine", []);
    const aliceBefore = await rlcOf(alice.addressHex);
    const { stdout } = await exec(
      process.execPath,
      [
        "bin/poco.js",
        "bridge",
        "exit",
        "--key",
        gasKeyFile,
        "--account",
        alice.addressHex,
        ...ethArgs(),
        "--json",
      ],
      { timeout: 60_000 },
    );
    const exited = JSON.parse(stdout.trim().split("\n").pop()!);
    assert.equal(exited.openedHatch, true);
    assert.equal(exited.height, anchored);
    assert.equal(exited.paid, (15n * RLC).toString());
    assert.equal((await rlcOf(alice.addressHex)) - aliceBefore, 15n * RLC);
    assert.notEqual(await bridge.getFunction("hatchOpenedAt")(), 0n);

    // ── bob exits with his ANCHORED balance (10), not his latest one (6) ──
    const gasPayer = depositor; // done depositing
    const asPayer = bridgeAt(await bridge.getAddress(), gasPayer);
    const bobExit = await exitThroughHatch(asPayer, node.apiUrl, bob.addressHex);
    assert.equal(bobExit.paid, 10n * RLC);
    assert.equal(await rlcOf(bob.addressHex), 10n * RLC);

    // ── refused: a second exit, a wrong balance, a proof against a root that was never anchored ──
    const again = await exec(
      process.execPath,
      ["bin/poco.js", "bridge", "exit", "--key", gasKeyFile, "--account", alice.addressHex, ...ethArgs()],
      { timeout: 60_000 },
    ).catch((err: { stderr: string }) => err);
    assert.match((again as { stderr: string }).stderr, /PocoBridge\.AlreadyExited/);
    const root = (await bridge.getFunction("stateRoots")(anchored)) as string;
    const faucetArgs = exitArgs(await fetchAccountProof(node.apiUrl, faucet.addressHex, anchored), root);
    faucetArgs[1][0] -= 1n; // a balance one nRLC off
    assert.match(
      (await revertOf(asPayer.getFunction("exit").staticCall(...faucetArgs))) ?? "",
      /PocoBridge\.BadProof/,
    );
    const latestCarol = await fetchAccountProof(node.apiUrl, carol.addressHex);
    assert.notEqual(latestCarol.stateRoot, root);
    assert.throws(() => exitArgs(latestCarol, root), /HATCH_PROOF_MISMATCH|not of the anchored/);
    const carolArgs = exitArgs(latestCarol, latestCarol.stateRoot); // honest proof of a non-anchored root
    assert.match(
      (await revertOf(asPayer.getFunction("exit").staticCall(...carolArgs))) ?? "",
      /PocoBridge\.BadProof/,
    );
    // RLC minted in genesis never came through the bridge: never paid beyond what the bridge holds
    const faucetHonest = exitArgs(await fetchAccountProof(node.apiUrl, faucet.addressHex, anchored), root);
    assert.match(
      (await revertOf(asPayer.getFunction("exit").staticCall(...faucetHonest))) ?? "",
      /PocoBridge\.(InsufficientReserves|RateLimited)/,
    );

    // ── the hatch is final: no deposit; the anchored withdrawal is still paid once ──
    assert.match(
      (await revertOf(
        bridgeAt(await bridge.getAddress(), depositor)
          .getFunction("deposit")
          .staticCall(1n, alice.addressHex),
      )) ?? "",
      /PocoBridge\.HatchOpen/,
    );
    const { proof } = await fetchAndClaim(node.apiUrl, asPayer, 0);
    assert.equal(proof.amount, (5n * RLC).toString());
    assert.equal(await rlcOf(alice.addressHex), aliceBefore + 15n * RLC + 5n * RLC);
    assert.equal(await rlcOf(await bridge.getAddress()), 0n, "30 in = 15 + 10 + 5 out");

    // ── the relayer stops relaying: a withdrawal after the hatch would make it anchor, and it doesn't ──
    const relayer = new Wallet(ANVIL_KEYS[1]!, anvil.provider).address;
    const relayerNonce = await anvil.provider.getTransactionCount(relayer);
    await submit(
      signTx(
        {
          chainId: node.chain.chainId,
          nonce: readAccount(node.chain.state, alice.addressHex).nonce,
          withdraw: { ethRecipient: alice.address, amount: uintToBytes(RLC) },
        },
        alice.privateKey,
      ).bytes,
    );
    const past = node.chain.head.height + 12; // two checkpoints later
    for (let i = 0; i < 300 && node.chain.head.height < past; i++)
      await new Promise((r) => setTimeout(r, 50));
    let decision = "";
    for (let i = 0; i < 100 && !/escape hatch is open/.test(decision); i++) {
      await new Promise((r) => setTimeout(r, 100)); // relay rounds are 200 ms apart
      const report = (await (await fetch(`${node.apiUrl}/checkpoints`)).json()) as {
        relay: { lastDecision: string | null } | null;
      };
      decision = report.relay?.lastDecision ?? "";
    }
    assert.match(decision, /escape hatch is open/, "the relayer says why it relays nothing");
    assert.equal(
      await anvil.provider.getTransactionCount(relayer),
      relayerNonce,
      "no checkpoint sent after the hatch",
    );
  });

  function ethArgs(): string[] {
    return ["--eth-rpc", anvil.url, "--bridge-address", bridge.target as string, "--proof-api", node.apiUrl];
  }
});
