/**
 * Admission of a transaction from a client or a peer, cheapest checks first: the envelope is decoded
 * and its hash computed (one keccak) so a tx already known costs no signature recovery; then every
 * stateless check and the signature; then the module field checks; then the mempool's stateful checks.
 */

import { CodecError, decodeCanonical, poco } from "../../proto/index.js";
import { toHex } from "../crypto/hash.js";
import type { SignatureBackend } from "../crypto/secp256k1.js";
import type { BlockExecutor } from "../execution/blockExecutor.js";
import { decodeAndVerifyTx, MAX_TX_BYTES, txHash, type VerifiedTx } from "../tx/signedTx.js";
import { TxError, TxErrorCode } from "../tx/txErrors.js";
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

export function admitTx(deps: AdmissionDeps, bytes: Uint8Array, relayed: boolean): VerifiedTx {
  const hash = peekTxHash(bytes);
  if (deps.mempool.has(hash)) throw new TxError(TxErrorCode.ALREADY_KNOWN, `tx ${hash} is already pending`);
  if (deps.committed?.has(hash))
    throw new TxError(TxErrorCode.ALREADY_KNOWN, `tx ${hash} is already in a block`);
  const verified = decodeAndVerifyTx(bytes, deps.chainId, deps.backend);
  deps.executor.validateFields(verified.tx);
  deps.mempool.add(verified, { relayed, duty: deps.isDuty?.(verified) ?? false });
  return verified;
}
