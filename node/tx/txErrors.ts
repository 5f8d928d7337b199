/**
 * Typed transaction errors. Each code is stable: the same string is returned by the HTTP API
 * (`{ code, message }`), stored in receipts and counted in metrics.
 */
export const TxErrorCode = {
  /** Bytes are not a decodable SignedTx / Tx. */
  MALFORMED: "TX_MALFORMED",
  /** Decodable, but not the canonical encoding (re-encoding differs). */
  NON_CANONICAL: "TX_NON_CANONICAL",
  /** Larger than the node accepts. */
  TOO_LARGE: "TX_TOO_LARGE",
  /** A field has the wrong size or an invalid value. */
  BAD_FIELD: "TX_BAD_FIELD",
  /** No transaction kind set. */
  NO_KIND: "TX_NO_KIND",
  /** The signature is not a valid low-s secp256k1 signature of the sender. */
  BAD_SIGNATURE: "TX_BAD_SIGNATURE",
  /** chain_id differs from this chain's (replay protection). */
  WRONG_CHAIN_ID: "TX_WRONG_CHAIN_ID",
  /** nonce lower than the account's: already executed (replay). */
  NONCE_TOO_LOW: "TX_NONCE_TOO_LOW",
  /** nonce higher than the next one the mempool/state can accept. */
  NONCE_GAP: "TX_NONCE_GAP",
  /** Exactly this transaction is already known. */
  ALREADY_KNOWN: "TX_ALREADY_KNOWN",
  /** Balance (or stake) below what the transaction moves. */
  INSUFFICIENT_FUNDS: "TX_INSUFFICIENT_FUNDS",
  /** The sender has too many pending transactions. */
  SENDER_QUOTA: "TX_SENDER_QUOTA",
  /** The mempool is full. */
  MEMPOOL_FULL: "TX_MEMPOOL_FULL",
  /** The sender may not do this (e.g. governance, not the owner). */
  UNAUTHORIZED: "TX_UNAUTHORIZED",
  /** A referenced object does not exist. */
  NOT_FOUND: "TX_NOT_FOUND",
  /** The object already exists. */
  EXISTS: "TX_EXISTS",
  /** The transaction kind is valid but not executable by this node version. */
  UNSUPPORTED: "TX_UNSUPPORTED",
  /** Valid transaction in the wrong state (deadline passed, wrong task status, …). */
  INVALID_STATE: "TX_INVALID_STATE",
  /** The transaction used all its gas before finishing (its writes are undone, its gas is paid). */
  OUT_OF_GAS: "TX_OUT_OF_GAS",
  /** gas_limit below the transaction's intrinsic gas, or above what a block may hold. */
  GAS_LIMIT: "TX_GAS_LIMIT",
  /** max_fee_per_gas below the current base fee (or max tip above max fee). */
  FEE_TOO_LOW: "TX_FEE_TOO_LOW",
  /** A bond or unbond would leave a validator candidate below the chain's minimum self-bond. */
  BELOW_MIN_SELF_BOND: "TX_BELOW_MIN_SELF_BOND",
  /** A deal would need TEE (tag bit 0) and this chain has no TEE workers: refused before locking funds. */
  TEE_UNSUPPORTED: "TX_TEE_UNSUPPORTED",
  /** Evidence of misbehaviour older than the chain's evidence max age. */
  EVIDENCE_TOO_OLD: "TX_EVIDENCE_TOO_OLD",
} as const;
export type TxErrorCode = (typeof TxErrorCode)[keyof typeof TxErrorCode];

export class TxError extends Error {
  constructor(
    readonly code: TxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "TxError";
  }

  toJSON(): { code: TxErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}
