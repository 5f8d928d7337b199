/**
 * The bridge fixes for a mainnet deployment (issue 11, item 0), each against a real Anvil node and a
 * real sidechain (Chain + store + state machine): domain binding, one > 2/3 threshold, bounded and
 * verified validator sets that any relayer rebuilds from Ethereum, one relay in flight, a burst of
 * 300 deposits in one Ethereum transaction through a real mempool, a reorg deeper than the
 * confirmations, and checkpoint signing by the CURRENT validator set.
 */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { type Contract, ContractFactory, Interface, solidityPackedKeccak256, Wallet } from "ethers";
import { pino } from "pino";
import { AnchorTracker } from "../../bridge/anchorPolicy.js";
import {
  depositSettlement,
  isBridgeDuty,
  readTotals,
  readValidatorSet,
  readWithdrawalCount,
  type ValidatorPower,
} from "../../bridge/bridgeModule.js";
import {
  assembleSubmission,
  type Checkpoint,
  encodeCheckpointSignature,
  signCheckpoint,
  validatorSetHash,
  validatorsFromWords,
  validatorWords,
} from "../../bridge/checkpoint.js";
import { loadArtifact } from "../../bridge/compile.js";
import { ANVIL_KEYS, type Anvil, LocalSidechain, startAnvil } from "../../bridge/devnet.js";
import {
  attestationBatchTx,
  bridgeAt,
  bridgeDomain,
  CheckpointRelayer,
  DepositWatcher,
  deployBridge,
  deployTestRLC,
  type RelayCadence,
  submitCheckpoint,
  tokenAt,
  withdrawalCountAt,
} from "../../bridge/relayer.js";
import { BridgeService } from "../../node/bridge/bridgeService.js";
import { concatBytes, fromHex, keccak256, toHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { defaultBackend } from "../../node/crypto/secp256k1.js";
import { DEFAULT_CHAIN_PARAMS } from "../../node/execution/fees.js";
import { Mempool } from "../../node/mempool/mempool.js";
import { decodeAndVerifyTx, signTx } from "../../node/tx/signedTx.js";
import { uintToBytes } from "../../proto/index.js";
import { RLC, TEST_CHAIN_ID, tempDir, testKey } from "../helpers/fixtures.js";

const bridgeInterface = new Interface(loadArtifact("PocoBridge").abi);

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

describe("bridge for mainnet: domain, threshold, bounded sets, relayer resume, deposit bursts (Anvil)", function () {
  this.timeout(120_000);

  let anvil: Anvil;
  let side: LocalSidechain;
  let deployer: Wallet;
  let alice: Wallet;
  let token: Contract;
  const validators = [0, 1, 2, 3].map((i) => testKey(i));
  const bob = testKey(11);
  const carol = testKey(12);
  const newcomer = testKey(14);
  const stranger = testKey(15);
  const dir = tempDir("poco-bridge-mainnet-");
  let genesisSet: ValidatorPower[];
  const ethHex = (k: KeyPair) => toHex(k.address);
  const mineEth = (blocks: number) => anvil.provider.send("anvil_mine", [`0x${blocks.toString(16)}`]);

  const deploy = (set: ValidatorPower[] = genesisSet) =>
    deployBridge(deployer, { token: token.target as string, sidechainId: TEST_CHAIN_ID, validators: set });

  /** A synthetic checkpoint of `bridge` (the contract checks signatures, not the sidechain). */
  async function syntheticCheckpoint(
    bridge: Contract,
    height: number,
    next: ValidatorPower[],
  ): Promise<Checkpoint> {
    return {
      ...(await bridgeDomain(bridge)),
      chainId: TEST_CHAIN_ID,
      height,
      blockHash: keccak256(Uint8Array.of(height)),
      stateRoot: keccak256(Uint8Array.of(height, 1)),
      withdrawalsRoot: new Uint8Array(32),
      nextValidatorSetHash: validatorSetHash(next),
    };
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
        accounts: [
          { address: ethHex(carol), balance: 1_000n * RLC, stake: 0n },
          { address: ethHex(newcomer), balance: 1_000n * RLC, stake: 0n },
          { address: ethHex(stranger), balance: 1_000n * RLC, stake: 0n },
          ...validators.map((k) => ({ address: ethHex(k), balance: 100n * RLC, stake: 0n })),
        ],
        categories: [],
        // Gas is metered but free here, so balances in assertions are exactly the amounts bridged.
        params: { ...DEFAULT_CHAIN_PARAMS, minBaseFee: 0n, initialBaseFee: 0n },
      },
      validators,
    );
    token = await deployTestRLC(deployer);
    await (
      await tokenAt(token.target as string, deployer).getFunction("mint")(alice.address, 10_000n * RLC)
    ).wait();
  });

  after(async () => {
    await side?.close();
    await anvil?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a checkpoint of one deployment is refused by a second deployment (chain id + address signed)", async () => {
    const first = await deploy();
    const second = await deploy();
    await side.mine();
    const cp = side.headCheckpoint(await bridgeDomain(first));
    const submission = assembleSubmission(cp, genesisSet, side.signAll(cp));
    await submitCheckpoint(first, submission);
    assert.equal(await first.getFunction("lastHeight")(), BigInt(cp.height));
    assert.equal(await revertName(submitCheckpoint(second, submission)), "BadSignature");
    assert.equal(await second.getFunction("lastHeight")(), 0n);
  });

  it("one threshold: 20/30 of the power is refused, 21/30 accepted (strictly more than 2/3)", async () => {
    const equal = validators.slice(0, 3).map((k) => ({ address: ethHex(k), power: 10 }));
    const even = await deploy(equal);
    const cp1 = await syntheticCheckpoint(even, 1, equal);
    const twoOfThree = side.signAll(cp1, validators.slice(0, 2));
    assert.equal(
      await revertName(submitCheckpoint(even, assembleSubmission(cp1, equal, twoOfThree))),
      "InsufficientPower",
    );
    const uneven = validators.slice(0, 3).map((k, i) => ({ address: ethHex(k), power: 11 - i })); // 11, 10, 9
    const b = await deploy(uneven);
    const cp2 = await syntheticCheckpoint(b, 1, uneven);
    const signers = validators.slice(0, 2); // 21 of 30
    await submitCheckpoint(b, assembleSubmission(cp2, uneven, side.signAll(cp2, signers)));
    assert.equal(await b.getFunction("lastHeight")(), 1n);
  });

  it("refuses a next validator set it could not verify later: too many, unsorted, zero power", async () => {
    const bridge = await deploy();
    const big: ValidatorPower[] = Array.from({ length: 257 }, (_, i) => ({
      address: toHex(keccak256(Uint8Array.of(i >> 8, i & 255)).slice(0, 20)),
      power: 1,
    }));
    const cpBig = await syntheticCheckpoint(bridge, 1, big);
    assert.equal(
      await revertName(
        submitCheckpoint(bridge, assembleSubmission(cpBig, genesisSet, side.signAll(cpBig), undefined, big)),
      ),
      "TooManyValidators",
    );
    // Words the contract must refuse even under a matching hash and honest signatures.
    const crafted = async (height: number, words: bigint[]) => {
      const base = await syntheticCheckpoint(bridge, height, genesisSet);
      const cp: Checkpoint = {
        ...base,
        nextValidatorSetHash: fromHex(solidityPackedKeccak256(["uint256[]"], [words]), 32),
      };
      const sigs = side.signAll(cp);
      const s = assembleSubmission(base, genesisSet, side.signAll(base));
      s.checkpoint.nextValidatorSetHash = toHex(cp.nextValidatorSetHash);
      s.signatures = toHex(
        concatBytes(...validatorsFromWords(s.validators).map((v) => sigs.get(v.address)!)),
      );
      s.nextValidators = words;
      return revertName(submitCheckpoint(bridge, s));
    };
    const words = validatorWords(genesisSet);
    assert.equal(await crafted(2, [...words].reverse()), "BadValidatorSet");
    assert.equal(await crafted(3, [words[0]!, words[0]!]), "BadValidatorSet");
    assert.equal(await crafted(4, [words[0]! & ((1n << 160n) - 1n)]), "BadValidatorSet");
    assert.equal(await bridge.getFunction("validatorSetHash")(), toHex(validatorSetHash(genesisSet)));
    // A deployment with a set past the cap is refused too.
    assert.match(await revertName(deploy(big)), /TooManyValidators|revert/);
  });

  it("a relayer restarted after a rotation it missed rebuilds the set from Ethereum and still relays", async () => {
    const bridge = await deploy();
    const nextKeys = [20, 21, 22].map((i) => testKey(i));
    const nextSet = nextKeys.map((k) => ({ address: ethHex(k), power: 7 }));
    // Someone else relayed the rotation while our relayer was down.
    const rotate = await syntheticCheckpoint(bridge, 5, nextSet);
    await submitCheckpoint(
      bridge,
      assembleSubmission(rotate, genesisSet, side.signAll(rotate), undefined, nextSet),
    );
    // Restarted: it knows only the genesis set (from its node) and not the rotation.
    const relayer = new CheckpointRelayer(bridgeAt(bridge.target as string, deployer), [genesisSet]);
    const cp = await syntheticCheckpoint(bridge, 6, nextSet);
    relayer.addCheckpoint(cp);
    for (const k of nextKeys) {
      assert.ok(
        relayer.addSignature(encodeCheckpointSignature(cp, ethHex(k), signCheckpoint(cp, k.privateKey))),
      );
    }
    const done = await relayer.submitBest();
    assert.equal(done?.height, 6);
    assert.equal(await bridge.getFunction("lastHeight")(), 6n);
  });

  it("one relay in flight: concurrent submitBest calls send one transaction", async () => {
    const bridge = await deploy();
    const relayer = new CheckpointRelayer(bridgeAt(bridge.target as string, deployer), [genesisSet]);
    const cp = await syntheticCheckpoint(bridge, 3, genesisSet);
    relayer.addCheckpoint(cp);
    for (const k of validators) {
      relayer.addSignature(encodeCheckpointSignature(cp, ethHex(k), signCheckpoint(cp, k.privateKey)));
    }
    const results = await Promise.all([relayer.submitBest(), relayer.submitBest(), relayer.submitBest()]);
    assert.deepEqual(
      results.map((r) => r?.height),
      [3, undefined, undefined],
    );
    const accepted = await bridge.queryFilter(bridge.filters.CheckpointAccepted!());
    assert.equal(accepted.length, 1);
  });

  describe("deposits", () => {
    let bridge: Contract;
    let startBlock: number;
    const mempool = () => new Mempool(side.state); // default limits: 256 pending txs per sender
    let pool: Mempool;

    /** Validator i's watcher; its attestations go through a real mempool (duty flag as in the node). */
    function watcher(
      i: number,
      confirmations: number,
      onDeepReorg?: () => void,
      cursorFile?: string,
    ): DepositWatcher {
      const key = validators[i]!;
      return new DepositWatcher({
        provider: anvil.provider,
        bridgeAddress: bridge.target as string,
        confirmations,
        startBlock,
        attestBatch: async (batch) => {
          const bytes = attestationBatchTx(batch, key.privateKey, side.chainId, pool.nextNonce(ethHex(key)));
          const vtx = decodeAndVerifyTx(bytes, side.chainId);
          pool.add(vtx, { relayed: false, duty: isBridgeDuty(side.state, vtx.tx, vtx.senderHex) });
          side.submit(bytes);
        },
        settlement: (facts) => depositSettlement(side.state, facts, ethHex(key)),
        ...(onDeepReorg ? { onDeepReorg } : {}),
        ...(cursorFile ? { cursorFile } : {}),
      });
    }

    before(async () => {
      bridge = await deploy();
      startBlock = await anvil.provider.getBlockNumber();
      pool = mempool();
    });

    it("300 deposits in one Ethereum tx are all credited, and an honest deposit after them too", async () => {
      const multiArtifact = loadArtifact("TestMultiDeposit");
      const multi = (await (
        await new ContractFactory(multiArtifact.abi, multiArtifact.bytecode, deployer).deploy()
      ).waitForDeployment()) as Contract;
      await (await tokenAt(token.target as string, alice).getFunction("approve")(multi.target, 300n)).wait();
      await (
        await (multi.connect(alice) as Contract).getFunction("depositMany")(
          bridge.target,
          token.target,
          300,
          1n,
          ethHex(bob),
        )
      ).wait();
      await (
        await tokenAt(token.target as string, alice).getFunction("approve")(bridge.target, 5n * RLC)
      ).wait();
      await (
        await bridgeAt(bridge.target as string, alice).getFunction("deposit")(5n * RLC, ethHex(carol))
      ).wait();
      const watchers = [0, 1, 2, 3].map((i) => watcher(i, 0));
      const bobBefore = side.balance(ethHex(bob));
      const carolBefore = side.balance(ethHex(carol));
      for (const w of watchers) assert.equal((await w.poll()).length, 301);
      // Two batch transactions per validator (256 + 45 deposits), not 301.
      assert.equal(side.pool.length, 8);
      // Not credited yet: the cursor stays at the burst's block.
      const burstBlock = watchers[0]!.cursor;
      assert.ok(burstBlock > startBlock);
      assert.equal((await watchers[0]!.poll()).length, 0);
      assert.equal(watchers[0]!.cursor, burstBlock);
      // The 8 batches need more than one block's gas: they are included over the next blocks.
      const receipts = await side.mineAll();
      assert.equal(side.pool.length, 0);
      assert.ok(receipts.every((r) => r.error === undefined));
      assert.equal(side.balance(ethHex(bob)), bobBefore + 300n);
      assert.equal(side.balance(ethHex(carol)), carolBefore + 5n * RLC);
      assert.equal(readTotals(side.state).depositsCredited, 301);
      // Credited: the cursor moves past them and nothing is left to follow.
      await watchers[0]!.poll();
      assert.ok(watchers[0]!.cursor > burstBlock);
      assert.equal(watchers[0]!.pendingCount, 0);
    });

    it("1,000 deposits in 10 Ethereum blocks are all credited, with a validator restarted during the burst", async () => {
      const multiArtifact = loadArtifact("TestMultiDeposit");
      const multi = (await (
        await new ContractFactory(multiArtifact.abi, multiArtifact.bytecode, deployer).deploy()
      ).waitForDeployment()) as Contract;
      await (
        await tokenAt(token.target as string, alice).getFunction("approve")(multi.target, 1_000n)
      ).wait();
      const cursorFile = join(dir, "cursor-restart.json");
      const make = (i: number) => watcher(i, 0, undefined, i === 3 ? cursorFile : undefined);
      const watchers = [0, 1, 2, 3].map(make);
      for (const w of watchers) await w.poll(); // catch up
      const bobBefore = side.balance(ethHex(bob));
      const creditedBefore = readTotals(side.state).depositsCredited;
      for (let block = 0; block < 10; block++) {
        await (
          await (multi.connect(alice) as Contract).getFunction("depositMany")(
            bridge.target,
            token.target,
            100,
            1n,
            ethHex(bob),
          )
        ).wait();
        if (block === 4) {
          for (const w of watchers) await w.poll();
          await side.mine();
          // Validator 3 restarts (a new watcher from its cursor file) in the middle of the burst.
          watchers[3] = make(3);
        }
      }
      for (let round = 0; round < 3; round++) {
        for (const w of watchers) await w.poll();
        const receipts = await side.mineAll();
        assert.ok(receipts.every((r) => r.error === undefined));
      }
      assert.equal(side.balance(ethHex(bob)), bobBefore + 1_000n);
      assert.equal(readTotals(side.state).depositsCredited, creditedBefore + 1_000);
      for (const w of watchers) {
        await w.poll();
        assert.equal(w.pendingCount, 0);
      }
    });

    it("an attestation lost on the way is re-sent by the watcher itself until credited", async () => {
      await (
        await tokenAt(token.target as string, alice).getFunction("approve")(bridge.target, 2n * RLC)
      ).wait();
      await (
        await bridgeAt(bridge.target as string, alice).getFunction("deposit")(2n * RLC, ethHex(carol))
      ).wait();
      const watchers = [0, 1, 2].map((i) => watcher(i, 0));
      for (const w of watchers) assert.equal((await w.poll()).length, 1);
      side.discardPool();
      pool = mempool();
      const carolBefore = side.balance(ethHex(carol));
      // Within the resend delay nothing is sent again; after it, the lost attestations are.
      for (let round = 0; round < 10; round++) for (const w of watchers) await w.poll();
      assert.equal(side.pool.length, 3);
      const b = await side.mine();
      assert.deepEqual(
        b.receipts.map((r) => r.error?.message),
        [undefined, undefined, undefined],
      );
      assert.equal(side.balance(ethHex(carol)), carolBefore + 2n * RLC);
    });

    it("a reorg deeper than the confirmations is detected and reported, and never double-credits", async () => {
      const reorgs: number[] = [];
      const watchers = [0, 1, 2].map((i) => watcher(i, 1, () => reorgs.push(i)));
      for (const w of watchers) await w.poll(); // catch up
      const carolBefore = side.balance(ethHex(carol));
      const snapshot = await anvil.provider.send("evm_snapshot", []);
      await (
        await tokenAt(token.target as string, alice).getFunction("approve")(bridge.target, 3n * RLC)
      ).wait();
      const request = await bridgeAt(bridge.target as string, alice)
        .getFunction("deposit")
        .populateTransaction(3n * RLC, ethHex(carol));
      const raw = await alice.signTransaction(await alice.populateTransaction(request));
      const tx1 = await anvil.provider.broadcastTransaction(raw);
      await tx1.wait();
      await mineEth(1); // 1 confirmation
      for (const w of watchers) assert.equal((await w.poll()).length, 1);
      await side.mine();
      const carolAfterCredit = side.balance(ethHex(carol));
      assert.equal(carolAfterCredit, carolBefore + 3n * RLC);
      const creditedBefore = readTotals(side.state).depositsCredited;
      // A 3-block reorg: the approval and the deposit are mined again, in other blocks.
      assert.equal(await anvil.provider.send("evm_revert", [snapshot]), true);
      await mineEth(2);
      await (
        await tokenAt(token.target as string, alice).getFunction("approve")(bridge.target, 3n * RLC)
      ).wait();
      await (await anvil.provider.broadcastTransaction(raw)).wait();
      await mineEth(2);
      for (const w of watchers) await w.poll();
      assert.deepEqual(reorgs, [0, 1, 2]);
      assert.equal(watchers[0]!.deepReorgs, 1);
      await side.mine();
      for (const w of watchers) await w.poll();
      await side.mine();
      // The same Ethereum deposit (tx hash, nonce) under a new block hash is not credited again.
      assert.equal(side.balance(ethHex(carol)), carolAfterCredit);
      assert.equal(readTotals(side.state).depositsCredited, creditedBefore);
    });
  });

  describe("anchoring cadence", () => {
    it("anchors when the oldest withdrawal waited T, not before, and never above the gas price cap", async () => {
      const bridge = await deploy();
      const domain = await bridgeDomain(bridge);
      const tracker = new AnchorTracker({ maxWithdrawalWaitMs: 10_000, maxIntervalMs: 3_600_000 });
      const cadence: RelayCadence = {
        due: (cp, onChain) =>
          tracker.reason(
            cp.height,
            {
              height: onChain.lastHeight,
              withdrawalCount: withdrawalCountAt(
                side.state,
                onChain.lastHeight,
                readWithdrawalCount(side.state),
              ),
            },
            toHex(cp.nextValidatorSetHash) !== onChain.setHash,
          ),
      };
      const relayer = new CheckpointRelayer(
        bridgeAt(bridge.target as string, deployer),
        [genesisSet],
        defaultBackend,
        64,
        0,
        cadence,
      );
      /** Mines a sidechain block, lets the tracker see it, and gives its checkpoint, signed by all. */
      const block = async (to: CheckpointRelayer = relayer) => {
        const b = await side.mine();
        tracker.observeBlock(b.height, side.chain.head.header.timeMs, readWithdrawalCount(side.state));
        const cp = side.headCheckpoint(domain);
        to.addCheckpoint(cp);
        for (const [v, sig] of side.signAll(cp)) to.addSignature(encodeCheckpointSignature(cp, v, sig));
        return cp;
      };
      await block();
      assert.equal(await relayer.submitBest(), undefined); // nothing waits, H not passed
      side.submit(
        signTx(
          {
            chainId: TEST_CHAIN_ID,
            nonce: side.nextNonce(ethHex(carol)),
            withdraw: { ethRecipient: fromHex(alice.address, 20), amount: uintToBytes(1n * RLC) },
          },
          carol.privateKey,
        ).bytes,
      );
      await block();
      // 500 ms blocks: the withdrawal has waited 9.5 s after 19 more blocks, 10 s after 20.
      for (let i = 0; i < 19; i++) {
        await block();
        assert.equal(await relayer.submitBest(), undefined);
      }
      assert.equal(await bridge.getFunction("lastHeight")(), 0n);
      const cp = await block();
      assert.equal((await relayer.submitBest())?.height, cp.height);
      assert.match(relayer.lastDecision ?? "", /withdrawalsWaited/);
      // Covered now: the next checkpoints wait again.
      await block();
      assert.equal(await relayer.submitBest(), undefined);
      // A fee cap below the network's price: nothing is sent.
      const capped = new CheckpointRelayer(
        bridgeAt(bridge.target as string, deployer),
        [genesisSet],
        defaultBackend,
        64,
        0,
        {
          maxFeePerGasWei: 1n,
        },
      );
      await block(capped);
      assert.equal(await capped.submitBest(), undefined);
      assert.match(capped.lastDecision ?? "", /above the cap/);
      assert.equal(await bridge.getFunction("lastHeight")(), BigInt(cp.height));
    });
  });

  // Last: the newcomer joins the sidechain's set (the deposit tests above count on 4 equal validators).
  describe("checkpoint signers", () => {
    it("a validator signs checkpoints when it is in the current set (not only genesis), others never", async () => {
      const bridge = await deploy();
      const startBlock = await anvil.provider.getBlockNumber();
      side.submit(
        signTx(
          {
            chainId: TEST_CHAIN_ID,
            nonce: side.nextNonce(ethHex(newcomer)),
            bond: { amount: uintToBytes(10n * RLC) },
          },
          newcomer.privateKey,
        ).bytes,
      );
      for (let i = 0; i < 12; i++) await side.mine();
      assert.ok(readValidatorSet(side.state).some((v) => v.address === ethHex(newcomer)));
      const service = (key: KeyPair, name: string) =>
        new BridgeService({
          chain: side.chain,
          mempool: new Mempool(side.state),
          validatorKey: key,
          backend: defaultBackend,
          dataDir: join(dir, name),
          config: {
            ethRpc: anvil.url,
            bridgeAddress: bridge.target as string,
            checkpointEvery: 1,
            startBlock,
            confirmations: 0,
            pollMs: 60_000,
          },
          log: pino({ level: "silent" }),
          submitTx: (bytes) => {
            side.submit(bytes);
            return decodeAndVerifyTx(bytes, side.chainId);
          },
        });
      const joined = service(newcomer, "joined");
      const outsider = service(stranger, "outsider");
      joined.start();
      outsider.start();
      try {
        for (let i = 0; i < 50 && joined.checkpointSigners().length === 0; i++) {
          await new Promise((r) => setTimeout(r, 100));
          await side.mine();
        }
        const [latest] = joined.checkpointSigners();
        assert.deepEqual(latest?.signers, [ethHex(newcomer)]);
        const theirs = outsider.checkpointSigners().find((c) => c.height === latest!.height);
        assert.deepEqual(theirs?.signers, []);
      } finally {
        await joined.stop();
        await outsider.stop();
      }
    });
  });
});
