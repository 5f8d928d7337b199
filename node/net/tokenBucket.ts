/**
 * A token bucket: `burst` tokens at most, refilled at `ratePerSecond`. A request dearer than the
 * whole bucket goes through when the bucket is full and leaves it in debt, so a big request is paid
 * for by a longer wait rather than refused for ever. Time comes from the caller (monotonic ms).
 */
export type TakeResult = { ok: true } | { ok: false; retryAfterMs: number };

export class TokenBucket {
  private tokens: number;
  private atMs: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    nowMs: number,
  ) {
    this.tokens = burst;
    this.atMs = nowMs;
  }

  /**
   * Takes `cost` tokens, or takes nothing and says when the bucket will have them. `paid`: what the
   * same request took already (e.g. on its arrival), so that it is judged as a whole.
   */
  take(cost: number, nowMs: number, paid = 0): TakeResult {
    this.refill(nowMs);
    const needed = Math.min(cost + paid, this.burst) - paid;
    if (this.tokens >= needed) {
      this.tokens -= cost;
      return { ok: true };
    }
    return { ok: false, retryAfterMs: ((needed - this.tokens) * 1000) / this.ratePerSecond };
  }

  private refill(nowMs: number): void {
    const elapsedMs = Math.max(0, nowMs - this.atMs);
    this.tokens = Math.min(this.burst, this.tokens + (elapsedMs * this.ratePerSecond) / 1000);
    this.atMs = nowMs;
  }
}
