/**
 * Bridge units: the withdrawals tree (frontier root = full-tree root, proofs), checkpoint digest,
 * validator-set hash, leaf and signatures cross-checked against ethers (an independent ABI/keccak/
 * ecrecover implementation), the bridge module's rules through the real BlockExecutor, and the
 * committed contract artifacts against a fresh solc-js compilation.
 */
import assert from "node:assert/strict";
import {
  AbiCoder,
  keccak256 as ethersKeccak,
  recoverAddress,
  Signature,
  solidityPackedKeccak256,
} from "ethers";
import fc from "fast-check";
import {
  AnchorTracker,
  anchorReason,
  DEFAULT_ANCHOR_POLICY,
  nextAnchorDue,
} from "../../bridge/anchorPolicy.js";
import {
  depositClaimHash,
  exceedsTwoThirds,
  isBridgeDuty,
  MAX_DEPOSITS_PER_BATCH,
  readDeposit,
  readTotals,
  readWithdrawal,
  readWithdrawalCount,
  readWithdrawalsRoot,
} from "../../bridge/bridgeModule.js";
import {
  CHECKPOINT_TYPEHASH,
  type Checkpoint,
  checkpointDigest,
  decodeCheckpointSignature,
  encodeCheckpointSignature,
  recoverCheckpointSigner,
  signCheckpoint,
  validatorSetHash,
  validatorWords,
} from "../../bridge/checkpoint.js";
import { compileContracts, loadArtifact } from "../../bridge/compile.js";
import { ATTESTATION_BATCH_BASE_GAS, ATTESTATION_GAS_PER_DEPOSIT } from "../../bridge/relayer.js";
import {
  appendLeaf,
  emptyFrontier,
  frontierRoot,
  proofFromLevels,
  rootOfLeaves,
  treeLevels,
  verifyProof,
  withdrawalLeafHash,
} from "../../bridge/withdrawalTree.js";
import { applyGenesis } from "../../node/chain/genesis.js";
import { keccak256, toHex } from "../../node/crypto/hash.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { DEFAULT_MEMPOOL_LIMITS, Mempool } from "../../node/mempool/mempool.js";
import { readAccount } from "../../node/state/accounts.js";
import { StateOverlay } from "../../node/state/stateOverlay.js";
import { decodeAndVerifyTx, signTx } from "../../node/tx/signedTx.js";
import { uintToBytes } from "../../proto/index.js";
import { RLC, TEST_CHAIN_ID, testKey } from "../helpers/fixtures.js";

const abi = AbiCoder.defaultAbiCoder();
const leafOf = (i: number) => keccak256(Uint8Array.of(i & 255, i >> 8, 7));

describe("bridge: withdrawals tree", () => {
  it("the frontier root equals the full tree root, and every proof verifies (and only for its leaf)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 70 }), (n) => {
        const leaves = Array.from({ length: n }, (_, i) => leafOf(i));
        let f = emptyFrontier();
        for (const l of leaves) f = appendLeaf(f, l);
        const root = frontierRoot(f);
        assert.equal(toHex(root), toHex(rootOfLeaves(leaves)));
        const levels = treeLevels(leaves);
        for (let i = 0; i < n; i++) {
          const proof = proofFromLevels(levels, i);
          assert.ok(proof.length <= Math.max(1, Math.ceil(Math.log2(n))));
          assert.ok(verifyProof(leaves[i]!, i, proof, root));
          assert.ok(!verifyProof(leaves[i]!, i ^ 1, proof, root) || n === 1);
          assert.ok(!verifyProof(leafOf(i + 1000), i, proof, root));
        }
      }),
      { numRuns: 40 },
    );
  });

  it("an empty tree's root is 0; one leaf's root is keccak chained with zero siblings", () => {
    assert.equal(toHex(frontierRoot(emptyFrontier())), `0x${"0".repeat(64)}`);
    const one = appendLeaf(emptyFrontier(), leafOf(0));
    let node = leafOf(0);
    for (let i = 0; i < 32; i++) node = keccak256(Buffer.concat([node, new Uint8Array(32)]));
    assert.equal(toHex(frontierRoot(one)), toHex(node));
  });
});

describe("bridge: checkpoint encoding (cross-checked with ethers)", () => {
  const cp: Checkpoint = {
    ethChainId: 31337,
    bridge: "0x5fbdb2315678afecb367f032d93f642f64180aa3",
    chainId: TEST_CHAIN_ID,
    height: 1234,
    blockHash: keccak256(Uint8Array.of(1)),
    stateRoot: keccak256(Uint8Array.of(2)),
    withdrawalsRoot: keccak256(Uint8Array.of(3)),
    nextValidatorSetHash: keccak256(Uint8Array.of(4)),
  };

  it("digest = keccak256(abi.encode(typehash, fields…))", () => {
    const expected = ethersKeccak(
      abi.encode(
        ["bytes32", "uint256", "address", "uint64", "uint64", "bytes32", "bytes32", "bytes32", "bytes32"],
        [
          CHECKPOINT_TYPEHASH,
          cp.ethChainId,
          cp.bridge,
          cp.chainId,
          cp.height,
          cp.blockHash,
          cp.stateRoot,
          cp.withdrawalsRoot,
          cp.nextValidatorSetHash,
        ],
      ),
    );
    assert.equal(toHex(checkpointDigest(cp)), expected);
    // The domain is signed: another Ethereum chain or another bridge gives another digest.
    assert.notEqual(toHex(checkpointDigest({ ...cp, ethChainId: 1 })), expected);
    assert.notEqual(
      toHex(checkpointDigest({ ...cp, bridge: "0xe7f1725e7734ce288f8367e1bb143e90bb3f0512" })),
      expected,
    );
  });

  it("signatures recover with Ethereum's ecrecover rules (v = 27/28) and survive the gossip codec", () => {
    const k = testKey(5);
    const sig = signCheckpoint(cp, k.privateKey);
    assert.ok(sig[64] === 27 || sig[64] === 28);
    assert.equal(
      recoverAddress(toHex(checkpointDigest(cp)), Signature.from(toHex(sig))).toLowerCase(),
      toHex(k.address),
    );
    assert.equal(recoverCheckpointSigner(cp, sig), toHex(k.address));
    const decoded = decodeCheckpointSignature(encodeCheckpointSignature(cp, toHex(k.address), sig));
    assert.equal(toHex(checkpointDigest(decoded.checkpoint)), toHex(checkpointDigest(cp)));
    assert.equal(recoverCheckpointSigner({ ...cp, height: 1235 }, sig) === toHex(k.address), false);
  });

  it("validator-set hash = keccak256(abi.encodePacked(uint256[] power << 160 | address)), sorted", () => {
    const set = [3, 1, 2].map((i) => ({ address: toHex(testKey(i).address), power: i * 7 }));
    const words = validatorWords(set);
    assert.deepEqual(
      words.map((w) => w & ((1n << 160n) - 1n)),
      [...set].map((v) => BigInt(v.address)).sort((a, b) => (a < b ? -1 : 1)),
    );
    assert.equal(toHex(validatorSetHash(set)), solidityPackedKeccak256(["uint256[]"], [words]));
  });

  it("withdrawal leaf and deposit claim hashes match abi.encode", () => {
    const recipient = testKey(9).address;
    assert.equal(
      toHex(withdrawalLeafHash({ id: 5, recipient, amount: 7n * RLC, height: 99 })),
      ethersKeccak(
        abi.encode(["uint256", "address", "uint256", "uint64"], [5, toHex(recipient), 7n * RLC, 99]),
      ),
    );
    const facts = {
      nonce: 3n,
      recipient,
      amount: 1n,
      ethTxHash: keccak256(Uint8Array.of(1)),
      ethBlockNumber: 8,
      ethBlockHash: keccak256(Uint8Array.of(2)),
      ethLogIndex: 4,
    };
    assert.equal(
      toHex(depositClaimHash(facts)),
      ethersKeccak(
        abi.encode(
          ["uint256", "address", "uint256", "bytes32", "uint256", "bytes32", "uint256"],
          [3, toHex(recipient), 1, facts.ethTxHash, 8, facts.ethBlockHash, 4],
        ),
      ),
    );
  });
});

describe("bridge: state machine module", () => {
  const validators = [0, 1, 2, 3].map((i) => testKey(i));
  const user = testKey(10);
  const executor = createStateMachine(TEST_CHAIN_ID);
  let state: StateOverlay;
  let height = 0;
  const nonces = new Map<string, number>();

  function run(...txs: { key: (typeof validators)[0]; body: Parameters<typeof signTx>[0] }[]) {
    height += 1;
    const verified = txs.map(({ key, body }) => {
      const a = toHex(key.address);
      const nonce = nonces.get(a) ?? 0;
      nonces.set(a, nonce + 1);
      return decodeAndVerifyTx(
        signTx({ ...body, chainId: TEST_CHAIN_ID, nonce }, key.privateKey).bytes,
        TEST_CHAIN_ID,
      );
    });
    const ex = executor.execute(
      state,
      {
        chainId: TEST_CHAIN_ID,
        height,
        timeMs: 1_700_000_000_000 + height * 500,
        proposer: toHex(validators[0]!.address),
        baseFee: 0n,
      },
      verified,
      false,
    );
    ex.overlay.commitTo(state);
    return ex.receipts.map((r) => r.error?.code);
  }

  const deposit = (amount: bigint, nonce = 0, txByte = 1, logIndex = 0) => ({
    depositNonce: nonce,
    recipient: user.address,
    amount: uintToBytes(amount),
    ethTxHash: keccak256(Uint8Array.of(txByte)),
    ethBlockNumber: 10,
    ethBlockHash: keccak256(Uint8Array.of(txByte, 1)),
    ethLogIndex: logIndex,
  });
  const attest = (amount: bigint, nonce = 0, txByte = 1) => ({
    depositAttestation: deposit(amount, nonce, txByte),
  });
  const idOf = (txByte = 1, logIndex = 0) => ({
    ethBlockHash: keccak256(Uint8Array.of(txByte, 1)),
    ethLogIndex: logIndex,
  });
  const balance = () => readAccount(state, toHex(user.address)).balance;

  function genesisWith(powers: number[]) {
    state = new StateOverlay({ get: () => undefined });
    height = 0;
    nonces.clear();
    applyGenesis(state, {
      chainId: TEST_CHAIN_ID,
      genesisTimeMs: 1_700_000_000_000,
      admin: toHex(user.address),
      validators: powers.map((power, i) => ({ address: toHex(validators[i]!.address), power })),
      accounts: [{ address: toHex(user.address), balance: 100n * RLC, stake: 0n }],
      categories: [],
    });
  }

  beforeEach(() => genesisWith([10, 10, 10, 10]));

  it("credits a deposit when > 2/3 attested the SAME facts; conflicting claims do not add up", () => {
    assert.deepEqual(run({ key: validators[0]!, body: attest(5n * RLC) }), [undefined]);
    assert.deepEqual(run({ key: validators[1]!, body: attest(500n * RLC) }), [undefined]); // conflicting
    assert.deepEqual(run({ key: validators[2]!, body: attest(5n * RLC) }), [undefined]);
    assert.equal(balance(), 100n * RLC); // 2/4 + 1/4: nothing
    assert.equal(readDeposit(state, idOf())!.claims.length, 2);
    assert.deepEqual(run({ key: validators[0]!, body: attest(5n * RLC) }), ["TX_EXISTS"]); // once per validator
    assert.deepEqual(run({ key: validators[3]!, body: attest(5n * RLC) }), [undefined]);
    assert.equal(balance(), 105n * RLC); // 3/4 on the same facts
    assert.equal(readDeposit(state, idOf())!.claims.length, 1);
    assert.deepEqual(run({ key: validators[1]!, body: attest(5n * RLC) }), ["TX_EXISTS"]); // credited once
    assert.equal(balance(), 105n * RLC);
    assert.deepEqual(run({ key: user, body: attest(1n, 1) }), ["TX_UNAUTHORIZED"]);
    assert.equal(readTotals(state).deposited, 5n * RLC);
  });

  it("one threshold: 20/30 of the power does not credit, 21/30 does (strictly more than 2/3)", () => {
    genesisWith([10, 10, 10]);
    run({ key: validators[0]!, body: attest(5n * RLC) }, { key: validators[1]!, body: attest(5n * RLC) });
    assert.equal(balance(), 100n * RLC); // exactly 2/3: not enough (consensus needs more too)
    assert.equal(readDeposit(state, idOf())!.credited, false);
    run({ key: validators[2]!, body: attest(5n * RLC) });
    assert.equal(balance(), 105n * RLC);

    genesisWith([11, 10, 9]);
    run({ key: validators[0]!, body: attest(5n * RLC) }, { key: validators[1]!, body: attest(5n * RLC) });
    assert.equal(balance(), 105n * RLC); // 21/30
    assert.equal(exceedsTwoThirds(20n, 30n), false);
    assert.equal(exceedsTwoThirds(21n, 30n), true);
  });

  it("deposits are keyed by (block hash, log index): a reused nonce is credited; one Ethereum deposit once", () => {
    const all = (body: ReturnType<typeof attest>) => validators.slice(0, 3).map((key) => ({ key, body }));
    run(...all(attest(5n * RLC, 0, 1)));
    assert.equal(balance(), 105n * RLC);
    // After a reorg the nonce belongs to another deposit (another tx, another block): credited too.
    run(...all(attest(7n * RLC, 0, 2)));
    assert.equal(balance(), 112n * RLC);
    // The first deposit's tx re-included in another block (new block hash): not credited twice.
    const moved = {
      depositAttestation: { ...deposit(5n * RLC, 0, 1), ethBlockHash: keccak256(Uint8Array.of(9)) },
    };
    assert.deepEqual(run(...all(moved)), [undefined, undefined, undefined]);
    assert.equal(balance(), 112n * RLC);
    const dup = readDeposit(state, { ethBlockHash: keccak256(Uint8Array.of(9)), ethLogIndex: 0 })!;
    assert.equal(dup.duplicate, true);
    assert.equal(dup.credited, false);
    assert.equal(readTotals(state).depositsCredited, 2);
  });

  it("a batch attests every deposit of a block range in one tx; repeats are skipped, not failed", () => {
    const batch = (deposits: ReturnType<typeof deposit>[], fromBlock = 10, toBlock = 10) => ({
      // The gas limit the relayer sets for a batch (bridge/relayer.ts attestationBatchTx).
      gasLimit: ATTESTATION_BATCH_BASE_GAS + ATTESTATION_GAS_PER_DEPOSIT * deposits.length,
      depositAttestationBatch: { fromBlock, toBlock, deposits },
    });
    const many = Array.from({ length: MAX_DEPOSITS_PER_BATCH }, (_, i) => deposit(1n, i, 1, i));
    assert.deepEqual(run({ key: validators[0]!, body: batch(many) }), [undefined]);
    assert.deepEqual(run({ key: validators[1]!, body: batch(many) }), [undefined]);
    assert.equal(balance(), 100n * RLC);
    // Validator 0 re-sends (a restart): skipped. Validator 2 completes the quorum for all of them.
    assert.deepEqual(
      run({ key: validators[0]!, body: batch(many) }, { key: validators[2]!, body: batch(many) }),
      [undefined, undefined],
    );
    assert.equal(balance(), 100n * RLC + BigInt(MAX_DEPOSITS_PER_BATCH));
    assert.equal(readTotals(state).depositsCredited, MAX_DEPOSITS_PER_BATCH);
    assert.deepEqual(run({ key: validators[3]!, body: batch(many) }), [undefined]); // late: no-op
    assert.equal(balance(), 100n * RLC + BigInt(MAX_DEPOSITS_PER_BATCH));
    // Malformed batches.
    assert.deepEqual(run({ key: validators[0]!, body: batch([...many, deposit(1n, 999, 1, 999)]) }), [
      "TX_BAD_FIELD",
    ]);
    assert.deepEqual(run({ key: validators[0]!, body: batch([deposit(1n), deposit(1n)]) }), ["TX_BAD_FIELD"]);
    assert.deepEqual(run({ key: validators[0]!, body: batch([deposit(1n)], 11, 12) }), ["TX_BAD_FIELD"]);
    assert.deepEqual(run({ key: validators[0]!, body: batch([]) }), ["TX_BAD_FIELD"]);
    assert.deepEqual(run({ key: user, body: batch([deposit(1n, 5, 5)]) }), ["TX_UNAUTHORIZED"]);
  });

  it("validators' attestations are a mempool duty: exempt from the per-sender cap, others are not", () => {
    const mempool = new Mempool(state, { ...DEFAULT_MEMPOOL_LIMITS, maxPerSender: 2 });
    const admit = (key: (typeof validators)[0], i: number) => {
      const vtx = decodeAndVerifyTx(
        signTx({ ...attest(1n, i, i), chainId: TEST_CHAIN_ID, nonce: i }, key.privateKey).bytes,
        TEST_CHAIN_ID,
      );
      mempool.add(vtx, { relayed: false, duty: isBridgeDuty(state, vtx.tx, vtx.senderHex) });
    };
    for (let i = 0; i < 5; i++) admit(validators[0]!, i);
    assert.equal(mempool.size, 5);
    admit(user, 0);
    admit(user, 1);
    assert.throws(() => admit(user, 2), /pending txs/); // not a validator: the usual cap
  });

  it("withdraw burns the balance and appends a leaf; the root covers every leaf", () => {
    const to = testKey(20).address;
    const w = (amount: bigint) => ({
      key: user,
      body: { withdraw: { ethRecipient: to, amount: uintToBytes(amount) } },
    });
    assert.deepEqual(run(w(30n * RLC), w(20n * RLC), w(60n * RLC)), [
      undefined,
      undefined,
      "TX_INSUFFICIENT_FUNDS",
    ]);
    assert.equal(readAccount(state, toHex(user.address)).balance, 50n * RLC);
    assert.equal(readWithdrawalCount(state), 2);
    const leaves = [0, 1].map((id) => withdrawalLeafHash(readWithdrawal(state, id)!));
    assert.equal(toHex(readWithdrawalsRoot(state)), toHex(rootOfLeaves(leaves)));
    assert.equal(readWithdrawal(state, 1)!.height, 1);
    assert.equal(readTotals(state).withdrawn, 50n * RLC);
    const zero = {
      key: user,
      body: { withdraw: { ethRecipient: new Uint8Array(20), amount: uintToBytes(1n) } },
    };
    assert.deepEqual(run(zero), ["TX_BAD_FIELD"]);
  });
});

describe("bridge: anchoring cadence policy", () => {
  const policy = { maxWithdrawalWaitMs: 30 * 60_000, maxIntervalMs: 12 * 3_600_000 };
  const at = (checkpointTimeMs: number, more: Partial<Parameters<typeof anchorReason>[0]> = {}) =>
    anchorReason(
      {
        checkpointTimeMs,
        lastAnchoredTimeMs: 0,
        oldestPendingWithdrawalMs: undefined,
        setChanged: false,
        ...more,
      },
      policy,
    );

  it("a checkpoint when withdrawals waited T, or the set changed, or H passed; otherwise it waits", () => {
    assert.equal(at(60_000), undefined);
    assert.equal(at(60_000, { setChanged: true }), "validatorSetChanged");
    assert.equal(at(30 * 60_000 - 1, { oldestPendingWithdrawalMs: 0 }), undefined);
    assert.equal(at(30 * 60_000, { oldestPendingWithdrawalMs: 0 }), "withdrawalsWaited");
    assert.equal(at(12 * 3_600_000 - 1), undefined);
    assert.equal(at(12 * 3_600_000), "maxInterval");
    assert.deepEqual(nextAnchorDue({ lastAnchoredTimeMs: 0, oldestPendingWithdrawalMs: 1_000 }, policy), {
      atMs: 1_000 + 30 * 60_000,
      reason: "withdrawalsWaited",
    });
    assert.deepEqual(DEFAULT_ANCHOR_POLICY, policy);
  });

  it("the tracker dates the oldest withdrawal not covered on Ethereum from the blocks it saw", () => {
    const t = new AnchorTracker(policy);
    t.observeBlock(1, 0, 0);
    t.observeBlock(2, 1_000, 1); // withdrawal 0 made at 1 s
    t.observeBlock(3, 2_000, 3); // withdrawals 1, 2 at 2 s
    t.observeBlock(4, 30 * 60_000 + 1_000, 3);
    t.observeBlock(5, 30 * 60_000 + 2_000, 3);
    assert.equal(t.reason(4, { height: 0, withdrawalCount: 0 }, false), "withdrawalsWaited");
    // Ethereum holds height 2 (withdrawal 0): the oldest pending is withdrawal 1, made at 2 s.
    assert.equal(t.reason(4, { height: 2, withdrawalCount: 1 }, false), undefined);
    assert.equal(t.reason(5, { height: 2, withdrawalCount: 1 }, false), "withdrawalsWaited");
    assert.equal(t.reason(5, { height: 3, withdrawalCount: 3 }, false), undefined);
    assert.equal(t.reason(5, { height: 3, withdrawalCount: 3 }, true), "validatorSetChanged");
  });
});

describe("bridge: contract artifacts", () => {
  it("the committed artifacts are what solc-js compiles now", function () {
    this.timeout(60_000);
    const fresh = compileContracts();
    for (const name of ["PocoBridge", "TestRLC"] as const) {
      assert.equal(
        loadArtifact(name).bytecode,
        fresh[name].bytecode,
        `${name}: run node --import tsx bridge/compile.ts`,
      );
    }
  });
});
