/**
 * Round timeouts that follow how fast the network currently commits.
 *
 * Within a height they grow with the round as in CometBFT (timeout_propose + round ×
 * timeout_propose_delta, the same for prevote/precommit: Tendermint.timeout). CometBFT starts every
 * height again from the configured base, so a network whose validators are slower than that base
 * (CPU oversubscribed) loses the first rounds of every height, again and again. Here the base
 * itself adapts between heights (our addition; CometBFT has no such rule):
 *   - a height committed at round r > 0 starts the next height with the timeouts that worked, those
 *     of round r (the base scales by (propose + r × delta) / propose), up to a cap;
 *   - a height committed at round 0 in less than half the current propose timeout takes a quarter
 *     of the excess off the scale, back down to the configured base (never below it).
 * Pure and integer-only: the node feeds it the commit round and the height's measured duration.
 */
import type { TimeoutConfig } from "./tendermint.js";

export interface AdaptiveTimeoutOptions {
  /** Largest scale of the configured base, in percent (800 = at most 8× the configured timeouts). */
  maxScalePercent: number;
}

export const DEFAULT_ADAPTIVE_TIMEOUT_OPTIONS: AdaptiveTimeoutOptions = { maxScalePercent: 800 };

export class AdaptiveTimeouts {
  private scale = 100;

  constructor(
    private readonly base: TimeoutConfig,
    private readonly options: AdaptiveTimeoutOptions = DEFAULT_ADAPTIVE_TIMEOUT_OPTIONS,
  ) {}

  /** The current scale of the configured timeouts, in percent (100 = the configured ones). */
  get scalePercent(): number {
    return this.scale;
  }

  /** The timeouts for the next height (each round still adds its delta on top, as in CometBFT). */
  current(): TimeoutConfig {
    const s = (ms: number) => Math.ceil((ms * this.scale) / 100);
    const b = this.base;
    return {
      proposeMs: s(b.proposeMs),
      proposeDeltaMs: s(b.proposeDeltaMs),
      voteMs: s(b.voteMs),
      voteDeltaMs: s(b.voteDeltaMs),
    };
  }

  /** A height committed at `round` after `elapsedMs` since it started. */
  onCommit(round: number, elapsedMs: number): void {
    const now = this.current();
    if (round > 0 && now.proposeMs > 0) {
      const grown = Math.ceil((this.scale * (now.proposeMs + round * now.proposeDeltaMs)) / now.proposeMs);
      this.scale = Math.min(this.options.maxScalePercent, Math.max(this.scale + 1, grown));
      return;
    }
    if (round === 0 && elapsedMs * 2 < now.proposeMs) {
      this.scale = Math.max(100, this.scale - Math.ceil((this.scale - 100) / 4));
    }
  }
}
