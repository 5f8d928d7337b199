/**
 * The signatures a market transaction carries inside it (orders' EIP-712 signatures, the scheduler's
 * authorizations of contributions), as (digest, signature) pairs in the one form execution recovers
 * them: `signature` is r ‖ s ‖ v with v ∈ {0,1} (wallets' 27/28 normalized). Execution recovers
 * through `MarketEnv.recoverSigner` when given — a node's memo of pairs its verifier threads already
 * recovered at admission — else on this thread; both give what `SignatureBackend.recoverPublicKey`
 * gives, so a state root never depends on which one ran. Admission lists the same pairs from the same
 * functions (node/execution/marketSignatures.ts), so what it recovers is exactly what execution asks.
 */
import { addressFromPublicKey } from "../node/crypto/address.js";
import { defaultBackend } from "../node/crypto/secp256k1.js";
import { authorizationDigest } from "./authorization.js";
import { bytesOfHex, hexOf } from "./bytes.js";
import type { MarketEnv } from "./types.js";

/** A signed 32-byte digest and its 65-byte signature, v ∈ {0,1}. */
export interface SignedDigest {
  hash: Uint8Array;
  signature: Uint8Array;
}

/** A copy of a 65-byte signature with v ∈ {0,1} (27/28 accepted), or null when it cannot recover. */
export function normalizedSignature(signature: Uint8Array | null | undefined): Uint8Array | null {
  if (!(signature instanceof Uint8Array) || signature.length !== 65) return null;
  const v = signature[64]!;
  if (v !== 0 && v !== 1 && v !== 27 && v !== 28) return null;
  const normalized = Uint8Array.from(signature);
  normalized[64] = v >= 27 ? v - 27 : v;
  return normalized;
}

/** An order's signature over its EIP-712 digest (`orderHashHex`, the order's id), or null. */
export function orderSignature(
  orderHashHex: string,
  sign: Uint8Array | null | undefined,
): SignedDigest | null {
  const signature = normalizedSignature(sign);
  return signature ? { hash: bytesOfHex(orderHashHex, 32), signature } : null;
}

/**
 * Authorization pairs by the authorization bytes object they were built from: admission lists a
 * contribution's pair (to recover it on the verifier threads) and execution builds it again from the
 * very same decoded entry, so the two keccaks of its digest are computed once. A hit must be for the
 * same (worker, task, enclave): the digest is a pure function of them. Weak: gone with the tx.
 */
const authorizationPairs = new WeakMap<
  Uint8Array,
  { worker: string; taskId: string; enclave: string; pair: SignedDigest }
>();

/** The scheduler's authorization of `worker` for `taskId` (iExec's EIP-191 message), or null. */
export function authorizationSignature(
  worker: string,
  taskId: string,
  enclave: string,
  authorization: Uint8Array | null | undefined,
): SignedDigest | null {
  if (authorization instanceof Uint8Array) {
    const known = authorizationPairs.get(authorization);
    if (known && known.worker === worker && known.taskId === taskId && known.enclave === enclave)
      return known.pair;
  }
  const signature = normalizedSignature(authorization);
  if (!signature) return null;
  const pair = { hash: authorizationDigest(worker, taskId, enclave), signature };
  // a pair is read, never changed, by its users (the recovery threads get copies)
  if (authorization instanceof Uint8Array)
    authorizationPairs.set(authorization, { worker, taskId, enclave, pair });
  return pair;
}

/** Recovery on this thread, as `SignatureBackend.recoverPublicKey` → address (null: nothing recovers). */
export function recoverOnThread(digest: Uint8Array, signature: Uint8Array): Uint8Array | null {
  const publicKey = defaultBackend.recoverPublicKey(digest, signature);
  return publicKey ? addressFromPublicKey(publicKey) : null;
}

/** The signer of a pair (lowercase hex), null for no pair or when nothing recovers. */
export function signerOf(env: MarketEnv, signed: SignedDigest | null): string | null {
  if (!signed) return null;
  const signer = (env.recoverSigner ?? recoverOnThread)(signed.hash, signed.signature);
  return signer ? hexOf(signer) : null;
}
