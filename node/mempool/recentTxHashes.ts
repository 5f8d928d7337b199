/**
 * Hashes of recently committed transactions, so that a peer replaying them (a gossip batch of txs
 * already in blocks) is answered by one hash lookup instead of a signature recovery each: a committed
 * tx can never be valid again (its nonce is spent). The idea of CometBFT's mempool cache (txs seen
 * are refused by hash before CheckTx); bounded, oldest forgotten first. A replay older than the cache
 * still costs a recovery, and its batch is scored down by the TxBatchGate.
 */
export const DEFAULT_RECENT_TX_HASHES = 100_000;

export class RecentTxHashes {
  private readonly hashes = new Set<string>();

  constructor(readonly capacity = DEFAULT_RECENT_TX_HASHES) {}

  get size(): number {
    return this.hashes.size;
  }

  add(hash: string): void {
    if (this.hashes.has(hash)) return;
    if (this.hashes.size >= this.capacity) {
      const oldest = this.hashes.values().next().value;
      if (oldest !== undefined) this.hashes.delete(oldest);
    }
    this.hashes.add(hash);
  }

  has(hash: string): boolean {
    return this.hashes.has(hash);
  }
}
