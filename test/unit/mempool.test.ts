/**
 * The fee-aware mempool and transaction gossip admission. The "regression" tests are issue 10's and
 * issue 9's mempool attacks; each failed on the fee-less FIFO mempool.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { applyGenesis } from "../../node/chain/genesis.js";
import { eachTx, TxBatchGate } from "../../node/consensus/txBatchGate.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { defaultBackend, type SignatureBackend } from "../../node/crypto/secp256k1.js";
import { effectiveTip } from "../../node/execution/fees.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { Mempool, type MempoolLimits } from "../../node/mempool/mempool.js";
import { admitTx } from "../../node/mempool/txAdmission.js";
import { CommittedState } from "../../node/state/committedState.js";
import { StateOverlay } from "../../node/state/stateOverlay.js";
import { decodeAndVerifyTx, signTx, type VerifiedTx } from "../../node/tx/signedTx.js";
import { encode, poco, uintToBytes } from "../../proto/index.js";
import { RLC, TEST_CHAIN_ID, testGenesis, testKey } from "../helpers/fixtures.js";

const validator = testKey(0);
const users = Array.from({ length: 8 }, (_, i) => testKey(20 + i));
const [alice, bob, carol, dave, honest] = users as [KeyPair, KeyPair, KeyPair, KeyPair, KeyPair];

function state(): CommittedState {
  const overlay = new StateOverlay(CommittedState.empty());
  applyGenesis(overlay, testGenesis(validator, users, 1_000n * RLC));
  const s = CommittedState.empty();
  s.apply(overlay.entries());
  return s;
}

function tx(from: KeyPair, nonce: number, tip = 0n, maxFee = 1_000n): VerifiedTx {
  const signed = signTx(
    {
      chainId: TEST_CHAIN_ID,
      nonce,
      gasLimit: 100_000,
      maxFeePerGas: uintToBytes(maxFee),
      maxPriorityFeePerGas: uintToBytes(tip),
      transfer: { to: validator.address, amount: uintToBytes(1n) },
    },
    from.privateKey,
  );
  return decodeAndVerifyTx(signed.bytes, TEST_CHAIN_ID);
}

function pool(limits: Partial<MempoolLimits> = {}, now = () => 0, baseFee = () => 0n): Mempool {
  return new Mempool(state(), limits, { now, baseFee });
}

describe("mempool: fees, priority, eviction, waiting txs", () => {
  it("10 regression: future-nonce txs have their own small cap and do not fill the pool", () => {
    const p = pool({ maxTxs: 40 });
    for (const attacker of [alice, bob, carol]) {
      let refused = 0;
      for (let n = 1; n <= 64; n++) {
        try {
          p.add(tx(attacker, n), true);
        } catch (err) {
          assert.equal((err as { code: string }).code, "TX_SENDER_QUOTA");
          refused++;
        }
      }
      assert.equal(refused, 64 - 16, "16 waiting txs per sender at most");
    }
    p.add(tx(honest, 0));
    assert.equal(p.size, 1);
  });

  it("waiting txs expire after their time", () => {
    let now = 0;
    const p = pool({ futureTtlMs: 1_000 }, () => now);
    p.add(tx(alice, 2), true);
    assert.equal(p.futureSize, 1);
    now = 1_001;
    p.prune([]);
    assert.equal(p.futureSize, 0);
    p.add(tx(alice, 0));
    p.add(tx(alice, 1));
    assert.equal(p.size, 2, "the expired tx did not come back");
  });

  it("blocks take the best tip first, each sender in nonce order", () => {
    const p = pool();
    p.add(tx(alice, 0, 1n));
    p.add(tx(alice, 1, 50n));
    p.add(tx(bob, 0, 10n));
    p.add(tx(carol, 0, 5n));
    assert.deepEqual(
      p.reap(10, 1 << 20).map((t) => [t.senderHex, t.nonce]),
      [
        [bob.addressHex.toLowerCase(), 0],
        [carol.addressHex.toLowerCase(), 0],
        [alice.addressHex.toLowerCase(), 0],
        [alice.addressHex.toLowerCase(), 1],
      ],
    );
  });

  it("reap equals the definition: best effective tip among senders' next txs, ties by arrival", () => {
    // signed once, then combined: fee levels × senders × nonces
    const levels = [0n, 3n, 7n];
    const signed = new Map<string, VerifiedTx>();
    const signedTx = (u: number, n: number, tip: bigint, maxFee: bigint) => {
      const id = `${u}/${n}/${tip}/${maxFee}`;
      if (!signed.has(id)) signed.set(id, tx(users[u] as KeyPair, n, tip, maxFee));
      return signed.get(id) as VerifiedTx;
    };
    fc.assert(
      fc.property(
        fc.array(fc.record({ u: fc.nat(3), tip: fc.constantFrom(...levels), cheap: fc.boolean() }), {
          maxLength: 12,
        }),
        fc.constantFrom(0n, 5n, 9n),
        (adds, baseFee) => {
          const p = pool(
            {},
            () => 0,
            () => baseFee,
          );
          const queues = new Map<number, VerifiedTx[]>();
          const order: VerifiedTx[] = [];
          for (const { u, tip, cheap } of adds) {
            const queue = queues.get(u) ?? [];
            const t = signedTx(u, queue.length, tip, cheap ? 8n : 1_000n); // tip capped at 8 − base fee
            try {
              p.add(t);
              queue.push(t);
              order.push(t);
              queues.set(u, queue);
            } catch {
              // refused (cannot pay the base fee): not in the pool
            }
          }
          // reference: repeatedly the best head (effective tip desc, then arrival = add order)
          const heads = new Map([...queues].map(([u, q]) => [u, [...q]]));
          const expected: VerifiedTx[] = [];
          const tipOf = (t: VerifiedTx) => effectiveTip(t, baseFee);
          for (;;) {
            let best: [number, VerifiedTx] | undefined;
            for (const [u, q] of heads) {
              const head = q[0];
              if (!head) continue;
              if (
                !best ||
                tipOf(head) > tipOf(best[1]) ||
                (tipOf(head) === tipOf(best[1]) && order.indexOf(head) < order.indexOf(best[1]))
              )
                best = [u, head];
            }
            if (!best) break;
            const q = heads.get(best[0]) as VerifiedTx[];
            if (best[1].maxFeePerGas < baseFee) {
              heads.set(best[0], []);
              continue;
            }
            expected.push(q.shift() as VerifiedTx);
          }
          assert.deepEqual(
            p.reap(100, 1 << 20).map((t) => t.hashHex),
            expected.map((t) => t.hashHex),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it("10 regression: a full pool evicts the lowest-paying tx for a better-paying one", () => {
    const p = pool({ maxTxs: 3 });
    p.add(tx(alice, 0, 1n));
    p.add(tx(bob, 0, 2n));
    p.add(tx(carol, 0, 3n));
    assert.throws(() => p.add(tx(dave, 0, 1n)), { code: "TX_MEMPOOL_FULL" });
    p.add(tx(dave, 0, 10n));
    assert.deepEqual(
      p.reap(10, 1 << 20).map((t) => t.senderHex),
      [dave.addressHex.toLowerCase(), carol.addressHex.toLowerCase(), bob.addressHex.toLowerCase()],
    );
  });

  it("refuses what cannot pay: max fee below the base fee, gas limit below intrinsic, balance", () => {
    const p = pool(
      {},
      () => 0,
      () => 100n,
    );
    assert.throws(() => p.add(tx(alice, 0, 0n, 99n)), { code: "TX_FEE_TOO_LOW" });
    const broke = testKey(99);
    assert.throws(() => p.add(tx(broke, 0, 0n, 200n)), { code: "TX_INSUFFICIENT_FUNDS" });
    const small = signTx(
      {
        chainId: TEST_CHAIN_ID,
        nonce: 0,
        gasLimit: 100,
        transfer: { to: bob.address, amount: uintToBytes(1n) },
      },
      alice.privateKey,
    );
    assert.throws(() => p.add(decodeAndVerifyTx(small.bytes, TEST_CHAIN_ID)), { code: "TX_GAS_LIMIT" });
    p.add(tx(alice, 0, 0n, 100n));
  });

  it("replaces a pending tx only for ≥ 10% more tip and max fee", () => {
    const p = pool();
    p.add(tx(alice, 0, 10n, 1_000n));
    assert.throws(() => p.add(tx(alice, 0, 10n, 1_050n)), { code: "TX_NONCE_TOO_LOW" });
    const better = tx(alice, 0, 11n, 1_100n);
    p.add(better);
    assert.equal(p.size, 1);
    assert.equal(p.reap(1, 1 << 20)[0]!.hashHex, better.hashHex);
  });
});

/** The real backend, counting signature recoveries. */
function countingBackend(): SignatureBackend & { recoveries: number } {
  const b = {
    name: "counting",
    recoveries: 0,
    sign: (h: Uint8Array, k: Uint8Array) => defaultBackend.sign(h, k),
    getPublicKey: (k: Uint8Array) => defaultBackend.getPublicKey(k),
    recoverPublicKey(h: Uint8Array, s: Uint8Array) {
      b.recoveries++;
      return defaultBackend.recoverPublicKey(h, s);
    },
  };
  return b;
}

describe("tx gossip admission", () => {
  const batch = (txs: VerifiedTx[]) => encode(poco.TxBatch, { txs: txs.map((t) => t.bytes) });

  it("9.9 regression: a known tx costs no signature recovery", () => {
    const backend = countingBackend();
    const mempool = pool();
    const deps = { chainId: TEST_CHAIN_ID, backend, executor: createStateMachine(TEST_CHAIN_ID), mempool };
    const t = tx(alice, 0);
    admitTx(deps, t.bytes, true);
    assert.equal(backend.recoveries, 1);
    for (let i = 0; i < 10; i++)
      assert.throws(() => admitTx(deps, t.bytes, true), { code: "TX_ALREADY_KNOWN" });
    assert.equal(backend.recoveries, 1);
  });

  it("10 regression: a batch that adds nothing is not relayed, and a peer that keeps sending them is scored down", () => {
    const mempool = pool();
    const deps = {
      chainId: TEST_CHAIN_ID,
      backend: defaultBackend,
      executor: createStateMachine(TEST_CHAIN_ID),
      mempool,
    };
    let now = 0;
    const gate = new TxBatchGate(
      eachTx((bytes) => void admitTx(deps, bytes, true)),
      { now: () => now },
    );
    const fresh = [tx(alice, 0), tx(bob, 0)];
    assert.equal(gate.validate(batch(fresh), "peerA"), "accept");
    const verdicts = Array.from({ length: 6 }, () => gate.validate(batch(fresh), "peerB"));
    assert.deepEqual(verdicts, ["ignore", "ignore", "ignore", "ignore", "reject", "reject"]);
    assert.equal(gate.validate(batch(fresh), "peerC"), "ignore", "another peer has its own count");
    now = 60_000;
    assert.equal(gate.validate(batch(fresh), "peerB"), "ignore", "the count is per window");
    const forged = Uint8Array.from(tx(carol, 0).bytes);
    forged[forged.length - 5] = (forged[forged.length - 5] ?? 0) ^ 1;
    assert.equal(gate.validate(encode(poco.TxBatch, { txs: [forged] }), "peerD"), "reject");
  });
});
