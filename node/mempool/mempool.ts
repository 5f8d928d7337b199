/**
 * The mempool: verified transactions waiting for a block, in arrival order, with per-sender nonce
 * ordering enforced at admission (a sender's next transaction must carry exactly the next nonce, so a
 * sender's queue never has gaps). Spam protection without fees: a per-sender cap, a global count and
 * byte cap, and transactions only from accounts that hold funds.
 */
import { readAccount } from "../state/accounts.js";
import type { StateReader } from "../state/stateOverlay.js";
import type { VerifiedTx } from "../tx/signedTx.js";
import { TxError, TxErrorCode } from "../tx/txErrors.js";

export interface MempoolLimits {
  maxTxs: number;
  maxBytes: number;
  maxPerSender: number;
}

export const DEFAULT_MEMPOOL_LIMITS: MempoolLimits = {
  maxTxs: 50_000,
  maxBytes: 64 * 1024 * 1024,
  maxPerSender: 256,
};

export class Mempool {
  /** hash hex → tx, in arrival order (Map iteration order is insertion order). */
  private readonly byHash = new Map<string, VerifiedTx>();
  /** sender → its pending nonces count (nonces are contiguous from the account's nonce). */
  private readonly pendingBySender = new Map<string, VerifiedTx[]>();
  private bytes = 0;

  constructor(
    private readonly state: StateReader,
    private readonly limits: MempoolLimits = DEFAULT_MEMPOOL_LIMITS,
  ) {}

  get size(): number {
    return this.byHash.size;
  }

  get sizeBytes(): number {
    return this.bytes;
  }

  has(hashHex: string): boolean {
    return this.byHash.has(hashHex);
  }

  get(hashHex: string): VerifiedTx | undefined {
    return this.byHash.get(hashHex);
  }

  /** The nonce the sender's next transaction must carry to be admitted. */
  nextNonce(sender: string): number {
    const key = sender.toLowerCase();
    return readAccount(this.state, key).nonce + (this.pendingBySender.get(key)?.length ?? 0);
  }

  /** Admits a signature-verified transaction or throws a TxError saying why not. */
  add(tx: VerifiedTx): void {
    if (this.byHash.has(tx.hashHex))
      throw new TxError(TxErrorCode.ALREADY_KNOWN, `tx ${tx.hashHex} is already pending`);
    const account = readAccount(this.state, tx.senderHex);
    const queue = this.pendingBySender.get(tx.senderHex) ?? [];
    const expected = account.nonce + queue.length;
    if (tx.nonce < account.nonce) {
      throw new TxError(
        TxErrorCode.NONCE_TOO_LOW,
        `nonce ${tx.nonce} already used (account nonce ${account.nonce})`,
      );
    }
    if (tx.nonce < expected) {
      throw new TxError(
        TxErrorCode.NONCE_TOO_LOW,
        `nonce ${tx.nonce} is taken by a pending tx (next: ${expected})`,
      );
    }
    if (tx.nonce > expected)
      throw new TxError(TxErrorCode.NONCE_GAP, `nonce ${tx.nonce}, expected ${expected}`);
    if (account.balance === 0n && account.stake === 0n && account.bonded === 0n) {
      throw new TxError(TxErrorCode.INSUFFICIENT_FUNDS, "sender holds no RLC");
    }
    if (queue.length >= this.limits.maxPerSender) {
      throw new TxError(TxErrorCode.SENDER_QUOTA, `sender already has ${queue.length} pending txs`);
    }
    if (this.byHash.size >= this.limits.maxTxs || this.bytes + tx.size > this.limits.maxBytes) {
      throw new TxError(TxErrorCode.MEMPOOL_FULL, "mempool is full, retry later");
    }
    queue.push(tx);
    this.pendingBySender.set(tx.senderHex, queue);
    this.byHash.set(tx.hashHex, tx);
    this.bytes += tx.size;
  }

  /** Up to `maxTxs` / `maxBytes` transactions in arrival order (each sender's in nonce order). */
  reap(maxTxs: number, maxBytes: number): VerifiedTx[] {
    const out: VerifiedTx[] = [];
    let bytes = 0;
    for (const tx of this.byHash.values()) {
      if (out.length >= maxTxs || bytes + tx.size > maxBytes) break;
      out.push(tx);
      bytes += tx.size;
    }
    return out;
  }

  /**
   * After a block: forgets transactions whose nonce the state has passed (included, or made stale),
   * so each sender's queue again starts at its account nonce.
   */
  prune(senders: Iterable<string>): void {
    for (const sender of new Set(senders)) {
      const queue = this.pendingBySender.get(sender);
      if (!queue) continue;
      const nonce = readAccount(this.state, sender).nonce;
      let keep = 0;
      while (keep < queue.length && queue[keep]!.nonce < nonce) {
        this.forget(queue[keep]!);
        keep++;
      }
      const rest = queue.slice(keep);
      // A dropped tx in the middle (e.g. never executable) leaves a gap: everything after it must go.
      let expected = nonce;
      let contiguous = 0;
      while (contiguous < rest.length && rest[contiguous]!.nonce === expected) {
        contiguous++;
        expected++;
      }
      for (const tx of rest.slice(contiguous)) this.forget(tx);
      if (contiguous === 0) this.pendingBySender.delete(sender);
      else this.pendingBySender.set(sender, rest.slice(0, contiguous));
    }
  }

  private forget(tx: VerifiedTx): void {
    if (this.byHash.delete(tx.hashHex)) this.bytes -= tx.size;
  }
}
