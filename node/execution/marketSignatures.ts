/**
 * Signatures inside market transactions (orders' EIP-712 signatures in matchOrders / publishOrder, the
 * scheduler's authorization of each contribution), recovered once per node: at admission on the
 * verifier's threads, next to the tx's own signature, and remembered in the node's
 * VerifiedSignatureCache keyed by (digest, signature); execution then finds the signer there
 * (`memoSignerRecovery`) instead of recovering it again on the block's thread. A memo of a pure
 * function: a hit gives what recovery gives, a miss recovers, so state roots never depend on the
 * cache, and a bad signature is refused by execution exactly as before (it recovers to another
 * address, or to nothing). Lists only well-formed pairs, at most MAX_TASK_BATCH + 4 per tx, taken
 * from the same functions execution uses (scheduler/signatures.ts).
 */
import type { poco } from "../../proto/index.js";
import { hexOf } from "../../scheduler/bytes.js";
import {
  addressHex,
  authorizationSignature,
  MAX_TASK_BATCH,
  orderHash,
  orderSignature,
  recoverOnThread,
  type SignedDigest,
} from "../../scheduler/index.js";
import { type AnyOrder, ORDER_KINDS, type OrderKind } from "../crypto/eip712.js";
import type { RecoverPriority, SignatureVerifier } from "../crypto/signatureVerifier.js";
import type { VerifiedTx } from "../tx/signedTx.js";
import type { VerifiedSignatureCache } from "../tx/verifiedSignatureCache.js";

type Orders = Partial<Record<OrderKind, AnyOrder | null>>;

function orderPairs(chainId: number, orders: Orders, out: SignedDigest[]): void {
  for (const kind of ORDER_KINDS) {
    const order = orders[kind] as (AnyOrder & { sign?: Uint8Array | null }) | null | undefined;
    if (order?.sign?.length !== 65) continue;
    try {
      const pair = orderSignature(orderHash(chainId, kind, order), order.sign);
      if (pair) out.push(pair);
    } catch {
      // a malformed order: execution refuses it before any signature check
    }
  }
}

function authorizationPair(
  worker: string,
  c: { taskId?: Uint8Array | null; enclaveChallenge?: Uint8Array | null; authorization?: Uint8Array | null },
  out: SignedDigest[],
): void {
  // the same field forms `contribute` checks (32-byte task id, empty or 20-byte enclave); others fail there
  if (c.taskId?.length !== 32) return;
  const enclave = c.enclaveChallenge ?? new Uint8Array(0);
  if (enclave.length !== 0 && enclave.length !== 20) return;
  const pair = authorizationSignature(worker, hexOf(c.taskId), addressHex(enclave), c.authorization);
  if (pair) out.push(pair);
}

/** The (digest, signature) pairs execution of `tx` from `sender` will recover, in execution's form. */
export function marketSignaturePairs(tx: poco.Tx, sender: string, chainId: number): SignedDigest[] {
  const out: SignedDigest[] = [];
  if (tx.matchOrders) orderPairs(chainId, tx.matchOrders as Orders, out);
  else if (tx.publishOrder) orderPairs(chainId, tx.publishOrder as Orders, out);
  else if (tx.contribute) authorizationPair(sender, tx.contribute, out);
  else if (tx.contributeAndFinalize) authorizationPair(sender, tx.contributeAndFinalize, out);
  else if (tx.contributeBatch) {
    const entries = tx.contributeBatch.entries ?? [];
    if (entries.length <= MAX_TASK_BATCH) for (const e of entries) authorizationPair(sender, e, out);
  } else if (tx.contributeAndFinalizeBatch) {
    const entries = tx.contributeAndFinalizeBatch.entries ?? [];
    if (entries.length <= MAX_TASK_BATCH) for (const e of entries) authorizationPair(sender, e, out);
  }
  return out;
}

/**
 * Recovers, on the verifier's threads, the inner signatures of admitted txs that the cache does not
 * hold yet, and records each recovered signer. Best effort: a busy or closed verifier leaves them to
 * execution (which recovers what it does not find). Returns the pairs recovered.
 */
export async function prefetchMarketSignatures(
  txs: readonly VerifiedTx[],
  chainId: number,
  verifier: SignatureVerifier,
  cache: VerifiedSignatureCache,
  priority: RecoverPriority = "low",
): Promise<number> {
  const pairs: { key: string; pair: SignedDigest }[] = [];
  for (const t of txs) {
    if (!isMarketSigned(t.tx)) continue;
    for (const pair of marketSignaturePairs(t.tx, t.senderHex, chainId)) {
      const key = hexOf(pair.hash);
      if (!cache.has(key, pair.signature)) pairs.push({ key, pair });
    }
  }
  if (pairs.length === 0) return 0;
  let signers: (Uint8Array | null)[];
  try {
    signers = await verifier.recoverMany(
      pairs.map((p) => p.pair),
      priority,
    );
  } catch {
    return 0;
  }
  let recovered = 0;
  pairs.forEach(({ key, pair }, k) => {
    const signer = signers[k];
    if (!signer) return;
    cache.addVerified(key, pair.signature, signer);
    recovered++;
  });
  return recovered;
}

const isMarketSigned = (tx: poco.Tx): boolean =>
  !!(
    tx.matchOrders ||
    tx.publishOrder ||
    tx.contribute ||
    tx.contributeAndFinalize ||
    tx.contributeBatch ||
    tx.contributeAndFinalizeBatch
  );

/** `MarketEnv.recoverSigner` over the node's cache: a hit is the signer recovered before, a miss recovers (and is kept). */
export function memoSignerRecovery(
  cache: VerifiedSignatureCache,
): (digest: Uint8Array, signature: Uint8Array) => Uint8Array | null {
  return (digest, signature) => {
    const key = hexOf(digest);
    const known = cache.sender(key, signature);
    if (known) return known;
    const signer = recoverOnThread(digest, signature);
    if (signer) cache.addVerified(key, signature, signer);
    return signer;
  };
}
