/**
 * Votes of one (height, round, type): at most one per validator, power tallied per block hash
 * ("" = nil). A second, different vote from the same validator is equivocation: it is not counted and
 * is returned as evidence.
 */
import type { ValidatorSet } from "./validatorSet.js";

export interface TallyVote<V> {
  validator: string;
  /** "" for nil. */
  blockHash: string;
  /** The signed vote, kept for commit certificates and evidence. */
  signed: V;
}

export type AddVoteResult<V> =
  | { kind: "added" }
  | { kind: "duplicate" }
  | { kind: "unknown-validator" }
  | { kind: "conflict"; first: TallyVote<V>; second: TallyVote<V> };

export class VoteSet<V> {
  private readonly votes = new Map<string, TallyVote<V>>();
  private readonly powerByHash = new Map<string, number>();
  private totalVoted = 0;

  constructor(private readonly validators: ValidatorSet) {}

  add(vote: TallyVote<V>): AddVoteResult<V> {
    const power = this.validators.power(vote.validator);
    if (power === 0) return { kind: "unknown-validator" };
    const existing = this.votes.get(vote.validator);
    if (existing) {
      return existing.blockHash === vote.blockHash
        ? { kind: "duplicate" }
        : { kind: "conflict", first: existing, second: vote };
    }
    this.votes.set(vote.validator, vote);
    this.powerByHash.set(vote.blockHash, (this.powerByHash.get(vote.blockHash) ?? 0) + power);
    this.totalVoted += power;
    return { kind: "added" };
  }

  voters(): IterableIterator<string> {
    return this.votes.keys();
  }

  powerFor(blockHash: string): number {
    return this.powerByHash.get(blockHash) ?? 0;
  }

  /** Power of all votes, whatever they are for. */
  get power(): number {
    return this.totalVoted;
  }

  hasQuorumFor(blockHash: string): boolean {
    return this.validators.isQuorum(this.powerFor(blockHash));
  }

  hasQuorumAny(): boolean {
    return this.validators.isQuorum(this.totalVoted);
  }

  /** Votes for `blockHash`, in validator-address order (a deterministic commit certificate). */
  votesFor(blockHash: string): V[] {
    return [...this.votes.values()]
      .filter((v) => v.blockHash === blockHash)
      .sort((a, b) => (a.validator < b.validator ? -1 : 1))
      .map((v) => v.signed);
  }
}
