/**
 * Market txs' inner signatures (orders' EIP-712 signatures, the scheduler's authorizations) recovered
 * once per node: listed at admission in execution's own form, recovered on the verifier's threads for
 * admitted txs only, and found by execution in the node's VerifiedSignatureCache. The memo changes no
 * result: the same blocks give the same state root with and without it, and a bad authorization is
 * refused exactly as without it.
 */
import assert from "node:assert/strict";
import { fromHex, keccak256, toHex } from "../../node/crypto/hash.js";
import type { KeyPair } from "../../node/crypto/keys.js";
import { defaultBackend } from "../../node/crypto/secp256k1.js";
import { InThreadVerifier, WorkerPoolVerifier } from "../../node/crypto/signatureVerifier.js";
import { marketSignaturePairs, prefetchMarketSignatures } from "../../node/execution/marketSignatures.js";
import { Mempool } from "../../node/mempool/mempool.js";
import { admitTxList } from "../../node/mempool/txAdmission.js";
import { signTx } from "../../node/tx/signedTx.js";
import { TxErrorCode } from "../../node/tx/txErrors.js";
import { VerifiedSignatureCache } from "../../node/tx/verifiedSignatureCache.js";
import type { poco } from "../../proto/index.js";
import {
  authorizationDigest,
  authorizationSignature,
  dealId,
  orderHash,
  readTask,
  recoverOnThread,
  resultHash,
  resultSeal,
  signAuthorization,
  TaskStatus,
  taskId,
  ZERO_ADDRESS_HEX,
} from "../../scheduler/index.js";
import { buildOrders, type Cast, CHAIN_ID, hexOf, RLC, setupMarket, signAll } from "./marketHarness.js";

const DIGEST = toHex(keccak256(new TextEncoder().encode("result")));

function matchBody(c: Cast, salt: bigint) {
  const unsigned = buildOrders(c, {
    app: RLC,
    dataset: 0n,
    workerpool: 10n * RLC,
    volume: 2n,
    trust: 3n,
    withDataset: false,
  });
  unsigned.request = { ...unsigned.request, salt: fromHex(`0x${salt.toString(16).padStart(64, "0")}`, 32) };
  const orders = signAll(c, unsigned);
  return { app: orders.app, workerpool: orders.workerpool, request: orders.request };
}

function contribution(worker: KeyPair, task: string, signer: KeyPair): poco.Contribute.$Properties {
  const w = hexOf(worker);
  return {
    taskId: fromHex(task, 32),
    resultHash: fromHex(resultHash(task, DIGEST), 32),
    resultSeal: fromHex(resultSeal(w, task, DIGEST), 32),
    authorization: signAuthorization(w, task, ZERO_ADDRESS_HEX, signer.privateKey),
  };
}

describe("market inner signatures, recovered at admission", () => {
  it("lists each signature execution checks, in execution's form, and nothing for malformed entries", () => {
    const c = setupMarket(2);
    const match = matchBody(c, 1n);
    const pairs = marketSignaturePairs({ matchOrders: match } as poco.Tx, hexOf(c.requester), CHAIN_ID);
    assert.deepEqual(
      pairs.map((p) => toHex(recoverOnThread(p.hash, p.signature)!)),
      [hexOf(c.appOwner), hexOf(c.scheduler), hexOf(c.requester)],
    );
    assert.equal(toHex(pairs[2]!.hash), orderHash(CHAIN_ID, "request", match.request));

    const task = taskId(dealId(orderHash(CHAIN_ID, "request", match.request), 0n), 0);
    const [w] = c.workers;
    const good = contribution(w!, task, c.scheduler);
    const bad = { ...good, taskId: new Uint8Array(31) };
    const batch = { contributeBatch: { entries: [good, bad, good] } } as poco.Tx;
    const auths = marketSignaturePairs(batch, hexOf(w!), CHAIN_ID);
    assert.equal(auths.length, 2);
    for (const p of auths) assert.equal(toHex(recoverOnThread(p.hash, p.signature)!), hexOf(c.scheduler));
    assert.deepEqual(marketSignaturePairs({ transfer: {} } as poco.Tx, hexOf(w!), CHAIN_ID), []);
  });

  it("execution takes the prefetched signers and ends in the same state as recovering them", async () => {
    const plain = setupMarket(3);
    const cache = new VerifiedSignatureCache();
    const memo = setupMarket(3, 10, undefined, { signatures: cache });
    const run = async (c: Cast, prefetch: boolean) => {
      const match = c.sim.tx(c.requester, { matchOrders: matchBody(c, 7n) });
      if (prefetch) await prefetchMarketSignatures([match], CHAIN_ID, new InThreadVerifier(), cache);
      c.sim.block([match]);
      const deal = dealId(orderHash(CHAIN_ID, "request", match.tx.matchOrders!.request!), 0n);
      const tasks = [taskId(deal, 0), taskId(deal, 1)];
      const pair = c.workers.slice(0, 2);
      const txs = pair.map((w) =>
        c.sim.tx(w, { contributeBatch: { entries: tasks.map((t) => contribution(w, t, c.scheduler)) } }),
      );
      // the third worker, "authorized" by another worker instead of the scheduler: refused
      const forged = c.sim.tx(c.workers[2]!, {
        contribute: contribution(c.workers[2]!, taskId(deal, 1), c.workers[1]!),
      });
      if (prefetch) await prefetchMarketSignatures([...txs, forged], CHAIN_ID, new InThreadVerifier(), cache);
      const receipts = c.sim.block([forged, ...txs]);
      c.sim.block(
        pair.map((w) =>
          c.sim.tx(w, {
            revealBatch: {
              entries: tasks.map((t) => ({ taskId: fromHex(t, 32), resultDigest: fromHex(DIGEST, 32) })),
            },
          }),
        ),
      );
      return { receipts, tasks };
    };
    const a = await run(plain, false);
    const hitsBefore = cache.hits;
    const b = await run(memo, true);
    // 3 signed orders + 2 × 2 authorizations + the forged one were found, not recovered again
    assert.equal(cache.hits - hitsBefore, 8);
    assert.equal(b.receipts[0]!.error?.code, TxErrorCode.UNAUTHORIZED);
    assert.equal(a.receipts[0]!.error?.code, TxErrorCode.UNAUTHORIZED);
    for (const t of b.tasks) assert.equal(readTask(memo.sim.state, t)?.status, TaskStatus.COMPLETED);
    assert.deepEqual(memo.sim.state.root(), plain.sim.state.root());
  });

  it("admission recovers the inner signatures of the txs the mempool took, not of refused ones", async () => {
    const c = setupMarket(1);
    const cache = new VerifiedSignatureCache();
    const verifier = new WorkerPoolVerifier({ threads: 1, inThreadBelow: 1 });
    try {
      const deps = {
        chainId: CHAIN_ID,
        backend: defaultBackend,
        executor: c.sim.executor,
        mempool: new Mempool(c.sim.state, {}, { now: () => 0, baseFee: () => 0n }),
        signatures: cache,
        verifier,
      };
      const sign = (salt: bigint, nonce: number) =>
        signTx({ chainId: CHAIN_ID, nonce, matchOrders: matchBody(c, salt) }, c.requester.privateKey).bytes;
      const admitted = matchBody(c, 1n).request;
      const refused = matchBody(c, 2n).request;
      const results = await admitTxList(deps, [sign(1n, 0), sign(2n, 99)], false);
      assert.ok(!(results[0] instanceof Error));
      assert.ok(results[1] instanceof Error); // a nonce gap: not taken
      const has = (r: typeof admitted) => {
        const pair = marketSignaturePairs({ matchOrders: { request: r } } as poco.Tx, "", CHAIN_ID)[0]!;
        return cache.has(toHex(pair.hash), pair.signature);
      };
      assert.equal(has(admitted), true);
      assert.equal(has(refused), false);
    } finally {
      await verifier.close();
    }
  });

  it("an authorization pair built again from the same bytes object is reused only for the same worker, task and enclave", () => {
    const c = setupMarket(2);
    const [w0, w1] = c.workers.map(hexOf) as [string, string];
    const task = `0x${"5a".repeat(32)}`;
    const other = `0x${"5b".repeat(32)}`;
    const authorization = signAuthorization(w0, task, ZERO_ADDRESS_HEX, c.scheduler.privateKey);
    const first = authorizationSignature(w0, task, ZERO_ADDRESS_HEX, authorization)!;
    assert.equal(authorizationSignature(w0, task, ZERO_ADDRESS_HEX, authorization), first);
    // the same bytes presented for another worker or task: that worker's / task's digest, not the memo's
    for (const [worker, id] of [
      [w1, task],
      [w0, other],
    ] as const) {
      const pair = authorizationSignature(worker, id, ZERO_ADDRESS_HEX, authorization)!;
      assert.equal(toHex(pair.hash), toHex(authorizationDigest(worker, id, ZERO_ADDRESS_HEX)));
      assert.notEqual(toHex(pair.hash), toHex(first.hash));
    }
    assert.equal(toHex(recoverOnThread(first.hash, first.signature)!), hexOf(c.scheduler));
  });
});
