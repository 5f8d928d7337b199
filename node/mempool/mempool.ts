/**
 * The mempool: verified transactions waiting for a block, in arrival order, with per-sender nonce
 * ordering: the pending queue of a sender never has gaps, so everything reaped is executable in order.
 * Transactions relayed by peers may arrive out of order (gossip does not preserve it): those with a
 * nonce a little ahead wait in a bounded per-sender "future" set until the gap fills. Submissions from
 * clients must carry the next nonce exactly (a gap is the client's mistake: NONCE_GAP at once).
 * Spam protection without fees: a per-sender cap, a global count and byte cap, and transactions only
 * from accounts that hold funds.
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

/** Options of `Mempool.add`. */
export interface AddOptions {
  /** From a peer: a nonce up to MAX_FUTURE_NONCE_GAP ahead may wait for the ones before it. */
  relayed?: boolean;
  /**
   * A validator duty (bridge attestations): exempt from `maxPerSender`, bounded by MAX_DUTY_PER_SENDER
   * instead. The caller decides (only validators' attestations), so these are bounded by the set size.
   */
  duty?: boolean;
}

/** Pending transactions a validator may hold for its duties. */
export const MAX_DUTY_PER_SENDER = 4_096;

/** How far ahead of a sender's next nonce a relayed transaction may wait. */
export const MAX_FUTURE_NONCE_GAP = 64;

export class Mempool {
  /** hash hex → tx, in arrival order (Map iteration order is insertion order). */
  private readonly byHash = new Map<string, VerifiedTx>();
  /** sender → its pending nonces count (nonces are contiguous from the account's nonce). */
  private readonly pendingBySender = new Map<string, VerifiedTx[]>();
  /** sender → nonce → relayed tx waiting for the gap before it to fill. */
  private readonly futureBySender = new Map<string, Map<number, VerifiedTx>>();
  private readonly futureByHash = new Map<string, VerifiedTx>();
  private bytes = 0;

  constructor(
    private readonly state: StateReader,
    private readonly limits: MempoolLimits = DEFAULT_MEMPOOL_LIMITS,
  ) {}

  /** Pending (executable) transactions; waiting "future" ones are not counted. */
  get size(): number {
    return this.byHash.size;
  }

  get futureSize(): number {
    return this.futureByHash.size;
  }

  get sizeBytes(): number {
    return this.bytes;
  }

  has(hashHex: string): boolean {
    return this.byHash.has(hashHex) || this.futureByHash.has(hashHex);
  }

  get(hashHex: string): VerifiedTx | undefined {
    return this.byHash.get(hashHex) ?? this.futureByHash.get(hashHex);
  }

  /** The nonce the sender's next transaction must carry to be admitted. */
  nextNonce(sender: string): number {
    const key = sender.toLowerCase();
    const nonce = readAccount(this.state, key).nonce;
    this.dropStale(key, nonce);
    return nonce + (this.pendingBySender.get(key)?.length ?? 0);
  }

  /** Forgets the sender's pending transactions whose nonce the state has passed. */
  private dropStale(sender: string, accountNonce: number): void {
    const queue = this.pendingBySender.get(sender);
    if (!queue || queue[0]!.nonce >= accountNonce) return;
    let stale = 0;
    while (stale < queue.length && queue[stale]!.nonce < accountNonce) this.forget(queue[stale++]!);
    if (stale === queue.length) this.pendingBySender.delete(sender);
    else this.pendingBySender.set(sender, queue.slice(stale));
  }

  /**
   * Admits a signature-verified transaction or throws a TxError saying why not. `relayed` (from a
   * peer) lets a nonce up to MAX_FUTURE_NONCE_GAP ahead wait for the ones before it.
   */
  add(tx: VerifiedTx, options: boolean | AddOptions = false): void {
    const { relayed = false, duty = false } = typeof options === "boolean" ? { relayed: options } : options;
    if (this.has(tx.hashHex))
      throw new TxError(TxErrorCode.ALREADY_KNOWN, `tx ${tx.hashHex} is already pending`);
    const account = readAccount(this.state, tx.senderHex);
    // The state may already include a block whose transactions are not pruned yet (the block is being
    // written): drop them from this sender's queue first.
    this.dropStale(tx.senderHex, account.nonce);
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
    const future = this.futureBySender.get(tx.senderHex);
    if (tx.nonce > expected && (!relayed || tx.nonce - expected > MAX_FUTURE_NONCE_GAP)) {
      throw new TxError(TxErrorCode.NONCE_GAP, `nonce ${tx.nonce}, expected ${expected}`);
    }
    if (account.balance === 0n && account.stake === 0n && account.bonded === 0n) {
      throw new TxError(TxErrorCode.INSUFFICIENT_FUNDS, "sender holds no RLC");
    }
    const senderCap = duty
      ? Math.max(this.limits.maxPerSender, MAX_DUTY_PER_SENDER)
      : this.limits.maxPerSender;
    if (queue.length + (future?.size ?? 0) >= senderCap) {
      throw new TxError(TxErrorCode.SENDER_QUOTA, `sender already has ${queue.length} pending txs`);
    }
    if (
      this.byHash.size + this.futureByHash.size >= this.limits.maxTxs ||
      this.bytes + tx.size > this.limits.maxBytes
    ) {
      throw new TxError(TxErrorCode.MEMPOOL_FULL, "mempool is full, retry later");
    }
    this.bytes += tx.size;
    if (tx.nonce > expected) {
      if (future?.has(tx.nonce)) {
        this.bytes -= tx.size;
        throw new TxError(TxErrorCode.ALREADY_KNOWN, `another tx with nonce ${tx.nonce} is waiting`);
      }
      const waiting = future ?? new Map<number, VerifiedTx>();
      waiting.set(tx.nonce, tx);
      this.futureBySender.set(tx.senderHex, waiting);
      this.futureByHash.set(tx.hashHex, tx);
      return;
    }
    queue.push(tx);
    this.pendingBySender.set(tx.senderHex, queue);
    this.byHash.set(tx.hashHex, tx);
    this.promote(tx.senderHex, account.nonce);
  }

  /** Moves waiting transactions that now follow the pending queue into it. */
  private promote(sender: string, accountNonce: number): void {
    const future = this.futureBySender.get(sender);
    if (!future) return;
    for (const [nonce, tx] of future) {
      if (nonce < accountNonce) {
        future.delete(nonce);
        this.futureByHash.delete(tx.hashHex);
        this.bytes -= tx.size;
      }
    }
    const queue = this.pendingBySender.get(sender) ?? [];
    let next = accountNonce + queue.length;
    for (let tx = future.get(next); tx; tx = future.get(next)) {
      future.delete(next);
      this.futureByHash.delete(tx.hashHex);
      queue.push(tx);
      this.byHash.set(tx.hashHex, tx);
      next++;
    }
    if (queue.length) this.pendingBySender.set(sender, queue);
    if (future.size === 0) this.futureBySender.delete(sender);
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
      const nonce = readAccount(this.state, sender).nonce;
      if (!queue) {
        this.promote(sender, nonce);
        continue;
      }
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
      this.promote(sender, nonce);
    }
  }

  private forget(tx: VerifiedTx): void {
    if (this.byHash.delete(tx.hashHex)) this.bytes -= tx.size;
  }
}
