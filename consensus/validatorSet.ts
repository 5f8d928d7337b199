/**
 * A validator set for one height: addresses (lowercase 0x-hex) with voting power, sorted by address,
 * quorum arithmetic in integers (> 2/3 and > 1/3 of total power), and the proposer of each round:
 * CometBFT's incremental proposer priorities (consensus/proposerPriority.ts), starting from the
 * priorities carried in the state for this height.
 */
import { type PrioritizedValidator, ProposerSchedule } from "./proposerPriority.js";

export interface Validator {
  address: string;
  power: number;
}

export class ValidatorSet {
  readonly validators: readonly Validator[];
  readonly totalPower: number;
  private readonly byAddress: Map<string, Validator>;

  /**
   * @param startPriorities proposer priorities the height starts with, by address (see
   *   proposerPriority.ts); absent = all zero.
   */
  constructor(
    validators: Validator[],
    private readonly startPriorities?: ReadonlyMap<string, bigint>,
  ) {
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

  private schedule: ProposerSchedule | undefined;

  /**
   * The proposer of `round` at this set's height, from the priorities the height starts with (see
   * proposerPriority.ts). Memoized per set: round r + 1 after round r costs one O(n) step.
   */
  proposer(round: number): string {
    this.schedule ??= new ProposerSchedule(
      this.validators.map((v) => ({
        address: v.address,
        power: BigInt(v.power),
        priority: this.startPriorities?.get(v.address) ?? 0n,
      })),
    );
    return this.schedule.proposer(round);
  }

  /** The priorities this height starts with (zero when the set was built without them). */
  priorities(): PrioritizedValidator[] {
    return this.validators.map((v) => ({
      address: v.address,
      power: BigInt(v.power),
      priority: this.startPriorities?.get(v.address) ?? 0n,
    }));
  }
}
