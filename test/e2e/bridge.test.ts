/**
 * The bridge end to end against a real Anvil node started here (127.0.0.1, free port) and a real
 * sidechain (Chain + store + full state machine, blocks committed by 4 validator keys):
 * deposits → attestations → credit (and the ways it must NOT credit), withdrawals → checkpoints →
 * claims on Ethereum (and the ways a lying relayer fails), rotation, and a relayer restart.
 */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { type Contract, Interface, Wallet } from "ethers";
import {
  depositSettlement,
  readDeposit,
  readTotals,
  readValidatorSet,
  readWithdrawal,
  readWithdrawalCount,
  type ValidatorPower,
} from "../../bridge/bridgeModule.js";
import {
  assembleSubmission,
  type Checkpoint,
  encodeCheckpointSignature,
  signCheckpoint,
  validatorSetHash,
} from "../../bridge/checkpoint.js";
import { loadArtifact } from "../../bridge/compile.js";
import { ANVIL_KEYS, type Anvil, LocalSidechain, startAnvil } from "../../bridge/devnet.js";
import { fetchAndClaim, startProofServer } from "../../bridge/proofServer.js";
import {
  attestationBatchTx,
  attestationSettled,
  attestationTx,
  bridgeAt,
  bridgeDomain,
  CheckpointCollector,
  CheckpointRelayer,
  checkpointDue,
  claimWithdrawal,
  DepositWatcher,
  deployBridge,
  deployTestRLC,
  depositFactsOf,
  submitCheckpoint,
  tokenAt,
  WithdrawalProofs,
} from "../../bridge/relayer.js";
import { fromHex, keccak256, toHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { signTx } from "../../node/tx/signedTx.js";
import { uintToBytes } from "../../proto/index.js";
import { RLC, TEST_CHAIN_ID, tempDir, testKey } from "../helpers/fixtures.js";

const CONFIRMATIONS = 3;
const bridgeInterface = new Interface(loadArtifact("PocoBridge").abi);

/** The custom error name of a reverted call (ethers decodes it with the ABI). */
async function revertName(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    const e = err as { revert?: { name?: string }; data?: string; shortMessage?: string; message: string };
    if (e.revert?.name) return e.revert.name;
    if (e.data) {
      const parsed = bridgeInterface.parseError(e.data);
      if (parsed) return parsed.name;
    }
    return e.shortMessage ?? e.message;
  }
  return "(no revert)";
}

describe("bridge e2e (Anvil + sidechain)", function () {
  this.timeout(60_000);

  let anvil: Anvil;
  let side: LocalSidechain;
  let deployer: Wallet;
  let alice: Wallet; // Ethereum depositor
  let token: Contract;
  let bridge: Contract;
  let deployBlock: number;
  const validators = [0, 1, 2, 3].map((i) => testKey(i));
  const bob = testKey(11); // sidechain user
  const carol = testKey(12);
  const dir = tempDir("poco-bridge-e2e-");
  let genesisSet: ValidatorPower[];

  const mineEth = (blocks: number) => anvil.provider.send("anvil_mine", [`0x${blocks.toString(16)}`]);
  const ethHex = (k: KeyPair) => toHex(k.address);

  /** A deposit watcher for validator i (its own provider = the shared Anvil here). */
  function watcher(i: number, cursorFile?: string): DepositWatcher {
    const key = validators[i]!;
    return new DepositWatcher({
      provider: anvil.provider,
      bridgeAddress: bridge.target as string,
      confirmations: CONFIRMATIONS,
      startBlock: deployBlock,
      ...(cursorFile ? { cursorFile } : {}),
      attestBatch: async (batch) => {
        side.submit(attestationBatchTx(batch, key.privateKey, side.chainId, side.nextNonce(ethHex(key))));
      },
      settlement: (facts) => depositSettlement(side.state, facts, ethHex(key)),
    });
  }

  async function deposit(from: Wallet, amount: bigint, recipient: KeyPair): Promise<number> {
    const tx = await bridgeAt(bridge.target as string, from).getFunction("deposit")(
      amount,
      ethHex(recipient),
    );
    const receipt = await tx.wait();
    return receipt.blockNumber as number;
  }

  function withdrawTx(from: KeyPair, recipient: string, amount: bigint): Uint8Array {
    return signTx(
      {
        chainId: TEST_CHAIN_ID,
        nonce: side.nextNonce(ethHex(from)),
        withdraw: { ethRecipient: fromHex(recipient, 20), amount: uintToBytes(amount) },
      },
      from.privateKey,
    ).bytes;
  }

  /** Checkpoints the head with the given signer keys and submits it. */
  async function checkpointHead(signers: KeyPair[], b: Contract = bridge) {
    const cp = side.headCheckpoint();
    const collector = new CheckpointCollector(cp, genesisSet);
    for (const k of signers) {
      assert.ok(collector.add(encodeCheckpointSignature(cp, ethHex(k), signCheckpoint(cp, k.privateKey))));
    }
    return { cp, collector, submit: () => submitCheckpoint(b, collector.submission()) };
  }

  before(async () => {
    anvil = await startAnvil();
    deployer = new Wallet(ANVIL_KEYS[0]!, anvil.provider);
    alice = new Wallet(ANVIL_KEYS[1]!, anvil.provider);
    genesisSet = validators.map((k) => ({ address: ethHex(k), power: 10 }));
    side = await LocalSidechain.open(
      dir,
      {
        chainId: TEST_CHAIN_ID,
        genesisTimeMs: 1_700_000_000_000,
        admin: ethHex(validators[0]!),
        validators: genesisSet,
        accounts: [{ address: ethHex(carol), balance: 1_000n * RLC, stake: 0n }],
        categories: [],
      },
      validators,
    );
    assert.deepEqual(
      readValidatorSet(side.state),
      [...genesisSet].sort((a, b) => (a.address < b.address ? -1 : 1)),
    );
    token = await deployTestRLC(deployer);
    bridge = await deployBridge(deployer, {
      token: token.target as string,
      sidechainId: TEST_CHAIN_ID,
      validators: genesisSet,
    });
    deployBlock = await anvil.provider.getBlockNumber();
    side.domain = await bridgeDomain(bridge);
    await (
      await tokenAt(token.target as string, deployer).getFunction("mint")(alice.address, 10_000n * RLC)
    ).wait();
    await (
      await tokenAt(token.target as string, alice).getFunction("approve")(bridge.target, 10_000n * RLC)
    ).wait();
  });

  after(async () => {
    await side?.close();
    await anvil?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("deploys with 9-decimal RLC and the genesis validator-set hash", async () => {
    assert.equal(await token.getFunction("decimals")(), 9n);
    assert.equal(await bridge.getFunction("validatorSetHash")(), toHex(validatorSetHash(genesisSet)));
    assert.equal(await bridge.getFunction("token")(), token.target);
  });

  it("credits a deposit only after N confirmations and > 2/3 of the power, exactly once", async () => {
    await deposit(alice, 100n * RLC, bob);
    assert.equal(await bridge.getFunction("depositCount")(), 1n);
    const watchers = [0, 1, 2, 3].map((i) => watcher(i));
    // Not confirmed yet: nobody attests.
    assert.equal((await watchers[0]!.poll()).length, 0);
    await mineEth(CONFIRMATIONS - 1);
    assert.equal((await watchers[0]!.poll()).length, 0); // one block short
    await mineEth(1);
    for (const [i, expected] of [
      [0, 0n],
      [1, 0n],
      [2, 100n * RLC],
    ] as const) {
      const seen = await watchers[i]!.poll();
      assert.equal(seen.length, 1);
      const block = await side.mine();
      assert.deepEqual(
        block.receipts.map((r) => r.error),
        [undefined],
      );
      assert.equal(side.balance(ethHex(bob)), expected, `after validator ${i}`);
    }
    // The fourth validator comes late: its node shows the credit, so it does not attest at all.
    assert.equal((await watchers[3]!.poll()).length, 0);
    assert.equal(side.pool.length, 0);
    await watchers[0]!.poll();
    assert.equal(watchers[0]!.pendingCount, 0); // credited: nothing left to follow
    assert.equal(side.balance(ethHex(bob)), 100n * RLC);
    const first = (await bridge.queryFilter(bridge.filters.Deposit!()))[0]!;
    assert.equal(
      readDeposit(side.state, { ethBlockHash: fromHex(first.blockHash, 32), ethLogIndex: first.index })!
        .credited,
      true,
    );
    assert.equal(readTotals(side.state).deposited, 100n * RLC);
  });

  it("a forged attestation by one validator (or by a non-validator) credits nothing", async () => {
    const forged = {
      nonce: 1n,
      recipient: carol.address,
      amount: 1_000_000n * RLC,
      ethTxHash: keccak256(Uint8Array.of(1)),
      ethBlockNumber: 5,
      ethBlockHash: keccak256(Uint8Array.of(2)),
      ethLogIndex: 0,
    };
    const before = side.balance(ethHex(carol));
    side.submit(
      attestationTx(forged, validators[3]!.privateKey, TEST_CHAIN_ID, side.nextNonce(ethHex(validators[3]!))),
    );
    side.submit(attestationTx(forged, carol.privateKey, TEST_CHAIN_ID, side.nextNonce(ethHex(carol))));
    const block = await side.mine();
    assert.equal(block.receipts[0]!.error, undefined); // recorded, but 10/40 of the power
    assert.equal(block.receipts[1]!.error?.code, "TX_UNAUTHORIZED");
    assert.equal(side.balance(ethHex(carol)), before);
    assert.equal(readDeposit(side.state, forged)!.credited, false);
  });

  it("a deposit in a reorged-out block is never credited; the nonce's real deposit is, once", async () => {
    const dave = testKey(13);
    const watchers = [0, 1, 2].map((i) => watcher(i));
    for (const w of watchers) await w.poll(); // catch up to the head
    const snapshot = await anvil.provider.send("evm_snapshot", []);
    await deposit(alice, 50n * RLC, dave); // nonce 1, soon reorged out
    await mineEth(CONFIRMATIONS - 1); // one confirmation short
    for (const w of watchers) assert.equal((await w.poll()).length, 0);
    assert.equal(await anvil.provider.send("evm_revert", [snapshot]), true);
    // The replacement chain: nonce 1 now belongs to another deposit.
    await deposit(alice, 7n * RLC, carol);
    await mineEth(CONFIRMATIONS + 2);
    const carolBefore = side.balance(ethHex(carol));
    for (const w of watchers) {
      const seen = await w.poll();
      assert.equal(seen.length, 1);
      assert.equal(seen[0]!.nonce, 1n);
      assert.equal(toHex(seen[0]!.recipient), ethHex(carol));
    }
    await side.mine();
    assert.equal(side.balance(ethHex(dave)), 0n);
    // Validators 0, 1, 2 agree (30/40 > 2/3); the deposit is keyed by its block hash and log index.
    assert.equal(side.balance(ethHex(carol)), carolBefore + 7n * RLC);
    const real = (await bridge.queryFilter(bridge.filters.Deposit!(1n)))[0]!;
    const status = readDeposit(side.state, {
      ethBlockHash: fromHex(real.blockHash, 32),
      ethLogIndex: real.index,
    })!;
    assert.equal(status.credited, true);
    assert.equal(status.claims.length, 1);
    assert.equal(status.claims[0]!.facts.amount, 7n * RLC);
  });

  it("withdraw → checkpoint signed 4/4 → claim raises the token balance; a second claim fails", async () => {
    const erin = Wallet.createRandom();
    const bobBefore = side.balance(ethHex(bob));
    side.submit(withdrawTx(bob, erin.address, 40n * RLC));
    const block = await side.mine();
    assert.equal(block.receipts[0]!.error, undefined);
    assert.equal(side.balance(ethHex(bob)), bobBefore - 40n * RLC);
    const { cp, submit } = await checkpointHead(validators);
    assert.equal(cp.withdrawalCount, 1);
    await submit();
    assert.equal(await bridge.getFunction("lastHeight")(), BigInt(cp.height));
    const proofs = new WithdrawalProofs(() => side.state);
    const proof = proofs.proof(0, cp);
    assert.equal(proof.amount, (40n * RLC).toString());
    const claimer = new Wallet(ANVIL_KEYS[2]!, anvil.provider); // anyone may submit; erin is paid
    await claimWithdrawal(bridgeAt(bridge.target as string, claimer), proof);
    assert.equal(await token.getFunction("balanceOf")(erin.address), 40n * RLC);
    assert.equal(await bridge.getFunction("isClaimed")(0), true);
    assert.equal(
      await revertName(claimWithdrawal(bridgeAt(bridge.target as string, claimer), proof)),
      "AlreadyClaimed",
    );
    assert.equal(await token.getFunction("balanceOf")(erin.address), 40n * RLC);
  });

  it("a checkpoint with 2/4 signatures fails, 3/4 passes, and heights must increase", async () => {
    side.submit(withdrawTx(carol, Wallet.createRandom().address, 1n * RLC));
    await side.mine();
    const two = await checkpointHead(validators.slice(0, 2));
    assert.equal(await revertName(two.submit()), "InsufficientPower");
    const three = await checkpointHead(validators.slice(1, 4));
    await three.submit();
    assert.equal(await bridge.getFunction("lastHeight")(), BigInt(three.cp.height));
    assert.equal(await revertName(three.submit()), "StaleCheckpoint");
  });

  it("a lying relayer can neither mint nor steal", async () => {
    const mallory = new Wallet(ANVIL_KEYS[3]!, anvil.provider);
    const malloryBridge = bridgeAt(bridge.target as string, mallory);
    side.submit(withdrawTx(carol, "0x000000000000000000000000000000000000dEaD", 5n * RLC));
    await side.mine();
    const honest = side.headCheckpoint();
    const sigs = side.signAll(honest);
    // 1. Tampered withdrawals root under honest signatures.
    const inflated: Checkpoint = { ...honest, withdrawalsRoot: keccak256(Uint8Array.of(9)) };
    const tampered = assembleSubmission(honest, genesisSet, sigs);
    tampered.checkpoint.withdrawalsRoot = toHex(inflated.withdrawalsRoot);
    assert.equal(await revertName(submitCheckpoint(malloryBridge, tampered)), "BadSignature");
    // 2. Its own keys, passed as the validator list: not the stored set.
    const fakeKeys = [30, 31, 32, 33].map((i) => testKey(i));
    const fakeSet = fakeKeys.map((k) => ({ address: ethHex(k), power: 10 }));
    const fake = assembleSubmission(
      inflated,
      fakeSet,
      side.signAll(inflated, fakeKeys),
      undefined,
      genesisSet,
    );
    assert.equal(await revertName(submitCheckpoint(malloryBridge, fake)), "WrongValidatorSet");
    // 3. Its own signatures against the real list.
    const forgedSigs = new Map(
      [...genesisSet].map((v, i) => [v.address, signCheckpoint(inflated, fakeKeys[i]!.privateKey)]),
    );
    const forged = assembleSubmission(inflated, genesisSet, new Map());
    forged.signerBitmap = 0b1111n;
    forged.signatures = toHex(
      Uint8Array.from(Buffer.concat([...forgedSigs.values()].map((s) => Buffer.from(s)))),
    );
    assert.equal(await revertName(submitCheckpoint(malloryBridge, forged)), "BadSignature");
    // 4. Malformed submissions around honest signatures.
    const extraBit = assembleSubmission(honest, genesisSet, sigs);
    extraBit.signerBitmap |= 1n << 4n;
    assert.equal(await revertName(submitCheckpoint(malloryBridge, extraBit)), "BadSignerBitmap");
    const trailing = assembleSubmission(honest, genesisSet, sigs);
    trailing.signatures += "00";
    assert.equal(await revertName(submitCheckpoint(malloryBridge, trailing)), "BadSignatures");
    const replayed = assembleSubmission(honest, genesisSet, sigs);
    const first = replayed.signatures.slice(2, 2 + 130);
    replayed.signatures = `0x${first.repeat(4)}`; // validator 0's signature for every slot
    assert.equal(await revertName(submitCheckpoint(malloryBridge, replayed)), "BadSignature");
    // The honest checkpoint goes through; then false claims.
    await submitCheckpoint(malloryBridge, assembleSubmission(honest, genesisSet, sigs));
    const proofs = new WithdrawalProofs(() => side.state);
    const real = proofs.proof(2, honest);
    const vaultBefore = (await token.getFunction("balanceOf")(bridge.target)) as bigint;
    assert.equal(
      await revertName(claimWithdrawal(malloryBridge, { ...real, recipient: mallory.address })),
      "BadProof",
    );
    assert.equal(
      await revertName(claimWithdrawal(malloryBridge, { ...real, amount: (500n * RLC).toString() })),
      "BadProof",
    );
    assert.equal(await revertName(claimWithdrawal(malloryBridge, { ...real, id: 3 })), "BadProof");
    assert.equal(
      await revertName(claimWithdrawal(malloryBridge, { ...real, checkpointHeight: 999 })),
      "UnknownCheckpoint",
    );
    assert.equal(await token.getFunction("balanceOf")(bridge.target), vaultBefore);
    assert.equal(await token.getFunction("balanceOf")(mallory.address), 0n);
    // Withdrawal 1 (not yet claimed) is still payable from this later checkpoint: skipping loses nothing.
    await claimWithdrawal(malloryBridge, proofs.proof(1, honest));
    assert.equal(await bridge.getFunction("isClaimed")(1), true);
  });

  it("relayer loop: gossip signatures → best checkpoint with a quorum; proofs served over HTTP → claim", async () => {
    const gina = Wallet.createRandom().address;
    side.submit(withdrawTx(carol, gina, 3n * RLC));
    await side.mine();
    const cp1 = side.headCheckpoint();
    await side.mine();
    const cp2 = side.headCheckpoint();
    const relayer = new CheckpointRelayer(bridgeAt(bridge.target as string, deployer), [genesisSet]);
    relayer.addCheckpoint(cp1);
    relayer.addCheckpoint(cp2);
    const gossip = (cp: Checkpoint, k: KeyPair, signer: KeyPair = k) =>
      encodeCheckpointSignature(cp, ethHex(k), signCheckpoint(cp, signer.privateKey));
    for (const k of validators.slice(0, 3)) assert.ok(relayer.addSignature(gossip(cp1, k)));
    for (const k of validators.slice(0, 2)) assert.ok(relayer.addSignature(gossip(cp2, k))); // 2/4 only
    assert.equal(relayer.addSignature(gossip(cp2, validators[3]!, testKey(40))), false); // impersonation
    assert.equal(relayer.addSignature(Uint8Array.of(1, 2, 3)), false);
    const unknown = { ...cp2, height: cp2.height + 5 };
    assert.equal(relayer.addSignature(gossip(unknown, validators[0]!)), false);
    const submitted = await relayer.submitBest();
    assert.equal(submitted?.height, cp1.height); // cp2 lacks a quorum; cp1 has one
    assert.equal(await relayer.submitBest(), undefined);

    const server = await startProofServer({ bridge, state: () => side.state });
    try {
      const id = cp1.withdrawalCount - 1;
      const claimer = bridgeAt(bridge.target as string, new Wallet(ANVIL_KEYS[2]!, anvil.provider));
      const { proof } = await fetchAndClaim(server.url, claimer, id);
      assert.equal(proof.checkpointHeight, cp1.height);
      assert.equal(await token.getFunction("balanceOf")(gina), 3n * RLC);
      // Not yet covered by an accepted checkpoint, or unknown: 404.
      side.submit(withdrawTx(carol, gina, 1n * RLC));
      await side.mine();
      assert.equal((await fetch(`${server.url}/withdrawals/${id + 1}/proof`)).status, 404);
      assert.equal((await fetch(`${server.url}/withdrawals/abc/proof`)).status, 400);
    } finally {
      await server.close();
    }
    assert.ok(checkpointDue(20, 0, { height: 10, timeMs: 0 }, { everyBlocks: 10, everyMs: 60_000 }));
    assert.ok(checkpointDue(12, 61_000, { height: 10, timeMs: 0 }, { everyBlocks: 10, everyMs: 60_000 }));
    assert.ok(!checkpointDue(12, 1_000, { height: 10, timeMs: 0 }, { everyBlocks: 10, everyMs: 60_000 }));
  });

  it("rotates the validator set only with the previous set's signatures", async () => {
    const b2 = await deployBridge(deployer, {
      token: token.target as string,
      sidechainId: TEST_CHAIN_ID,
      validators: genesisSet,
    });
    const nextKeys = [20, 21, 22, 23, 24].map((i) => testKey(i));
    const nextSet = nextKeys.map((k, i) => ({ address: ethHex(k), power: 5 + i }));
    const zero = new Uint8Array(32);
    const b2Domain = await bridgeDomain(b2);
    const cp = (height: number, next: ValidatorPower[]): Checkpoint => ({
      ...b2Domain,
      chainId: TEST_CHAIN_ID,
      height,
      blockHash: keccak256(Uint8Array.of(height)),
      stateRoot: keccak256(Uint8Array.of(height, 1)),
      withdrawalsRoot: zero,
      nextValidatorSetHash: validatorSetHash(next),
    });
    const rotate = cp(10, nextSet);
    // A rotation must name the next set's members…
    const unnamed = assembleSubmission(rotate, genesisSet, side.signAll(rotate), undefined, nextSet);
    unnamed.nextValidators = [];
    assert.equal(await revertName(submitCheckpoint(b2, unnamed)), "WrongValidatorSet");
    await submitCheckpoint(
      b2,
      assembleSubmission(rotate, genesisSet, side.signAll(rotate), undefined, nextSet),
    );
    assert.equal(await b2.getFunction("validatorSetHash")(), toHex(validatorSetHash(nextSet)));
    const after = cp(11, nextSet);
    // The old set is no longer accepted…
    assert.equal(
      await revertName(
        submitCheckpoint(b2, assembleSubmission(after, genesisSet, side.signAll(after), undefined, nextSet)),
      ),
      "WrongValidatorSet",
    );
    // …the new one is, with > 2/3 of ITS power (weights 5..9: 9+8+7+6 = 30 > 2/3 of 35).
    const signers = nextKeys.slice(1);
    await submitCheckpoint(b2, assembleSubmission(after, nextSet, side.signAll(after, signers)));
    assert.equal(await b2.getFunction("lastHeight")(), 11n);
    const weak = cp(12, nextSet); // 5+6+7 = 18 < 2/3 of 35
    assert.equal(
      await revertName(
        submitCheckpoint(b2, assembleSubmission(weak, nextSet, side.signAll(weak, nextKeys.slice(0, 3)))),
      ),
      "InsufficientPower",
    );
  });

  it("a relayer stopped then restarted catches up with nothing lost or doubled", async () => {
    const cursors = [0, 1, 2, 3].map((i) => join(dir, `cursor-${i}.json`));
    // Running: catch up with everything so far, then stop.
    for (const [i, file] of cursors.entries()) await watcher(i, file).poll();
    await side.mine();
    const bobBefore = side.balance(ethHex(bob));
    const totalsBefore = readTotals(side.state);
    // While stopped: three deposits on Ethereum and two withdrawals on the sidechain.
    for (const amount of [1n, 2n, 3n]) await deposit(alice, amount * RLC, bob);
    await mineEth(CONFIRMATIONS);
    const frank = Wallet.createRandom().address;
    side.submit(withdrawTx(carol, frank, 4n * RLC));
    side.submit(withdrawTx(carol, frank, 6n * RLC));
    await side.mine();
    // Restarted (new instances, cursors from disk), running on timers.
    const restarted = cursors.map((file, i) => watcher(i, file));
    for (const w of restarted) w.start(50);
    const deadline = Date.now() + 20_000;
    // One batch attestation per validator for the three deposits.
    while (side.pool.length < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    for (const w of restarted) await w.stop();
    assert.equal(side.pool.length, 4);
    const cursorBefore = restarted[0]!.cursor;
    await side.mine();
    // The cursor moves past the deposits only once the sidechain shows them credited.
    await restarted[0]!.poll();
    assert.ok(restarted[0]!.cursor > cursorBefore);
    assert.equal(side.balance(ethHex(bob)), bobBefore + 6n * RLC);
    assert.equal(readTotals(side.state).depositsCredited, totalsBefore.depositsCredited + 3);
    // A watcher that lost its cursor re-reads everything, sees every deposit credited, sends nothing.
    assert.equal((await watcher(0).poll()).length, 0);
    assert.equal(side.pool.length, 0);
    // Even a replayed single attestation is refused: nothing doubled.
    side.submit(
      attestationTx(
        depositFactsOf(bridge, (await bridge.queryFilter(bridge.filters.Deposit!()))[0]!),
        validators[3]!.privateKey,
        side.chainId,
        side.nextNonce(ethHex(validators[3]!)),
      ),
    );
    assert.equal((await side.mine()).receipts[0]!.error?.code, "TX_EXISTS");
    assert.equal(side.balance(ethHex(bob)), bobBefore + 6n * RLC);
    // The checkpoint relayer restarted from nothing: one checkpoint of the head covers both withdrawals.
    const { cp, submit } = await checkpointHead(validators);
    await submit();
    const proofs = new WithdrawalProofs(() => side.state);
    for (const id of [cp.withdrawalCount - 2, cp.withdrawalCount - 1]) {
      await claimWithdrawal(bridge, proofs.proof(id, cp));
    }
    assert.equal(await token.getFunction("balanceOf")(frank), 10n * RLC);
    // Conservation: locked on Ethereum = credited deposits − burned withdrawals + burned-but-unclaimed.
    // 113 RLC deposited (the reorged-out 50 never counted).
    const locked = (await token.getFunction("balanceOf")(bridge.target)) as bigint;
    const totals = readTotals(side.state);
    assert.equal(totals.deposited, 113n * RLC);
    let unclaimed = 0n;
    for (let id = 0; id < readWithdrawalCount(side.state); id++) {
      if (!(await bridge.getFunction("isClaimed")(id))) unclaimed += readWithdrawal(side.state, id)!.amount;
    }
    assert.ok(unclaimed > 0n);
    assert.equal(locked, totals.deposited - totals.withdrawn + unclaimed);
  });

  it("an attestation whose transaction was dropped is re-sent until settled, never doubled", async () => {
    await deposit(alice, 9n * RLC, bob);
    await mineEth(CONFIRMATIONS);
    const bobBefore = side.balance(ethHex(bob));
    const watchers = [0, 1, 2].map((i) => watcher(i));
    for (const w of watchers) await w.poll();
    // The block producer lost every pooled attestation; validators 0 and 1 re-send theirs (only the
    // new deposit: the older ones are credited), validator 2's stays lost for now: 2/4 recorded.
    assert.ok(side.discardPool() >= 3);
    const settledFor = (i: number) => (f: Parameters<typeof attestationSettled>[1]) =>
      attestationSettled(side.state, f, ethHex(validators[i]!));
    assert.equal(await watchers[0]!.resendUnsettled(settledFor(0)), 1);
    assert.equal(await watchers[1]!.resendUnsettled(settledFor(1)), 1);
    const block = await side.mine();
    assert.deepEqual(
      block.receipts.map((r) => r.error),
      [undefined, undefined],
    );
    assert.equal(side.balance(ethHex(bob)), bobBefore);
    assert.equal(await watchers[0]!.resendUnsettled(settledFor(0)), 0);
    assert.equal(await watchers[2]!.resendUnsettled(settledFor(2)), 1);
    await side.mine();
    assert.equal(side.balance(ethHex(bob)), bobBefore + 9n * RLC);
    assert.equal(await watchers[2]!.resendUnsettled(settledFor(2)), 0);
  });
});
