/**
 * Admission of a transaction from a client or a peer, cheapest checks first: the envelope is decoded
 * and its hash computed (one keccak) so a tx already known costs no signature recovery; then every
 * stateless check and the signature; then the module field checks; then the mempool's stateful checks.
 */

import { toHex } from "../crypto/hash.js";
import type { SignatureBackend } from "../crypto/secp256k1.js";
import { InThreadVerifier, type SignatureVerifier } from "../crypto/signatureVerifier.js";
import type { BlockExecutor } from "../execution/blockExecutor.js";
import { prefetchMarketSignatures } from "../execution/marketSignatures.js";
import {
  decodeAndVerifyTx,
  decodeAndVerifyTxs,
  decodeSignedTxEnvelope,
  MAX_TX_BYTES,
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
  return toHex(decodeSignedTxEnvelope(bytes).hash);
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
 * Admits a list of txs (a gossip batch, or an API batch): known txs are dropped by hash, the others'
 * signatures are recovered together on the verifier's threads (the event loop stays free meanwhile,
 * and with "low" priority the verifier's bounded queue refuses work beyond its bound), then each is
 * added in the list's order. Returns, per tx, the admitted tx or the error that refused it (a
 * TxError, or a VerifierError when the verifier was too busy to check it).
 */
export async function admitTxList(
  deps: AdmissionDeps,
  list: readonly Uint8Array[],
  relayed: boolean,
): Promise<(VerifiedTx | Error)[]> {
  const { results, admitted } = await admitTxListToMempool(deps, list, relayed);
  // Signatures inside the admitted market txs (orders, authorizations), on the same threads: only for
  // txs the mempool took (a refused tx costs no more recoveries), so execution finds their signers.
  if (deps.signatures && deps.verifier && admitted.length > 0)
    await prefetchMarketSignatures(admitted, deps.chainId, deps.verifier, deps.signatures, "low");
  return results;
}

/**
 * `admitTxList` up to the mempool: per tx the admitted tx or its error, and the txs admitted (whose
 * inner signatures `prefetchMarketSignatures` recovers next; the event loop — a block's execution —
 * runs meanwhile).
 */
export async function admitTxListToMempool(
  deps: AdmissionDeps,
  list: readonly Uint8Array[],
  relayed: boolean,
): Promise<{ results: (VerifiedTx | Error)[]; admitted: VerifiedTx[] }> {
  const out: (VerifiedTx | Error)[] = new Array(list.length);
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
  if (fresh.length === 0) return { results: out, admitted: [] };
  const verifier = deps.verifier ?? new InThreadVerifier(deps.backend);
  // A batch the verifier refuses (BUSY, CLOSED) comes back as that error for each of its txs.
  const verified = await decodeAndVerifyTxs(
    fresh.map((f) => f.bytes),
    deps.chainId,
    verifier,
    deps.signatures,
    "low",
  );
  const admitted: VerifiedTx[] = [];
  fresh.forEach(({ index }, k) => {
    const result = verified[k]!;
    if (result instanceof Error) {
      out[index] = result;
      return;
    }
    try {
      out[index] = addVerified(deps, result, relayed);
      admitted.push(result);
    } catch (err) {
      out[index] = err as Error;
    }
  });
  return { results: out, admitted };
}

/** `admitTxList` for gossip: per tx, undefined when it was added or the error that refused it. */
export async function admitTxBatch(
  deps: AdmissionDeps,
  list: readonly Uint8Array[],
  relayed: boolean,
): Promise<(Error | undefined)[]> {
  return (await admitTxList(deps, list, relayed)).map((r) => (r instanceof Error ? r : undefined));
}
