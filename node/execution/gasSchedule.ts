/**
 * The gas schedule: what each unit of work a transaction makes the chain do costs, in gas.
 *
 * Calibration (BENCHMARKS.md, "gas"): the relative costs follow measured work (7.8–13.6 ns of CPU per
 * gas across the main kinds on the benchmark machine, no kind far off the others); the absolute scale
 * is set by the block gas limit (fees.ts): 14,000,000 gas ≈ 190 ms for the costliest kind, 38% of a
 * 500 ms block.
 * Costs follow measured work: a state write costs a sparse-Merkle-tree update (≈ 7 keccak) plus its
 * share of the block's atomic batch; a read decodes a value from memory; a signature recovery is
 * ≈ 70 µs native. The schedule is part of consensus: changing a number changes which blocks are
 * valid, so it only changes with a new chain (or a coordinated upgrade).
 */
import type { poco } from "../../proto/index.js";

export const Gas = {
  /** Every transaction: decode, nonce and fee bookkeeping, receipt. */
  TX_BASE: 3_000,
  /** Signature recovery of the sender (done once per node at admission, in bulk). */
  TX_SIGNATURE: 4_000,
  /** Per byte of the signed transaction (gossip, block space, storage, keccak). */
  TX_BYTE: 16,
  /** Per state read, plus per byte read. */
  STATE_READ: 200,
  STATE_READ_BYTE: 2,
  /** Per state write or delete, plus per byte written. */
  STATE_WRITE: 1_500,
  STATE_WRITE_BYTE: 10,
  /** keccak256 of a small input (EIP-712 struct hashes, result hashes). */
  KECCAK: 150,
  /** secp256k1 recovery inside execution (order signatures, evidence votes, authorizations). */
  ECRECOVER: 7_000,
  /** One workerpool/app/dataset order examined by matching (ranking and compatibility checks). */
  MATCH_CANDIDATE: 1_000,
} as const;

/** contribute + reveal + finalize in one tx (the hash and seal derived here: two more keccak). */
const CONTRIBUTE_AND_FINALIZE_GAS =
  Gas.ECRECOVER + 4 * Gas.KECCAK + 2 * Gas.KECCAK + 4 * Gas.KECCAK + 2 * Gas.KECCAK;

/** Fixed extra work per kind that the state meter does not see (hashing, signature checks). */
function kindGas(tx: poco.Tx): number {
  switch (tx.kind) {
    case "publishOrder":
      return Gas.ECRECOVER + 4 * Gas.KECCAK;
    case "cancelOrder":
      return Gas.KECCAK;
    case "matchOrders":
      // Up to four EIP-712 hashes and signature checks, and the deal id.
      return 4 * (Gas.ECRECOVER + 4 * Gas.KECCAK) + 2 * Gas.KECCAK + Gas.MATCH_CANDIDATE;
    case "contribute":
      // The scheduler's authorization signature and the seal/hash checks.
      return Gas.ECRECOVER + 4 * Gas.KECCAK;
    case "reveal":
      return 2 * Gas.KECCAK;
    case "finalize":
    case "claim":
    case "reopen":
      return 4 * Gas.KECCAK;
    case "contributeAndFinalize":
      return CONTRIBUTE_AND_FINALIZE_GAS;
    case "contributeAndFinalizeBatch":
      // One contributeAndFinalize's fixed work per entry (bounded by MAX_TASK_BATCH in the field checks).
      return CONTRIBUTE_AND_FINALIZE_GAS * (tx.contributeAndFinalizeBatch?.entries?.length ?? 0);
    case "contributeBatch":
      // One contribute's fixed work per entry (bounded by MAX_TASK_BATCH in the field checks).
      return (Gas.ECRECOVER + 4 * Gas.KECCAK) * (tx.contributeBatch?.entries?.length ?? 0);
    case "revealBatch":
      return 2 * Gas.KECCAK * (tx.revealBatch?.entries?.length ?? 0);
    case "claimArray":
      // One claim's fixed work per task id (bounded by MAX_CLAIM_ARRAY in the field checks).
      return 4 * Gas.KECCAK * (tx.claimArray?.taskIds?.length ?? 0);
    case "withdraw":
      // The withdrawals-tree frontier update (32 levels).
      return 32 * Gas.KECCAK;
    case "depositAttestation":
      return 2 * Gas.KECCAK;
    case "depositAttestationBatch":
      return 2 * Gas.KECCAK * (tx.depositAttestationBatch?.deposits?.length ?? 0);
    case "evidence":
      // A checkpoint pair hashes each checkpoint twice more (digest comparison, then recovery).
      return 2 * Gas.ECRECOVER + (tx.evidence?.checkpointA ? 6 : 2) * Gas.KECCAK;
    case "registerApp":
    case "registerDataset":
    case "registerWorkerpool":
      return Gas.KECCAK;
    default:
      return 0;
  }
}

/**
 * A gas limit ample for a contributeBatch / revealBatch of `entries` (what a sender signs; unused gas
 * is not charged): measured ≈ 21–27k gas per entry (a trust-1 reveal completes its task), and ≈ 43k
 * per contributeAndFinalizeBatch entry, so 60k per entry leaves room for tasks with many contributors.
 * 64 entries ≈ 3.9M, within a 14M block.
 */
export function batchGasLimit(entries: number): number {
  return 100_000 + 60_000 * entries;
}

/** Gas charged before the handler runs: base, signature, bytes and the kind's fixed work. */
export function intrinsicGas(tx: poco.Tx, signedBytes: number): number {
  return Gas.TX_BASE + Gas.TX_SIGNATURE + Gas.TX_BYTE * signedBytes + kindGas(tx);
}
