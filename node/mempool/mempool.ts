/**
 * The mempool: verified transactions waiting for a block.
 *
 * - Per sender, the pending queue never has gaps (nonces contiguous from the account's), so whatever is
 *   reaped is executable in order. Transactions relayed by peers may arrive out of order: those with a
 *   nonce a little ahead wait in a small per-sender "future" set until the gap fills, and expire after
 *   `futureTtlMs` (they pay nothing while they wait, so they must not stay). Clients must send the next
 *   nonce exactly (a gap is their mistake: NONCE_GAP at once).
 * - Admission checks what execution will check: gas limit between the intrinsic gas and the block gas
 *   limit, max fee ≥ the current base fee, and a balance that pays gas limit × price.
 * - Blocks take the best-paying transactions first (effective tip per gas at the current base fee, ties
 *   by arrival), each sender's in nonce order — geth's price-and-nonce ordering: a heap of each sender's
 *   next transaction.
 * - A full mempool evicts the lowest-paying transaction that can go without leaving a gap (some
 *   sender's last one) when a better-paying one arrives; otherwise the newcomer is refused.
 * - A pending transaction is replaced by one with the same nonce that pays ≥ 10% more tip and max fee.
 */
import type { ChainParams } from "../execution/fees.js";
import { effectiveTip, gasPrice, readChainParams } from "../execution/fees.js";
import { intrinsicGas } from "../execution/gasSchedule.js";
import { readAccount } from "../state/accounts.js";
import type { StateReader } from "../state/stateOverlay.js";
import type { VerifiedTx } from "../tx/signedTx.js";
import { TxError, TxErrorCode } from "../tx/txErrors.js";
import { MinHeap } from "./minHeap.js";

export interface MempoolLimits {
  maxTxs: number;
  maxBytes: number;
  maxPerSender: number;
  /** Relayed transactions waiting for an earlier nonce: per sender, in all, and for how long. */
  maxFuturePerSender: number;
  maxFuture: number;
  futureTtlMs: number;
}

export const DEFAULT_MEMPOOL_LIMITS: MempoolLimits = {
  maxTxs: 50_000,
  maxBytes: 64 * 1024 * 1024,
  maxPerSender: 256,
  maxFuturePerSender: 16,
  maxFuture: 4_096,
  futureTtlMs: 60_000,
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
/** A replacement must raise both tip and max fee by this many percent. */
export const REPLACEMENT_BUMP_PERCENT = 10n;

export interface MempoolOptions {
  /** Base fee of the next block (the chain's), for admission and ordering. */
  baseFee?: () => bigint;
  /** Chain parameters (block gas limit); default: read from the state. */
  params?: () => ChainParams;
  now?: () => number;
}

interface Waiting {
  tx: VerifiedTx;
  expiresAt: number;
}

export class Mempool {
  /** hash hex → pending tx. */
  private readonly byHash = new Map<string, VerifiedTx>();
  /** sender → its pending txs, nonces contiguous from the account's nonce. */
  private readonly pendingBySender = new Map<string, VerifiedTx[]>();
  /** sender → nonce → relayed tx waiting for the gap before it to fill. */
  private readonly futureBySender = new Map<string, Map<number, Waiting>>();
  private readonly futureByHash = new Map<string, VerifiedTx>();
  /** Arrival order of every tx (ties in ordering go to the earlier one). */
  private readonly arrival = new WeakMap<VerifiedTx, number>();
  private arrivals = 0;
  private bytes = 0;
  private readonly baseFee: () => bigint;
  private readonly params: () => ChainParams;
  private readonly now: () => number;

  constructor(
    private readonly state: StateReader,
    limits: Partial<MempoolLimits> = {},
    options: MempoolOptions = {},
  ) {
    this.limits = { ...DEFAULT_MEMPOOL_LIMITS, ...limits };
    this.baseFee = options.baseFee ?? (() => 0n);
    this.params = options.params ?? (() => readChainParams(state));
    this.now = options.now ?? Date.now;
  }

  private readonly limits: MempoolLimits;

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
   * peer) lets a nonce up to MAX_FUTURE_NONCE_GAP ahead wait for the ones before it; `duty` lifts the
   * per-sender cap for validators' bridge attestations.
   */
  add(tx: VerifiedTx, options: boolean | AddOptions = false): void {
    const { relayed = false, duty = false } = typeof options === "boolean" ? { relayed: options } : options;
    if (this.has(tx.hashHex))
      throw new TxError(TxErrorCode.ALREADY_KNOWN, `tx ${tx.hashHex} is already pending`);
    this.checkFees(tx);
    const account = readAccount(this.state, tx.senderHex);
    // The state may already include a block whose transactions are not pruned yet (the block is being
    // written): drop them from this sender's queue first.
    this.dropStale(tx.senderHex, account.nonce);
    this.expireFuture();
    const queue = this.pendingBySender.get(tx.senderHex) ?? [];
    const expected = account.nonce + queue.length;
    if (tx.nonce < account.nonce) {
      throw new TxError(
        TxErrorCode.NONCE_TOO_LOW,
        `nonce ${tx.nonce} already used (account nonce ${account.nonce})`,
      );
    }
    const price = gasPrice(tx, this.baseFee());
    const maxCharge = BigInt(tx.gasLimit) * price;
    if (account.balance < maxCharge || (maxCharge === 0n && holdsNothing(account))) {
      throw new TxError(
        TxErrorCode.INSUFFICIENT_FUNDS,
        maxCharge === 0n
          ? "sender holds no RLC"
          : `balance ${account.balance} cannot pay gas: ${maxCharge} nRLC`,
      );
    }
    if (tx.nonce < expected) {
      this.replace(tx, queue, account.nonce);
      return;
    }
    if (tx.nonce > expected) {
      if (!relayed || tx.nonce - expected > MAX_FUTURE_NONCE_GAP)
        throw new TxError(TxErrorCode.NONCE_GAP, `nonce ${tx.nonce}, expected ${expected}`);
      this.addFuture(tx, queue.length);
      return;
    }
    const future = this.futureBySender.get(tx.senderHex);
    const senderCap = duty
      ? Math.max(this.limits.maxPerSender, MAX_DUTY_PER_SENDER)
      : this.limits.maxPerSender;
    if (queue.length + (future?.size ?? 0) >= senderCap) {
      throw new TxError(TxErrorCode.SENDER_QUOTA, `sender already has ${queue.length} pending txs`);
    }
    this.makeRoom(tx);
    this.arrival.set(tx, this.arrivals++);
    queue.push(tx);
    this.pendingBySender.set(tx.senderHex, queue);
    this.byHash.set(tx.hashHex, tx);
    this.bytes += tx.size;
    this.promote(tx.senderHex, account.nonce);
  }

  /** Stateless-in-the-tx fee checks against the chain: gas limit range and max fee ≥ base fee. */
  private checkFees(tx: VerifiedTx): void {
    const intrinsic = intrinsicGas(tx.tx, tx.size);
    const blockGasLimit = this.params().blockGasLimit;
    if (tx.gasLimit < intrinsic || tx.gasLimit > blockGasLimit) {
      throw new TxError(
        TxErrorCode.GAS_LIMIT,
        `gas limit ${tx.gasLimit} outside ${intrinsic} (intrinsic) .. ${blockGasLimit} (block limit)`,
      );
    }
    const baseFee = this.baseFee();
    if (tx.maxFeePerGas < baseFee)
      throw new TxError(TxErrorCode.FEE_TOO_LOW, `max fee ${tx.maxFeePerGas} below the base fee ${baseFee}`);
  }

  /** Replaces the pending tx with the same nonce if the newcomer pays enough more. */
  private replace(tx: VerifiedTx, queue: VerifiedTx[], accountNonce: number): void {
    const index = tx.nonce - accountNonce;
    const old = queue[index];
    const bumped = (v: bigint) => v + (v * REPLACEMENT_BUMP_PERCENT) / 100n;
    if (
      !old ||
      tx.maxPriorityFeePerGas <
        bumped(old.maxPriorityFeePerGas) + (old.maxPriorityFeePerGas === 0n ? 1n : 0n) ||
      tx.maxFeePerGas < bumped(old.maxFeePerGas)
    ) {
      throw new TxError(
        TxErrorCode.NONCE_TOO_LOW,
        `nonce ${tx.nonce} is taken by a pending tx (next: ${accountNonce + queue.length}); a replacement must pay ${REPLACEMENT_BUMP_PERCENT}% more`,
      );
    }
    this.forget(old);
    queue[index] = tx;
    this.arrival.set(tx, this.arrivals++);
    this.byHash.set(tx.hashHex, tx);
    this.bytes += tx.size;
  }

  private addFuture(tx: VerifiedTx, pendingCount: number): void {
    const future = this.futureBySender.get(tx.senderHex) ?? new Map<number, Waiting>();
    if (future.has(tx.nonce))
      throw new TxError(TxErrorCode.ALREADY_KNOWN, `another tx with nonce ${tx.nonce} is waiting`);
    if (
      future.size >= this.limits.maxFuturePerSender ||
      pendingCount + future.size >= this.limits.maxPerSender
    )
      throw new TxError(
        TxErrorCode.SENDER_QUOTA,
        `sender already has ${future.size} txs waiting for a nonce`,
      );
    if (this.futureByHash.size >= this.limits.maxFuture)
      throw new TxError(TxErrorCode.MEMPOOL_FULL, "too many txs waiting for an earlier nonce");
    future.set(tx.nonce, { tx, expiresAt: this.now() + this.limits.futureTtlMs });
    this.futureBySender.set(tx.senderHex, future);
    this.futureByHash.set(tx.hashHex, tx);
  }

  /** Drops waiting txs past their time (checked on admission and after blocks: bounded work). */
  private expireFuture(): void {
    if (this.futureByHash.size === 0) return;
    const now = this.now();
    for (const [sender, future] of this.futureBySender) {
      for (const [nonce, w] of future) {
        if (w.expiresAt > now) continue;
        future.delete(nonce);
        this.futureByHash.delete(w.tx.hashHex);
      }
      if (future.size === 0) this.futureBySender.delete(sender);
    }
  }

  /**
   * When full, evicts the lowest-paying evictable tx (a sender's last) if `tx` pays more; otherwise
   * refuses `tx`. Runs in O(senders) only when the pool is full.
   */
  private makeRoom(tx: VerifiedTx): void {
    const baseFee = this.baseFee();
    const tip = effectiveTip(tx, baseFee);
    while (this.byHash.size >= this.limits.maxTxs || this.bytes + tx.size > this.limits.maxBytes) {
      let worst: VerifiedTx | undefined;
      for (const queue of this.pendingBySender.values()) {
        const last = queue[queue.length - 1]!;
        if (!worst || effectiveTip(last, baseFee) < effectiveTip(worst, baseFee)) worst = last;
      }
      if (!worst || effectiveTip(worst, baseFee) >= tip || worst.senderHex === tx.senderHex) {
        throw new TxError(TxErrorCode.MEMPOOL_FULL, "mempool is full of better-paying txs, retry later");
      }
      const queue = this.pendingBySender.get(worst.senderHex)!;
      queue.pop();
      if (queue.length === 0) this.pendingBySender.delete(worst.senderHex);
      this.forget(worst);
    }
  }

  /** Moves waiting transactions that now follow the pending queue into it. */
  private promote(sender: string, accountNonce: number): void {
    const future = this.futureBySender.get(sender);
    if (!future) return;
    for (const [nonce, w] of future) {
      if (nonce < accountNonce) {
        future.delete(nonce);
        this.futureByHash.delete(w.tx.hashHex);
      }
    }
    const queue = this.pendingBySender.get(sender) ?? [];
    let next = accountNonce + queue.length;
    for (let w = future.get(next); w; w = future.get(next)) {
      future.delete(next);
      this.futureByHash.delete(w.tx.hashHex);
      if (queue.length >= this.limits.maxPerSender || this.byHash.size >= this.limits.maxTxs) break;
      this.arrival.set(w.tx, this.arrivals++);
      queue.push(w.tx);
      this.byHash.set(w.tx.hashHex, w.tx);
      this.bytes += w.tx.size;
      next++;
    }
    if (queue.length) this.pendingBySender.set(sender, queue);
    if (future.size === 0) this.futureBySender.delete(sender);
  }

  /**
   * Up to `maxTxs` / `maxBytes` transactions, best effective tip per gas first (ties: arrival), each
   * sender's in nonce order. A sender whose next tx cannot pay `baseFee` is skipped with the rest of
   * its queue (they stay for a later block).
   */
  reap(maxTxs: number, maxBytes: number, baseFee = this.baseFee()): VerifiedTx[] {
    const out: VerifiedTx[] = [];
    let bytes = 0;
    // Max-heap by tip (a min-heap of negated keys), one entry per sender: its next tx. Each entry
    // carries its tip and arrival, computed once when pushed rather than in every comparison (a
    // bigint tip per comparison was ≈ 1.5% of a transfer block's allocations); same order.
    type Entry = { tx: VerifiedTx; queue: VerifiedTx[]; index: number; tip: bigint; arrival: number };
    const heap = new MinHeap<Entry>((a, b) => {
      if (a.tip !== b.tip) return a.tip > b.tip ? -1 : 1;
      return a.arrival - b.arrival;
    });
    const entry = (queue: VerifiedTx[], index: number): Entry => {
      const tx = queue[index] as VerifiedTx;
      return { tx, queue, index, tip: effectiveTip(tx, baseFee), arrival: this.arrival.get(tx) ?? 0 };
    };
    for (const queue of this.pendingBySender.values()) heap.push(entry(queue, 0));
    while (out.length < maxTxs && heap.size > 0) {
      const top = heap.pop()!;
      if (top.tx.maxFeePerGas < baseFee) continue;
      if (bytes + top.tx.size > maxBytes) continue;
      out.push(top.tx);
      bytes += top.tx.size;
      if (top.queue[top.index + 1]) heap.push(entry(top.queue, top.index + 1));
    }
    return out;
  }

  /**
   * After a block: forgets transactions whose nonce the state has passed (included, or made stale),
   * so each sender's queue again starts at its account nonce; expires old waiting txs.
   */
  prune(senders: Iterable<string>): void {
    this.expireFuture();
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

function holdsNothing(a: { balance: bigint; stake: bigint; bonded: bigint }): boolean {
  return a.balance === 0n && a.stake === 0n && a.bonded === 0n;
}
