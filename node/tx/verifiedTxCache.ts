/**
 * Transactions whose signature this node already verified (a proposal validated in an earlier round,
 * a block imported by sync after its proposal was seen, a tx that left the mempool), keyed by tx hash
 * and checked against the exact signed bytes, so that a block never costs a second recovery for a
 * transaction seen before (DESIGN: verify each tx once per node). Bounded: the oldest entries go
 * first, so memory stays at most `maxEntries` transactions whatever the traffic.
 */
import { bytesEqual } from "../../proto/index.js";
import type { VerifiedTx } from "./signedTx.js";

/** A few full blocks (2,000 txs each) of ≈ 1 KB decoded transactions: ≈ 16 MB at most. */
export const DEFAULT_VERIFIED_TXS = 16_384;

export class VerifiedTxCache {
  private readonly byHash = new Map<string, VerifiedTx>();
  /** Lookups answered from the cache (for tests and metrics). */
  hits = 0;

  constructor(private readonly maxEntries = DEFAULT_VERIFIED_TXS) {}

  /** The verified tx with this hash, only if it was verified from exactly these signed bytes. */
  get(hashHex: string, bytes: Uint8Array): VerifiedTx | undefined {
    const known = this.byHash.get(hashHex);
    if (!known || !bytesEqual(known.bytes, bytes)) return undefined;
    this.hits++;
    return known;
  }

  /** The verified tx with this id, whatever its bytes (a compact proposal checks them against its tx root). */
  peek(hashHex: string): VerifiedTx | undefined {
    return this.byHash.get(hashHex);
  }

  add(tx: VerifiedTx): void {
    if (this.maxEntries <= 0 || this.byHash.has(tx.hashHex)) return;
    if (this.byHash.size >= this.maxEntries) {
      this.byHash.delete(this.byHash.keys().next().value as string);
    }
    this.byHash.set(tx.hashHex, tx);
  }

  get size(): number {
    return this.byHash.size;
  }
}
