/**
 * The signed transaction envelope: SignedTx { tx: canonical Tx bytes, signature: r ‖ s ‖ v }.
 * txHash = keccak256("\x19PoCo Signed Tx:\n" ‖ tx) is both the signing digest and the tx id.
 * `decodeAndVerifyTx` does every stateless check (size, canonical bytes, fields, chain id, signature);
 * nonces and balances are checked against state elsewhere.
 */
import {
  assertSafeIntegers,
  bytesEqual,
  bytesToUint,
  CodecError,
  CodecErrorCode,
  decodeCanonical,
  encode,
  poco,
  u64ToBigInt,
  u64ToNumber,
  uintToBytes,
} from "../../proto/index.js";
import { addressFromPublicKey } from "../crypto/address.js";
import { concatBytes, keccak256, toHex } from "../crypto/hash.js";
import { defaultBackend, hasHighS, type SignatureBackend } from "../crypto/secp256k1.js";
import type { RecoverPriority, SignatureVerifier } from "../crypto/signatureVerifier.js";
import { TxError, TxErrorCode } from "./txErrors.js";
import type { VerifiedSignatureCache } from "./verifiedSignatureCache.js";

export const TX_SIGNING_PREFIX: Uint8Array = new TextEncoder().encode("\x19PoCo Signed Tx:\n");

/** Largest SignedTx accepted, in bytes. */
export const MAX_TX_BYTES = 64 * 1024;

/**
 * Fees `signTx` uses when the caller sets none: a gas limit that covers any single-task transaction
 * (unused gas is not charged) and a max fee far above the minimum base fee. Wallets should instead ask
 * the node (`GET /fees`) and set them.
 */
export const DEFAULT_GAS_LIMIT = 1_000_000;
export const DEFAULT_MAX_FEE_PER_GAS = 1_000n;
/** Largest gas limit a tx may carry (a block's limit is checked against chain parameters). */
export const MAX_TX_GAS_LIMIT = 1_000_000_000;
/** Fee fields are amounts per gas: at most 2^64 − 1 nRLC. */
const MAX_FEE_BYTES = 8;

/** keccak256(prefix ‖ txBytes): the digest that is signed and the transaction id. */
export function txHash(txBytes: Uint8Array): Uint8Array {
  return keccak256(concatBytes(TX_SIGNING_PREFIX, txBytes));
}

/**
 * keccak256 of a SignedTx's bytes (the tx root's leaf), hashed once per bytes object: a tx kept by the
 * mempool or the verified-tx cache is the same object in every block built or validated from it
 * (proposal rounds, proposal then import), so its leaf is not re-hashed each time. Weak: no memory of
 * its own beyond the bytes' life.
 */
const signedBytesHashes = new WeakMap<Uint8Array, Uint8Array>();

export function signedTxBytesHash(bytes: Uint8Array): Uint8Array {
  let hash = signedBytesHashes.get(bytes);
  if (!hash) {
    hash = keccak256(bytes);
    signedBytesHashes.set(bytes, hash);
  }
  return hash;
}

/**
 * The decoded SignedTx envelope of `bytes` (canonical check included) and its tx id, decoded once per
 * bytes object: admission asks for the id first (a known tx costs no more), then the full check
 * reuses the same decoding and hash instead of decoding and hashing the bytes again. Throws TxError
 * (MALFORMED, NON_CANONICAL, TOO_LARGE) like the codec would; failures are not remembered.
 */
const envelopes = new WeakMap<Uint8Array, { signed: poco.SignedTx; hash: Uint8Array }>();

export function decodeSignedTxEnvelope(bytes: Uint8Array): { signed: poco.SignedTx; hash: Uint8Array } {
  let envelope = envelopes.get(bytes);
  if (!envelope) {
    const signed = codec(() => decodeCanonical<poco.SignedTx>(poco.SignedTx, bytes, MAX_TX_BYTES));
    envelope = { signed, hash: txHash(signed.tx ?? new Uint8Array(0)) };
    envelopes.set(bytes, envelope);
  }
  return envelope;
}

export interface SignedTxBytes {
  /** Canonical SignedTx bytes (what goes on the wire and into blocks). */
  bytes: Uint8Array;
  /** Transaction id = signing digest. */
  hash: Uint8Array;
  /** Canonical Tx bytes inside the envelope. */
  txBytes: Uint8Array;
}

export interface VerifiedTx {
  tx: poco.Tx;
  sender: Uint8Array;
  /** Lowercase 0x hex of the sender. */
  senderHex: string;
  nonce: number;
  hash: Uint8Array;
  hashHex: string;
  /** The SignedTx bytes as received. */
  bytes: Uint8Array;
  size: number;
  gasLimit: number;
  maxFeePerGas: bigint;
  maxPriorityFeePerGas: bigint;
}

const CODEC_TO_TX: Record<CodecErrorCode, TxErrorCode> = {
  [CodecErrorCode.MALFORMED]: TxErrorCode.MALFORMED,
  [CodecErrorCode.NON_CANONICAL]: TxErrorCode.NON_CANONICAL,
  [CodecErrorCode.TOO_LARGE]: TxErrorCode.TOO_LARGE,
  [CodecErrorCode.BAD_FIELD]: TxErrorCode.BAD_FIELD,
};

/** Runs `fn`, turning CodecErrors into TxErrors with the matching code. */
function codec<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof CodecError) throw new TxError(CODEC_TO_TX[err.code], err.message);
    throw err;
  }
}

function feeField(bytes: Uint8Array | null | undefined, name: string): bigint {
  if (bytes && bytes.length > MAX_FEE_BYTES)
    throw new TxError(TxErrorCode.BAD_FIELD, `${name}: at most ${MAX_FEE_BYTES} bytes`);
  return codec(() => bytesToUint(bytes, name));
}

/** Field checks shared by signing and verification (everything but chain id and signature). */
function checkFields(tx: poco.Tx): {
  nonce: number;
  sender: Uint8Array;
  gasLimit: number;
  maxFeePerGas: bigint;
  maxPriorityFeePerGas: bigint;
} {
  const sender = tx.sender;
  if (sender?.length !== 20) {
    throw new TxError(TxErrorCode.BAD_FIELD, `sender must be 20 bytes, got ${sender?.length ?? 0}`);
  }
  const nonce = codec(() => u64ToNumber(tx.nonce, "nonce"));
  if (!tx.kind) throw new TxError(TxErrorCode.NO_KIND, "transaction has no kind");
  const gasLimit = codec(() => u64ToNumber(tx.gasLimit, "gasLimit"));
  if (gasLimit === 0 || gasLimit > MAX_TX_GAS_LIMIT)
    throw new TxError(TxErrorCode.GAS_LIMIT, `gas_limit must be 1..${MAX_TX_GAS_LIMIT}, got ${gasLimit}`);
  const maxFeePerGas = feeField(tx.maxFeePerGas, "maxFeePerGas");
  const maxPriorityFeePerGas = feeField(tx.maxPriorityFeePerGas, "maxPriorityFeePerGas");
  if (maxPriorityFeePerGas > maxFeePerGas) {
    throw new TxError(
      TxErrorCode.FEE_TOO_LOW,
      `max_priority_fee_per_gas ${maxPriorityFeePerGas} exceeds max_fee_per_gas ${maxFeePerGas}`,
    );
  }
  return { nonce, sender, gasLimit, maxFeePerGas, maxPriorityFeePerGas };
}

/**
 * Encodes and signs a transaction. A missing `sender` is filled with the key's address; a different one
 * is rejected. Throws TxError when the result would not pass `decodeAndVerifyTx` (chain id aside).
 */
export function signTx(
  tx: poco.Tx.$Properties,
  privateKey: Uint8Array,
  backend: SignatureBackend = defaultBackend,
): SignedTxBytes {
  const signer = addressFromPublicKey(backend.getPublicKey(privateKey));
  const withSender: poco.Tx.$Properties = {
    ...tx,
    sender: tx.sender && tx.sender.length > 0 ? tx.sender : signer,
    gasLimit: tx.gasLimit ?? DEFAULT_GAS_LIMIT,
    maxFeePerGas: tx.maxFeePerGas ?? uintToBytes(DEFAULT_MAX_FEE_PER_GAS),
  };
  const txBytes = encode(poco.Tx, withSender);
  const decoded = codec(() => decodeCanonical<poco.Tx>(poco.Tx, txBytes, MAX_TX_BYTES));
  const { sender } = checkFields(decoded);
  if (!bytesEqual(sender, signer)) {
    throw new TxError(
      TxErrorCode.BAD_FIELD,
      `sender ${toHex(sender)} is not the signing key's ${toHex(signer)}`,
    );
  }
  const hash = txHash(txBytes);
  const signature = backend.sign(hash, privateKey);
  const bytes = encode(poco.SignedTx, { tx: txBytes, signature });
  if (bytes.length > MAX_TX_BYTES) {
    throw new TxError(
      TxErrorCode.TOO_LARGE,
      `signed transaction is ${bytes.length} bytes, max ${MAX_TX_BYTES}`,
    );
  }
  return { bytes, hash, txBytes };
}

/** A SignedTx that passed every stateless check but the signature recovery (see `decodeTx`). */
export interface DecodedTx extends VerifiedTx {
  /** r ‖ s ‖ v, with v ∈ {0,1} and low s already checked. */
  signature: Uint8Array;
}

/**
 * Decodes a SignedTx and performs every stateless check except recovering the signer (size, canonical
 * bytes, fields, chain id, signature shape); `sender` is the claimed one until `acceptRecovered`.
 */
export function decodeTx(bytes: Uint8Array, expectedChainId: number): DecodedTx {
  if (!(bytes instanceof Uint8Array)) throw new TxError(TxErrorCode.MALFORMED, "transaction is not bytes");
  if (bytes.length > MAX_TX_BYTES) {
    throw new TxError(TxErrorCode.TOO_LARGE, `transaction is ${bytes.length} bytes, max ${MAX_TX_BYTES}`);
  }
  const { signed, hash } = decodeSignedTxEnvelope(bytes);
  const signature = signed.signature;
  if (signature?.length !== 65) {
    throw new TxError(TxErrorCode.BAD_FIELD, `signature must be 65 bytes, got ${signature?.length ?? 0}`);
  }
  const txBytes = signed.tx ?? new Uint8Array(0);
  const tx = codec(() => decodeCanonical<poco.Tx>(poco.Tx, txBytes, MAX_TX_BYTES));
  const chainId = u64ToBigInt(tx.chainId);
  if (chainId !== BigInt(expectedChainId)) {
    throw new TxError(TxErrorCode.WRONG_CHAIN_ID, `chain id ${chainId}, expected ${expectedChainId}`);
  }
  const { nonce, sender, gasLimit, maxFeePerGas, maxPriorityFeePerGas } = checkFields(tx);
  codec(() => assertSafeIntegers(tx));

  const v = signature[64];
  if (v !== 0 && v !== 1)
    throw new TxError(TxErrorCode.BAD_SIGNATURE, `signature v must be 0 or 1, got ${v}`);
  if (hasHighS(signature)) throw new TxError(TxErrorCode.BAD_SIGNATURE, "signature s is not low (EIP-2)");
  return {
    tx,
    sender,
    senderHex: toHex(sender),
    nonce,
    hash,
    hashHex: toHex(hash),
    bytes,
    size: bytes.length,
    gasLimit,
    maxFeePerGas,
    maxPriorityFeePerGas,
    signature,
  };
}

/**
 * Completes `decodeTx` with the address recovered from (hash, signature) (null: nothing recovered):
 * the tx is valid only when it is the sender. A checked signature is remembered in `cache`.
 */
export function acceptRecovered(
  decoded: DecodedTx,
  recovered: Uint8Array | null,
  cache?: VerifiedSignatureCache,
): VerifiedTx {
  if (!recovered) throw new TxError(TxErrorCode.BAD_SIGNATURE, "signature does not recover a public key");
  if (!bytesEqual(recovered, decoded.sender)) {
    throw new TxError(
      TxErrorCode.BAD_SIGNATURE,
      `signature is by ${toHex(recovered)}, not the sender ${decoded.senderHex}`,
    );
  }
  cache?.addVerified(decoded.hashHex, decoded.signature, decoded.sender);
  return decoded;
}

/** The sender already verified for this exact tx and signature, if the cache holds it. */
function cachedSender(decoded: DecodedTx, cache: VerifiedSignatureCache | undefined): Uint8Array | undefined {
  return cache?.sender(decoded.hashHex, decoded.signature);
}

/**
 * Decodes a SignedTx and performs every stateless check; throws TxError with a distinct code each.
 * With a `cache`, a signature checked before (same tx hash and signature bytes) is not recovered again.
 */
export function decodeAndVerifyTx(
  bytes: Uint8Array,
  expectedChainId: number,
  backend: SignatureBackend = defaultBackend,
  cache?: VerifiedSignatureCache,
): VerifiedTx {
  const decoded = decodeTx(bytes, expectedChainId);
  const known = cachedSender(decoded, cache);
  if (known) return acceptRecovered(decoded, known);
  const publicKey = backend.recoverPublicKey(decoded.hash, decoded.signature);
  return acceptRecovered(decoded, publicKey ? addressFromPublicKey(publicKey) : null, cache);
}

/**
 * `decodeAndVerifyTx` for many txs at once, the recoveries done by `verifier` (worker threads) in one
 * call; txs whose signature is in `cache` are not recovered. Returns, in order, each VerifiedTx or the
 * error that refused it (a TxError, or the verifier's error for every tx it did not get to check).
 */
export async function decodeAndVerifyTxs(
  list: readonly Uint8Array[],
  expectedChainId: number,
  verifier: SignatureVerifier,
  cache?: VerifiedSignatureCache,
  priority: RecoverPriority = "low",
): Promise<(VerifiedTx | Error)[]> {
  const out: (VerifiedTx | Error)[] = new Array(list.length);
  const pending: { index: number; decoded: DecodedTx }[] = [];
  list.forEach((bytes, index) => {
    try {
      const decoded = decodeTx(bytes, expectedChainId);
      const known = cachedSender(decoded, cache);
      if (known) out[index] = acceptRecovered(decoded, known);
      else pending.push({ index, decoded });
    } catch (err) {
      out[index] = err as Error;
    }
  });
  if (pending.length === 0) return out;
  let recovered: (Uint8Array | null)[];
  try {
    recovered = await verifier.recoverMany(
      pending.map(({ decoded }) => ({ hash: decoded.hash, signature: decoded.signature })),
      priority,
    );
  } catch (err) {
    for (const { index } of pending) out[index] = err as Error;
    return out;
  }
  pending.forEach(({ index, decoded }, k) => {
    try {
      out[index] = acceptRecovered(decoded, recovered[k] ?? null, cache);
    } catch (err) {
      out[index] = err as Error;
    }
  });
  return out;
}
