/**
 * The bridge contract's safety parameters (constructor `Safety` struct of PocoBridge.sol): escape-hatch
 * delay, guardian and its timelock, longest deposit pause, and the withdrawal rate limit.
 */

export interface BridgeSafety {
  /** Seconds without an accepted checkpoint after which anyone may open the escape hatch. */
  escapeDelay: number;
  /** May pause deposits (never withdrawals or exits); address(0) = no guardian. */
  guardian: string;
  /** Seconds between proposing a new guardian and accepting it. */
  guardianDelay: number;
  /** Longest deposit pause, and the least unpaused time before the next one (seconds). */
  maxPause: number;
  /** Rate-limit window (seconds). */
  ratePeriod: number;
  /** Most nRLC that withdrawals and exits together pay in one window. */
  rateLimit: bigint;
}

const DAY = 24 * 60 * 60;
/** "No limit": the contract requires a non-zero cap; this one is never reached. */
export const NO_RATE_LIMIT = (1n << 256n) - 1n;

/**
 * Defaults for a deployment that does not choose: 14 days before the hatch opens, a 2-day guardian
 * timelock, pauses of at most 7 days, and a daily window with NO cap (a mainnet deployment must set
 * `rateLimit` to what it accepts to lose per day to a forged checkpoint; see README "Bridge").
 */
export function defaultBridgeSafety(guardian: string): BridgeSafety {
  return {
    escapeDelay: 14 * DAY,
    guardian,
    guardianDelay: 2 * DAY,
    maxPause: 7 * DAY,
    ratePeriod: DAY,
    rateLimit: NO_RATE_LIMIT,
  };
}

/** The constructor argument (a tuple in the struct's field order). */
export function safetyTuple(s: BridgeSafety): [number, string, number, number, number, bigint] {
  return [s.escapeDelay, s.guardian, s.guardianDelay, s.maxPause, s.ratePeriod, s.rateLimit];
}
