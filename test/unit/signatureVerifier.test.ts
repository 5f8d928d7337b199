/**
 * Issue 14.3: signature recovery on worker threads and one verified-signature cache per node.
 * The pool must answer exactly what in-thread recovery answers (random keys and digests, bad
 * signatures), refuse low-priority work when its queue is full, serve proposals before gossip, and a
 * forged signature must never enter the cache.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { applyGenesis } from "../../node/chain/genesis.js";
import { TxBatchGate } from "../../node/consensus/txBatchGate.js";
import { addressFromPublicKey } from "../../node/crypto/address.js";
import { toHex } from "../../node/crypto/hash.js";
import { defaultBackend, nobleBackend, type SignatureBackend } from "../../node/crypto/secp256k1.js";
import {
  InThreadVerifier,
  type RecoverItem,
  VerifierErrorCode,
  WorkerPoolVerifier,
} from "../../node/crypto/signatureVerifier.js";
import { createStateMachine } from "../../node/execution/stateMachine.js";
import { DEFAULT_MEMPOOL_LIMITS, Mempool } from "../../node/mempool/mempool.js";
import { admitTxBatch } from "../../node/mempool/txAdmission.js";
import { CommittedState } from "../../node/state/committedState.js";
import { StateOverlay } from "../../node/state/stateOverlay.js";
import { decodeAndVerifyTx, decodeAndVerifyTxs, signTx } from "../../node/tx/signedTx.js";
import { VerifiedSignatureCache } from "../../node/tx/verifiedSignatureCache.js";
import { encode, poco, uintToBytes } from "../../proto/index.js";
import { RLC, TEST_CHAIN_ID, testGenesis, testKey } from "../helpers/fixtures.js";

const N_HALF = BigInt("0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");
const N = N_HALF * 2n + 1n;

const hex = (a: Uint8Array | null) => (a ? toHex(a) : null);

/** Flips s to n − s (the other, high-s form of the same signature). */
function highS(signature: Uint8Array): Uint8Array {
  const out = Uint8Array.from(signature);
  const s = BigInt(`0x${Buffer.from(signature.subarray(32, 64)).toString("hex")}`);
  out.set(Buffer.from((N - s).toString(16).padStart(64, "0"), "hex"), 32);
  out[64] = signature[64]! ^ 1;
  return out;
}

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

const sender = testKey(21);
const validator = testKey(0);

function transfer(nonce: number, from = sender) {
  return signTx(
    {
      chainId: TEST_CHAIN_ID,
      nonce,
      gasLimit: 100_000,
      transfer: { to: validator.address, amount: uintToBytes(1n) },
    },
    from.privateKey,
  );
}

/** The same tx with one bit of its signature's r flipped: it recovers someone else (or nothing). */
function forge(bytes: Uint8Array): Uint8Array {
  const signed = poco.SignedTx.decode(bytes);
  const signature = Uint8Array.from(signed.signature);
  signature[5] = signature[5]! ^ 1;
  return encode(poco.SignedTx, { tx: signed.tx, signature });
}

function nobleAddress(privateKey: Uint8Array): Uint8Array {
  return addressFromPublicKey(nobleBackend.getPublicKey(privateKey));
}

describe("signature verifier (worker threads)", function () {
  this.timeout(60_000);
  let pool: WorkerPoolVerifier;
  before(() => {
    // inThreadBelow 1: every batch goes through the threads.
    pool = new WorkerPoolVerifier({ threads: 2, chunkSize: 16, inThreadBelow: 1 });
  });
  after(() => pool.close());

  it("recovers the same signer as in-thread recovery, for random keys and digests, and refuses bad signatures alike", async () => {
    const reference = new InThreadVerifier(nobleBackend);
    const key = fc.uint8Array({ minLength: 32, maxLength: 32 }).filter((k) => k.some((b) => b !== 0));
    const digest = fc.uint8Array({ minLength: 32, maxLength: 32 });
    const spoil = fc.constantFrom("none", "highS", "v", "r", "zero", "short");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(key, digest, spoil), { minLength: 1, maxLength: 40 }),
        async (cases) => {
          const items: RecoverItem[] = [];
          const signers: (string | null)[] = [];
          for (const [k, hash, how] of cases) {
            let signature: Uint8Array;
            try {
              signature = defaultBackend.sign(hash, k);
            } catch {
              continue; // a key ≥ n
            }
            signers.push(how === "none" ? toHex(nobleAddress(k)) : null);
            if (how === "highS") signature = highS(signature);
            if (how === "v") signature[64] = 2;
            if (how === "r") signature[3] = signature[3]! ^ 0x40;
            if (how === "zero") signature = new Uint8Array(65);
            if (how === "short") signature = signature.subarray(0, 64);
            items.push({ hash, signature });
          }
          const got = await pool.recoverMany(items);
          const want = reference.recoverSync(items);
          assert.deepEqual(got.map(hex), want.map(hex));
          got.forEach((address, i) => {
            // Unspoiled: the signer. Spoiled: nothing, or (a flipped r) someone else.
            if (signers[i]) assert.equal(hex(address), signers[i]);
            else assert.notEqual(hex(address), toHex(nobleAddress(cases[i]![0])));
          });
        },
      ),
      { numRuns: 25 },
    );
  });

  it("refuses low-priority work beyond its queue (BUSY) but always queues high-priority work", async () => {
    const small = new WorkerPoolVerifier({ threads: 1, chunkSize: 8, inThreadBelow: 1, maxQueuedItems: 16 });
    try {
      const items = Array.from({ length: 16 }, (_, i) => {
        const hash = new Uint8Array(32).fill(i + 1);
        return { hash, signature: defaultBackend.sign(hash, testKey(i).privateKey) };
      });
      const first = small.recoverMany(items);
      await assert.rejects(small.recoverMany(items.slice(0, 4)), { code: VerifierErrorCode.BUSY });
      const urgent = small.recoverMany(items, "high");
      const [a, b] = await Promise.all([first, urgent]);
      assert.equal(a.length, 16);
      assert.deepEqual(a.map(hex), b.map(hex));
      // Drained: low-priority work is taken again.
      assert.equal((await small.recoverMany(items.slice(0, 4))).length, 4);
    } finally {
      await small.close();
    }
    await assert.rejects(small.recoverMany([{ hash: new Uint8Array(32), signature: new Uint8Array(65) }]), {
      code: VerifierErrorCode.CLOSED,
    });
  });

  it("serves high-priority work (proposals) before gossip batches already waiting", async () => {
    const one = new WorkerPoolVerifier({ threads: 1, chunkSize: 4, inThreadBelow: 1, inFlightPerThread: 1 });
    try {
      const items = Array.from({ length: 4 }, (_, i) => {
        const hash = new Uint8Array(32).fill(i + 7);
        return { hash, signature: defaultBackend.sign(hash, testKey(i).privateKey) };
      });
      const order: string[] = [];
      const track = (name: string, p: Promise<unknown>) => p.then(() => order.push(name));
      // Queued before the thread is even ready: low1 is taken first, then the high job jumps low2, low3.
      await Promise.all([
        track("low1", one.recoverMany(items)),
        track("low2", one.recoverMany(items)),
        track("low3", one.recoverMany(items)),
        track("high", one.recoverMany(items, "high")),
      ]);
      assert.deepEqual(order, ["high", "low1", "low2", "low3"]);
    } finally {
      await one.close();
    }
  });
  it("sends a thread its next chunks before it answers (it never waits for a busy event loop between chunks), answering each in order", async () => {
    const one = new WorkerPoolVerifier({ threads: 1, chunkSize: 4, inThreadBelow: 1, inFlightPerThread: 3 });
    try {
      const items = Array.from({ length: 20 }, (_, i) => {
        const hash = new Uint8Array(32).fill(i + 1);
        return { hash, signature: defaultBackend.sign(hash, testKey(i % 7).privateKey) };
      });
      await one.recoverMany(items.slice(0, 4)); // the thread is up
      const all = one.recoverMany(items);
      // 5 chunks: 3 sent at once (was 1: the next chunk waited for the event loop to see the answer)
      assert.equal(one.inFlight, 3);
      const got = await all;
      assert.deepEqual(
        got.map(hex),
        items.map((_, i) => toHex(testKey(i % 7).address)),
      );
      assert.equal(one.inFlight, 0);
    } finally {
      await one.close();
    }
  });

  it("threads that cannot start are not respawned in a loop: the pool recovers in-thread", async () => {
    const broken = new WorkerPoolVerifier({
      threads: 2,
      inThreadBelow: 1,
      modules: { keccakUrl: "file:///nonexistent/keccak.js" },
    });
    try {
      const hash = new Uint8Array(32).fill(3);
      const key = testKey(5);
      const items = Array.from({ length: 10 }, () => ({
        hash,
        signature: defaultBackend.sign(hash, key.privateKey),
      }));
      const got = await broken.recoverMany(items);
      assert.deepEqual(got.map(hex), Array(10).fill(toHex(key.address)));
      assert.equal(broken.threads, 0);
    } finally {
      await broken.close();
    }
  });
});

describe("verified-signature cache", () => {
  it("is bounded: the least recently used entry goes first", () => {
    const cache = new VerifiedSignatureCache(3);
    const sig = (i: number) => new Uint8Array(65).fill(i);
    const who = new Uint8Array(20).fill(1);
    for (let i = 0; i < 3; i++) cache.addVerified(`h${i}`, sig(i), who);
    assert.ok(cache.sender("h0", sig(0)), "h0 used: now the most recent");
    for (let i = 3; i < 5; i++) cache.addVerified(`h${i}`, sig(i), who);
    assert.equal(cache.size, 3);
    assert.ok(cache.sender("h0", sig(0)));
    assert.equal(cache.sender("h1", sig(1)), undefined);
    assert.equal(cache.sender("h2", sig(2)), undefined);
    assert.ok(cache.sender("h4", sig(4)));
  });

  it("never takes a forged signature, and the same tx with other signature bytes is checked again", async () => {
    const cache = new VerifiedSignatureCache();
    const good = transfer(0);
    const forged = forge(good.bytes);
    assert.throws(() => decodeAndVerifyTx(forged, TEST_CHAIN_ID, defaultBackend, cache), {
      code: "TX_BAD_SIGNATURE",
    });
    const pool = new WorkerPoolVerifier({ threads: 1, inThreadBelow: 1 });
    try {
      const [result] = await decodeAndVerifyTxs([forged], TEST_CHAIN_ID, pool, cache);
      assert.equal((result as { code?: string }).code, "TX_BAD_SIGNATURE");
      assert.equal(cache.size, 0, "a forged signature never enters the cache");
      const [ok] = await decodeAndVerifyTxs([good.bytes], TEST_CHAIN_ID, pool, cache);
      assert.equal((ok as { senderHex: string }).senderHex, toHex(sender.address));
      assert.equal(cache.size, 1);
    } finally {
      await pool.close();
    }
    // The cached tx body with a forged signature is not a cache hit: recovered, and refused.
    const counting = countingBackend();
    assert.throws(() => decodeAndVerifyTx(forged, TEST_CHAIN_ID, counting, cache), {
      code: "TX_BAD_SIGNATURE",
    });
    assert.equal(counting.recoveries, 1);
    decodeAndVerifyTx(good.bytes, TEST_CHAIN_ID, counting, cache);
    assert.equal(counting.recoveries, 1, "the good one is not recovered again");
  });

  it("a tx admitted from gossip is not recovered again when a proposal or a synced block carries it", async () => {
    const counting = countingBackend();
    const overlay = new StateOverlay(CommittedState.empty());
    applyGenesis(overlay, testGenesis(validator, [sender, testKey(22)], 1_000n * RLC));
    const state = CommittedState.empty();
    state.apply(overlay.entries());
    const signatures = new VerifiedSignatureCache();
    const deps = {
      chainId: TEST_CHAIN_ID,
      backend: counting,
      executor: createStateMachine(TEST_CHAIN_ID),
      mempool: new Mempool(state, DEFAULT_MEMPOOL_LIMITS),
      signatures,
      verifier: new InThreadVerifier(counting),
    };
    const txs = [transfer(0), transfer(1), transfer(0, testKey(22))];
    const gate = new TxBatchGate((list) => admitTxBatch(deps, list, true));
    assert.equal(
      await gate.validate(encode(poco.TxBatch, { txs: txs.map((t) => t.bytes) }), "peerA"),
      "accept",
    );
    assert.equal(counting.recoveries, 3);
    assert.equal(deps.mempool.size, 3);
    for (const t of txs) decodeAndVerifyTx(t.bytes, TEST_CHAIN_ID, counting, signatures);
    assert.equal(counting.recoveries, 3, "block validation reads the cache");
    // A batch with a forged tx is rejected, and its signer never reaches the cache.
    const forged = forge(transfer(2).bytes);
    assert.equal(await gate.validate(encode(poco.TxBatch, { txs: [forged] }), "peerB"), "reject");
    assert.equal(signatures.size, 3);
  });
});
