/**
 * Senders of transactions whose signature this node has already recovered and checked, so a tx is
 * recovered once on the node's path from gossip to commit: mempool admission, proposal validation and
 * block import all look here first (geth's per-tx sender cache and CometBFT's mempool cache, as one
 * bounded map shared by the three).
 *
 * Only `signedTx.ts` adds entries, and only after the recovered address equalled the tx's sender: a
 * forged signature never enters. The key is the tx hash (which does not cover the signature), so the
 * signature bytes are stored and must match too: the same tx body with other signature bytes is
 * checked again. Bounded; the least recently used entry is forgotten first.
 *
 * The same memo serves the signatures inside market txs (orders' EIP-712 signatures, schedulers'
 * authorizations; node/execution/marketSignatures.ts), keyed by the signed digest: there an entry is
 * the address that recovery gives for exactly that digest and signature (recovery is a pure function,
 * so a hit returns what recovering again would). Digests and tx hashes are keccak outputs of different
 * preimages: they never collide.
 */
import { bytesEqual } from "../../proto/index.js";

export const DEFAULT_VERIFIED_SIGNATURES = 100_000;

/** signature (65 bytes) ‖ sender (20 bytes) in one buffer: one allocation per entry. */
type Entry = Uint8Array;
const SIG = 65;

export class VerifiedSignatureCache {
  private readonly entries = new Map<string, Entry>();
  hits = 0;
  misses = 0;

  constructor(readonly capacity = DEFAULT_VERIFIED_SIGNATURES) {
    if (!Number.isSafeInteger(capacity) || capacity < 1) throw new RangeError("capacity must be ≥ 1");
  }

  get size(): number {
    return this.entries.size;
  }

  /** The sender recovered earlier from exactly this tx hash and signature, or undefined. */
  sender(hashHex: string, signature: Uint8Array): Uint8Array | undefined {
    const entry = this.entries.get(hashHex);
    if (!entry || !bytesEqual(entry.subarray(0, SIG), signature)) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Refresh: a tx seen at admission is looked up again at proposal and commit.
    this.entries.delete(hashHex);
    this.entries.set(hashHex, entry);
    return entry.subarray(SIG);
  }

  /** Whether exactly this hash and signature are held (no refresh, no hit or miss counted). */
  has(hashHex: string, signature: Uint8Array): boolean {
    const entry = this.entries.get(hashHex);
    return entry !== undefined && bytesEqual(entry.subarray(0, SIG), signature);
  }

  /** Records a checked signature. Call only once the recovered address equalled the sender. */
  addVerified(hashHex: string, signature: Uint8Array, sender: Uint8Array): void {
    this.entries.delete(hashHex);
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    if (signature.length !== SIG || sender.length !== 20) return;
    const entry = new Uint8Array(SIG + 20);
    entry.set(signature, 0);
    entry.set(sender, SIG);
    this.entries.set(hashHex, entry);
  }
}
