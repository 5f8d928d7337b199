/**
 * Proposer selection with CometBFT's incremental proposer-priority algorithm (facts from CometBFT's
 * `types/validator_set.go`; this is our own integer implementation):
 *   - one step: every validator's priority grows by its power; the highest priority (ties: lowest
 *     address) is the proposer and loses the total power;
 *   - priorities are carried from height to height (one step per height, whatever the round), so a
 *     validator proposes in proportion to its power over time and a dead proposer costs one round;
 *   - a validator that joins enters at −1.125 × total power (it cannot propose at once by joining);
 *   - before stepping, priorities are rescaled when max − min > 2 × total and shifted by their average,
 *     which keeps them bounded.
 * All arithmetic is bigint (exact, deterministic). A step is O(n); the proposer of round r of a height
 * costs r + 1 steps, memoized so that asking for round r + 1 next costs one more step.
 */

export interface PrioritizedValidator {
  /** Lowercase 0x-hex. */
  address: string;
  power: bigint;
  priority: bigint;
}

const WINDOW_FACTOR = 2n;

function totalOf(vals: readonly PrioritizedValidator[]): bigint {
  let total = 0n;
  for (const v of vals) total += v.power;
  return total;
}

/** Go's truncated division (CometBFT divides int64 priorities, rounding toward zero). */
function truncDiv(a: bigint, b: bigint): bigint {
  return a / b; // bigint division truncates toward zero, like Go's
}

/** Floor division (CometBFT's average uses big.Int.Div, Euclidean for a positive divisor). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

/** Rescales priorities into a window of 2 × total power and centres them on zero (in place). */
export function rescaleAndShift(vals: PrioritizedValidator[]): void {
  if (vals.length === 0) return;
  const window = WINDOW_FACTOR * totalOf(vals);
  let max = vals[0]!.priority;
  let min = max;
  for (const v of vals) {
    if (v.priority > max) max = v.priority;
    if (v.priority < min) min = v.priority;
  }
  const diff = max - min;
  if (window > 0n && diff > window) {
    const ratio = (diff + window - 1n) / window;
    for (const v of vals) v.priority = truncDiv(v.priority, ratio);
  }
  let sum = 0n;
  for (const v of vals) sum += v.priority;
  const avg = floorDiv(sum, BigInt(vals.length));
  for (const v of vals) v.priority -= avg;
}

/** One step (in place): returns the proposer's address. */
export function step(vals: PrioritizedValidator[], total: bigint): string {
  let best = -1;
  for (let i = 0; i < vals.length; i++) {
    const v = vals[i]!;
    v.priority += v.power;
    if (best < 0) {
      best = i;
      continue;
    }
    const b = vals[best]!;
    if (v.priority > b.priority || (v.priority === b.priority && v.address < b.address)) best = i;
  }
  vals[best]!.priority -= total;
  return vals[best]!.address;
}

const copy = (vals: readonly PrioritizedValidator[]) => vals.map((v) => ({ ...v }));

/**
 * The proposers of one height, round by round, from the priorities the height starts with.
 * Memoized: rounds are computed once, in order.
 */
export class ProposerSchedule {
  private readonly work: PrioritizedValidator[];
  private readonly total: bigint;
  private readonly picks: string[] = [];

  constructor(start: readonly PrioritizedValidator[]) {
    if (start.length === 0) throw new Error("proposer schedule: empty validator set");
    this.work = copy(start);
    this.total = totalOf(this.work);
    rescaleAndShift(this.work);
  }

  proposer(round: number): string {
    if (!Number.isSafeInteger(round) || round < 0) throw new RangeError(`bad round ${round}`);
    while (this.picks.length <= round) this.picks.push(step(this.work, this.total));
    return this.picks[round]!;
  }
}

/**
 * The priorities the next height starts with: this height's priorities advanced one step, then the
 * next set applied (removed validators dropped, powers updated, new ones entering at −1.125 × the new
 * total), then rescaled and shifted. `next` is sorted by address.
 */
export function nextHeightPriorities(
  current: readonly PrioritizedValidator[],
  next: readonly { address: string; power: bigint }[],
): PrioritizedValidator[] {
  const stepped = copy(current);
  if (stepped.length > 0) {
    rescaleAndShift(stepped);
    step(stepped, totalOf(stepped));
  }
  const carried = new Map(stepped.map((v) => [v.address, v.priority]));
  let newTotal = 0n;
  for (const v of next) newTotal += v.power;
  const entry = -(newTotal + (newTotal >> 3n));
  const result = next.map((v) => ({
    address: v.address,
    power: v.power,
    priority: carried.get(v.address) ?? entry,
  }));
  rescaleAndShift(result);
  return result;
}
