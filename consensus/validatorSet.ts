/**
 * A validator set for one height: addresses (lowercase 0x-hex) with voting power, sorted by address,
 * quorum arithmetic in integers (> 2/3 and > 1/3 of total power), and the weighted round-robin
 * proposer: smooth weighted round-robin over the sequence index (height + round) — at each step every
 * validator's priority grows by its power, the highest (ties: lowest address) proposes and loses the
 * total power. Each validator proposes in proportion to its power, interleaved (a dead proposer costs
 * one round, not a run of them), and every node computes the same proposer from the index alone.
 */
export interface Validator {
  address: string;
  power: number;
}

export class ValidatorSet {
  readonly validators: readonly Validator[];
  readonly totalPower: number;
  private readonly byAddress: Map<string, Validator>;

  constructor(validators: Validator[]) {
    const sorted = validators
      .filter((v) => v.power > 0)
      .map((v) => ({ address: v.address.toLowerCase(), power: v.power }))
      .sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
    if (sorted.length === 0) throw new Error("validator set: no validator with power");
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.address === sorted[i - 1]!.address)
        throw new Error(`validator set: ${sorted[i]!.address} twice`);
    }
    this.validators = sorted;
    this.totalPower = sorted.reduce((sum, v) => sum + v.power, 0);
    if (!Number.isSafeInteger(this.totalPower)) throw new Error("validator set: total power overflows");
    this.byAddress = new Map(sorted.map((v) => [v.address, v]));
  }

  power(address: string): number {
    return this.byAddress.get(address.toLowerCase())?.power ?? 0;
  }

  has(address: string): boolean {
    return this.byAddress.has(address.toLowerCase());
  }

  /** More than two thirds of the total power. */
  isQuorum(power: number): boolean {
    return power * 3 > this.totalPower * 2;
  }

  /** More than one third: at least one honest validator is among them. */
  isOneThird(power: number): boolean {
    return power * 3 > this.totalPower;
  }

  private memoIndex = -1;
  private memoPriorities: number[] = [];
  private memoProposer = "";

  proposer(height: number, round: number): string {
    const index = height + round;
    if (index < this.memoIndex || this.memoIndex < 0) {
      this.memoIndex = -1;
      this.memoPriorities = this.validators.map(() => 0);
    }
    // The sequence is periodic with period totalPower: skip whole periods.
    const period = this.totalPower;
    if (index - this.memoIndex > period) {
      const gap = index - this.memoIndex - 1;
      const skip = gap - (gap % period); // whole periods, in integer arithmetic
      if (this.memoIndex < 0 && skip > 0) this.memoIndex = skip - 1;
      else this.memoIndex += skip;
    }
    while (this.memoIndex < index) {
      let best = 0;
      for (let i = 0; i < this.validators.length; i++) {
        this.memoPriorities[i]! += this.validators[i]!.power;
        if (this.memoPriorities[i]! > this.memoPriorities[best]!) best = i;
      }
      this.memoPriorities[best]! -= this.totalPower;
      this.memoProposer = this.validators[best]!.address;
      this.memoIndex++;
    }
    return this.memoProposer;
  }
}
