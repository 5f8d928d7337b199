/**
 * Admission of a transaction from a client or a peer, cheapest checks first: the envelope is decoded
 * and its hash computed (one keccak) so a tx already known costs no signature recovery; then every
 * stateless check and the signature; then the module field checks; then the mempool's stateful checks.
 */

import { CodecError, decodeCanonical, poco } from "../../proto/index.js";
import { toHex } from "../crypto/hash.js";
import type { SignatureBackend } from "../crypto/secp256k1.js";
import { InThreadVerifier, type SignatureVerifier } from "../crypto/signatureVerifier.js";
import type { BlockExecutor } from "../execution/blockExecutor.js";
import {
  decodeAndVerifyTx,
  decodeAndVerifyTxs,
  MAX_TX_BYTES,
  txHash,
  type VerifiedTx,
} from "../tx/signedTx.js";
import { TxError, TxErrorCode } from "../tx/txErrors.js";
import type { VerifiedSignatureCache } from "../tx/verifiedSignatureCache.js";
import type { Mempool } from "./mempool.js";

export interface AdmissionDeps {
  chainId: number;
  backend: SignatureBackend;
  executor: BlockExecutor;
  mempool: Mempool;
  /** Validator duties (bridge attestations) lift the per-sender cap. */
  isDuty?: (tx: VerifiedTx) => boolean;
  /** Hashes of txs already committed (see recentTxHashes.ts): refused before any signature check. */
  committed?: { has(hash: string): boolean };
  /** Senders already recovered (shared with proposal validation and block import). */
  signatures?: VerifiedSignatureCache;
  /** Recovers the senders of gossip batches on worker threads (`admitTxBatch`). */
  verifier?: SignatureVerifier;
}

/** The id of a SignedTx without verifying it (TX_MALFORMED / TX_NON_CANONICAL / TX_TOO_LARGE). */
export function peekTxHash(bytes: Uint8Array): string {
  if (bytes.length > MAX_TX_BYTES)
    throw new TxError(TxErrorCode.TOO_LARGE, `transaction is ${bytes.length} bytes`);
  try {
    const signed = decodeCanonical(poco.SignedTx, bytes, MAX_TX_BYTES);
    return toHex(txHash(signed.tx ?? new Uint8Array(0)));
  } catch (err) {
    if (err instanceof CodecError)
      throw new TxError(
        err.code === "CODEC_NON_CANONICAL" ? TxErrorCode.NON_CANONICAL : TxErrorCode.MALFORMED,
        err.message,
      );
    throw err;
  }
}

/** Throws ALREADY_KNOWN for a tx pending or recently committed: no signature recovery for replays. */
function checkUnknown(deps: AdmissionDeps, bytes: Uint8Array): string {
  const hash = peekTxHash(bytes);
  if (deps.mempool.has(hash)) throw new TxError(TxErrorCode.ALREADY_KNOWN, `tx ${hash} is already pending`);
  if (deps.committed?.has(hash))
    throw new TxError(TxErrorCode.ALREADY_KNOWN, `tx ${hash} is already in a block`);
  return hash;
}

/** The stateful part once the signature is checked: module field checks, then the mempool. */
function addVerified(deps: AdmissionDeps, verified: VerifiedTx, relayed: boolean): VerifiedTx {
  deps.executor.validateFields(verified.tx);
  deps.mempool.add(verified, { relayed, duty: deps.isDuty?.(verified) ?? false });
  return verified;
}

export function admitTx(deps: AdmissionDeps, bytes: Uint8Array, relayed: boolean): VerifiedTx {
  checkUnknown(deps, bytes);
  return addVerified(deps, decodeAndVerifyTx(bytes, deps.chainId, deps.backend, deps.signatures), relayed);
}

/**
 * Admits a gossip batch: known txs are dropped by hash, the others' signatures are recovered together
 * on the verifier's threads (the event loop stays free meanwhile), then each is added in order.
 * Returns, per tx, undefined when it was added or the error that refused it (a TxError, or a
 * VerifierError when the verifier was too busy to check it).
 */
export async function admitTxBatch(
  deps: AdmissionDeps,
  list: readonly Uint8Array[],
  relayed: boolean,
): Promise<(Error | undefined)[]> {
  const out: (Error | undefined)[] = new Array(list.length).fill(undefined);
  const fresh: { index: number; bytes: Uint8Array }[] = [];
  const inBatch = new Set<string>();
  list.forEach((bytes, index) => {
    try {
      const hash = checkUnknown(deps, bytes);
      if (inBatch.has(hash)) throw new TxError(TxErrorCode.ALREADY_KNOWN, `tx ${hash} twice in a batch`);
      inBatch.add(hash);
      fresh.push({ index, bytes });
    } catch (err) {
      out[index] = err as Error;
    }
  });
  if (fresh.length === 0) return out;
  const verifier = deps.verifier ?? new InThreadVerifier(deps.backend);
  const verified = await decodeAndVerifyTxs(
    fresh.map((f) => f.bytes),
    deps.chainId,
    verifier,
    deps.signatures,
    "low",
  );
  fresh.forEach(({ index }, k) => {
    const result = verified[k]!;
    if (result instanceof Error) {
      out[index] = result;
      return;
    }
    try {
      addVerified(deps, result, relayed);
    } catch (err) {
      out[index] = err as Error;
    }
  });
  return out;
}
