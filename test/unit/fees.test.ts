import assert from "node:assert/strict";
import { join } from "node:path";
import fc from "fast-check";
import { encodeCommit } from "../../consensus/vote.js";
import { encodeHeader, merkleRoot } from "../../node/chain/blockHeader.js";
import { Chain, encodeReceipt, txRootOf } from "../../node/chain/chain.js";
import type { Genesis } from "../../node/chain/genesis.js";
import { keccak256 } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import {
  type ChainParams,
  DEFAULT_CHAIN_PARAMS,
  encodeChainParams,
  FeeKeys,
  nextBaseFee,
  readFeePool,
} from "../../node/execution/fees.js";
import { Gas, intrinsicGas } from "../../node/execution/gasSchedule.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { readAccount } from "../../node/state/accounts.js";
import type { StateReader } from "../../node/state/stateOverlay.js";
import { ChainDb } from "../../node/storage/chainDb.js";
import { decodeAndVerifyTx, signTx, type VerifiedTx } from "../../node/tx/signedTx.js";
import { TxErrorCode } from "../../node/tx/txErrors.js";
import { encode, poco, uintToBytes } from "../../proto/index.js";
import { RLC, TEST_CHAIN_ID, tempDir, testGenesis, testKey } from "../helpers/fixtures.js";

const validator = testKey(0);
const users = [testKey(10), testKey(11), testKey(12), testKey(13)];

function feeGenesis(params: Partial<ChainParams> = {}): Genesis {
  const g = testGenesis(validator, users, 1_000n * RLC);
  g.params = { ...DEFAULT_CHAIN_PARAMS, minBaseFee: 10n, initialBaseFee: 10n, ...params };
  return g;
}

async function openChain(genesis: Genesis): Promise<{ chain: Chain; close: () => Promise<void> }> {
  const db = await ChainDb.open(join(tempDir(), "chain"));
  const chain = await Chain.open(db, genesis, createStateMachine(genesis.chainId));
  return { chain, close: () => db.close() };
}

function tx(
  from: KeyPair,
  nonce: number,
  body: Partial<poco.Tx.$Properties>,
  fees: { gasLimit?: number; maxFee?: bigint; tip?: bigint } = {},
): VerifiedTx {
  const signed = signTx(
    {
      chainId: TEST_CHAIN_ID,
      nonce,
      gasLimit: fees.gasLimit ?? 100_000,
      maxFeePerGas: uintToBytes(fees.maxFee ?? 1_000n),
      maxPriorityFeePerGas: uintToBytes(fees.tip ?? 0n),
      ...body,
    },
    from.privateKey,
  );
  return decodeAndVerifyTx(signed.bytes, TEST_CHAIN_ID);
}

const transfer = (to: KeyPair, amount: bigint) => ({
  transfer: { to: to.address, amount: uintToBytes(amount) },
});

/** Every nRLC in the state: accounts (all fields) plus the fee pool. */
function totalSupply(state: StateReader, holders: string[]): bigint {
  let sum = readFeePool(state);
  for (const h of holders) {
    const a = readAccount(state, h);
    sum += a.balance + a.stake + a.locked + a.bonded;
  }
  return sum;
}

async function commit(chain: Chain, txs: VerifiedTx[], proposer = validator.address) {
  const pending = chain.buildBlock(txs, chain.head.header.timeMs + 500, proposer);
  await chain.commitBlock(pending, encodeCommit(pending.header.height, 0, pending.hash, []));
  return pending;
}

describe("fees and gas", () => {
  it("EIP-1559 base fee: rises by ≤ 1/8 above the target, falls by ≤ 1/8 below, never under the floor", () => {
    const params = { ...DEFAULT_CHAIN_PARAMS, blockGasLimit: 1_000_000, minBaseFee: 7n };
    assert.equal(nextBaseFee(params, 800n, 500_000), 800n);
    assert.equal(nextBaseFee(params, 800n, 1_000_000), 900n);
    assert.equal(nextBaseFee(params, 800n, 0), 700n);
    assert.equal(nextBaseFee(params, 7n, 0), 7n);
    assert.equal(nextBaseFee(params, 7n, 500_001), 8n, "rises by at least 1 above the target");
    fc.assert(
      fc.property(fc.bigInt({ min: 7n, max: 1n << 60n }), fc.nat({ max: 1_000_000 }), (fee, used) => {
        const next = nextBaseFee(params, fee, used);
        assert.ok(next >= 7n);
        assert.ok(next <= fee + fee / 8n + 1n);
        assert.ok(next >= fee - fee / 8n);
        if (used > 500_000) assert.ok(next > fee);
        if (used < 500_000 && fee > 7n) assert.ok(next <= fee);
      }),
    );
  });

  it("a transfer pays gas used × (base fee + tip): the base part to the pool, the tip to the proposer", async () => {
    const { chain, close } = await openChain(feeGenesis());
    try {
      const [alice, bob] = users as [KeyPair, KeyPair];
      const proposer = testKey(50);
      const before = readAccount(chain.state, alice.addressHex).balance;
      const block = await commit(chain, [tx(alice, 0, transfer(bob, RLC), { tip: 3n })], proposer.address);
      const receipt = block.receipts[0]!;
      assert.equal(receipt.error, undefined);
      assert.ok(receipt.gasUsed >= intrinsicGas(block.txs[0]!.tx, block.txs[0]!.size));
      assert.equal(receipt.fee, BigInt(receipt.gasUsed) * 13n);
      assert.equal(block.header.baseFee, 10n);
      assert.equal(block.header.gasUsed, receipt.gasUsed);
      assert.equal(readAccount(chain.state, alice.addressHex).balance, before - RLC - receipt.fee);
      assert.equal(readFeePool(chain.state), BigInt(receipt.gasUsed) * 10n);
      assert.equal(readAccount(chain.state, proposer.addressHex).balance, BigInt(receipt.gasUsed) * 3n);
    } finally {
      await close();
    }
  });

  it("a failing tx pays its gas and consumes its nonce; out of gas undoes its writes", async () => {
    const { chain, close } = await openChain(feeGenesis());
    try {
      const [alice, bob] = users as [KeyPair, KeyPair];
      const aliceBefore = readAccount(chain.state, alice.addressHex).balance;
      const bobBefore = readAccount(chain.state, bob.addressHex).balance;
      const probe = tx(alice, 0, transfer(bob, 5n));
      const tight = intrinsicGas(probe.tx, probe.size) + Gas.STATE_READ; // not enough for the writes
      const block = await commit(chain, [
        tx(alice, 0, transfer(bob, 10_000n * RLC)), // insufficient funds
        tx(alice, 1, transfer(bob, 5n), { gasLimit: tight }),
      ]);
      assert.deepEqual(
        block.receipts.map((r) => r.error?.code),
        [TxErrorCode.INSUFFICIENT_FUNDS, TxErrorCode.OUT_OF_GAS],
      );
      assert.equal(block.receipts[1]!.gasUsed, tight, "out of gas pays the whole limit");
      const fees = block.receipts.reduce((s, r) => s + r.fee, 0n);
      assert.ok(fees > 0n);
      assert.equal(readAccount(chain.state, alice.addressHex).balance, aliceBefore - fees);
      assert.equal(readAccount(chain.state, alice.addressHex).nonce, 2);
      assert.equal(readAccount(chain.state, bob.addressHex).balance, bobBefore, "no write of a failed tx");
    } finally {
      await close();
    }
  });

  it("a proposer drops what cannot pay or fit; a block holding it is invalid", async () => {
    const { chain, close } = await openChain(feeGenesis());
    try {
      const [alice, bob, carol] = users as [KeyPair, KeyPair, KeyPair];
      const lowFee = tx(alice, 0, transfer(bob, 1n), { maxFee: 9n }); // base fee is 10
      const underIntrinsic = tx(bob, 0, transfer(alice, 1n), { gasLimit: 1_000 });
      const overBlock = tx(carol, 0, transfer(alice, 1n), {
        gasLimit: DEFAULT_CHAIN_PARAMS.blockGasLimit + 1,
      });
      const pending = chain.buildBlock(
        [lowFee, underIntrinsic, overBlock],
        chain.head.header.timeMs + 500,
        validator.address,
      );
      assert.equal(pending.txs.length, 0);
      assert.deepEqual(
        pending.dropped.map((d) => d.hashHex),
        [lowFee.hashHex, underIntrinsic.hashHex, overBlock.hashHex],
      );
      for (const bad of [lowFee, underIntrinsic, overBlock]) {
        const forged = forgeBlock(chain, [bad]);
        assert.throws(
          () => chain.validateBlock(forged, (b) => decodeAndVerifyTx(b, TEST_CHAIN_ID)),
          /not executable|gas|fee/,
        );
      }
    } finally {
      await close();
    }
  });

  it("property: no block over the gas limit is accepted, and fees conserve every nRLC", async () => {
    const limit = 200_000;
    const { chain, close } = await openChain(feeGenesis({ blockGasLimit: limit }));
    const holders = [...users.map((u) => u.addressHex), validator.addressHex];
    const supply = totalSupply(chain.state, holders);
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              from: fc.nat({ max: 3 }),
              to: fc.nat({ max: 3 }),
              amount: fc.bigInt({ min: 1n, max: 100n * RLC }),
              gasLimit: fc.integer({ min: 20_000, max: 120_000 }),
              tip: fc.bigInt({ min: 0n, max: 50n }),
            }),
            { minLength: 1, maxLength: 12 },
          ),
          async (specs) => {
            const nonces = new Map<string, number>();
            const txs = specs.map((s) => {
              const from = users[s.from]!;
              const nonce = nonces.get(from.addressHex) ?? readAccount(chain.state, from.addressHex).nonce;
              nonces.set(from.addressHex, nonce + 1);
              return tx(from, nonce, transfer(users[s.to]!, s.amount), {
                gasLimit: s.gasLimit,
                tip: s.tip,
                maxFee: 10_000n,
              });
            });
            // A forged block with every tx: accepted only if each one fitted the gas left.
            const forged = forge(chain, txs, chain.nextBaseFee());
            // The rule: each tx's gas limit fits in what the txs before it left of the block's limit.
            let fits = forged.allExecutable;
            let left = limit;
            txs.forEach((t, i) => {
              if (t.gasLimit > left) fits = false;
              left -= forged.gasUsed[i] ?? 0;
            });
            let accepted = false;
            try {
              chain.validateBlock(forged.bytes, (b) => decodeAndVerifyTx(b, TEST_CHAIN_ID));
              accepted = true;
            } catch {
              accepted = false;
            }
            assert.equal(
              accepted,
              fits,
              fits ? "a fitting block was refused" : "an over-limit block was accepted",
            );
            // What a proposer builds always fits and is valid; committing it conserves supply.
            const pending = chain.buildBlock(txs, chain.head.header.timeMs + 500, validator.address);
            assert.ok(pending.header.gasUsed <= limit);
            chain.validateBlock(pending.blockBytes, (b) => decodeAndVerifyTx(b, TEST_CHAIN_ID));
            await chain.commitBlock(pending, encodeCommit(pending.header.height, 0, pending.hash, []));
            assert.equal(totalSupply(chain.state, holders), supply);
          },
        ),
        { numRuns: 40 },
      );
    } finally {
      await close();
    }
  });
});

/**
 * Encodes a block holding exactly `txs` with otherwise-correct roots, as a byzantine proposer that
 * ignores the gas limit would: it executes them with the limit lifted, so only the limit rule (or a
 * fee rule) can make validators refuse it.
 */
function forgeBlock(chain: Chain, txs: VerifiedTx[], inclusionBaseFee = 0n): Uint8Array {
  return forge(chain, txs, inclusionBaseFee).bytes;
}

function forge(
  chain: Chain,
  txs: VerifiedTx[],
  inclusionBaseFee: bigint,
): { bytes: Uint8Array; gasUsed: number[]; allExecutable: boolean } {
  // Whatever even the lax execution drops is still put in the block: validators refuse it when they
  // execute it, before the roots matter.
  const lifted = encodeChainParams({ ...chain.params, blockGasLimit: 1_000_000_000 });
  const laxState: StateReader = {
    get: (key) => (key === FeeKeys.params ? lifted : chain.state.get(key)),
  };
  const parent = chain.head;
  const baseFee = chain.nextBaseFee();
  const ctx = {
    chainId: chain.chainId,
    height: parent.height + 1,
    timeMs: parent.header.timeMs + 500,
    proposer: validator.addressHex,
    baseFee: inclusionBaseFee,
  };
  // By default the fee rule is lifted too (base fee 0), so the forged block includes what an honest
  // one would drop; with the real base fee, a forged block that fits is exactly an honest one.
  const execution = chain.executor.execute(laxState, ctx, txs, true);
  const receiptBytes = execution.receipts.map((r) => encodeReceipt(r, ctx.height));
  const writes = [...execution.overlay.entries()];
  const header = {
    chainId: chain.chainId,
    height: ctx.height,
    round: 0,
    timeMs: ctx.timeMs,
    prevHash: parent.hash,
    txRoot: txRootOf(txs),
    stateRoot: chain.state.rootAfter(writes),
    validatorsHash: chain.validatorsHash(),
    proposer: validator.address,
    lastCommitHash: new Uint8Array(32),
    receiptsRoot: merkleRoot(receiptBytes.map((b) => keccak256(b))),
    baseFee,
    gasUsed: execution.gasUsed,
    gasLimit: chain.params.blockGasLimit,
  };
  const bytes = encode(poco.Block, {
    header: poco.BlockHeader.decode(encodeHeader(header)),
    txs: txs.map((t) => t.bytes),
  });
  return {
    bytes,
    gasUsed: execution.receipts.map((r) => r.gasUsed),
    allExecutable: execution.included.length === txs.length,
  };
}
