/**
 * Vote signatures already checked on this node, so that one precommit is recovered once however many
 * times it is presented: in the commit certificate of a synced block, then again in the next block's
 * last commit (which holds the same precommits, plus late ones from the commit window), or first as
 * gossip. The key is the exact vote bytes and signature, so a cached entry can only
 * vouch for that signature over that vote by that validator; a hit changes the cost, never a result.
 * Bounded: the oldest entries go first (insertion order), so a flood of distinct votes costs memory
 * of at most `maxEntries` keys.
 */
import type { poco } from "../proto/index.js";

/** Two sync batches of 100 blocks × 100 validators (commits and last commits): ≈ 8 MB of keys. */
export const DEFAULT_VERIFIED_VOTES = 32_768;

const base64 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("base64");

export class VerifiedVoteSignatures {
  private readonly signers = new Map<string, string>();
  /** Lookups answered from the cache (for tests and metrics). */
  hits = 0;

  constructor(private readonly maxEntries = DEFAULT_VERIFIED_VOTES) {}

  /** The exact vote bytes and signature (base64: cheaper than hashing them, ≈ 220 characters). */
  private static keyOf(signed: poco.ISignedVote): string {
    const vote = signed.vote ?? new Uint8Array(0);
    const signature = signed.signature ?? new Uint8Array(0);
    return `${base64(vote)}.${base64(signature)}`;
  }

  /** Whether this exact signed vote was verified before as signed by `validatorHex`. */
  has(signed: poco.ISignedVote, validatorHex: string): boolean {
    const hit = this.signers.get(VerifiedVoteSignatures.keyOf(signed)) === validatorHex;
    if (hit) this.hits++;
    return hit;
  }

  /** Records a signed vote whose signature was just checked to be `validatorHex`'s. */
  add(signed: poco.ISignedVote, validatorHex: string): void {
    const key = VerifiedVoteSignatures.keyOf(signed);
    if (this.signers.has(key)) return;
    if (this.signers.size >= this.maxEntries) {
      const oldest = this.signers.keys().next().value as string;
      this.signers.delete(oldest);
    }
    this.signers.set(key, validatorHex);
  }

  get size(): number {
    return this.signers.size;
  }
}
