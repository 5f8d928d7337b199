/**
 * Which peers a syncing node asks for blocks, and how long it waits for each.
 *
 * Two kinds of failure are told apart:
 * - **bad**: the peer sent something provably wrong (a malformed answer, fewer blocks than the height
 *   it claimed, a block or commit that does not verify). It is excluded for `banMs` and the transport
 *   penalizes it (disconnect + deny-list).
 * - **unavailable**: no answer in time, or the request failed in transport. That proves nothing: an
 *   honest validator on a loaded machine answers late, and the node asking may itself be the slow one
 *   (its event loop handles the answer). Banning such a peer for a minute and disconnecting it used to
 *   stall a 4-validator network under load: the lagging validator cut itself off from the very peers it
 *   needed for sync and for the quorum. Now the peer is only benched for a short backoff that doubles
 *   with each consecutive strike, and its next request gets a longer deadline (×2 per strike, up to
 *   ×4). Only `penalizeAfterStrikes` consecutive strikes in a row (a peer that never answers) count as
 *   bad. Any answer resets the strikes. (CometBFT's blocksync likewise drops a timed-out peer from its
 *   pool without banning it; it is re-added at its next status.)
 *
 * Bounded: at most `maxPeers` entries (an attacker cycling peer ids clears the table, which only
 * forgets backoffs).
 */
export interface SyncPeerStandingOptions {
  /** How long a bad peer is not asked again. */
  banMs: number;
  /** The first backoff after an unanswered request (doubles per consecutive strike, capped by banMs). */
  backoffMs: number;
  /** Consecutive unanswered requests after which the peer is treated as bad. */
  penalizeAfterStrikes: number;
  maxPeers: number;
}

interface Standing {
  excludedUntil: number;
  strikes: number;
}

/** Deadline multiplier reached after two consecutive strikes. */
const MAX_TIMEOUT_SHIFT = 2;

export class SyncPeerStanding {
  private readonly peers = new Map<string, Standing>();

  constructor(
    private readonly options: SyncPeerStandingOptions,
    private readonly now: () => number,
  ) {}

  /** Whether `peer` is not to be asked now (banned or backing off). */
  isExcluded(peer: string): boolean {
    const standing = this.peers.get(peer);
    if (!standing) return false;
    if (standing.excludedUntil > this.now()) return true;
    if (standing.strikes === 0) this.peers.delete(peer);
    return false;
  }

  /** The deadline for the next answer from `peer`: longer after it was slow. */
  timeoutMs(peer: string, baseMs: number): number {
    const strikes = this.peers.get(peer)?.strikes ?? 0;
    return baseMs * 2 ** Math.min(strikes, MAX_TIMEOUT_SHIFT);
  }

  /** The peer answered (whatever the content): it is reachable, its strikes are forgotten. */
  onAnswer(peer: string): void {
    const standing = this.peers.get(peer);
    if (standing && standing.excludedUntil <= this.now()) this.peers.delete(peer);
    else if (standing) standing.strikes = 0;
  }

  /** A provably bad answer: excluded for banMs. Returns true: the transport should penalize it. */
  onBad(peer: string): true {
    this.entry(peer).excludedUntil = this.now() + this.options.banMs;
    return true;
  }

  /**
   * No answer in time (or a failed request). Returns whether this was one strike too many, i.e.
   * whether the peer is now treated as bad (banned, to be penalized).
   */
  onUnavailable(peer: string): boolean {
    const standing = this.entry(peer);
    standing.strikes += 1;
    if (standing.strikes >= this.options.penalizeAfterStrikes) {
      standing.strikes = 0;
      return this.onBad(peer);
    }
    const backoff = this.options.backoffMs * 2 ** (standing.strikes - 1);
    standing.excludedUntil = this.now() + Math.min(backoff, this.options.banMs);
    return false;
  }

  private entry(peer: string): Standing {
    let standing = this.peers.get(peer);
    if (!standing) {
      if (this.peers.size >= this.options.maxPeers) this.peers.clear();
      standing = { excludedUntil: 0, strikes: 0 };
      this.peers.set(peer, standing);
    }
    return standing;
  }
}
